package kz.shagym.kernel.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.StaffMember;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Puts the demo organisations and the staff records of the demo users of the basic
 * registry (server-config/registry-basic.xml) in place at each start of a demo server:
 * what is missing is added, what is there is left as it is.
 * Switched on by {@code shagym.demo-data}, which only that registry sets.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
public class DemoData {

    public static final String DEMO_PROVIDER = "DEMO";
    public static final String SECOND_PROVIDER = "SECOND";

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    @PersistenceContext
    private EntityManager em;

    @EJB
    private AuditTrail audit;

    @Inject
    @ConfigProperty(name = "shagym.demo-data", defaultValue = "false")
    private boolean enabled;

    @PostConstruct
    void load() {
        if (!enabled) {
            return;
        }
        Organisation demo = organisation(OrganisationKind.SERVICE_PROVIDER, DEMO_PROVIDER,
                new LocalizedText("Демо қызмет беруші", "Демо-услугодатель", "Demo Provider"),
                new LocalizedText("Астана қ., Мәңгілік Ел даңғылы, 8, 1-кеңсе",
                        "г. Астана, проспект Мәңгілік Ел, 8, канцелярия № 1",
                        "8 Mangilik El Avenue, office 1, Astana"),
                "+7 7172 55-00-01", "head");
        Organisation second = organisation(OrganisationKind.SERVICE_PROVIDER, SECOND_PROVIDER,
                new LocalizedText("Екінші қызмет беруші", "Второй услугодатель", "Second Provider"),
                new LocalizedText("Алматы қ., Абай даңғылы, 10, кеңсе",
                        "г. Алматы, проспект Абая, 10, канцелярия",
                        "10 Abai Avenue, office, Almaty"),
                "+7 727 255-00-02", null);
        Organisation agency = organisation(OrganisationKind.AUTHORIZED_BODY, "AGENCY",
                new LocalizedText("Мемлекеттік қызмет істері агенттігі",
                        "Агентство по делам государственной службы",
                        "Agency for Civil Service Affairs"),
                new LocalizedText("Астана қ., Мәңгілік Ел даңғылы, 8", "г. Астана, проспект Мәңгілік Ел, 8",
                        "8 Mangilik El Avenue, Astana"),
                "+7 7172 74-00-00", "agency-head");
        Organisation contactCentre = organisation(OrganisationKind.CONTACT_CENTRE, "CC1414",
                new LocalizedText("Мемлекеттік қызметтер бойынша бірыңғай байланыс орталығы",
                        "Единый контакт-центр по вопросам оказания государственных услуг",
                        "Unified contact centre for state services"),
                null, "1414", null);
        Organisation it = organisation(OrganisationKind.ADMINISTRATION, "IT",
                new LocalizedText("Ақпараттық технологиялар департаменті", "Департамент информационных технологий",
                        "IT Department"),
                null, null, null);

        staff("registrar", demo, "Ахметова", "Айгүл", "Болатқызы");
        staff("executor", demo, "Сейітов", "Нұрлан", "Ерланұлы");
        staff("head", demo, "Жұмабеков", "Қайрат", "Маратұлы");
        staff("registrar2", second, "Иванова", "Ольга", "Петровна");
        staff("quality", agency, "Оспанова", "Гүлнар", "Серікқызы");
        staff("agency-registrar", agency, "Тоқтарова", "Мадина", "Ерболқызы");
        staff("agency-officer", agency, "Әбдірахманов", "Ержан", "Қанатұлы");
        staff("agency-head", agency, "Нұрпейісова", "Сәуле", "Әділқызы");
        staff("operator", contactCentre, "Бекова", "Дана", "Асқарқызы");
        staff("admin", it, "Ким", "Сергей", "Викторович");
        LOG.info("Demo organisations and staff in place");
    }

    /** The demo organisation of that code: found, or created as given. */
    private Organisation organisation(OrganisationKind kind, String code, LocalizedText name,
                                      LocalizedText address, String phones, String head) {
        var existing = em.createNamedQuery("Organisation.byCode", Organisation.class)
                .setParameter("code", code).getResultList();
        if (!existing.isEmpty()) {
            Organisation o = existing.get(0);
            if (o.getHeadLogin() == null && head != null) { // demo data of an earlier version had none
                o.setHeadLogin(head);
                audit.record("ORGANISATION_CHANGED", OrganisationService.ENTITY, o.getId(), AuditDetail.of("demoHead", head));
            }
            return o;
        }
        Organisation o = new Organisation(kind, code, name);
        o.setOfficeAddress(address);
        o.setReferencePhones(phones);
        o.setHeadLogin(head);
        em.persist(o);
        em.flush();
        audit.record("ORGANISATION_CREATED", OrganisationService.ENTITY, o.getId(), AuditDetail.of("demoData", code));
        return o;
    }

    /** The demo member of staff: created, or given the demo e-mail address that earlier demo data lacked. */
    private void staff(String login, Organisation organisation, String surname, String givenName, String patronymic) {
        String email = login + "@demo.shagym.kz";
        StaffMember existing = em.find(StaffMember.class, login);
        if (existing != null) {
            if (existing.getEmail() == null) {
                existing.setEmail(email);
                audit.record("STAFF_MEMBER_CHANGED", StaffAdministration.ENTITY, login, AuditDetail.of("demoEmail", email));
            }
            return;
        }
        StaffMember member = new StaffMember(login, organisation, surname, givenName, patronymic);
        member.setEmail(email);
        em.persist(member);
        audit.record("STAFF_MEMBER_CREATED", StaffAdministration.ENTITY, login,
                AuditDetail.of("demoData", organisation.getCode()));
    }
}
