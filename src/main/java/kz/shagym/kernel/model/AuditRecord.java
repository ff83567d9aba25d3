package kz.shagym.kernel.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One change of business data: who did what to which record, when, on behalf of which
 * organisation. Written in the transaction of the change, never updated or deleted; sealed
 * into the audit chain soon after (AuditChain), which shows if it ever is.
 */
@Entity
@Table(name = "audit_record")
public class AuditRecord implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int DETAILS_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 64)
    private String actor;

    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    /** "action" is a reserved word in some databases, hence the column name. */
    @Column(name = "action_name", nullable = false, updatable = false, length = 64)
    private String action;

    @Column(name = "entity_type", nullable = false, updatable = false, length = 64)
    private String entityType;

    @Column(name = "entity_id", updatable = false, length = 64)
    private String entityId;

    @Column(updatable = false, length = DETAILS_LENGTH)
    private String details;

    /** Its place in the audit chain and its link hash, set once by the sealer (AuditSeal), never here. */
    @Column(name = "chain_seq", insertable = false, updatable = false)
    private Long chainSeq;

    @Column(name = "chain_hash", insertable = false, updatable = false, length = 64)
    private String chainHash;

    protected AuditRecord() {
    }

    public AuditRecord(Instant occurredAt, String actor, Long organisationId, String action,
                       String entityType, String entityId, String details) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.organisationId = organisationId;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.details = details == null || details.length() <= DETAILS_LENGTH
                ? details : details.substring(0, DETAILS_LENGTH - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getDetails() {
        return details;
    }
}
