package kz.shagym.kernel.service;

import com.ibm.websphere.security.EntryNotFoundException;
import com.ibm.websphere.security.UserRegistry;
import com.ibm.wsspi.security.registry.RegistryHelper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import kz.shagym.kernel.model.Role;

/**
 * What the user registry says of a login that is not the caller's: whether it knows the
 * login and which of Shagym's roles its groups give. Roles are kept in the registry (the
 * ministry's directory in production), never in Shagym, so the staff screen asks here, and
 * so does a head choosing an executor.
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.HEAD})
public class RegistryRoles {

    /**
     * The roles the registry's groups give {@code login}; empty when the registry does not
     * know the login. A registry that cannot be reached is an error, not an unknown login.
     */
    public Optional<Set<Role>> of(String login) {
        try {
            UserRegistry registry = RegistryHelper.getUserRegistry(null);
            if (!registry.isValidUser(login)) {
                return Optional.empty();
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            registry.getGroupsForUser(login).forEach(group -> Role.ofGroup(group).ifPresent(roles::add));
            return Optional.of(roles);
        } catch (EntryNotFoundException unknown) {
            return Optional.empty();
        } catch (Exception unreachable) {
            throw new IllegalStateException("the user registry did not answer for " + login, unreachable);
        }
    }
}
