package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.service.OrganisationService;

/** The directory of organisations with their offices and reference phones (¶8). */
@Named
@RequestScoped
@RetriedOnConflict
public class OrganisationsView {

    @EJB
    private OrganisationService organisations;

    private List<Organisation> all;

    public List<Organisation> getAll() {
        if (all == null) {
            all = organisations.all();
        }
        return all;
    }
}
