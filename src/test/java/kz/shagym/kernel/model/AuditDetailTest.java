package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditDetailTest {

    @Test
    void aDetailIsReadBackAsItWasKept() {
        AuditDetail kept = AuditDetail.of("staffInactive", "DEMO", "Жаңабаев А.\"С.\"", null, 3);
        Optional<AuditDetail> read = AuditDetail.decoded(kept.encoded());
        assertEquals(Optional.of(new AuditDetail("staffInactive", List.of("DEMO", "Жаңабаев А.\"С.\"", "", "3"))), read);
        assertEquals("audit.detail.staffInactive", read.orElseThrow().messageKey());
    }

    @Test
    void aTermIsKeptAsAWordOfTheBundleAndGivenInTheReadersWords() {
        AuditDetail kept = AuditDetail.of("caseMove", "ЖТ-2026-000001", AuditDetail.term("state.ASSIGNED"));
        AuditDetail read = AuditDetail.decoded(kept.encoded()).orElseThrow();
        assertEquals(kept, read);
        assertEquals(List.of("ЖТ-2026-000001", "Орындаушы тағайындалды"),
                List.of(read.arguments(key -> key.equals("state.ASSIGNED") ? "Орындаушы тағайындалды" : "?")));
    }

    @Test
    void aLongCommentIsCutSoThatTheDetailStaysWhole() {
        String comment = "ұ\"".repeat(1500);
        String encoded = AuditDetail.of("caseMoveSaid", "ЖТ-2026-000001", AuditDetail.term("state.ASSIGNED"),
                AuditDetail.term("state.ANSWER_DRAFTED"), comment).encodedWithin(AuditRecord.DETAILS_LENGTH);
        assertTrue(encoded.length() <= AuditRecord.DETAILS_LENGTH, encoded.length() + " characters");
        AuditDetail read = AuditDetail.decoded(encoded).orElseThrow();
        assertEquals("ЖТ-2026-000001", read.values().get(0), "the number is kept whole");
        String kept = (String) read.values().get(3);
        assertTrue(kept.endsWith("…") && comment.startsWith(kept.substring(0, kept.length() - 1)), kept);
        assertTrue(encoded.length() > AuditRecord.DETAILS_LENGTH - 10, "cut no more than needed: " + encoded.length());
    }

    @Test
    void plainDetailsOfEarlierRecordsAreNoDetail() {
        assertTrue(AuditDetail.decoded("ЖТ-2026-000001: REGISTERED -> ASSIGNED").isEmpty());
        assertTrue(AuditDetail.decoded(null).isEmpty());
        assertTrue(AuditDetail.decoded("{\"key\":\"x\",\"values\":").isEmpty(), "cut short");
        assertTrue(AuditDetail.decoded("{\"key\":\"x\",\"values\":[1]}").isEmpty(), "not text");
        assertTrue(AuditDetail.decoded("{\"key\":\"x\",\"values\":[{\"word\":\"y\"}]}").isEmpty(), "no term");
    }
}
