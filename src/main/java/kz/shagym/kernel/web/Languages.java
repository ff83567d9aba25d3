package kz.shagym.kernel.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import jakarta.ws.rs.core.HttpHeaders;
import kz.shagym.kernel.service.Messages;

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

    /** The messages in the language the API caller asked for with Accept-Language; Kazakh by default. */
    public static Messages messagesFor(HttpHeaders headers) {
        return Messages.in(fromAcceptLanguage(headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)));
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
