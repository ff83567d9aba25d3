package kz.shagym.statistics.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.util.List;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.OrganisationService;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.model.Grouping;
import kz.shagym.statistics.model.Period;
import kz.shagym.statistics.service.Statistics;

/**
 * The quality dashboard: a period's figures, grouped and (by provider) ranked, the on-time
 * rate by month beside them, every count opening its cases. The period and grouping are in
 * the address, so a view can be bookmarked and sent on.
 */
@Named
@ViewScoped
@RetriedOnConflict
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FORM = "figures";

    @EJB
    private Statistics statistics;

    @EJB
    private OrganisationService organisations;

    @Inject
    private BusinessClock clock;

    @Inject
    private ScreenMessages messages;

    @Inject
    private FigureCharts charts;

    private final FiguresAsked asked = new FiguresAsked();
    private String groupBy;
    private FigureTable table;
    private FigureTable trend;
    private List<Organisation> providers;
    private boolean everyProvider;
    /** Drawn once when the figures are read: the page asks for each more than once as it renders. */
    private String rankingChart;
    private String trendChart;

    /** Reads the figures the address asks for; this year by provider (a provider's head: by service) when it asks nothing. */
    public void load() {
        YearMonth now = YearMonth.from(clock.today());
        if (blank(asked.getFrom())) {
            asked.setFrom(YearMonth.of(now.getYear(), 1).toString());
        }
        if (blank(asked.getTo())) {
            asked.setTo(now.toString());
        }
        everyProvider = statistics.seesEveryProvider();
        if (blank(groupBy)) {
            groupBy = everyProvider && blank(asked.getProvider()) ? "provider" : "service";
        }
        try {
            Period period = asked.period();
            table = statistics.figures(period, Grouping.parse(groupBy), asked.getProvider());
            trend = statistics.figures(period, Grouping.MONTH, asked.getProvider());
            rankingChart = table.grouping() == Grouping.PROVIDER ? charts.ranking(table) : null;
            trendChart = charts.trend(trend);
        } catch (Refused refused) {
            messages.refused(FORM, refused);
        }
    }

    public boolean isEveryProvider() {
        return everyProvider;
    }

    /** The providers one may choose from: every service provider, for the authorized body. */
    public List<Organisation> getProviders() {
        if (providers == null) {
            providers = organisations.all().stream().filter(o -> o.getKind() == OrganisationKind.SERVICE_PROVIDER).toList();
        }
        return providers;
    }

    public List<Grouping> getGroupings() {
        return table != null && table.provider() != null ? List.of(Grouping.values())
                : List.of(Grouping.PROVIDER, Grouping.SERVICE, Grouping.MONTH);
    }

    /**
     * Where a count of a row opens its cases: a row of one provider (by provider), of one of
     * its services or of one month; none for an executor's row or a row of all providers.
     */
    public String drillDown(FigureLine line, String figure) {
        if (table == null) {
            return null;
        }
        String who = table.grouping() == Grouping.PROVIDER ? line.key() : table.provider();
        if (who == null || table.grouping() == Grouping.EXECUTOR) {
            return null;
        }
        String period = table.grouping() == Grouping.MONTH ? "&from=" + line.key() + "&to=" + line.key()
                : "&from=" + table.period().from() + "&to=" + table.period().to();
        String service = table.grouping() == Grouping.SERVICE ? "&service=" + FigureCharts.query(line.key()) : "";
        return "statistics-cases.xhtml?provider=" + FigureCharts.query(who) + period + service + "&figure=" + figure;
    }

    /** Where a provider's row opens the provider's own figures, month by month. */
    public String providerTrend(FigureLine line) {
        return "statistics.xhtml?provider=" + FigureCharts.query(line.key()) + "&groupBy=month&from="
                + table.period().from() + "&to=" + table.period().to();
    }

    public String label(FigureLine line) {
        return charts.label(table.grouping(), line);
    }

    public String getRankingChart() {
        return rankingChart;
    }

    public String getTrendChart() {
        return trendChart;
    }

    public FigureTable getTable() {
        return table;
    }

    public FigureTable getTrend() {
        return trend;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }



    public FiguresAsked getAsked() {
        return asked;
    }

    public String getGroupBy() {
        return groupBy;
    }

    public void setGroupBy(String groupBy) {
        this.groupBy = groupBy;
    }

}
