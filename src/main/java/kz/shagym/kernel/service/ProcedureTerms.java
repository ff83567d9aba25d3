package kz.shagym.kernel.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.List;
import kz.shagym.kernel.model.ProcedureSetting;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * The procedure's terms in working days: the provider's review (¶4, 5 by default) and the
 * authorized body's (¶5, 15 by default). A case takes the term in force when it is
 * registered; a later change applies to cases registered after it.
 */
@Stateless
public class ProcedureTerms {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @PermitAll
    public int providerWorkingDays() {
        return term(ProcedureSetting.PROVIDER_TERM);
    }

    @PermitAll
    public int authorizedBodyWorkingDays() {
        return term(ProcedureSetting.AUTHORIZED_BODY_TERM);
    }

    /** The provider's term to forward an appeal it received (3 working days under the APPC). */
    @PermitAll
    public int forwardingWorkingDays() {
        return term(ProcedureSetting.FORWARDING_TERM);
    }

    /** Whether an appeal may take this route: "DIRECT" to the authorized body, or "THROUGH_PROVIDER". */
    @PermitAll
    public boolean appealRouteOpen(String route) {
        return appealRoutes().contains(route);
    }

    /** The routes an appeal may take now, as configured. */
    @PermitAll
    public List<String> appealRoutes() {
        return Arrays.stream(value(ProcedureSetting.APPEAL_ROUTES).split(",")).map(String::strip).toList();
    }

    @PermitAll
    public String contactCentrePhone() {
        return value(ProcedureSetting.CONTACT_CENTRE_PHONE);
    }

    @PermitAll
    public String contactCentreMobilePhone() {
        return value(ProcedureSetting.CONTACT_CENTRE_MOBILE_PHONE);
    }

    @PermitAll
    public String publicFrameAncestors() {
        return value(ProcedureSetting.PUBLIC_FRAME_ANCESTORS);
    }

    private int term(String key) {
        return Integer.parseInt(value(key));
    }

    private String value(String key) {
        return em.find(ProcedureSetting.class, key).getValue();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeProviderWorkingDays(int workingDays) {
        change(ProcedureSetting.PROVIDER_TERM, workingDays);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public void changeAuthorizedBodyWorkingDays(int workingDays) {
        change(ProcedureSetting.AUTHORIZED_BODY_TERM, workingDays);
    }

    private void change(String key, int workingDays) {
        if (workingDays < 1 || workingDays > WorkingCalendar.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("a term is 1.." + WorkingCalendar.MAX_WORKING_DAYS + " working days");
        }
        ProcedureSetting setting = em.find(ProcedureSetting.class, key);
        String before = setting.getValue();
        setting.setValue(String.valueOf(workingDays));
        audit.record("PROCEDURE_TERM_CHANGED", "ProcedureSetting", key, before + " -> " + workingDays);
    }
}
