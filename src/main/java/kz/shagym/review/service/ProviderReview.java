package kz.shagym.review.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.ProcedureTerms;
import kz.shagym.kernel.service.RegistryRoles;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.service.CaseLifecycle;
import kz.shagym.registry.service.Numbering;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.Answer;
import kz.shagym.review.model.AnswerSent;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Instruction;
import kz.shagym.review.model.Outcome;
import kz.shagym.review.model.OutgoingRegister;
import kz.shagym.review.model.ReviewRefused;
import kz.shagym.review.model.ReviewRules;
import kz.shagym.review.model.ReviewStep;

/**
 * The provider's review (¶4): the head assigns an executor, the executor drafts the reasoned
 * answer, the head approves it or returns it, the office records how it left or the written
 * withdrawal. Each step is taken only by its role, only on a case of the caller's provider,
 * only from the states {@link ReviewStep} allows and only on the version of the case the
 * caller saw (when they say which); otherwise {@link ReviewRefused}, and nothing changes.
 */
@Stateless
public class ProviderReview {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Registry registry;

    @EJB
    private CaseLifecycle lifecycle;

    @EJB
    private StaffDirectory staff;

    @EJB
    private RegistryRoles registryRoles;

    @EJB
    private ProcedureTerms terms;

    @EJB
    private Numbering numbering;

    @EJB
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    /** Heard in this transaction by the appeal stage, which turns a decision's instruction into one the provider must meet. */
    @Inject
    private Event<AnswerSent> answerSent;

    @RolesAllowed(Role.Names.HEAD)
    public Complaint assign(String number, Integer version, String executorLogin) {
        Complaint c = take(ReviewStep.ASSIGN, number, version);
        StaffMember executor = staff.find(executorLogin == null ? "" : executorLogin.strip())
                .filter(m -> m.getOrganisation().getId() == c.getOrganisationId())
                .filter(this::mayExecute)
                .orElseThrow(() -> ReviewRefused.invalid("executor", "review.error.executor"));
        return saved(() -> lifecycle.assign(c, executor.getLogin(), executor.getSurnameAndInitials()), c);
    }

    @RolesAllowed(Role.Names.EXECUTOR)
    public Complaint draft(String number, Integer version, Outcome outcome, String reasoning) {
        return draft(number, version, outcome, reasoning, null, null);
    }

    /** The draft of an answer, or of an appeal's decision with its instruction to the provider when it upholds. */
    @RolesAllowed(Role.Names.EXECUTOR)
    public Complaint draft(String number, Integer version, Outcome outcome, String reasoning, String instruction,
                           Integer instructionDays) {
        Complaint c = written(number, version, outcome, reasoning, instruction, instructionDays);
        return saved(() -> lifecycle.take(c, CaseStep.DRAFT, null), c);
    }

    /**
     * Keeps the executor's draft without sending it for approval: the case stays with them, and
     * the form opens with it next time. Checked as a draft sent would be.
     */
    @RolesAllowed(Role.Names.EXECUTOR)
    public Complaint saveDraft(String number, Integer version, Outcome outcome, String reasoning, String instruction,
                               Integer instructionDays) {
        Complaint c = written(number, version, outcome, reasoning, instruction, instructionDays);
        audit.record("ANSWER_DRAFT_SAVED", "Complaint", c.getId(),
                AuditDetail.of("draft", c.getIncomingNumber(), AuditDetail.term("outcome." + outcome)));
        return saved(() -> { }, c);
    }

    private Complaint written(String number, Integer version, Outcome outcome, String reasoning, String instruction,
                              Integer instructionDays) {
        Complaint c = take(ReviewStep.DRAFT, number, version);
        StaffMember executor = staff.caller().orElseThrow();
        if (outcome == null) {
            throw ReviewRefused.invalid("outcome", "review.error.required");
        }
        String text = ReviewRules.requireText("reasoning", reasoning, ReviewRules.REASONING_LIMIT);
        Instruction ordered = Instruction.of(c.getStage(), outcome, instruction, instructionDays);
        answerOf(c).draft(outcome, text, ordered, executor.getLogin(), executor.getSurnameAndInitials(), clock.now());
        return c;
    }

    @RolesAllowed(Role.Names.HEAD)
    public Complaint approve(String number, Integer version) {
        Complaint c = take(ReviewStep.APPROVE, number, version);
        StaffMember head = staff.caller().orElseThrow();
        LocalDate today = clock.today();
        String outgoing = numbering.draw(c.getOrganisationId(), today.getYear(), OutgoingRegister.PREFIX).text();
        answerOf(c).approve(head.getLogin(), head.getSurnameAndInitials(), clock.now(), outgoing, today);
        return saved(() -> lifecycle.take(c, CaseStep.APPROVE, null), c);
    }

    @RolesAllowed(Role.Names.HEAD)
    public Complaint returnToExecutor(String number, Integer version, String comment) {
        Complaint c = take(ReviewStep.RETURN, number, version);
        String why = ReviewRules.requireText("comment", comment, ReviewRules.COMMENT_LIMIT);
        return saved(() -> lifecycle.take(c, CaseStep.RETURN, why), c);
    }

    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint dispatch(String number, Integer version, Dispatch dispatch) {
        Complaint c = take(ReviewStep.DISPATCH, number, version);
        if (dispatch == null) {
            throw ReviewRefused.invalid("method", "review.error.methodRequired");
        }
        dispatch.check(c.getRegistrationDate(), clock.today());
        Answer answer = answerOf(c);
        answer.dispatched(dispatch);
        // The timeline's comment is the tracking number or the receiver's name, words in no language;
        // how it left shows as the state it reached.
        String how = answer.getTrackingNumber() != null ? answer.getTrackingNumber() : answer.getReceiverName();
        saved(() -> lifecycle.answerLeft(c, dispatch.date(), how), c);
        answerSent.fire(new AnswerSent(c, answer));
        return c;
    }

    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint withdraw(String number, Integer version, LocalDate date, String note) {
        Complaint c = take(ReviewStep.WITHDRAW, number, version);
        ReviewRules.checkDay("date", date, c.getRegistrationDate(), clock.today());
        String text = ReviewRules.optionalText("note", note, ReviewRules.COMMENT_LIMIT);
        answerOf(c).withdrawn(date, text);
        return saved(() -> lifecycle.take(c, CaseStep.WITHDRAW, text), c);
    }

    /** The answer of a case the caller reads (see Registry.read), once drafted or withdrawn. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<Answer> answer(String number) {
        return registry.read(number).map(c -> em.find(Answer.class, c.getId()));
    }

    /** The answer letter as it stands (a draft until approved), in the complainant's language, of a case the caller reads. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<byte[]> answerLetter(String number) {
        return registry.read(number).flatMap(c -> Optional.ofNullable(em.find(Answer.class, c.getId()))
                .filter(a -> a.getOutcome() != null)
                .map(a -> AnswerLetter.render(c, a, em.find(Organisation.class, c.getOrganisationId()),
                        authorizedBody(), c.getAgainstOrganisationId() == null ? null
                                : em.find(Organisation.class, c.getAgainstOrganisationId()),
                        terms.authorizedBodyWorkingDays())));
    }

    /** A member the head may give a case to, and how many open cases they hold now. */
    public record ExecutorChoice(String login, String name, long openCases) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Whom the head may give a case to, fewest open cases first, then by name. */
    @RolesAllowed(Role.Names.HEAD)
    public List<ExecutorChoice> executors() {
        Organisation provider = staff.callerOrganisation();
        Map<String, Long> open = openCasesByExecutor(provider.getId());
        return em.createNamedQuery("StaffMember.ofOrganisation", StaffMember.class)
                .setParameter("organisation", provider).getResultStream()
                .filter(this::mayExecute)
                .map(m -> new ExecutorChoice(m.getLogin(), m.getSurnameAndInitials(), open.getOrDefault(m.getLogin(), 0L)))
                .sorted(Comparator.comparingLong(ExecutorChoice::openCases))
                .toList();
    }

    /**
     * Who may be given a case (¶4): an active member of the provider whom the user registry
     * makes an executor. Not the registrar nor the head by their record alone: the registry,
     * not Shagym, says who works on answers.
     */
    private boolean mayExecute(StaffMember member) {
        return member.isActive() && registryRoles.of(member.getLogin()).orElse(Set.of()).contains(Role.EXECUTOR);
    }

    /** The provider's open cases (their term still runs) by the executor who holds them. */
    private Map<String, Long> openCasesByExecutor(long organisation) {
        return em.createQuery("select c.executorLogin, count(c) from Complaint c where c.organisationId = :organisation"
                        + " and c.executorLogin is not null and c.state in :open group by c.executorLogin", Object[].class)
                .setParameter("organisation", organisation).setParameter("open", ComplaintState.OPEN)
                .getResultStream().collect(Collectors.toMap(r -> (String) r[0], r -> ((Number) r[1]).longValue()));
    }

    private Complaint take(ReviewStep step, String number, Integer version) {
        Complaint c = registry.find(number)
                .orElseThrow(() -> new ReviewRefused(ReviewRefused.Kind.NOT_YOURS, null, "review.error.notYours"));
        step.refusal(c, staff.callerRoles(), staff.callerLogin().orElse("")).ifPresent(refusal -> {
            throw switch (refusal) {
                case WRONG_ROLE -> new ReviewRefused(ReviewRefused.Kind.WRONG_ROLE, null, "review.error.role");
                case WRONG_STATE -> new ReviewRefused(ReviewRefused.Kind.WRONG_STATE, null, "case.error.step");
                case NOT_ASSIGNED -> new ReviewRefused(ReviewRefused.Kind.WRONG_ROLE, null, "review.error.notYourCase");
            };
        });
        if (version != null && version != c.getVersion()) {
            throw new ReviewRefused(ReviewRefused.Kind.STALE, null, "review.error.stale");
        }
        return c;
    }

    private Answer answerOf(Complaint c) {
        Answer answer = em.find(Answer.class, c.getId());
        if (answer == null) {
            answer = new Answer(c.getId());
            em.persist(answer);
        }
        return answer;
    }

    /** Runs the move; another transaction that changed the case first makes it a stale-version refusal. */
    private Complaint saved(Runnable move, Complaint c) {
        try {
            move.run();
            em.flush();
        } catch (RuntimeException e) {
            if (causedByLock(e)) {
                throw new ReviewRefused(ReviewRefused.Kind.STALE, null, "review.error.stale");
            }
            throw e;
        }
        return c;
    }

    private static boolean causedByLock(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException) {
                return true;
            }
        }
        return false;
    }

    private Organisation authorizedBody() {
        return em.createNamedQuery("Organisation.all", Organisation.class).getResultStream()
                .filter(o -> o.getKind() == OrganisationKind.AUTHORIZED_BODY).findFirst().orElse(null);
    }
}
