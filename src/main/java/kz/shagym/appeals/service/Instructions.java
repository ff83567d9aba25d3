package kz.shagym.appeals.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shagym.appeals.model.AppealRefused;
import kz.shagym.appeals.model.ProviderInstruction;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.EventKind;
import kz.shagym.registry.model.Stage;
import kz.shagym.registry.service.CaseLifecycle;
import kz.shagym.registry.service.Registry;
import kz.shagym.review.model.AnswerSent;
import kz.shagym.review.model.Instruction;

/**
 * Instructions to put right (docs/domain.md, "The appeal stage"): issued when an upheld
 * appeal's decision leaves, watched like every term (the provider's head hears when it is
 * due soon or overdue), complied with by the provider, seen by the authorized body.
 */
@Stateless
public class Instructions {

    /** The deadline watch's subject type for an instruction's term. */
    public static final String DEADLINE_SUBJECT = "INSTRUCTION";
    static final String ENTITY = "ProviderInstruction";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Registry registry;

    @EJB
    private CaseLifecycle lifecycle;

    @EJB
    private DeadlineWatch deadlines;

    @EJB
    private StaffDirectory staff;

    @EJB
    private WorkingDays workingDays;

    @EJB
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    /** The decision of an upheld appeal left: its instruction now binds the provider, from that day. */
    public void issue(@Observes AnswerSent sent) {
        Complaint appeal = sent.complaint();
        Instruction instruction = sent.answer().instruction();
        if (appeal.getStage() != Stage.APPEAL || instruction == null) {
            return;
        }
        Organisation provider = em.find(Organisation.class, appeal.getAgainstOrganisationId());
        LocalDate issuedOn = appeal.getAnswerLeftOn();
        ProviderInstruction issued = new ProviderInstruction(appeal.getId(), provider.getId(), appeal.getAppealOf(),
                instruction.text(), instruction.workingDays(), issuedOn, workingDays.calendar());
        em.persist(issued);
        deadlines.register(DEADLINE_SUBJECT, String.valueOf(appeal.getId()), appeal.getIncomingNumber(), provider.getId(),
                issuedOn, instruction.workingDays(), provider.getHeadLogin());
        String note = provider.getCode() + ", " + instruction.workingDays() + " / " + issued.getDeadline();
        lifecycle.note(appeal, EventKind.INSTRUCTION_ISSUED, note);
        registry.linked(appeal.getAppealOf()).ifPresent(c -> lifecycle.note(c, EventKind.INSTRUCTION_ISSUED,
                appeal.getIncomingNumber() + ": " + note));
        audit.record("INSTRUCTION_ISSUED", ENTITY, appeal.getId(), appeal.getIncomingNumber() + " " + note);
    }

    /**
     * The provider records how it complied: {@code number} is its own case the instruction is
     * about, or the appeal about it.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public ProviderInstruction comply(String number, LocalDate on, String note) {
        return comply(number, on, note, null, null);
    }

    /** As {@link #comply(String, LocalDate, String)}, with a scan of what was done, kept on the case it is about. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public ProviderInstruction comply(String number, LocalDate on, String note, String scanName, byte[] scan) {
        ProviderInstruction instruction = instructionFor(number)
                .filter(i -> i.getProviderOrganisationId() == staff.callerOrganisation().getId())
                .orElseThrow(AppealRefused::notFound);
        StaffMember member = staff.caller().orElseThrow();
        instruction.complied(on, note, member.getLogin(), member.getSurnameAndInitials(), clock.today());
        deadlines.close(DEADLINE_SUBJECT, String.valueOf(instruction.getAppealId()));
        if (scan != null) {
            Long caseId = instruction.getProviderCaseId() != null ? instruction.getProviderCaseId() : instruction.getAppealId();
            registry.attach(registry.linked(caseId).orElseThrow(), "scan", scanName, scan);
        }
        String said = on + ": " + instruction.getComplianceNote();
        registry.linked(instruction.getAppealId()).ifPresent(a -> lifecycle.note(a, EventKind.INSTRUCTION_COMPLIED, said));
        registry.linked(instruction.getProviderCaseId()).ifPresent(c -> lifecycle.note(c, EventKind.INSTRUCTION_COMPLIED, said));
        audit.record("INSTRUCTION_COMPLIED", ENTITY, instruction.getAppealId(), said);
        em.flush();
        return instruction;
    }

    /** The instruction a case the caller reads is about: the appeal's own, or the latest about a provider's case. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<ProviderInstruction> instructionFor(String number) {
        return registry.read(number).flatMap(this::of);
    }

    /** The instruction of {@code complaint}, which the caller reads. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<ProviderInstruction> of(Complaint complaint) {
        if (complaint.getStage() == Stage.APPEAL) {
            return Optional.ofNullable(em.find(ProviderInstruction.class, complaint.getId()));
        }
        return em.createNamedQuery("ProviderInstruction.ofProviderCase", ProviderInstruction.class)
                .setParameter("complaint", complaint.getId()).setMaxResults(1).getResultStream().findFirst();
    }

    /** The caller's instructions: at the authorized body those it issued, at a provider those it has to put right. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public List<ProviderInstruction> ofCaller() {
        return staff.callerOrganisation().getKind() == OrganisationKind.AUTHORIZED_BODY ? issued() : toPutRight();
    }

    /** The provider's "to put right" queue: its instructions not yet complied with, soonest due first. */
    private List<ProviderInstruction> toPutRight() {
        return em.createNamedQuery("ProviderInstruction.openOf", ProviderInstruction.class)
                .setParameter("provider", staff.callerOrganisation().getId()).getResultList();
    }

    /** The authorized body's instructions, complied with or not, for its staff to follow up. */
    private List<ProviderInstruction> issued() {
        Organisation body = staff.callerOrganisation();
        return em.createNamedQuery("ProviderInstruction.issuedBy", ProviderInstruction.class)
                .setParameter("body", body.getId()).getResultList();
    }
}
