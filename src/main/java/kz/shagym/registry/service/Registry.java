package kz.shagym.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
import kz.shagym.registry.model.Attachment;
import kz.shagym.registry.model.AttachmentContent;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
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

    @Inject
    private BusinessClock clock;

    /** Registers a complaint received at the caller's office; the scans have been checked. */
    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint register(Complaint complaint, List<ScannedPages.Scan> scans) {
        StaffMember registrar = staff.caller().orElseThrow(() -> new IllegalStateException("no staff record"));
        Organisation provider = registrar.getOrganisation();
        if (provider.getKind() != OrganisationKind.SERVICE_PROVIDER) {
            throw new RegistryRefused(null, "registration.error.notProvider");
        }
        LocalDate today = clock.today();
        int term = terms.providerWorkingDays();
        LocalDate deadline = workingDays.calendar().deadline(today, term);
        String answerPlace = Optional.ofNullable(provider.getOfficeAddress())
                .map(a -> a.in(complaint.getAnswerLanguage().locale()))
                .orElseThrow(() -> new RegistryRefused(null, "registration.error.noOffice"));
        // The number last: the counter stays locked from here to the commit.
        IncomingNumber number = numbering.draw(provider.getId(), today.getYear(), complaint.getComplainant().getType());
        complaint.register(new Registration(provider.getId(), number, clock.now(), today, registrar.getLogin(),
                registrar.getSurnameAndInitials(), provider.getHeadLogin(), deadline, answerPlace,
                AccessCode.generate()));
        em.persist(complaint);
        em.flush();
        for (ScannedPages.Scan scan : scans) {
            Attachment attachment = new Attachment(complaint.getId(), scan);
            em.persist(attachment);
            em.flush();
            em.persist(new AttachmentContent(attachment.getId(), scan.content()));
        }
        em.persist(new CaseEvent(complaint.getId(), complaint.getRegisteredAt(), registrar.getLogin(),
                registrar.getSurnameAndInitials(), null, ComplaintState.REGISTERED, null));
        WatchedDeadline watched = deadlines.register(DEADLINE_SUBJECT, String.valueOf(complaint.getId()),
                number.text(), provider.getId(), today, term, provider.getHeadLogin());
        if (!watched.getDueDate().equals(deadline)) {
            throw new IllegalStateException("the calendar changed during registration");
        }
        audit.record("COMPLAINT_REGISTERED", ENTITY, complaint.getId(),
                number.text() + ", " + scans.size() + " scans, due " + deadline);
        em.flush();
        return complaint;
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

    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public List<Attachment> attachments(Complaint complaint) {
        return em.createNamedQuery("Attachment.ofComplaint", Attachment.class)
                .setParameter("complaint", own(complaint).getId()).getResultList();
    }

    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public List<CaseEvent> history(Complaint complaint) {
        return em.createNamedQuery("CaseEvent.ofComplaint", CaseEvent.class)
                .setParameter("complaint", own(complaint).getId()).getResultList();
    }

    /** Where the complaint's term stands today, in working days. */
    public Term term(Complaint complaint) {
        return complaint.term(workingDays.calendar(), clock.today());
    }

    /** A scan's description and bytes, if it belongs to the caller's provider's complaint of that number. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR})
    public Optional<Scan> scan(String number, long attachmentId) {
        return find(number).flatMap(complaint -> Optional.ofNullable(em.find(Attachment.class, attachmentId))
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
                statusPage(publicBase, c)));
    }

    /** The public status page of a case: number and access code in the address, as the QR code carries them. */
    public static String statusPage(String publicBase, Complaint c) {
        return publicBase + "/status.xhtml?number=" + URLEncoder.encode(c.getIncomingNumber(), StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(c.getAccessCode(), StandardCharsets.UTF_8);
    }

    /** An attachment with its bytes. */
    public record Scan(Attachment attachment, byte[] content) {
    }

    private Complaint own(Complaint complaint) {
        if (complaint.getOrganisationId() != staff.callerOrganisation().getId()) {
            throw new RegistryRefused(null, "case.error.notFound");
        }
        return complaint;
    }
}
