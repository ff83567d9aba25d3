package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static AuditChain.Entry written(long id, String details) {
        return new AuditChain.Entry(id, Instant.parse("2026-11-24T09:15:00.123456Z"), "registrar", 1L,
                "COMPLAINT_REGISTERED", "Complaint", String.valueOf(id), details, null, null);
    }

    /** Three records sealed in turn, as AuditSeal seals them. */
    static List<AuditChain.Entry> sealed() {
        AuditChainHead head = AuditChainHead.fresh();
        List<AuditChain.Entry> chain = new ArrayList<>();
        for (long id = 10; id < 13; id++) {
            chain.add(head.seal(written(id, "ЖТ-2026-0000" + id)));
        }
        return chain;
    }

    static AuditChain.Walk walk(List<AuditChain.Entry> chain) {
        AuditChain.Walk walk = new AuditChain.Walk();
        chain.forEach(walk::next);
        AuditChain.Entry last = sealed().get(2);
        walk.end(last.seq(), last.hash());
        return walk;
    }

    @Test
    void aChainAsSealedHolds() {
        List<AuditChain.Entry> chain = sealed();
        assertEquals(List.of(1L, 2L, 3L), chain.stream().map(AuditChain.Entry::seq).toList());
        AuditChain.Walk walk = walk(chain);
        assertNull(walk.problem());
        assertEquals(3, walk.checked());
        assertEquals(chain.get(2).hash(), walk.lastHash());
    }

    @Test
    void aChangedFieldBreaksItsOwnLink() {
        List<AuditChain.Entry> chain = new ArrayList<>(sealed());
        AuditChain.Entry second = chain.get(1);
        chain.set(1, new AuditChain.Entry(second.id(), second.occurredAt(), "admin", second.organisationId(),
                second.action(), second.entityType(), second.entityId(), second.details(), second.seq(), second.hash()));
        assertEquals(new AuditChain.Problem(AuditChain.Break.EDITED, 2, 11L), walk(chain).problem());
    }

    @Test
    void aDeletedRecordLeavesAGapAndLosingTheNewestShowsAtTheHead() {
        List<AuditChain.Entry> chain = new ArrayList<>(sealed());
        chain.remove(1);
        assertEquals(new AuditChain.Problem(AuditChain.Break.MISSING, 2, null), walk(chain).problem());

        List<AuditChain.Entry> truncated = new ArrayList<>(sealed());
        truncated.remove(2);
        assertEquals(new AuditChain.Problem(AuditChain.Break.TRUNCATED, 2, null), walk(truncated).problem());
    }

    @Test
    void fieldsCannotBeShiftedIntoOneAnother() {
        AuditChain.Entry a = new AuditChain.Entry(1, Instant.EPOCH, "ab", null, "c", "T", null, null, null, null);
        AuditChain.Entry b = new AuditChain.Entry(1, Instant.EPOCH, "a", null, "bc", "T", null, null, null, null);
        assertNotEquals(AuditChain.link(AuditChain.GENESIS, 1, a), AuditChain.link(AuditChain.GENESIS, 1, b));
        AuditChain.Entry empty = new AuditChain.Entry(1, Instant.EPOCH, "a", null, "c", "T", "", null, null, null);
        AuditChain.Entry absent = new AuditChain.Entry(1, Instant.EPOCH, "a", null, "c", "T", null, null, null, null);
        assertNotEquals(AuditChain.link(AuditChain.GENESIS, 1, empty), AuditChain.link(AuditChain.GENESIS, 1, absent));
    }

    @Test
    void onlyMillisecondsCountSoAStoredTimestampHashesAsWritten() {
        AuditChain.Entry written = written(10, "x");
        AuditChain.Entry stored = new AuditChain.Entry(10, Instant.parse("2026-11-24T09:15:00.123Z"), "registrar", 1L,
                "COMPLAINT_REGISTERED", "Complaint", "10", "x", null, null);
        assertEquals(AuditChain.link(AuditChain.GENESIS, 1, written), AuditChain.link(AuditChain.GENESIS, 1, stored));
    }
}
