package kz.shagym.publicinfo.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.List;
import java.util.Map;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.publicinfo.model.ReferenceEntry;
import kz.shagym.registry.model.StateService;
import kz.shagym.registry.service.StateServiceCatalogue;

/**
 * The reference directory (¶8): every provider's reference-service phones and office address,
 * as administrators keep them on the organisation, searchable by provider or state service.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ReferenceDirectory {

    @EJB
    private OrganisationService organisations;

    @EJB
    private StateServiceCatalogue catalogue;

    public List<ReferenceEntry> search(String query) {
        Map<Long, List<StateService>> provided = catalogue.providedServices();
        return organisations.publicDirectory().stream()
                .map(o -> new ReferenceEntry(o, provided.getOrDefault(o.getId(), List.of())))
                .filter(e -> e.matches(query))
                .toList();
    }
}
