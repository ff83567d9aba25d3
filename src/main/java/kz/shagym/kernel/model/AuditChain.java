package kz.shagym.kernel.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The audit trail's hash chain. Each sealed record carries its place in the chain and
 * SHA-256 of the previous record's hash, its place and every field it was written with, so
 * that changing a record breaks its own link and deleting one leaves a gap. The chain's end
 * is kept apart (its head), so that losing the newest records shows too. An administrator
 * who also keeps the head's hash outside the database (the check prints it) can tell a chain
 * rewritten from its start.
 */
public final class AuditChain {

    /** The hash before the first record. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** One audit record as stored, with its place and hash once sealed (both null before). */
    public record Entry(long id, Instant occurredAt, String actor, Long organisationId, String action,
                        String entityType, String entityId, String details, Long seq, String hash) {
    }

    /** What broke the chain: a record changed, one missing, or the newest ones gone. */
    public enum Break { EDITED, MISSING, TRUNCATED }

    /** The first break found: at which place, in which record when there is one. */
    public record Problem(Break kind, long seq, Long recordId) {
    }

    /** The hash that seals {@code entry} at place {@code seq} after a record whose hash is {@code previous}. */
    public static String link(String previous, long seq, Entry entry) {
        StringBuilder text = new StringBuilder(previous).append('\n').append(seq);
        // Milliseconds: what every database keeps of a timestamp, so a stored record hashes as written.
        for (Object field : new Object[] {entry.id(), entry.occurredAt().toEpochMilli(), entry.actor(),
                entry.organisationId(), entry.action(), entry.entityType(), entry.entityId(), entry.details()}) {
            // Each field with its length, so that no two different records read as the same text.
            String value = field == null ? "" : field.toString();
            text.append('\n').append(field == null ? -1 : value.length()).append(':').append(value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Walks sealed records in chain order and stops at the first break. */
    public static final class Walk {

        private long lastSeq;
        private String lastHash = GENESIS;
        private long checked;
        private Problem problem;

        /** Takes the next record by place; false once the chain is broken. */
        public boolean next(Entry entry) {
            if (problem != null) {
                return false;
            }
            if (entry.seq() != lastSeq + 1) {
                problem = new Problem(Break.MISSING, lastSeq + 1, null);
            } else if (!link(lastHash, entry.seq(), entry).equals(entry.hash())) {
                problem = new Problem(Break.EDITED, entry.seq(), entry.id());
            } else {
                lastSeq = entry.seq();
                lastHash = entry.hash();
                checked++;
            }
            return problem == null;
        }

        /** After the last record: the head must name the same end. */
        public void end(long headSeq, String headHash) {
            if (problem == null && (headSeq != lastSeq || !headHash.equals(lastHash))) {
                problem = new Problem(Break.TRUNCATED, lastSeq, null);
            }
        }

        public long checked() {
            return checked;
        }

        public long lastSeq() {
            return lastSeq;
        }

        public String lastHash() {
            return lastHash;
        }

        /** The first break, or null while the chain holds. */
        public Problem problem() {
            return problem;
        }
    }
}
