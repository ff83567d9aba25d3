package kz.shagym.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.ProcedureTerms;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.registry.model.AccessCode;
import kz.shagym.registry.model.AppealRequest;
import kz.shagym.registry.model.Attachment;
import kz.shagym.registry.model.AttachmentContent;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.EventKind;
import kz.shagym.registry.model.IncomingNumber;
import kz.shagym.registry.model.Registration;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.registry.model.Term;
import kz.shagym.registry.model.ScannedPages;

/**
 * The registry of complaints. Registration gives a complaint everything the stamp says in one
 * transaction, with its scans, its first timeline entry, its watched deadline and its audit
 * record: all of it is kept, or none of it and no number used. Everything here is the caller's
 * own provider's: another provider's case is not found.
 */
@Stateless
public class Registry {

    public static final String ENTITY = "Complaint";
    /** The deadline watch's subject type for a complaint's provider stage. */
    public static final String DEADLINE_SUBJECT = "COMPLAINT";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private Numbering numbering;

    @EJB
    private StaffDirectory staff;

    @EJB
    private AuditTrail audit;

    @EJB
    private DeadlineWatch deadlines;

    @EJB
    private ProcedureTerms terms;

    @EJB
    private WorkingDays workingDays;

    @EJB
    private AppealAdmission appeals;

    @Inject
    private BusinessClock clock;

    /** Registers a complaint to the caller's provider; the scans have been checked. */
    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint register(Complaint complaint, List<ScannedPages.Scan> scans) {
        return register(complaint, scans, null);
    }

    /**
     * Registers a paper received at the caller's office, the scans checked: a complaint to a
     * provider, or, with {@code appeal}, an appeal, at the authorized body (stage APPEAL) or at
     * the provider's office that forwards it (stage FORWARDING), on the routes the settings open.
     */
    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint register(Complaint complaint, List<ScannedPages.Scan> scans, AppealRequest appeal) {
        StaffMember registrar = staff.caller().orElseThrow(() -> new IllegalStateException("no staff record"));
        Organisation provider = registrar.getOrganisation();
        LocalDate today = clock.today();
        if (appeal != null) {
            appeals.admit(complaint, appeal, provider, today);
        } else if (provider.getKind() != OrganisationKind.SERVICE_PROVIDER) {
            throw new RegistryRefused(provider.getKind() == OrganisationKind.AUTHORIZED_BODY ? "ground" : null,
                    provider.getKind() == OrganisationKind.AUTHORIZED_BODY
                            ? "appeal.error.groundRequired" : "registration.error.notProvider");
        }
        return stamp(complaint, scans, registrar, provider, today);
    }

    /** Gives a complaint admitted at {@code provider}'s office its number, stamp, deadline and watch. */
    Complaint stamp(Complaint complaint, List<ScannedPages.Scan> scans, StaffMember registrar, Organisation provider,
                    LocalDate today) {
        if (!provider.isActive()) {
            throw new RegistryRefused(null, "registry.error.inactive");
        }
        int term = switch (complaint.getStage()) {
            case PROVIDER -> terms.providerWorkingDays();
            case APPEAL -> terms.authorizedBodyWorkingDays();
            case FORWARDING -> terms.forwardingWorkingDays();
        };
        LocalDate deadline = workingDays.calendar().deadline(today, term);
        String answerPlace = Optional.ofNullable(provider.getOfficeAddress())
                .map(a -> a.in(complaint.getAnswerLanguage().locale()))
                .orElseThrow(() -> new RegistryRefused(null, "registration.error.noOffice"));
        // The number last: the counter stays locked from here to the commit.
        IncomingNumber number = numbering.draw(provider.getId(), today.getYear(), complaint.prefixToDraw());
        complaint.register(new Registration(provider.getId(), number, clock.now(), today, registrar.getLogin(),
                registrar.getSurnameAndInitials(), provider.getHeadLogin(), deadline, answerPlace,
                AccessCode.generate()));
        em.persist(complaint);
        em.flush();
        for (ScannedPages.Scan scan : scans) {
            keep(complaint, scan);
        }
        em.persist(new CaseEvent(complaint.getId(), complaint.getRegisteredAt(), registrar.getLogin(),
                registrar.getSurnameAndInitials(), null, ComplaintState.REGISTERED, null));
        if (complaint.getAppealOf() != null) {
            Complaint appealed = em.find(Complaint.class, complaint.getAppealOf());
            em.persist(CaseEvent.note(appealed.getId(), complaint.getRegisteredAt(), registrar.getLogin(),
                    registrar.getSurnameAndInitials(), appealed.getState(), EventKind.APPEAL_REGISTERED,
                    provider.getCode() + " " + number.text()));
        }
        WatchedDeadline watched = deadlines.register(DEADLINE_SUBJECT, String.valueOf(complaint.getId()),
                number.text(), provider.getId(), today, term, provider.getHeadLogin());
        if (!watched.getDueDate().equals(deadline)) {
            throw new IllegalStateException("the calendar changed during registration");
        }
        audit.record("COMPLAINT_REGISTERED", ENTITY, complaint.getId(), AuditDetail.of("registered", number.text(),
                AuditDetail.term("stage." + complaint.getStage()), scans.size(), deadline));
        em.flush();
        return complaint;
    }

    /** Appeals that providers forwarded and the authorized body has not registered yet, oldest first. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.QUALITY_OFFICER})
    public List<Complaint> forwardedToUs() {
        if (staff.callerOrganisation().getKind() != OrganisationKind.AUTHORIZED_BODY) {
            return List.of();
        }
        return em.createNamedQuery("Complaint.forwardedNotTaken", Complaint.class).getResultList();
    }

    /**
     * The authorized body registers, with one action, an appeal that a provider forwarded: same
     * complainant, letter and link, its own number, and its 15 working days from today.
     */
    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint registerForwarded(String providerCode, String heldNumber) {
        StaffMember registrar = staff.caller().orElseThrow(() -> new IllegalStateException("no staff record"));
        Organisation body = registrar.getOrganisation();
        if (body.getKind() != OrganisationKind.AUTHORIZED_BODY) {
            throw new RegistryRefused(null, "appeal.error.notAuthorizedBody");
        }
        Complaint held = forwardedToUs().stream()
                .filter(h -> h.getIncomingNumber().equals(heldNumber)
                        && organisationCode(h.getOrganisationId()).equals(providerCode))
                .findFirst().orElseThrow(() -> new RegistryRefused("number", "appeal.error.notForwarded"));
        LocalDate today = clock.today();
        Complaint appeal = stamp(Complaint.forwardedFrom(held), List.of(), registrar, body, today);
        em.persist(CaseEvent.note(held.getId(), appeal.getRegisteredAt(), registrar.getLogin(),
                registrar.getSurnameAndInitials(), held.getState(), EventKind.APPEAL_RECEIVED,
                body.getCode() + " " + appeal.getIncomingNumber()));
        return appeal;
    }

    /** The caller's provider's complaint of that number. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public Optional<Complaint> find(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery("Complaint.byNumber", Complaint.class)
                .setParameter("organisation", staff.callerOrganisation().getId())
                .setParameter("number", number.strip()).getResultStream().findFirst();
    }

    /**
     * A case the caller may read, to act on or not (docs/domain.md, "Organisations and roles"):
     * their own organisation's; at the authorized body also a provider's case that one of its
     * appeals is about; at a provider also an appeal about that provider. Anything else is
     * not found, exactly like a number that does not exist.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<Complaint> read(String number) {
        if (number == null || number.isBlank()) {
            return Optional.empty();
        }
        Organisation mine = staff.callerOrganisation();
        Optional<Complaint> own = em.createNamedQuery("Complaint.byNumber", Complaint.class)
                .setParameter("organisation", mine.getId()).setParameter("number", number.strip())
                .getResultStream().findFirst();
        if (own.isPresent()) {
            return own;
        }
        String linked = mine.getKind() == OrganisationKind.AUTHORIZED_BODY ? "Complaint.appealedBy" : "Complaint.appealsAbout";
        return em.createNamedQuery(linked, Complaint.class).setParameter("organisation", mine.getId())
                .setParameter("number", number.strip()).setMaxResults(1).getResultStream().findFirst();
    }

    /** The appeals of a provider's case, or the provider case and the appeals linked to an appeal: the whole chain. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public List<Complaint> appealsOf(Complaint complaint) {
        return em.createNamedQuery("Complaint.appealsOf", Complaint.class)
                .setParameter("complaint", readable(complaint).getId()).getResultStream().filter(this::canRead).toList();
    }

    /** The complaint {@code id}, for one the caller reads that refers to it (an appeal's provider case). */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<Complaint> linked(Long id) {
        return id == null ? Optional.empty() : Optional.ofNullable(em.find(Complaint.class, id));
    }

    /**
     * Adds a scan to a case the caller reads (a provider's compliance with an instruction, a
     * court's judgment), checked by its content like every scan; refused at the field otherwise.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public Attachment attach(Complaint complaint, String field, String fileName, byte[] content) {
        ScannedPages.check(content).ifPresent(refusal -> {
            throw new RegistryRefused(field, "intake.error.scan." + refusal, fileName);
        });
        Attachment attachment = keep(readable(complaint), ScannedPages.accept(fileName, content));
        audit.record("ATTACHMENT_ADDED", ENTITY, complaint.getId(), complaint.getIncomingNumber() + ": "
                + attachment.getFileName() + " (" + field + ")");
        return attachment;
    }

    /** A checked scan of the complaint: its description, then its bytes apart. */
    private Attachment keep(Complaint complaint, ScannedPages.Scan scan) {
        Attachment attachment = new Attachment(complaint.getId(), scan);
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), scan.content()));
        return attachment;
    }

    /** An organisation's code, for the API. */
    public String organisationCode(Long id) {
        return id == null ? null : em.find(Organisation.class, id).getCode();
    }

    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public List<Attachment> attachments(Complaint complaint) {
        return em.createNamedQuery("Attachment.ofComplaint", Attachment.class)
                .setParameter("complaint", readable(complaint).getId()).getResultList();
    }

    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public List<CaseEvent> history(Complaint complaint) {
        return em.createNamedQuery("CaseEvent.ofComplaint", CaseEvent.class)
                .setParameter("complaint", readable(complaint).getId()).getResultList();
    }

    /** Where the complaint's term stands today, in working days. */
    public Term term(Complaint complaint) {
        return complaint.term(workingDays.calendar(), clock.today());
    }

    /** A scan's description and bytes, if it belongs to a complaint of that number the caller may read. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
    public Optional<Scan> scan(String number, long attachmentId) {
        return read(number).flatMap(complaint -> Optional.ofNullable(em.find(Attachment.class, attachmentId))
                .filter(a -> a.getComplaintId() == complaint.getId())
                .map(a -> new Scan(a, em.find(AttachmentContent.class, a.getId()).getContent())));
    }

    /**
     * The acceptance confirmation of the caller's provider's complaint of that number, as a PDF
     * whose QR code opens the public status page under {@code publicBase}.
     */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public Optional<byte[]> acceptanceConfirmation(String number, String publicBase) {
        return find(number).map(c -> AcceptanceConfirmation.render(c, em.find(Organisation.class, c.getOrganisationId()),
                publicBase));
    }

    /** An attachment with its bytes. */
    public record Scan(Attachment attachment, byte[] content) {
    }

    /** The complaint, if the caller may read it (see {@link #read}); refused as not found otherwise. */
    private Complaint readable(Complaint complaint) {
        if (!canRead(complaint)) {
            throw new RegistryRefused(null, "case.error.notFound");
        }
        return complaint;
    }

    private boolean canRead(Complaint complaint) {
        return read(complaint.getIncomingNumber()).filter(c -> c.getId().equals(complaint.getId())).isPresent();
    }
}
