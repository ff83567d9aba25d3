package kz.shagym.kernel.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The message bundle in one language, for code outside a Faces view (API answers, mail, PDFs). */
public final class Messages {

    public static final String BUNDLE = "messages";

    private final ResourceBundle bundle;

    private Messages(Locale locale) {
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
    }

    public static Messages in(Locale locale) {
        return new Messages(locale);
    }

    /** The language the API caller asked for with Accept-Language; Kazakh by default. */
    public static Messages of(HttpHeaders headers) {
        return in(Languages.fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
    }

    public String get(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
    }
}
