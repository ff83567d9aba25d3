package kz.shagym.registry.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegistryRulesTest {

    @Test
    void theDefaultPatternGivesTheNumbersOfTheStamp() {
        IncomingNumberPattern p = IncomingNumberPattern.of(IncomingNumberPattern.DEFAULT);
        assertEquals("ЖТ-2026-000001", p.format("ЖТ", 2026, 1));
        assertEquals("ЗТ-2026-123456", p.format("ЗТ", 2026, 123456));
        assertEquals("ЖТ-2026-1234567", p.format("ЖТ", 2026, 1234567), "never truncated");
    }

    @Test
    void aProvidersOwnPattern() {
        assertEquals("01-12/ЖТ/7/2026", IncomingNumberPattern.of("01-12/{prefix}/{seq}/{year}").format("ЖТ", 2026, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{prefix}-{year}", "{seq}-{seq}", "{prefix}-{serial:4}", "{year:4}-{seq}", "{seq}}", " ",
            "{seq}-{year}", "{prefix}-{seq:6}", "{prefix}-{year}-{year}-{seq}"})
    void badPatternsAreRefused(String pattern) {
        assertThrows(IllegalArgumentException.class, () -> IncomingNumberPattern.of(pattern));
    }

    @Test
    void searchFoldsCaseYoAndTheLatinI() {
        assertEquals("сейітов нұрлан", SearchText.fold("  СЕЙIТОВ   Нұрлан "), "Latin I read as Kazakh і");
        assertEquals(SearchText.fold("Сейітов"), SearchText.fold("сейiтов"));
        assertEquals(SearchText.fold("Алёна"), SearchText.fold("АЛЕНА"));
        assertEquals("", SearchText.fold(null));
        assertEquals("%50!%!_off!!%", SearchText.containsPattern("50%_OFF!"), "LIKE wildcards typed by a user are literal");
    }

    @Test
    void complainantsAreSearchableByNameRepresentativeAndNumber() {
        Complainant person = Complainant.individual("900101300017", "Ёлкина", "Іңкәр", null);
        assertEquals("Ёлкина Іңкәр", person.displayName());
        assertEquals("елкина іңкәр 900101300017", person.searchText());
        Complainant company = Complainant.legalEntity("880101300111", "ТОО «Ақ Жол»", "Ли Ирина");
        assertEquals("тоо «ақ жол» ли ирина 880101300111", company.searchText());
    }

    @Test
    void scansAreTypedByTheirContent() {
        byte[] pdf = "%PDF-1.4\n1 0 obj\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] jpeg = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0};
        byte[] exe = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertEquals("application/pdf", ScannedPages.accept("letter.PDF", pdf).mediaType());
        assertEquals("image/png", ScannedPages.accept("page.jpg", png).mediaType(), "the content wins over the name");
        assertEquals("image/jpeg", ScannedPages.accept("c:\\scans\\page1.jpeg", jpeg).mediaType());
        assertEquals("page1.jpeg", ScannedPages.accept("c:\\scans\\page1.jpeg", jpeg).fileName(), "no client path kept");
        assertEquals(Optional.of(ScannedPages.Refusal.WRONG_TYPE), ScannedPages.check(exe));
        assertEquals(Optional.of(ScannedPages.Refusal.WRONG_TYPE),
                ScannedPages.check("<html><script>".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        assertEquals(Optional.of(ScannedPages.Refusal.EMPTY), ScannedPages.check(new byte[0]));
        byte[] huge = java.util.Arrays.copyOf(pdf, (int) ScannedPages.MAX_BYTES + 1);
        assertEquals(Optional.of(ScannedPages.Refusal.TOO_LARGE), ScannedPages.check(huge));
        assertEquals(Optional.empty(), ScannedPages.check(java.util.Arrays.copyOf(pdf, (int) ScannedPages.MAX_BYTES)));
        assertThrows(IllegalArgumentException.class, () -> ScannedPages.accept("x.pdf", exe));
    }

    @Test
    void accessCodesAreTwoGroupsOfFiveUnambiguousCharacters() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String code = AccessCode.generate();
            assertTrue(code.matches("[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}"), code);
            seen.add(code);
        }
        assertEquals(10_000, seen.size(), "50 random bits: no repeats among ten thousand");
        assertEquals(32, AccessCode.ALPHABET.length());
        assertTrue(AccessCode.ALPHABET.chars().noneMatch(c -> "ILOU".indexOf(c) >= 0));
    }

    @Test
    void whatACallerReadsOutIsForgiven() {
        assertEquals(Optional.of("7KX21-0QD4T"), AccessCode.normalize("7kx2l oqd4t"));
        assertEquals(Optional.of("7KX21-0QD4T"), AccessCode.normalize("7KX2I-0QD4T"));
        assertEquals(Optional.empty(), AccessCode.normalize("7KX2U-0QD4T"), "U is not in the alphabet");
        assertEquals(Optional.empty(), AccessCode.normalize("7KX2-0QD4T"), "too short");
        assertEquals(Optional.empty(), AccessCode.normalize(null));
    }
}
