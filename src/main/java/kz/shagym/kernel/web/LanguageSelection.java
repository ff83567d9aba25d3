package kz.shagym.kernel.web;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/** The interface language of this session: Kazakh until the user picks another. */
@Named("language")
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    private Locale locale = Languages.DEFAULT;

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public List<String> getCodes() {
        return Languages.CODES;
    }

    /** Switches the session's language; an unknown code leaves it as it is. */
    public void select(String code) {
        Languages.supported(code).ifPresent(l -> {
            locale = l;
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(l);
            }
        });
    }
}
