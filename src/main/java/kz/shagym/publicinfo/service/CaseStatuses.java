package kz.shagym.publicinfo.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shagym.appeals.model.CourtCase;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.publicinfo.model.AnswerLeft;
import kz.shagym.publicinfo.model.CaseStatus;
import kz.shagym.publicinfo.model.CourtStage;
import kz.shagym.publicinfo.model.StageStatus;
import kz.shagym.publicinfo.model.StatusAnswer;
import kz.shagym.registry.model.AccessCode;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.CaseNumberKey;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.Stage;

/**
 * The status of a case (¶7): opened by a citizen with the incoming number and the access code
 * of the acceptance confirmation, without an account; and read by the contact centre. Only
 * facts of the procedure leave this class, never a name, an IIN/BIN, an address or what the
 * complaint or the answer says.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CaseStatuses {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    @Inject
    private LookupLimiter limiter;

    /**
     * The status of the case of that number and code as a citizen typed them, asked from
     * {@code address}. A wrong number and a wrong code are one answer, and count as one more
     * failure of that address.
     */
    public StatusAnswer open(String typedNumber, String typedCode, String address) {
        Duration wait = limiter.waitBefore(address);
        if (!wait.isZero()) {
            return new StatusAnswer.TryLater(wait);
        }
        Optional<Complaint> found = find(CaseNumberKey.of(typedNumber), AccessCode.normalize(typedCode));
        if (found.isEmpty()) {
            limiter.failed(address);
            return new StatusAnswer.NotFound();
        }
        return new StatusAnswer.Found(statusOf(found.get()));
    }

    private Optional<Complaint> find(String key, Optional<String> code) {
        if (key.isEmpty() || code.isEmpty()) {
            return Optional.empty();
        }
        byte[] typed = code.get().getBytes(StandardCharsets.US_ASCII);
        return em.createNamedQuery("Complaint.byNumberKey", Complaint.class).setParameter("key", key)
                .getResultStream()
                .filter(c -> MessageDigest.isEqual(c.getAccessCode().getBytes(StandardCharsets.US_ASCII), typed))
                .findFirst();
    }

    /** The case's status: its stage, its appeal's, the court's. */
    public CaseStatus statusOf(Complaint c) {
        WorkingCalendar calendar = workingDays.calendar();
        LocalDate today = clock.today();
        Optional<Complaint> appeal = appealOf(c);
        Complaint latest = appeal.orElse(c);
        Optional<CourtStage> court = court(latest).or(() -> court(c));
        return new CaseStatus(stage(c, calendar, today), appeal.map(a -> stage(a, calendar, today)).orElse(null),
                court.orElse(null), readyToCollect(latest) ? latest.getAnswerPlace() : null);
    }

    private StageStatus stage(Complaint c, WorkingCalendar calendar, LocalDate today) {
        return new StageStatus(c.getIncomingNumber(), c.getStage(), c.getState(), c.getRegistrationDate(),
                c.getDeadline(), c.term(calendar, today).workingDaysLeft(), answerOf(c));
    }

    private AnswerLeft answerOf(Complaint c) {
        if (c.getAnswerLeftOn() == null) {
            return null;
        }
        List<Object[]> dispatch = em.createQuery("select a.dispatchMethod, a.trackingNumber from Answer a"
                + " where a.complaintId = :id", Object[].class).setParameter("id", c.getId()).getResultList();
        AnswerDelivery method = dispatch.isEmpty() || dispatch.get(0)[0] == null
                ? c.getAnswerDelivery() : (AnswerDelivery) dispatch.get(0)[0];
        String tracking = dispatch.isEmpty() ? null : (String) dispatch.get(0)[1];
        return new AnswerLeft(c.getAnswerLeftOn(), method, tracking);
    }

    /**
     * The appeal that carries a case on: for a provider's case the appeal registered at the
     * authorized body (else the one handed in at the provider, waiting to be forwarded); for an
     * appeal handed in at the provider, what it was registered as at the authorized body.
     */
    private Optional<Complaint> appealOf(Complaint c) {
        if (c.getStage() == Stage.APPEAL) {
            return Optional.empty();
        }
        List<Complaint> appeals = em.createNamedQuery(
                        c.getStage() == Stage.FORWARDING ? "Complaint.forwardedAs" : "Complaint.appealsOf", Complaint.class)
                .setParameter("complaint", c.getId()).getResultList();
        return appeals.stream().filter(a -> a.getStage() == Stage.APPEAL).reduce((first, second) -> second)
                .or(() -> appeals.stream().reduce((first, second) -> second));
    }

    private Optional<CourtStage> court(Complaint c) {
        return Optional.ofNullable(em.find(CourtCase.class, c.getId()))
                .map(k -> new CourtStage(k.getFiledOn(), k.getJudgment(), k.getJudgmentDate()));
    }

    /** An approved answer the complainant chose to collect waits at the office. */
    private static boolean readyToCollect(Complaint c) {
        return c.getState() == ComplaintState.ANSWER_APPROVED && c.getAnswerDelivery() == AnswerDelivery.IN_PERSON;
    }
}
