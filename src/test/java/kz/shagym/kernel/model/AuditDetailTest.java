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
    void plainDetailsOfEarlierRecordsAreNoDetail() {
        assertTrue(AuditDetail.decoded("ЖТ-2026-000001: REGISTERED -> ASSIGNED").isEmpty());
        assertTrue(AuditDetail.decoded(null).isEmpty());
        assertTrue(AuditDetail.decoded("{\"key\":\"x\",\"values\":").isEmpty(), "cut short");
        assertTrue(AuditDetail.decoded("{\"key\":\"x\",\"values\":[1]}").isEmpty(), "not text");
    }
}
