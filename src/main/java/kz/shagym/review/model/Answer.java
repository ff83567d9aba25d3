package kz.shagym.review.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import kz.shagym.registry.model.AnswerDelivery;

/**
 * A complaint's reasoned answer (¶4): the outcome and the reasoning as the executor last
 * drafted them, who approved them, and how the answer left; or the written withdrawal that
 * ended the case instead. One row per complaint, made by the first draft or the withdrawal.
 */
@Entity
@Table(name = "complaint_answer")
public class Answer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 20)
    private Outcome outcome;

    @Column(name = "reasoning", length = ReviewRules.REASONING_LIMIT)
    private String reasoning;

    @Column(name = "drafted_by_login", length = 64)
    private String draftedByLogin;

    @Column(name = "drafted_by_name", length = 200)
    private String draftedByName;

    @Column(name = "drafted_at")
    private Instant draftedAt;

    @Column(name = "approved_by_login", length = 64)
    private String approvedByLogin;

    @Column(name = "approved_by_name", length = 200)
    private String approvedByName;

    @Column(name = "approved_at")
    private Instant approvedAt;

    /** The approved letter's number in its organisation's outgoing register, and the date it was given. */
    @Column(name = "outgoing_number", length = 40)
    private String outgoingNumber;

    @Column(name = "outgoing_date")
    private LocalDate outgoingDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispatch_method", length = 10)
    private AnswerDelivery dispatchMethod;

    @Column(name = "dispatch_date")
    private LocalDate dispatchDate;

    @Column(name = "tracking_number", length = 13)
    private String trackingNumber;

    @Column(name = "receiver_name", length = 200)
    private String receiverName;

    @Column(name = "withdrawal_date")
    private LocalDate withdrawalDate;

    @Column(name = "withdrawal_note", length = 2000)
    private String withdrawalNote;

    /** On an appeal upheld: what the provider must put right. */
    @Column(name = "instruction_text", length = Instruction.TEXT_LIMIT)
    private String instructionText;

    @Column(name = "instruction_days")
    private Integer instructionDays;

    @Version
    private int version;

    protected Answer() {
    }

    public Answer(long complaintId) {
        this.complaintId = complaintId;
    }

    /** A new draft replaces the previous one, and with it any approval; {@code instruction} may be null. */
    public void draft(Outcome outcome, String reasoning, Instruction instruction, String login, String name, Instant at) {
        this.outcome = Objects.requireNonNull(outcome);
        this.reasoning = Objects.requireNonNull(reasoning);
        this.instructionText = instruction == null ? null : instruction.text();
        this.instructionDays = instruction == null ? null : instruction.workingDays();
        this.draftedByLogin = login;
        this.draftedByName = name;
        this.draftedAt = at;
        this.approvedByLogin = null;
        this.approvedByName = null;
        this.approvedAt = null;
    }

    /**
     * The head signs the letter, and it takes its place in the outgoing register: the number is
     * drawn by the caller in the approval's transaction. A letter keeps the first number it got.
     */
    public void approve(String login, String name, Instant at, String outgoingNumber, LocalDate outgoingDate) {
        this.approvedByLogin = login;
        this.approvedByName = name;
        this.approvedAt = at;
        if (this.outgoingNumber == null) {
            this.outgoingNumber = Objects.requireNonNull(outgoingNumber);
            this.outgoingDate = Objects.requireNonNull(outgoingDate);
        }
    }

    public String getOutgoingNumber() {
        return outgoingNumber;
    }

    public LocalDate getOutgoingDate() {
        return outgoingDate;
    }

    public void dispatched(Dispatch dispatch) {
        this.dispatchMethod = dispatch.method();
        this.dispatchDate = dispatch.date();
        this.trackingNumber = dispatch.normalisedTrackingNumber();
        this.receiverName = dispatch.method() == AnswerDelivery.IN_PERSON ? dispatch.receiverName().strip() : null;
    }

    public void withdrawn(LocalDate date, String note) {
        this.withdrawalDate = date;
        this.withdrawalNote = note;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    /** The instruction to the provider the decision carries, if any. */
    public Instruction instruction() {
        return instructionText == null ? null : new Instruction(instructionText, instructionDays);
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public String getReasoning() {
        return reasoning;
    }

    public String getDraftedByName() {
        return draftedByName;
    }

    public Instant getDraftedAt() {
        return draftedAt;
    }

    public String getApprovedByName() {
        return approvedByName;
    }

    public Instant getApprovedAt() {
        return approvedAt;
    }

    public AnswerDelivery getDispatchMethod() {
        return dispatchMethod;
    }

    public LocalDate getDispatchDate() {
        return dispatchDate;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public LocalDate getWithdrawalDate() {
        return withdrawalDate;
    }

    public String getWithdrawalNote() {
        return withdrawalNote;
    }
}
