package kz.shagym.kernel.service;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The message bundle in one language, for code outside a Faces view: API answers, mail,
 * documents. Every module's services and screens use this one.
 */
public final class Messages {

    public static final String BUNDLE = "messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale, Messages.class.getClassLoader());
    }

    public static Messages in(Locale locale) {
        return new Messages(locale);
    }

    /** The language asked for, which database texts (names, reasons) are also shown in. */
    public Locale locale() {
        return locale;
    }

    /** The text of {@code key}, when the bundle has one: for codes that only some have a name for. */
    public Optional<String> find(String key) {
        return bundle.containsKey(key) ? Optional.of(bundle.getString(key)) : Optional.empty();
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
