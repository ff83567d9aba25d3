package kz.shagym.kernel.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The interface languages: Kazakh (the default), Russian and English. */
public final class Languages {

    public static final Locale KAZAKH = Locale.forLanguageTag("kk");
    public static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale DEFAULT = KAZAKH;
    public static final List<String> CODES = List.of("kk", "ru", "en");

    private Languages() {
    }

    public static Optional<Locale> supported(String code) {
        return code != null && CODES.contains(code) ? Optional.of(Locale.forLanguageTag(code)) : Optional.empty();
    }

    /** The best supported language for an HTTP Accept-Language header; Kazakh when none fits. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return DEFAULT;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            Locale match = Locale.lookup(ranges, List.of(KAZAKH, RUSSIAN, ENGLISH));
            return match != null ? match : DEFAULT;
        } catch (IllegalArgumentException malformed) {
            return DEFAULT;
        }
    }
}
