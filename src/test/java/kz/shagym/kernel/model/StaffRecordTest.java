package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StaffRecordTest {

    private static StaffRecord record(String login, String organisation, String surname, String givenName,
                                      String patronymic, String email) {
        return new StaffRecord(login, organisation, surname, givenName, patronymic, email, true);
    }

    @Test
    void aRecordAsTypedIsKeptWithoutItsBlanks() {
        StaffRecord r = record(" zhanabaev.a@gov.kz ", "DEMO", " Жаңабаев ", "Арман", "  ", "").check();
        assertEquals("zhanabaev.a@gov.kz", r.login());
        assertEquals("Жаңабаев", r.surname());
        assertNull(r.patronymic(), "a blank patronymic is none");
        assertNull(r.email());
    }

    /** Each wrong field is refused at that field, with its message, before anything is kept. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "-        | DEMO | Жаңабаев | Арман | -     | -            | login      | staff.error.login",
            "a        | DEMO | Жаңабаев | Арман | -     | -            | login      | staff.error.login",
            "жаңа     | DEMO | Жаңабаев | Арман | -     | -            | login      | staff.error.login",
            ".newcomer| DEMO | Жаңабаев | Арман | -     | -            | login      | staff.error.login",
            "newcomer | -    | Жаңабаев | Арман | -     | -            | organisation | staff.error.organisation",
            "newcomer | DEMO | -        | Арман | -     | -            | surname    | staff.error.required",
            "newcomer | DEMO | Жаңабаев | -     | -     | -            | givenName  | staff.error.required",
            "newcomer | DEMO | Жаңа\u202Eбаев | Арман | - | -          | surname    | intake.error.hiddenCharacters",
            "newcomer | DEMO | Жаңабаев | Ар\tман | -   | -            | givenName  | intake.error.hiddenCharacters",
            "newcomer | DEMO | Жаңабаев | Арман | Ұлы\u200B | -        | patronymic | intake.error.hiddenCharacters",
            "newcomer | DEMO | Жаңабаев | Арман | -     | not-an-email | email      | staff.error.email",
            "newcomer | DEMO | Жаңабаев | Арман | -     | a@b          | email      | staff.error.email"})
    void aWrongFieldIsRefusedAtThatField(String login, String organisation, String surname, String givenName,
                                        String patronymic, String email, String field, String key) {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> record(login, organisation, surname, givenName, patronymic, email).check());
        assertEquals(field, refused.getField());
        assertEquals(key, refused.getMessageKey());
    }

    @Test
    void aNameLongerThanADocumentPrintsIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> record("newcomer", "DEMO", "Ж".repeat(StaffRecord.NAME_LIMIT + 1), "Арман", null, null).check());
        assertEquals("surname", refused.getField());
        assertEquals("staff.error.tooLong", refused.getMessageKey());
        record("newcomer", "DEMO", "Ж".repeat(StaffRecord.NAME_LIMIT), "Арман", null, null).check();
    }
}
