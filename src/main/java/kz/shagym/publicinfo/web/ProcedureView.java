package kz.shagym.publicinfo.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import kz.shagym.kernel.service.ProcedureTerms;
import kz.shagym.kernel.web.RetriedOnConflict;

/**
 * The procedure as the public page and the contact centre state it: the terms, the appeal
 * routes open now and the contact centre's numbers, all read from the settings, so the
 * text changes with them and never restates them.
 */
@Named("procedure")
@RequestScoped
@RetriedOnConflict
public class ProcedureView {

    @EJB
    private ProcedureTerms terms;

    private List<String> routes;

    public int getProviderWorkingDays() {
        return terms.providerWorkingDays();
    }

    public int getAuthorizedBodyWorkingDays() {
        return terms.authorizedBodyWorkingDays();
    }

    public int getForwardingWorkingDays() {
        return terms.forwardingWorkingDays();
    }

    /** "DIRECT", "THROUGH_PROVIDER" or both, as configured. */
    public List<String> getAppealRoutes() {
        if (routes == null) {
            routes = terms.appealRoutes();
        }
        return routes;
    }

    public String getContactCentrePhone() {
        return terms.contactCentrePhone();
    }

    public String getContactCentreMobilePhone() {
        return terms.contactCentreMobilePhone();
    }
}
