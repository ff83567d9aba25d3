package kz.shagym.kernel.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The interface language of this request: the one a link asks for ({@code ?lang=ru}, which is
 * how the public pages switch without JavaScript), else the one chosen earlier in this
 * session, else the first of Kazakh, Russian and English that the browser's Accept-Language
 * names, else Kazakh. Only a change opens a session: a citizen reading a status page in
 * Kazakh, even through a form that names the language, costs the server no session.
 */
@Named("language")
@RequestScoped
public class LanguageSelection {

    /** The request parameter that picks a language. */
    public static final String PARAMETER = "lang";
    static final String CHOSEN = LanguageSelection.class.getName();

    @Inject
    private HttpServletRequest request;

    private Locale locale = Languages.DEFAULT;

    @PostConstruct
    void choose() {
        locale = Languages.supported(request.getParameter(PARAMETER)).map(this::remember)
                .or(this::chosenBefore)
                .orElseGet(this::browsers);
    }

    /** What the browser asks for on a first visit, Kazakh when it names none of the three. */
    private Locale browsers() {
        return Languages.fromAcceptLanguage(request.getHeader("Accept-Language"));
    }

    private Optional<Locale> chosenBefore() {
        HttpSession session = request.getSession(false);
        return session == null ? Optional.empty() : Optional.ofNullable((Locale) session.getAttribute(CHOSEN));
    }

    private Locale remember(Locale chosen) {
        if (!chosen.equals(chosenBefore().orElseGet(this::browsers))) {
            request.getSession().setAttribute(CHOSEN, chosen);
        }
        return chosen;
    }

    public Locale getLocale() {
        return locale;
    }

    public String getCode() {
        return locale.getLanguage();
    }

    public List<String> getCodes() {
        return Languages.CODES;
    }

    /**
     * This page's address in another language: the same path and parameters (a status's
     * number and code), {@value #PARAMETER} replaced. A plain link: no JavaScript, no form.
     */
    public String linkTo(String code) {
        StringBuilder link = new StringBuilder(request.getRequestURI()).append('?').append(PARAMETER).append('=')
                .append(Languages.supported(code).orElse(Languages.DEFAULT).getLanguage());
        String query = request.getQueryString();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (!pair.isEmpty() && !pair.startsWith(PARAMETER + "=") && !pair.equals(PARAMETER)) {
                    link.append('&').append(pair);
                }
            }
        }
        return link.toString();
    }

    /** Switches the session's language; an unknown code leaves it as it is. */
    public void select(String code) {
        Languages.supported(code).ifPresent(l -> {
            locale = remember(l);
            FacesContext faces = FacesContext.getCurrentInstance();
            if (faces != null && faces.getViewRoot() != null) {
                faces.getViewRoot().setLocale(l);
            }
        });
    }
}
