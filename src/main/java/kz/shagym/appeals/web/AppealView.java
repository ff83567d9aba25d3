package kz.shagym.appeals.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.appeals.model.CourtCase;
import kz.shagym.appeals.model.Judgment;
import kz.shagym.appeals.model.ProviderInstruction;
import kz.shagym.appeals.service.CourtRecords;
import kz.shagym.appeals.service.Forwarding;
import kz.shagym.appeals.service.Instructions;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.CasePage;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.Stage;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.Answer;
import kz.shagym.review.service.ProviderReview;
import org.primefaces.model.file.UploadedFile;

/**
 * The appeal stage on a case's page: what the appeal is about, the appeals of a provider's
 * case, the instruction and the court record, and the forms the signed-in member may use now
 * (forward, comply, record a court case or its judgment). The services decide; this only
 * offers what they would accept.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class AppealView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Registry registry;

    @EJB
    private ProviderReview review;

    @EJB
    private Forwarding forwarding;

    @EJB
    private Instructions instructions;

    @EJB
    private CourtRecords courts;

    @EJB
    private StaffDirectory staff;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    @Inject
    private ScreenMessages messages;

    private String number;
    private Complaint complaint;
    private boolean ours;
    private String appealOf;
    private String provider;
    private List<Row> appeals = List.of();
    private ProviderInstruction instruction;
    private CourtCase court;

    private LocalDate date;
    private String note;
    private String courtName;
    private String caseNumber;
    private Judgment judgment;
    private transient UploadedFile scan;

    /** An appeal of the case, with the outcome of its decision once there is one. */
    public record Row(String number, ComplaintState state, String outcome) implements Serializable {
    }

    public void load() {
        complaint = registry.read(number).orElse(null);
        if (complaint == null) {
            return;
        }
        ours = complaint.getOrganisationId() == staff.callerOrganisation().getId();
        appealOf = AppealViews.number(registry, complaint.getAppealOf());
        provider = complaint.getAgainstOrganisationId() == null ? null : registry.organisationCode(complaint.getAgainstOrganisationId());
        if (complaint.getStage() == Stage.PROVIDER) {
            appeals = registry.appealsOf(complaint).stream().map(a -> new Row(a.getIncomingNumber(), a.getState(),
                    review.answer(a.getIncomingNumber()).filter(x -> x.getComplaintId().equals(a.getId()))
                            .map(Answer::getOutcome).map(Enum::name).orElse(null))).toList();
        }
        instruction = instructions.of(complaint).orElse(null);
        court = courts.of(complaint).orElse(null);
        date = clock.today();
    }

    public boolean isAppeal() {
        return complaint != null && complaint.getStage() != Stage.PROVIDER;
    }

    /** The provider's office may send on an appeal it holds, once. */
    public boolean isMayForward() {
        return ours && complaint.getStage() == Stage.FORWARDING && complaint.getState() == ComplaintState.REGISTERED
                && staff.callerRoles().contains(Role.REGISTRAR);
    }

    /** The provider complies with an open instruction about its case or the appeal about it. */
    public boolean isMayComply() {
        return instruction != null && instruction.getCompliedOn() == null
                && instruction.getProviderOrganisationId() == staff.callerOrganisation().getId()
                && !staff.callerRoles().contains(Role.QUALITY_OFFICER);
    }

    /** Either side records the court case on its own case once the answer or decision left. */
    public boolean isMayFileCourtCase() {
        return ours && court == null && complaint.getState() == ComplaintState.ANSWER_SENT && actsOnCases();
    }

    /** The court case shown is this case's own, which only its own side records the judgment of. */
    private boolean courtIsOurs() {
        return court != null && court.getComplaintId().equals(complaint.getId());
    }

    public boolean isMayRecordJudgment() {
        return ours && courtIsOurs() && court.getJudgment() == null && actsOnCases();
    }

    private boolean actsOnCases() {
        var roles = staff.callerRoles();
        return roles.contains(Role.REGISTRAR) || roles.contains(Role.HEAD) || roles.contains(Role.EXECUTOR);
    }

    public DeadlineStatus getInstructionStatus() {
        return instruction == null ? DeadlineStatus.CLOSED : instruction.status(workingDays.calendar(), clock.today());
    }

    public String forward() {
        return messages.take("forward", () -> forwarding.forward(number, complaint.getVersion(), date),
                "appeal.done.forwarded", again());
    }

    public String comply() {
        return messages.take("comply", () -> instructions.comply(number, date, note, scanName(), scanBytes()),
                "appeal.done.complied", again());
    }

    public String fileCourtCase() {
        return messages.take("courtCase", () -> courts.file(number, courtName, date, caseNumber), "appeal.done.court", again());
    }

    public String recordJudgment() {
        return messages.take("judgment", () -> courts.judgment(number, judgment, date, scanName(), scanBytes()),
                "appeal.done.judgment", again());
    }

    /** The scan chosen in the form, if any. */
    private byte[] scanBytes() {
        return scan == null || scan.getSize() == 0 ? null : scan.getContent();
    }

    private String scanName() {
        return scan == null ? null : scan.getFileName();
    }

    public UploadedFile getScan() {
        return scan;
    }

    public void setScan(UploadedFile scan) {
        this.scan = scan;
    }

    private String again() {
        return CasePage.redirect(number);
    }

    public Judgment[] getJudgments() {
        return Judgment.values();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public String getAppealOf() {
        return appealOf;
    }

    public String getProvider() {
        return provider;
    }

    public List<Row> getAppeals() {
        return appeals;
    }

    public ProviderInstruction getInstruction() {
        return instruction;
    }

    public CourtCase getCourt() {
        return court;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getCourtName() {
        return courtName;
    }

    public void setCourtName(String courtName) {
        this.courtName = courtName;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public Judgment getJudgment() {
        return judgment;
    }

    public void setJudgment(Judgment judgment) {
        this.judgment = judgment;
    }
}
