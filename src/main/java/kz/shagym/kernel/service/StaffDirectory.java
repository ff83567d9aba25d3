package kz.shagym.kernel.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.Principal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.model.StaffProfile;
import kz.shagym.kernel.model.StaffStanding;

/**
 * Who is calling: their staff record, organisation and roles. It only reads: within a service's
 * transaction it joins it, and the check every API request and page makes first (is the caller's
 * record active?) starts none of its own.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class StaffDirectory {

    @Resource
    private SessionContext context;

    @PersistenceContext
    private EntityManager em;

    /** The caller's login, or empty when nobody is signed in. */
    public Optional<String> callerLogin() {
        Principal principal = context.getCallerPrincipal();
        if (principal == null || principal.getName() == null || "UNAUTHENTICATED".equals(principal.getName())) {
            return Optional.empty();
        }
        return Optional.of(principal.getName());
    }

    /** The caller's staff record; empty for anonymous callers and for logins Shagym does not know. */
    public Optional<StaffMember> caller() {
        return callerLogin().map(login -> em.find(StaffMember.class, login));
    }

    /** Whether the signed-in caller may work: an active staff record, none, or a deactivated one. */
    public StaffStanding callerStanding() {
        return StaffStanding.of(caller());
    }

    public Set<Role> callerRoles() {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(Role.values()).filter(r -> context.isCallerInRole(r.name())).forEach(roles::add);
        return roles;
    }

    /** The signed-in caller's profile; refuses anonymous callers and callers without a staff role. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGISTRAR, Role.Names.EXECUTOR, Role.Names.HEAD,
            Role.Names.QUALITY_OFFICER, Role.Names.CONTACT_CENTRE})
    public StaffProfile callerProfile() {
        String login = callerLogin().orElseThrow();
        return new StaffProfile(login,
                caller().map(m -> m.getOrganisation().getCode()).orElse(null),
                List.copyOf(callerRoles()));
    }

    /**
     * The organisation the caller works for. A signed-in user without a staff record is a
     * configuration error (the registry knows them, Shagym does not), not a user's mistake.
     */
    public Organisation callerOrganisation() {
        return caller().map(StaffMember::getOrganisation)
                .orElseThrow(() -> new IllegalStateException("no staff record for " + callerLogin().orElse("anonymous")));
    }

    public Optional<StaffMember> find(String login) {
        return Optional.ofNullable(em.find(StaffMember.class, login));
    }
}
