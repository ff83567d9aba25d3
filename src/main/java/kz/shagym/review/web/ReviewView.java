package kz.shagym.review.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.web.CasePage;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.Stage;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.Answer;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Outcome;
import kz.shagym.review.model.ReviewStep;
import kz.shagym.review.service.ProviderReview;

/**
 * The review panel of a case's page: the step each role may take now (assign, draft, approve
 * or return, dispatch, withdraw) and the answer so far. Every step carries the version of the
 * case this page showed, so a case someone changed meanwhile is refused, not overwritten.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class ReviewView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private ProviderReview review;

    @EJB
    private Registry registry;

    @EJB
    private StaffDirectory staff;

    @Inject
    private ScreenMessages messages;

    @Inject
    private BusinessClock clock;

    private String number;
    private List<ProviderReview.ExecutorChoice> executors;
    private Complaint complaint;
    private Answer answer;
    private Set<Role> roles = Set.of();
    /** The case is the signed-in member's organisation's: others' (a provider case an appeal is about) are read only. */
    private boolean ours;
    private String me;

    private String executor;
    private Outcome outcome;
    private String reasoning;
    private String instruction;
    private Integer instructionDays;
    private String comment;
    private AnswerDelivery method;
    private LocalDate date;
    private String trackingNumber;
    private String receiverName;
    private String note;

    public void load() {
        complaint = registry.read(number).orElse(null);
        if (complaint == null) {
            return;
        }
        ours = complaint.getOrganisationId() == staff.callerOrganisation().getId();
        answer = review.answer(number).orElse(null);
        roles = staff.callerRoles();
        me = staff.callerLogin().orElse("");
        executor = complaint.getExecutorLogin();
        if (answer != null) {
            outcome = answer.getOutcome();
            reasoning = answer.getReasoning();
            if (answer.instruction() != null) {
                instruction = answer.instruction().text();
                instructionDays = answer.instruction().workingDays();
            }
        }
        method = complaint.getAnswerDelivery();
        date = clock.today();
    }

    /** Whether the signed-in member may take {@code step} now: only on their own organisation's case, which they read or act on. */
    public boolean may(ReviewStep step) {
        return complaint != null && ours && step.refusal(complaint, roles, me).isEmpty();
    }

    public String assign() {
        return take("assign", () -> review.assign(number, complaint.getVersion(), executor), "review.done.assigned");
    }

    /** Keeps the draft and stays on the case: the executor comes back to it later. */
    public String saveDraft() {
        return take("draft", () -> review.saveDraft(number, complaint.getVersion(), outcome, reasoning, instruction,
                instructionDays), "review.done.draftSaved");
    }

    public String draft() {
        return take("draft", () -> review.draft(number, complaint.getVersion(), outcome, reasoning, instruction, instructionDays), "review.done.drafted");
    }

    public String approve() {
        return take("decide", () -> review.approve(number, complaint.getVersion()), "review.done.approved");
    }

    public String giveBack() {
        return take("decide", () -> review.returnToExecutor(number, complaint.getVersion(), comment), "review.done.returned");
    }

    public String dispatch() {
        return take("dispatch", () -> review.dispatch(number, complaint.getVersion(),
                new Dispatch(method, date, trackingNumber, receiverName)), "review.done.dispatched");
    }

    public String withdraw() {
        return take("withdraw", () -> review.withdraw(number, complaint.getVersion(), date, note), "review.done.withdrawn");
    }

    /** Takes the step and shows the case afresh; a refusal is shown at its field (in {@code form}) or above the page. */
    private String take(String form, Supplier<Complaint> step, String doneKey) {
        return messages.take(form, step::get, doneKey, CasePage.redirect(number));
    }

    public String getLetterUrl() {
        return AnswerLetterServlet.PATH + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /** Asked once for the page: each choice asks the user registry. */
    public List<ProviderReview.ExecutorChoice> getExecutors() {
        if (executors == null) {
            executors = may(ReviewStep.ASSIGN) ? review.executors() : List.of();
        }
        return executors;
    }

    /** "Сейітов Н.Е. — жұмыста 2 іс": the name and the open cases the executor holds. */
    public String executorLabel(ProviderReview.ExecutorChoice choice) {
        return messages.bundle().get("review.executorChoice", choice.name(), choice.openCases());
    }

    /** The outcomes this case's decision chooses from. */
    public List<Outcome> getOutcomes() {
        return complaint == null ? List.of() : Outcome.of(complaint.getStage());
    }

    /** Whether this is the authorized body's decision on an appeal, which may instruct the provider. */
    public boolean isAppeal() {
        return complaint != null && complaint.getStage() == Stage.APPEAL;
    }

    public String getInstruction() {
        return instruction;
    }

    public void setInstruction(String instruction) {
        this.instruction = instruction;
    }

    public Integer getInstructionDays() {
        return instructionDays;
    }

    public void setInstructionDays(Integer instructionDays) {
        this.instructionDays = instructionDays;
    }

    public AnswerDelivery[] getMethods() {
        return AnswerDelivery.values();
    }

    public ReviewStep[] getSteps() {
        return ReviewStep.values();
    }

    public Answer getAnswer() {
        return answer;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getExecutor() {
        return executor;
    }

    public void setExecutor(String executor) {
        this.executor = executor;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    public void setOutcome(Outcome outcome) {
        this.outcome = outcome;
    }

    public String getReasoning() {
        return reasoning;
    }

    public void setReasoning(String reasoning) {
        this.reasoning = reasoning;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public AnswerDelivery getMethod() {
        return method;
    }

    public void setMethod(AnswerDelivery method) {
        this.method = method;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public void setTrackingNumber(String trackingNumber) {
        this.trackingNumber = trackingNumber;
    }

    public String getReceiverName() {
        return receiverName;
    }

    public void setReceiverName(String receiverName) {
        this.receiverName = receiverName;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
