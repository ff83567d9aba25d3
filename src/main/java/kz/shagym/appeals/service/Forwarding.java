package kz.shagym.appeals.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.appeals.model.AppealRefused;
import kz.shagym.appeals.model.DayRules;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.registry.model.CaseStep;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.Stage;
import kz.shagym.registry.service.CaseLifecycle;
import kz.shagym.registry.service.Registry;

/**
 * The route through the provider (docs/domain.md, "Law that moves"): the provider's office
 * registers an appeal about itself and forwards it, with the case file, within its term (the
 * deadline watch follows it like any term); the authorized body's office registers what was
 * forwarded with one action, and its own term starts.
 */
@Stateless
public class Forwarding {

    @EJB
    private Registry registry;

    @EJB
    private CaseLifecycle lifecycle;

    @Inject
    private BusinessClock clock;

    /** The provider's office records that it sent the appeal on, on {@code date}. */
    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint forward(String number, Integer version, LocalDate date) {
        Complaint held = registry.find(number).orElseThrow(AppealRefused::notFound);
        if (held.getStage() != Stage.FORWARDING) {
            throw new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "appeal.error.notToForward");
        }
        if (version != null && version != held.getVersion()) {
            throw new AppealRefused(AppealRefused.Kind.WRONG_STATE, null, "review.error.stale");
        }
        DayRules.check("date", date, held.getRegistrationDate(), clock.today());
        lifecycle.take(held, CaseStep.FORWARD, date.toString());
        return held;
    }

    /** What providers forwarded and the authorized body has still to register. */
    @RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.QUALITY_OFFICER})
    public List<Complaint> forwardedToUs() {
        return registry.forwardedToUs();
    }

    /** The authorized body's office registers a forwarded appeal: its number and 15 working days from today. */
    @RolesAllowed(Role.Names.REGISTRAR)
    public Complaint register(String providerCode, String number) {
        return registry.registerForwarded(providerCode, number);
    }
}
