package kz.shagym.statistics.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import kz.shagym.kernel.web.Formats;
import kz.shagym.kernel.web.LanguageSelection;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.model.Grouping;
import software.xdev.chartjs.model.charts.BarChart;
import software.xdev.chartjs.model.charts.LineChart;
import software.xdev.chartjs.model.data.BarData;
import software.xdev.chartjs.model.data.LineData;
import software.xdev.chartjs.model.dataset.BarDataset;
import software.xdev.chartjs.model.dataset.LineDataset;
import software.xdev.chartjs.model.enums.IndexAxis;
import software.xdev.chartjs.model.options.BarOptions;

/**
 * The figures drawn for people who would rather look than read: providers ranked by their
 * on-time rate, and the on-time rate month by month. Chart.js configurations for
 * PrimeFaces' p:chart; the table beside each says the same in numbers.
 */
@RequestScoped
public class FigureCharts {

    /** A ranking longer than this is read in the table. */
    static final int RANKED_SHOWN = 15;
    private static final String BAR = "#2e6da4";

    @Inject
    private ScreenMessages messages;

    @Inject
    private Formats formats;

    @Inject
    private LanguageSelection language;

    /** The best-ranked providers' on-time rates, in percent, as horizontal bars. */
    public String ranking(FigureTable table) {
        List<FigureLine> shown = table.lines().stream().filter(l -> l.figures().getOnTimeRate() != null)
                .limit(RANKED_SHOWN).toList();
        BarDataset rates = new BarDataset().setLabel(messages.bundle().get("statistics.figure.onTimeRate"));
        rates.setBackgroundColor(BAR);
        shown.forEach(l -> rates.addData(percent(l.figures().getOnTimeRate())));
        BarData data = new BarData().addDataset(rates);
        shown.forEach(l -> data.addLabel(label(table.grouping(), l)));
        return new BarChart(data, new BarOptions().setIndexAxis(IndexAxis.Y).setMaintainAspectRatio(false)).toJson();
    }

    /** The on-time rate, in percent, of each month of the period that had answers. */
    public String trend(FigureTable months) {
        LineDataset rates = new LineDataset().setLabel(messages.bundle().get("statistics.figure.onTimeRate"));
        rates.setBorderColor(BAR);
        LineData data = new LineData().addDataset(rates);
        for (FigureLine l : months.lines()) {
            if (l.figures().getOnTimeRate() != null) {
                data.addLabel(label(Grouping.MONTH, l));
                rates.addData(percent(l.figures().getOnTimeRate()));
            }
        }
        return new LineChart(data).toJson();
    }

    /** A row's name as the screens show it: a provider's or a service's in the user's language, a month's, an executor's. */
    public String label(Grouping grouping, FigureLine line) {
        if (grouping == Grouping.MONTH) {
            return formats.month(YearMonth.parse(line.key()));
        }
        if (line.name() == null) {
            return line.key().isEmpty() ? messages.bundle().get("statistics.noExecutor") : line.key();
        }
        return line.name().in(language.getLocale());
    }

    private static double percent(Double share) {
        return Math.round(share * 1000) / 10.0;
    }

    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
