package kz.shagym.appeals.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/**
 * The recipient went to court (¶6): which court, when, under which case number; later the
 * judgment. Recorded on the case of the side that learnt of it, the appeal or the provider's
 * case; one court case per case, one judgment per court case.
 */
@Entity
@Table(name = "court_case")
public class CourtCase implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int COURT_LIMIT = 300;
    public static final int NUMBER_LIMIT = 60;

    @Id
    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "court", nullable = false, length = COURT_LIMIT)
    private String court;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "case_number", nullable = false, length = NUMBER_LIMIT)
    private String caseNumber;

    @Column(name = "recorded_by_name", nullable = false, length = 200)
    private String recordedByName;

    @Enumerated(EnumType.STRING)
    @Column(name = "judgment", length = 12)
    private Judgment judgment;

    @Column(name = "judgment_date")
    private LocalDate judgmentDate;

    @Column(name = "judgment_by_name", length = 200)
    private String judgmentByName;

    @Version
    private int version;

    protected CourtCase() {
    }

    /** Filed on a day from {@code answerLeftOn}, the decision it contests, to today. */
    public CourtCase(long complaintId, String court, LocalDate filedOn, String caseNumber, String recordedBy,
                     LocalDate answerLeftOn, LocalDate today) {
        this.complaintId = complaintId;
        this.court = DayRules.text("court", court, COURT_LIMIT);
        this.filedOn = DayRules.check("filedOn", filedOn, answerLeftOn, today);
        this.caseNumber = DayRules.text("caseNumber", caseNumber, NUMBER_LIMIT);
        this.recordedByName = recordedBy;
    }

    /** The court's judgment; once, on a day from the filing to today. */
    public void decided(Judgment result, LocalDate on, String recordedBy, LocalDate today) {
        if (judgment != null) {
            throw new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "appeal.error.alreadyJudged");
        }
        if (result == null) {
            throw AppealRefused.invalid("result", "review.error.required");
        }
        judgmentDate = DayRules.check("date", on, filedOn, today);
        judgment = result;
        judgmentByName = recordedBy;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getCourt() {
        return court;
    }

    public LocalDate getFiledOn() {
        return filedOn;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public Judgment getJudgment() {
        return judgment;
    }

    public LocalDate getJudgmentDate() {
        return judgmentDate;
    }

    public int getVersion() {
        return version;
    }
}
