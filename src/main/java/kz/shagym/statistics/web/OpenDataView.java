package kz.shagym.statistics.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.stream.IntStream;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.service.OpenData;

/**
 * The public page of the providers' figures: a year's table, the ranking drawn, and the
 * same data to download. A plain GET form, no session, like the other public pages.
 */
@Named
@RequestScoped
@RetriedOnConflict
public class OpenDataView {

    @EJB
    private OpenData openData;

    @Inject
    private ScreenMessages messages;

    @Inject
    private FigureCharts charts;

    private Integer year;
    private FigureTable table;
    /** Drawn once: the page asks for it more than once as it renders. */
    private String rankingChart;

    public void load() {
        if (year == null) {
            year = openData.thisYear();
        }
        try {
            table = openData.providers(year);
            rankingChart = charts.ranking(table);
        } catch (Refused refused) {
            messages.refused("year", refused);
        }
    }

    /** The years one may choose, newest first. */
    public List<Integer> getYears() {
        return IntStream.rangeClosed(OpenData.FIRST_YEAR, openData.thisYear()).boxed()
                .sorted((a, b) -> b - a).toList();
    }

    public String label(FigureLine line) {
        return charts.label(table.grouping(), line);
    }

    public String getRankingChart() {
        return rankingChart;
    }

    public FigureTable getTable() {
        return table;
    }

    /** The CSV's and JSON's columns, for the data dictionary on the page. */
    public List<String> getColumns() {
        return FigureJson.FIGURES.keySet().stream().toList();
    }

    public String column(String key) {
        return FigureJson.column(key);
    }

    public String getLicence() {
        return OpenDataResource.LICENCE;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }
}
