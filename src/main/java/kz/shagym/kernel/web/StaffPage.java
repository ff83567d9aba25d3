package kz.shagym.kernel.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import kz.shagym.kernel.model.Role;

/**
 * Which roles work on which staff page: the one place that says it. StaffPageRoles answers 403
 * to anyone else before the page does any work (a form that takes uploads never renders for
 * them), and the menu shows an entry by the same rule. The services check the roles again.
 */
public enum StaffPage {
    REGISTER("/staff/register.xhtml", Role.REGISTRAR),
    JOURNAL("/staff/journal.xhtml", Role.HEAD, Role.EXECUTOR, Role.REGISTRAR, Role.QUALITY_OFFICER),
    CASE("/staff/case.xhtml", Role.HEAD, Role.EXECUTOR, Role.REGISTRAR, Role.QUALITY_OFFICER),
    CASE_FILES("/staff/case-files", Role.HEAD, Role.EXECUTOR, Role.REGISTRAR, Role.QUALITY_OFFICER),
    ANSWER_LETTER("/staff/answer-letter", Role.HEAD, Role.EXECUTOR, Role.REGISTRAR, Role.QUALITY_OFFICER),
    FORWARDED("/staff/forwarded.xhtml", Role.REGISTRAR, Role.HEAD, Role.QUALITY_OFFICER),
    INSTRUCTIONS("/staff/instructions.xhtml", Role.HEAD, Role.EXECUTOR, Role.REGISTRAR, Role.QUALITY_OFFICER),
    OVERDUE("/staff/overdue.xhtml", Role.HEAD, Role.EXECUTOR, Role.REGISTRAR),
    LOOKUP("/staff/lookup.xhtml", Role.CONTACT_CENTRE, Role.QUALITY_OFFICER),
    STATISTICS("/staff/statistics.xhtml", Role.HEAD, Role.QUALITY_OFFICER),
    STATISTICS_CASES("/staff/statistics-cases.xhtml", Role.HEAD, Role.QUALITY_OFFICER);

    private final String path;
    private final Set<Role> roles;

    StaffPage(String path, Role first, Role... more) {
        this.path = path;
        this.roles = EnumSet.of(first, more);
    }

    /** The page a request's servlet path names, if it is one of these. */
    public static Optional<StaffPage> at(String servletPath) {
        return Arrays.stream(values()).filter(p -> p.path.equals(servletPath)).findFirst();
    }

    /** Whether a caller who holds the roles {@code holds} says yes to works on this page. */
    public boolean opensFor(Predicate<Role> holds) {
        return roles.stream().anyMatch(holds);
    }
}
