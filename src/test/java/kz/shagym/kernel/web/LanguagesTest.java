package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import kz.shagym.kernel.service.Messages;
import org.junit.jupiter.api.Test;

class LanguagesTest {

    @ParameterizedTest
    @CsvSource({
            "'ru-RU,ru;q=0.9,en;q=0.8', ru",
            "'en-US,en;q=0.9', en",
            "'kk-KZ', kk",
            "'de-DE,de;q=0.9', kk",
            "'fr;q=0.9, en;q=0.5', en",
            "'not a header;;', kk"})
    void acceptLanguagePicksTheBestSupportedLanguage(String header, String expected) {
        assertEquals(expected, Languages.fromAcceptLanguage(header).getLanguage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noHeaderMeansKazakh(String header) {
        assertEquals(Languages.KAZAKH, Languages.fromAcceptLanguage(header));
    }

    @Test
    void onlyTheThreeLanguagesAreSupported() {
        assertEquals(Locale.forLanguageTag("ru"), Languages.supported("ru").orElseThrow());
        assertTrue(Languages.supported("de").isEmpty());
        assertTrue(Languages.supported(null).isEmpty());
    }

    @Test
    void messagesComeInTheAskedLanguage() {
        assertEquals("Шығу", Messages.in(Languages.KAZAKH).get("action.signOut"));
        assertEquals("Выйти", Messages.in(Languages.RUSSIAN).get("action.signOut"));
        assertEquals("Sign out", Messages.in(Languages.ENGLISH).get("action.signOut"));
        assertEquals("no.such.key", Messages.in(Languages.ENGLISH).get("no.such.key"));
    }
}
