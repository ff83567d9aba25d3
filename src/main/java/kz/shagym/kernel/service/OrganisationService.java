package kz.shagym.kernel.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;

/** Organisations: service providers, the authorized body, the contact centre, IT. */
@Stateless
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGISTRAR, Role.Names.EXECUTOR, Role.Names.HEAD,
        Role.Names.QUALITY_OFFICER, Role.Names.CONTACT_CENTRE})
public class OrganisationService {

    static final String ENTITY = "Organisation";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @RolesAllowed(Role.Names.ADMIN)
    public Organisation create(Organisation organisation) {
        em.persist(organisation);
        em.flush(); // the id goes into the audit record
        audit.record("ORGANISATION_CREATED", ENTITY, organisation.getId(),
                organisation.getKind() + " " + organisation.getCode());
        return organisation;
    }

    public List<Organisation> all() {
        return em.createNamedQuery("Organisation.all", Organisation.class).getResultList();
    }

    /** The organisations a citizen may call or visit (¶8): the providers and the authorized body. */
    @PermitAll
    public List<Organisation> publicDirectory() {
        return all().stream().filter(o -> o.getKind() == OrganisationKind.SERVICE_PROVIDER
                || o.getKind() == OrganisationKind.AUTHORIZED_BODY).toList();
    }

    /** Codes are public: the reference directory shows them. */
    @PermitAll
    public Optional<Organisation> byCode(String code) {
        return em.createNamedQuery("Organisation.byCode", Organisation.class)
                .setParameter("code", code).getResultStream().findFirst();
    }
}
