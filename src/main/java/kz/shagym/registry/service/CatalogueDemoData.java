package kz.shagym.registry.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.registry.model.ProvidedService;
import kz.shagym.registry.model.StateService;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A demo list of state services for the catalogue, put in place on demo servers (like the
 * demo users, switched on by {@code shagym.demo-data}). A ministry enters its own register.
 */
@Startup
@Singleton
@DependsOn("DemoData")
public class CatalogueDemoData {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @EJB
    private OrganisationService organisations;

    @Inject
    @ConfigProperty(name = "shagym.demo-data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        service("DEMO-001", "Соттылығының болуы не болмауы туралы анықтама беру",
                "Выдача справки о наличии либо отсутствии судимости", "Certificate of criminal record or its absence");
        service("DEMO-002", "Баланың тууын мемлекеттік тіркеу", "Государственная регистрация рождения ребенка",
                "State registration of a child's birth");
        service("DEMO-003", "Жеке куәлік беру", "Выдача удостоверения личности", "Issue of an identity card");
        service("DEMO-004", "Тұрғылықты жері бойынша тіркеу", "Регистрация по месту жительства",
                "Registration at the place of residence");
        service("DEMO-005", "Мемлекеттік әлеуметтік жәрдемақы тағайындау", "Назначение государственных социальных пособий",
                "Award of state social benefits");
        service("DEMO-006", "Мектепке дейінгі ұйымдарға жолдама беру", "Выдача направления в дошкольные организации",
                "Referral to a pre-school organisation");
        service("DEMO-007", "Жылжымайтын мүлікке құқықтарды мемлекеттік тіркеу",
                "Государственная регистрация прав на недвижимое имущество", "State registration of rights to real estate");
        service("DEMO-008", "Жер учаскесіне құқық беру", "Предоставление права на земельный участок",
                "Grant of a right to a land plot");
        provides("DEMO", "DEMO-001", "DEMO-002", "DEMO-003", "DEMO-004");
        provides("SECOND", "DEMO-005", "DEMO-006", "DEMO-007", "DEMO-008");
    }

    private void provides(String organisation, String... services) {
        organisations.byCode(organisation).ifPresent(o -> {
            for (String code : services) {
                if (em.find(ProvidedService.class, new ProvidedService.Key(o.getId(), code)) == null) {
                    em.persist(new ProvidedService(o.getId(), code));
                }
            }
        });
    }

    private void service(String code, String kk, String ru, String en) {
        if (em.find(StateService.class, code) == null) {
            em.persist(new StateService(code, new LocalizedText(kk, ru, en)));
            audit.record("STATE_SERVICE_ADDED", StateServiceCatalogue.ENTITY, code, AuditDetail.of("demoData", code));
        }
    }
}
