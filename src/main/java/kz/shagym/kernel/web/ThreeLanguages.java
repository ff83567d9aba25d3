package kz.shagym.kernel.web;

import java.io.Serializable;
import kz.shagym.kernel.model.LocalizedText;

/**
 * A name or a reason as a form takes it, in Kazakh, Russian and English, bound as
 * {@code #{view.name.kk}}: one holder for every administration form that names something.
 */
public class ThreeLanguages implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kk;
    private String ru;
    private String en;

    /** As typed: Kazakh stripped (empty when not given, for the service to refuse), the others null when blank. */
    public LocalizedText toText() {
        return LocalizedText.typed(kk, ru, en);
    }

    public void fill(LocalizedText text) {
        kk = text.getKk();
        ru = text.getRu();
        en = text.getEn();
    }

    public void clear() {
        kk = ru = en = null;
    }

    public String getKk() {
        return kk;
    }

    public void setKk(String kk) {
        this.kk = kk;
    }

    public String getRu() {
        return ru;
    }

    public void setRu(String ru) {
        this.ru = ru;
    }

    public String getEn() {
        return en;
    }

    public void setEn(String en) {
        this.en = en;
    }
}
