package kz.shagym.statistics.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.statistics.model.CaseFacts;
import kz.shagym.statistics.model.CaseLine;
import kz.shagym.statistics.model.Figure;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.model.Grouping;
import kz.shagym.statistics.model.Period;
import kz.shagym.statistics.model.StatisticsRefused;

/**
 * The quality figures for staff (¶5): the authorized body's quality officers and its head see
 * every provider, ranked, and may open any figure to its cases; a provider's head sees their
 * own provider, by service and by executor. Anyone else is refused.
 */
@Stateless
@RolesAllowed({Role.Names.QUALITY_OFFICER, Role.Names.HEAD})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Statistics {

    /** More than a screen pages through; the drill-down says when a figure has more. */
    public static final int MAX_CASES = 5_000;

    @EJB
    private StaffDirectory staff;

    @EJB
    private OrganisationService organisations;

    @EJB
    private FigureTables tables;

    @EJB
    private FigureFacts facts;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    /** Whether the caller sees every provider (the authorized body) rather than their own only. */
    public boolean seesEveryProvider() {
        Set<Role> roles = staff.callerRoles();
        return roles.contains(Role.QUALITY_OFFICER)
                || roles.contains(Role.HEAD) && staff.callerOrganisation().getKind() == OrganisationKind.AUTHORIZED_BODY;
    }

    /**
     * The figures of the period, grouped; of one provider (its code) or, for the authorized
     * body, of every provider when {@code providerCode} is blank.
     */
    public FigureTable figures(Period period, Grouping grouping, String providerCode) {
        Organisation provider = provider(providerCode);
        if (grouping == Grouping.EXECUTOR && provider == null) {
            throw new InvalidInput("groupBy", "statistics.error.executorOfOne");
        }
        return tables.table(period, grouping, provider);
    }

    /** The cases behind one figure of one provider, newest first; at most {@link #MAX_CASES}. */
    public List<CaseLine> cases(Period period, String providerCode, Figure figure, String serviceCode) {
        Organisation provider = provider(providerCode);
        if (provider == null) {
            throw new InvalidInput("provider", "statistics.error.provider");
        }
        boolean ownCases = !seesEveryProvider();
        Set<Long> one = Set.of(provider.getId());
        Stream<CaseLine> lines;
        if (figure.isAboutAppeals()) {
            lines = facts.appeals(one, period).stream()
                    .filter(a -> figure.counts(a, period) && (serviceCode == null || serviceCode.equals(a.serviceCode())))
                    .map(a -> new CaseLine(a.number(), a.registeredOn(), null, a.decidedOn(), null, a.outcome(),
                            ownCases ? null : a.id()));
        } else {
            LocalDate today = clock.today();
            WorkingCalendar calendar = workingDays.calendar();
            List<CaseFacts> cases = figure == Figure.OVERDUE_NOW ? facts.open(one, period) : facts.cases(one, period);
            lines = cases.stream()
                    .filter(c -> figure.counts(c, period, today, calendar)
                            && (serviceCode == null || serviceCode.equals(c.serviceCode())))
                    .map(c -> new CaseLine(c.number(), c.registeredOn(), c.deadline(), c.answerLeftOn(), c.state(),
                            c.outcome(), ownCases ? c.id() : null));
        }
        return lines.sorted(Comparator.comparing(CaseLine::registeredOn).thenComparing(CaseLine::number).reversed())
                .limit(MAX_CASES).toList();
    }

    /**
     * The provider a request names, as the caller may see it: for the authorized body any
     * provider or none (all); for a provider's head their own, whether named or not.
     */
    private Organisation provider(String code) {
        boolean named = code != null && !code.isBlank();
        if (seesEveryProvider()) {
            return named ? organisations.byCode(code.strip()).filter(o -> o.getKind() == OrganisationKind.SERVICE_PROVIDER)
                    .orElseThrow(() -> new InvalidInput("provider", "statistics.error.provider"))
                    : null;
        }
        Organisation mine = staff.callerOrganisation();
        if (mine.getKind() != OrganisationKind.SERVICE_PROVIDER || named && !mine.getCode().equals(code.strip())) {
            throw new StatisticsRefused("provider", "statistics.error.notYours");
        }
        return mine;
    }
}
