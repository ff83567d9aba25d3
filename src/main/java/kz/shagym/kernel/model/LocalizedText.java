package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;
import java.util.Objects;

/** A name or text kept in the three interface languages; Kazakh is the fallback. */
@Embeddable
public class LocalizedText implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "kk")
    private String kk;
    @Column(name = "ru")
    private String ru;
    @Column(name = "en")
    private String en;

    protected LocalizedText() {
    }

    public LocalizedText(String kk, String ru, String en) {
        this.kk = Objects.requireNonNull(kk, "kk");
        this.ru = ru;
        this.en = en;
    }

    /**
     * A text as a form or a request gives it: each part stripped, Russian and English null when
     * blank, Kazakh empty when not given, for {@link #givenInKazakh} to refuse.
     */
    public static LocalizedText typed(String kk, String ru, String en) {
        return new LocalizedText(kk == null ? "" : kk.strip(), blankToNull(ru), blankToNull(en));
    }

    /** Whether a text was given at all: its Kazakh, which every name and reason needs. */
    public static boolean givenInKazakh(LocalizedText text) {
        return text != null && text.kk != null && !text.kk.isBlank();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The text in the given language, or Kazakh when that language has none. */
    public String in(Locale locale) {
        String text = switch (locale == null ? "kk" : locale.getLanguage()) {
            case "ru" -> ru;
            case "en" -> en;
            default -> kk;
        };
        return text == null || text.isBlank() ? kk : text;
    }

    public String getKk() {
        return kk;
    }

    public String getRu() {
        return ru;
    }

    public String getEn() {
        return en;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LocalizedText that
                && Objects.equals(kk, that.kk) && Objects.equals(ru, that.ru) && Objects.equals(en, that.en);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kk, ru, en);
    }
}
