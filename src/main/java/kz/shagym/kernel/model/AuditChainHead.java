package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The audit chain's end: the last sealed place and its hash. One row; the sealer locks it. */
@Entity
@Table(name = "audit_chain_head")
public class AuditChainHead implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int ID = 1;

    @Id
    private Integer id;

    @Column(name = "last_seq", nullable = false)
    private long lastSeq;

    @Column(name = "last_hash", nullable = false, length = 64)
    private String lastHash;

    protected AuditChainHead() {
    }

    /** A chain with nothing sealed yet, as the migration creates its head. */
    public static AuditChainHead fresh() {
        AuditChainHead head = new AuditChainHead();
        head.id = ID;
        head.lastHash = AuditChain.GENESIS;
        return head;
    }

    /** Seals {@code entry} as the chain's next record: its place and hash, which become the end. */
    public AuditChain.Entry seal(AuditChain.Entry entry) {
        long seq = lastSeq + 1;
        String hash = AuditChain.link(lastHash, seq, entry);
        lastSeq = seq;
        lastHash = hash;
        return new AuditChain.Entry(entry.id(), entry.occurredAt(), entry.actor(), entry.organisationId(),
                entry.action(), entry.entityType(), entry.entityId(), entry.details(), seq, hash);
    }

    public long getLastSeq() {
        return lastSeq;
    }

    public String getLastHash() {
        return lastHash;
    }
}
