package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class KernelModelTest {

    final Organisation provider = new Organisation(OrganisationKind.SERVICE_PROVIDER, "DEMO",
            new LocalizedText("Демо қызмет беруші", "Демо-услугодатель", null));

    @Test
    void theStampPrintsSurnameAndInitials() {
        assertEquals("Ахметова А.Б.",
                new StaffMember("r", provider, "Ахметова", "Айгүл", "Болатқызы").getSurnameAndInitials());
        assertEquals("Smith J.", new StaffMember("s", provider, "Smith", "John", null).getSurnameAndInitials());
        assertEquals("Ким С.", new StaffMember("k", provider, "Ким", "Сергей", " ").getSurnameAndInitials());
    }

    @Test
    void aTextMissingInALanguageFallsBackToKazakh() {
        LocalizedText name = provider.getName();
        assertEquals("Демо-услугодатель", name.in(Locale.forLanguageTag("ru")));
        assertEquals("Демо қызмет беруші", name.in(Locale.ENGLISH));
        assertEquals("Демо қызмет беруші", name.in(null));
    }

    @Test
    void auditDetailsAreCutToTheColumn() {
        AuditRecord r = new AuditRecord(java.time.Instant.EPOCH, "a", null, "X", "T", "1", "é".repeat(5000));
        assertEquals(AuditRecord.DETAILS_LENGTH, r.getDetails().length());
        assertTrue(r.getDetails().endsWith("…"));
    }
}
