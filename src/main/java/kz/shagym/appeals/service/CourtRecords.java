package kz.shagym.appeals.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.Optional;
import kz.shagym.appeals.model.AppealRefused;
import kz.shagym.appeals.model.CourtCase;
import kz.shagym.appeals.model.Judgment;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.EventKind;
import kz.shagym.registry.service.CaseLifecycle;
import kz.shagym.registry.service.Registry;

/**
 * The court stage (¶6), recorded by whichever side learns of it, on its own case: the
 * authorized body on its appeal, the provider on its case, once the answer or decision left.
 */
@Stateless
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
public class CourtRecords {

    static final String ENTITY = "CourtCase";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Registry registry;

    @EJB
    private CaseLifecycle lifecycle;

    @EJB
    private StaffDirectory staff;

    @EJB
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    public CourtCase file(String number, String court, LocalDate filedOn, String caseNumber) {
        Complaint c = registry.find(number).orElseThrow(AppealRefused::notFound);
        if (c.getState() != ComplaintState.ANSWER_SENT) {
            throw new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "appeal.error.courtBeforeAnswer");
        }
        if (em.find(CourtCase.class, c.getId()) != null) {
            throw new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "appeal.error.courtRecorded");
        }
        StaffMember member = staff.caller().orElseThrow();
        CourtCase filed = new CourtCase(c.getId(), court, filedOn, caseNumber, member.getSurnameAndInitials(),
                c.getAnswerLeftOn(), clock.today());
        em.persist(filed);
        String said = filed.getCourt() + ", " + filed.getCaseNumber() + ", " + filed.getFiledOn();
        lifecycle.note(c, EventKind.COURT_FILED, said);
        audit.record("COURT_FILED", ENTITY, c.getId(), c.getIncomingNumber() + ": " + said);
        em.flush();
        return filed;
    }

    public CourtCase judgment(String number, Judgment result, LocalDate on) {
        return judgment(number, result, on, null, null);
    }

    /** The judgment, with a scan of it kept on the case. */
    public CourtCase judgment(String number, Judgment result, LocalDate on, String scanName, byte[] scan) {
        Complaint c = registry.find(number).orElseThrow(AppealRefused::notFound);
        CourtCase filed = Optional.ofNullable(em.find(CourtCase.class, c.getId()))
                .orElseThrow(() -> new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "appeal.error.noCourtCase"));
        filed.decided(result, on, staff.caller().orElseThrow().getSurnameAndInitials(), clock.today());
        if (scan != null) {
            registry.attach(c, "scan", scanName, scan);
        }
        String said = result + ", " + on;
        lifecycle.note(c, EventKind.COURT_JUDGMENT, said);
        audit.record("COURT_JUDGMENT", ENTITY, c.getId(), c.getIncomingNumber() + ": " + said);
        em.flush();
        return filed;
    }

    /**
     * The court case of {@code complaint}'s chain, which the caller reads: recorded on this case,
     * else on the provider's case or an appeal of it, as either side may have recorded it.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<CourtCase> of(Complaint complaint) {
        Optional<CourtCase> own = Optional.ofNullable(em.find(CourtCase.class, complaint.getId()));
        if (own.isPresent()) {
            return own;
        }
        Complaint root = registry.linked(complaint.getAppealOf()).orElse(complaint);
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(root), registry.appealsOf(root).stream())
                .map(c -> em.find(CourtCase.class, c.getId())).filter(java.util.Objects::nonNull).findFirst();
    }
}
