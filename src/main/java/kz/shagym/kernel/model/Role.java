package kz.shagym.kernel.model;

/**
 * The roles staff hold. Each maps one to one to a group of the same name in the user
 * registry (basic registry in the embedded default, LDAP in production).
 */
public enum Role {
    REGISTRAR, EXECUTOR, HEAD, QUALITY_OFFICER, CONTACT_CENTRE, ADMIN;

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
