package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of a complaint's timeline: who moved it from which state to which, or what else happened; when and why. */
@Entity
@Table(name = "complaint_event")
@NamedQuery(name = "CaseEvent.ofComplaint",
        query = "select e from CaseEvent e where e.complaintId = :complaint order by e.occurredAt, e.id")
public class CaseEvent implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "complaint_id", nullable = false)
    private long complaintId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "actor_login", nullable = false, length = 64)
    private String actorLogin;

    @Column(name = "actor_name", nullable = false, length = 200)
    private String actorName;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 20)
    private ComplaintState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 20)
    private ComplaintState toState;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    /** Null for a move of the state; otherwise what happened, the state staying as it was. */
    @Enumerated(EnumType.STRING)
    @Column(name = "event_kind", length = 30)
    private EventKind kind;

    protected CaseEvent() {
    }

    public CaseEvent(long complaintId, Instant occurredAt, String actorLogin, String actorName,
                     ComplaintState fromState, ComplaintState toState, String comment) {
        this.complaintId = complaintId;
        this.occurredAt = occurredAt;
        this.actorLogin = actorLogin;
        this.actorName = actorName;
        this.fromState = fromState;
        this.toState = toState;
        this.comment = comment;
    }

    /** What happened to the case in {@code state} that is not a move. */
    public static CaseEvent note(long complaintId, Instant occurredAt, String actorLogin, String actorName,
                                 ComplaintState state, EventKind kind, String comment) {
        CaseEvent e = new CaseEvent(complaintId, occurredAt, actorLogin, actorName, state, state, comment);
        e.kind = kind;
        return e;
    }

    public EventKind getKind() {
        return kind;
    }

    public long getComplaintId() {
        return complaintId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActorLogin() {
        return actorLogin;
    }

    public String getActorName() {
        return actorName;
    }

    public ComplaintState getFromState() {
        return fromState;
    }

    public ComplaintState getToState() {
        return toState;
    }

    public String getComment() {
        return comment;
    }
}
