package kz.shagym.kernel.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.LocalizedText;
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
                AuditDetail.of("organisation", organisation.getCode(), organisation.getName().getKk()));
        return organisation;
    }

    /**
     * Adds an organisation ({@code id} null) or changes one: its names, office address (the
     * place of the answer, printed on letters: required of providers and the authorized body),
     * reference phones and whether it is active. Its code and kind are set once.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public Organisation save(Long id, OrganisationKind kind, String code, LocalizedText name, LocalizedText address,
                             String phones, boolean active) {
        if (!LocalizedText.givenInKazakh(name)) {
            throw new InvalidInput("nameKk", "organisations.error.name");
        }
        boolean answers = kind == OrganisationKind.SERVICE_PROVIDER || kind == OrganisationKind.AUTHORIZED_BODY;
        LocalizedText office = LocalizedText.givenInKazakh(address) ? address : null;
        if (answers && office == null) {
            throw new InvalidInput("addressKk", "organisations.error.address");
        }
        String phoneText = phones == null || phones.isBlank() ? null : phones.strip();
        if (phoneText != null && phoneText.length() > 200) {
            throw new InvalidInput("phones", "organisations.error.phones", 200);
        }
        Organisation o = id == null ? newOrganisation(kind, code, name) : em.find(Organisation.class, id);
        o.rename(name);
        o.setOfficeAddress(office);
        o.setReferencePhones(phoneText);
        o.setActive(active);
        audit.record(id == null ? "ORGANISATION_CREATED" : "ORGANISATION_CHANGED", ENTITY, o.getCode(),
                AuditDetail.of(active ? "organisation" : "organisationInactive", o.getCode(), name.getKk()));
        return o;
    }

    private Organisation newOrganisation(OrganisationKind kind, String code, LocalizedText name) {
        String key = code == null ? "" : code.strip();
        if (!key.matches("[A-Z0-9_-]{2,32}")) {
            throw new InvalidInput("code", "organisations.error.code");
        }
        if (kind == null) {
            throw new InvalidInput("kind", "organisations.error.kind");
        }
        if (byCode(key).isPresent()) {
            throw new InvalidInput("code", "organisations.error.codeTaken", key);
        }
        Organisation o = new Organisation(kind, key, name);
        em.persist(o);
        return o;
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
