package kz.shagym.appeals.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * The authorized body's instruction to a provider to put right what an upheld appeal found,
 * from the day the decision left, with its own term in working days; and how the provider
 * complied. Complied with once; on time when not after the deadline day.
 */
@Entity
@Table(name = "appeal_instruction")
@NamedQuery(name = "ProviderInstruction.openOf",
        query = "select i from ProviderInstruction i where i.providerOrganisationId = :provider and i.compliedOn is null"
                + " order by i.deadline")
@NamedQuery(name = "ProviderInstruction.ofProviderCase",
        query = "select i from ProviderInstruction i where i.providerCaseId = :complaint order by i.issuedOn desc")
@NamedQuery(name = "ProviderInstruction.issuedBy",
        query = "select i from ProviderInstruction i, Complaint a"
                + " where a.id = i.appealId and a.organisationId = :body order by i.deadline")
public class ProviderInstruction implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int NOTE_LIMIT = 4000;

    @Id
    @Column(name = "appeal_id")
    private Long appealId;

    @Column(name = "provider_organisation_id", nullable = false)
    private long providerOrganisationId;

    @Column(name = "provider_case_id")
    private Long providerCaseId;

    @Column(name = "instruction_text", nullable = false, length = 4000)
    private String text;

    @Column(name = "working_days", nullable = false)
    private int workingDays;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "complied_on")
    private LocalDate compliedOn;

    @Column(name = "compliance_note", length = NOTE_LIMIT)
    private String complianceNote;

    @Column(name = "complied_by_login", length = 64)
    private String compliedByLogin;

    @Column(name = "complied_by_name", length = 200)
    private String compliedByName;

    @Version
    private int version;

    protected ProviderInstruction() {
    }

    /** Issued on {@code issuedOn}, the day the decision left; due {@code workingDays} working days later. */
    public ProviderInstruction(long appealId, long providerOrganisationId, Long providerCaseId, String text,
                               int workingDays, LocalDate issuedOn, WorkingCalendar calendar) {
        this.appealId = appealId;
        this.providerOrganisationId = providerOrganisationId;
        this.providerCaseId = providerCaseId;
        this.text = text;
        this.workingDays = workingDays;
        this.issuedOn = issuedOn;
        this.deadline = calendar.deadline(issuedOn, workingDays);
    }

    /** The provider's record of how it complied; once, on a day from the issue to today. */
    public void complied(LocalDate on, String note, String login, String name, LocalDate today) {
        if (compliedOn != null) {
            throw new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "appeal.error.alreadyComplied");
        }
        LocalDate day = DayRules.check("date", on, issuedOn, today);
        String said = DayRules.text("note", note, NOTE_LIMIT);
        compliedOn = day;
        complianceNote = said;
        compliedByLogin = login;
        compliedByName = name;
    }

    /** Moves the term an administrator reviewed after a calendar change; only while not complied with. */
    public void deadlineMoved(LocalDate from, LocalDate to) {
        if (compliedOn != null || !deadline.equals(from)) {
            throw new IllegalStateException("instruction of appeal " + appealId + " is due " + deadline + ", not " + from);
        }
        deadline = to;
    }

    /** Whether the provider complied on or before the deadline day; null while it has not. */
    public Boolean compliedOnTime() {
        return compliedOn == null ? null : DeadlineStatus.metBy(compliedOn, deadline);
    }

    /** Where the instruction's term stands today: closed once complied with. */
    public DeadlineStatus status(WorkingCalendar calendar, LocalDate today) {
        return compliedOn != null ? DeadlineStatus.CLOSED : DeadlineStatus.of(deadline, today, calendar);
    }

    public Long getAppealId() {
        return appealId;
    }

    public long getProviderOrganisationId() {
        return providerOrganisationId;
    }

    public Long getProviderCaseId() {
        return providerCaseId;
    }

    public String getText() {
        return text;
    }

    public int getWorkingDays() {
        return workingDays;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public LocalDate getCompliedOn() {
        return compliedOn;
    }

    public String getComplianceNote() {
        return complianceNote;
    }

    public String getCompliedByName() {
        return compliedByName;
    }

    public int getVersion() {
        return version;
    }
}
