package kz.shagym.statistics.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.registry.model.StateService;
import kz.shagym.registry.service.StateServiceCatalogue;
import kz.shagym.statistics.model.FigureKey;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.model.Figures;
import kz.shagym.statistics.model.Grouping;
import kz.shagym.statistics.model.Period;
import kz.shagym.statistics.model.Tally;

/**
 * Puts a figures table together: the stored months of the period, caught up first if a case
 * moved since, plus the cases overdue today, grouped, named and, by provider, ranked. Callers
 * decide who may see which provider (Statistics for staff, OpenData for everyone).
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class FigureTables {

    /** Best first: the highest on-time rate, then the most answers; providers without an answer last. */
    static final Comparator<FigureLine> RANKED = Comparator
            .comparing((FigureLine l) -> l.figures().getOnTimeRate(), Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(l -> -l.figures().getAnswered())
            .thenComparing(FigureLine::key);

    @EJB
    private FigureRefresh refresh;

    @EJB
    private FigureRows rows;

    @EJB
    private FigureFacts facts;

    @EJB
    private OrganisationService organisations;

    @EJB
    private StateServiceCatalogue services;

    @EJB
    private StaffDirectory staff;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    /** The period's figures grouped, of one provider or of all (null). */
    public FigureTable table(Period period, Grouping grouping, Organisation provider) {
        FigureRefresh.State state = refresh.state();
        Instant refreshedAt = state.behind() ? refresh.catchUp() : state.refreshedAt();
        Long id = provider == null ? null : provider.getId();
        Map<FigureKey, Figures> stored = rows.read(period, id);
        Tally overdue = new Tally(workingDays.calendar())
                .overdue(facts.open(id == null ? null : Set.of(id), period), clock.today());
        overdue.rows().forEach((key, figures) -> stored.merge(key, figures, Figures::add));

        Map<String, Figures> grouped = new TreeMap<>();
        stored.forEach((key, figures) -> grouped.computeIfAbsent(grouping.of(key), k -> new Figures()).add(figures));
        // A provider's row is grouped by its id and shown by its code and name.
        Map<String, Organisation> providers = grouping == Grouping.PROVIDER ? providersById() : Map.of();
        Function<String, LocalizedText> names = names(grouping, providers);
        Function<String, String> keys = grouping == Grouping.PROVIDER
                ? key -> providers.containsKey(key) ? providers.get(key).getCode() : key : Function.identity();
        List<FigureLine> lines = grouped.entrySet().stream()
                .map(e -> new FigureLine(keys.apply(e.getKey()), names.apply(e.getKey()), e.getValue()))
                .sorted(grouping == Grouping.PROVIDER ? RANKED : Comparator.comparing(FigureLine::key))
                .toList();
        Figures total = new Figures();
        lines.forEach(l -> total.add(l.figures()));
        return new FigureTable(period, grouping, provider == null ? null : provider.getCode(), lines, total,
                refreshedAt);
    }

    private Function<String, LocalizedText> names(Grouping grouping, Map<String, Organisation> providers) {
        return switch (grouping) {
            case PROVIDER -> id -> providers.containsKey(id) ? providers.get(id).getName() : null;
            case SERVICE -> {
                Map<String, LocalizedText> known = new HashMap<>();
                yield code -> known.computeIfAbsent(code, c -> services.find(c).map(StateService::getName).orElse(null));
            }
            case EXECUTOR -> login -> login.isEmpty() ? null : staff.find(login)
                    .map(m -> new LocalizedText(m.getSurnameAndInitials(), null, null)).orElse(null);
            case MONTH -> key -> null;
        };
    }

    private Map<String, Organisation> providersById() {
        return organisations.publicDirectory().stream().collect(Collectors.toMap(o -> Long.toString(o.getId()), o -> o));
    }
}
