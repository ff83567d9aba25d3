package kz.shagym.deadlines.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * A deadline the watch keeps an eye on, from its registration until it is closed (the answer
 * left, or the case was withdrawn). Records which notices went out, so each goes once.
 */
@Entity
@Table(name = "watched_deadline")
// Ordered by the indexed column: with "<= :today" Derby's optimizer cannot tell how few rows
// match and scans the table unless the order lets it walk the index (WatchQueryBenchmark).
@NamedQuery(name = "WatchedDeadline.due",
        query = "select d.id from WatchedDeadline d where d.nextCheck <= :today order by d.nextCheck")
@NamedQuery(name = "WatchedDeadline.bySubject",
        query = "select d from WatchedDeadline d where d.subjectType = :type and d.subjectId = :id")
@NamedQuery(name = "WatchedDeadline.open",
        query = "select d from WatchedDeadline d where d.closedAt is null and d.startedOn is not null order by d.dueDate")
@NamedQuery(name = "WatchedDeadline.overdueOf",
        query = "select d from WatchedDeadline d where d.organisationId = :organisation and d.closedAt is null"
                + " and d.dueDate < :today order by d.dueDate, d.id")
public class WatchedDeadline implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 40)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, length = 64)
    private String subjectId;

    /** What people call the subject, such as the incoming number. */
    @Column(name = "subject_label", nullable = false, length = 100)
    private String subjectLabel;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Column(name = "head_login", length = 64)
    private String headLogin;

    @Column(name = "executor_login", length = 64)
    private String executorLogin;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** The day the term started (the registration date); the term counts from the day after. */
    @Column(name = "started_on")
    private LocalDate startedOn;

    @Column(name = "working_days")
    private Integer workingDays;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "due_soon_notified_at")
    private Instant dueSoonNotifiedAt;

    @Column(name = "overdue_notified_at")
    private Instant overdueNotifiedAt;

    @Column(name = "next_check_date")
    private LocalDate nextCheck;

    /** The recomputed date an administrator decided not to apply; listed again only for another. */
    @Column(name = "kept_against")
    private LocalDate keptAgainst;

    @Version
    private int version;

    protected WatchedDeadline() {
    }

    /** A term of {@code workingDays} working days started on {@code startedOn}, due as the calendar counts it. */
    public WatchedDeadline(String subjectType, String subjectId, String subjectLabel, long organisationId,
                           LocalDate startedOn, int workingDays, String headLogin, Instant registeredAt,
                           WorkingCalendar calendar) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.subjectLabel = subjectLabel;
        this.organisationId = organisationId;
        this.startedOn = startedOn;
        this.workingDays = workingDays;
        this.dueDate = calendar.deadline(startedOn, workingDays);
        this.headLogin = headLogin;
        this.registeredAt = registeredAt;
        this.nextCheck = nextCheck(calendar);
    }

    /** The notice that is due today and has not gone out yet, if any. */
    public Optional<NoticeKind> noticeDue(LocalDate today, WorkingCalendar calendar) {
        if (closedAt != null) {
            return Optional.empty();
        }
        if (today.isAfter(dueDate)) {
            return overdueNotifiedAt == null ? Optional.of(NoticeKind.OVERDUE) : Optional.empty();
        }
        if (dueSoonNotifiedAt == null && DeadlineStatus.of(dueDate, today, calendar) == DeadlineStatus.DUE_SOON) {
            return Optional.of(NoticeKind.DUE_SOON);
        }
        return Optional.empty();
    }

    public void noticeSent(NoticeKind kind, Instant at, WorkingCalendar calendar) {
        if (kind == NoticeKind.OVERDUE) {
            overdueNotifiedAt = at;
            if (dueSoonNotifiedAt == null) {
                dueSoonNotifiedAt = at; // past due soon: never announce it after the fact
            }
        } else {
            dueSoonNotifiedAt = at;
        }
        nextCheck = nextCheck(calendar);
    }

    /** Recomputes when to look next, e.g. after a notice or after nothing turned out to be due. */
    public void reschedule(WorkingCalendar calendar) {
        nextCheck = nextCheck(calendar);
    }

    /**
     * The deadline the calendar gives today, when it differs from the one set: an
     * administrator changed the calendar since. The set deadline is never moved silently.
     */
    public Optional<LocalDate> recomputedDueDate(WorkingCalendar calendar) {
        if (startedOn == null || workingDays == null || !calendar.covers(startedOn)) {
            return Optional.empty();
        }
        LocalDate now = calendar.deadline(startedOn, workingDays);
        return now.equals(dueDate) || now.equals(keptAgainst) ? Optional.empty() : Optional.of(now);
    }

    /**
     * Moves the deadline to the date the calendar gives now, as an administrator decided. The
     * notices start again from the new date: what was announced about the old one no longer holds.
     */
    public LocalDate moveToRecomputed(WorkingCalendar calendar) {
        LocalDate to = recomputedDueDate(calendar).orElseThrow(() -> new IllegalStateException("nothing to move"));
        dueDate = to;
        keptAgainst = null;
        dueSoonNotifiedAt = null;
        overdueNotifiedAt = null;
        nextCheck = nextCheck(calendar);
        return to;
    }

    /** Keeps the deadline set, as an administrator decided, against the date the calendar gives now. */
    public LocalDate keepAgainstRecomputed(WorkingCalendar calendar) {
        keptAgainst = recomputedDueDate(calendar).orElseThrow(() -> new IllegalStateException("nothing to keep"));
        return keptAgainst;
    }

    public void close(Instant at) {
        closedAt = at;
        nextCheck = null;
    }

    public void assignExecutor(String login) {
        executorLogin = login;
    }

    public DeadlineStatus status(LocalDate today, WorkingCalendar calendar) {
        return closedAt != null ? DeadlineStatus.CLOSED : DeadlineStatus.of(dueDate, today, calendar);
    }

    private LocalDate nextCheck(WorkingCalendar calendar) {
        if (closedAt != null || overdueNotifiedAt != null) {
            return null;
        }
        return dueSoonNotifiedAt != null ? dueDate.plusDays(1) : DeadlineStatus.dueSoonFrom(dueDate, calendar);
    }

    public Long getId() {
        return id;
    }

    /** What is watched, as the audit trail names it in the reader's words: a complaint, an instruction. */
    public AuditDetail.Term subjectTerm() {
        return AuditDetail.term("deadlineSubject." + subjectType);
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public String getSubjectLabel() {
        return subjectLabel;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public String getHeadLogin() {
        return headLogin;
    }

    public String getExecutorLogin() {
        return executorLogin;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public Instant getDueSoonNotifiedAt() {
        return dueSoonNotifiedAt;
    }

    public Instant getOverdueNotifiedAt() {
        return overdueNotifiedAt;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public Integer getWorkingDays() {
        return workingDays;
    }

    public LocalDate getNextCheck() {
        return nextCheck;
    }
}
