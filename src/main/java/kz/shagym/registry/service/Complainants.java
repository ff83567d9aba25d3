package kz.shagym.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.registry.model.Complainant;
import kz.shagym.registry.model.Complaint;

/** What the provider already knows of a complainant, offered to the registrar while they type. */
@Stateless
@RolesAllowed(Role.Names.REGISTRAR)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Complainants {

    /** A complaint by the same complainant about the same service this many days back is a possible duplicate. */
    public static final int DUPLICATE_DAYS = 30;

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StaffDirectory staff;

    @Inject
    private BusinessClock clock;

    /** The details given on this complainant's latest complaint to the caller's provider. */
    public Optional<Complainant> latest(String iinBin) {
        return em.createNamedQuery("Complaint.latestOfComplainant", Complaint.class)
                .setParameter("organisation", staff.callerOrganisation().getId())
                .setParameter("iinBin", iinBin).setMaxResults(1).getResultStream()
                .map(Complaint::getComplainant).findFirst();
    }

    /** The complainant's complaints about the service in the last {@value #DUPLICATE_DAYS} days. */
    public List<Complaint> possibleDuplicates(String iinBin, String serviceCode) {
        return em.createNamedQuery("Complaint.possibleDuplicates", Complaint.class)
                .setParameter("organisation", staff.callerOrganisation().getId())
                .setParameter("iinBin", iinBin).setParameter("service", serviceCode)
                .setParameter("since", clock.today().minusDays(DUPLICATE_DAYS)).setMaxResults(10).getResultList();
    }
}
