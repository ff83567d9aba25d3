package kz.shagym.kernel.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The roles staff hold. Each maps one to one to a group of the same name in the user
 * registry (basic registry in the embedded default, LDAP in production).
 */
public enum Role {
    REGISTRAR, EXECUTOR, HEAD, QUALITY_OFFICER, CONTACT_CENTRE, ADMIN;

    /**
     * The role a registry group stands for. A basic registry names a group plainly
     * ("HEAD"); a directory gives its distinguished name ("cn=HEAD,ou=groups,dc=gov,dc=kz",
     * "CN=HEAD,OU=Shagym,DC=gov,DC=kz" in Active Directory), whose common name is the name.
     */
    public static Optional<Role> ofGroup(String group) {
        if (group == null) {
            return Optional.empty();
        }
        String name = group.strip();
        int equals = name.indexOf('=');
        if (equals >= 0) {
            if (!name.substring(0, equals).strip().equalsIgnoreCase("cn")) {
                return Optional.empty();
            }
            int comma = name.indexOf(',', equals);
            name = name.substring(equals + 1, comma < 0 ? name.length() : comma).strip();
        }
        String upper = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.name().equals(upper)).findFirst();
    }

    /** The role names as compile-time constants, for {@code @RolesAllowed}. */
    public static final class Names {
        public static final String REGISTRAR = "REGISTRAR";
        public static final String EXECUTOR = "EXECUTOR";
        public static final String HEAD = "HEAD";
        public static final String QUALITY_OFFICER = "QUALITY_OFFICER";
        public static final String CONTACT_CENTRE = "CONTACT_CENTRE";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
