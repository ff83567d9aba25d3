package kz.shagym.kernel.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.model.StaffRecord;

/**
 * Staff records kept by the administrator: which organisation a login works for and the name
 * printed on its documents. The registry gives the roles; a login it gives none is not
 * attached, and a deactivated member keeps what they did and leaves the lists of executors.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class StaffAdministration {

    static final String ENTITY = "StaffMember";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private RegistryRoles registry;

    @EJB
    private OrganisationService organisations;

    @EJB
    private AuditTrail audit;

    public List<StaffMember> all() {
        return em.createNamedQuery("StaffMember.all", StaffMember.class).getResultList();
    }

    /**
     * Attaches a login to an organisation ({@code creating}) or changes its record. A new or
     * reactivated record needs a login the registry knows with a role of Shagym's.
     */
    public StaffMember save(StaffRecord typed, boolean creating) {
        StaffRecord r = typed.check();
        StaffMember existing = em.find(StaffMember.class, r.login());
        if (creating && existing != null) {
            throw new InvalidInput("login", "staff.error.loginTaken", r.login());
        }
        if (!creating && existing == null) {
            throw new InvalidInput("login", "staff.error.unknownRecord", r.login());
        }
        Organisation organisation = organisations.byCode(r.organisationCode())
                .orElseThrow(() -> new InvalidInput("organisation", "staff.error.organisation"));
        boolean joining = existing == null || !existing.getOrganisation().getId().equals(organisation.getId());
        if (joining && !organisation.isActive()) {
            throw new InvalidInput("organisation", "staff.error.organisationInactive");
        }
        if (r.active() && (existing == null || !existing.isActive())) {
            requireRole(r.login());
        }
        StaffMember m = existing;
        if (m == null) {
            m = new StaffMember(r.login(), organisation, r.surname(), r.givenName(), r.patronymic());
            em.persist(m);
        } else {
            m.change(organisation, r.surname(), r.givenName(), r.patronymic());
        }
        m.setEmail(r.email());
        m.setActive(r.active());
        audit.record(creating ? "STAFF_MEMBER_CREATED" : "STAFF_MEMBER_CHANGED", ENTITY, m.getLogin(),
                AuditDetail.of(r.active() ? "staff" : "staffInactive", organisation.getCode(), m.getSurnameAndInitials()));
        return m;
    }

    private void requireRole(String login) {
        Set<Role> roles = registry.of(login)
                .orElseThrow(() -> new InvalidInput("login", "staff.error.unknownLogin", login));
        if (roles.isEmpty()) {
            throw new InvalidInput("login", "staff.error.noRole", login);
        }
    }
}
