package kz.shagym.registry.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.registry.model.ProvidedService;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.registry.model.StateService;

/** The catalogue of state services that complaints name; public to read, edited by administrators. */
@Stateless
public class StateServiceCatalogue {

    static final String ENTITY = "StateService";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    /** The services offered for new complaints. */
    @PermitAll
    public List<StateService> active() {
        return em.createNamedQuery("StateService.active", StateService.class).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<StateService> all() {
        return em.createNamedQuery("StateService.all", StateService.class).getResultList();
    }

    /** Which services each organisation provides, by organisation id: for the reference directory (¶8). */
    @PermitAll
    public Map<Long, List<StateService>> providedServices() {
        Map<String, StateService> services = new HashMap<>();
        em.createNamedQuery("StateService.all", StateService.class).getResultList()
                .forEach(s -> services.put(s.getCode(), s));
        Map<Long, List<StateService>> provided = new HashMap<>();
        for (ProvidedService p : em.createNamedQuery("ProvidedService.all", ProvidedService.class).getResultList()) {
            provided.computeIfAbsent(p.getOrganisationId(), id -> new ArrayList<>()).add(services.get(p.getServiceCode()));
        }
        return provided;
    }

    @PermitAll
    public Optional<StateService> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(em.find(StateService.class, code.strip()));
    }

    /** Adds a service, or renames and (de)activates the one of that code. */
    @RolesAllowed(Role.Names.ADMIN)
    public StateService save(String code, LocalizedText name, boolean active) {
        String key = code == null ? "" : code.strip();
        if (!key.matches("[0-9A-Za-z._-]{1,20}")) {
            throw new RegistryRefused("code", "catalogue.error.code");
        }
        if (!LocalizedText.givenInKazakh(name)) {
            throw new RegistryRefused("nameKk", "catalogue.error.name");
        }
        StateService service = em.find(StateService.class, key);
        if (service == null) {
            service = new StateService(key, name);
            service.setActive(active);
            em.persist(service);
            audit.record("STATE_SERVICE_ADDED", ENTITY, key, name.getKk());
        } else {
            service.rename(name);
            service.setActive(active);
            audit.record("STATE_SERVICE_CHANGED", ENTITY, key,
                    AuditDetail.of(active ? "stateService" : "stateServiceInactive", name.getKk()));
        }
        return service;
    }
}
