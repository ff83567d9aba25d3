package kz.shagym.registry.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.ProcedureTerms;
import kz.shagym.registry.model.AppealGround;
import kz.shagym.registry.model.AppealRequest;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.NothingToAppeal;
import kz.shagym.registry.model.RegistryRefused;
import kz.shagym.registry.model.Stage;

/**
 * Whether a paper may be registered as an appeal at this office, and against what
 * (docs/domain.md, "The appeal stage"): the authorized body takes appeals directly, a
 * provider's office takes appeals about itself to forward, each only on a route the settings
 * open; the provider must exist and the case named must be the provider's and appealable.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
@RolesAllowed(Role.Names.REGISTRAR)
public class AppealAdmission {

    public static final String DIRECT = "DIRECT";
    public static final String THROUGH_PROVIDER = "THROUGH_PROVIDER";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private ProcedureTerms terms;

    /** Makes {@code complaint} the appeal {@code appeal} describes, received at {@code office}; refuses otherwise. */
    public void admit(Complaint complaint, AppealRequest appeal, Organisation office, LocalDate today) {
        if (office.getKind() == OrganisationKind.AUTHORIZED_BODY) {
            requireRoute(DIRECT);
            Organisation provider = provider(appeal.providerCode());
            complaint.appealing(Stage.APPEAL, appeal.ground(), provider.getId(), providerCase(provider, appeal, today), today);
        } else if (office.getKind() == OrganisationKind.SERVICE_PROVIDER) {
            requireRoute(THROUGH_PROVIDER);
            if (appeal.providerCode() != null && !appeal.providerCode().equals(office.getCode())) {
                throw new RegistryRefused("provider", "appeal.error.ownProviderOnly");
            }
            complaint.appealing(Stage.FORWARDING, appeal.ground(), office.getId(), providerCase(office, appeal, today), today);
        } else {
            throw new RegistryRefused(null, "registration.error.notProvider");
        }
    }

    private void requireRoute(String route) {
        if (!terms.appealRouteOpen(route)) {
            throw new RegistryRefused("ground", "appeal.error.route." + route);
        }
    }

    private Organisation provider(String code) {
        if (code == null) {
            throw new RegistryRefused("provider", "intake.error.required");
        }
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", code)
                .getResultStream().filter(o -> o.getKind() == OrganisationKind.SERVICE_PROVIDER).findFirst()
                .orElseThrow(() -> new RegistryRefused("provider", "appeal.error.provider"));
    }

    /** The provider's case the appeal names, appealable on its ground today; null when none is named and none is needed. */
    private Complaint providerCase(Organisation provider, AppealRequest appeal, LocalDate today) {
        if (appeal.caseNumber() == null) {
            if (appeal.ground() != AppealGround.SERVICE_RESULT) {
                throw new RegistryRefused("appealOf", "appeal.error.caseRequired");
            }
            return null;
        }
        Complaint c = em.createNamedQuery("Complaint.byNumber", Complaint.class)
                .setParameter("organisation", provider.getId()).setParameter("number", appeal.caseNumber())
                .getResultStream().findFirst()
                .orElseThrow(() -> new RegistryRefused("appealOf", "appeal.error.unknownCase"));
        c.appealRefusal(appeal.ground(), today).ifPresent(key -> {
            throw new NothingToAppeal(key);
        });
        return c;
    }
}
