package kz.shagym.statistics.web;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.model.Figures;

/**
 * The figures as the API and the open data write them: the same keys in JSON and, in
 * snake case, as CSV columns (docs/statistics.md, "Open data"). Rates are fractions with
 * four decimals, working days with one; a rate of nothing is null, not 0.
 */
public final class FigureJson {

    /** Every figure, in the order of the CSV's columns. */
    static final Map<String, Function<Figures, Number>> FIGURES = new LinkedHashMap<>();

    static {
        FIGURES.put("registered", Figures::getRegistered);
        FIGURES.put("answered", Figures::getAnswered);
        FIGURES.put("answeredOnTime", Figures::getAnsweredOnTime);
        FIGURES.put("answeredLate", Figures::getAnsweredLate);
        FIGURES.put("onTimeRate", f -> rounded(f.getOnTimeRate(), 4));
        FIGURES.put("overdueNow", Figures::getOverdueNow);
        FIGURES.put("medianWorkingDays", f -> rounded(f.getMedianWorkingDays(), 1));
        FIGURES.put("p90WorkingDays", f -> rounded(f.getP90WorkingDays(), 1));
        FIGURES.put("satisfied", Figures::getSatisfied);
        FIGURES.put("partlySatisfied", Figures::getPartlySatisfied);
        FIGURES.put("rejected", Figures::getRejected);
        FIGURES.put("withdrawn", Figures::getWithdrawn);
        FIGURES.put("appeals", Figures::getAppeals);
        FIGURES.put("appealsPer100", f -> rounded(f.getAppealsPer100(), 2));
        FIGURES.put("appealsDecided", Figures::getAppealsDecided);
        FIGURES.put("appealsUpheld", Figures::getAppealsUpheld);
        FIGURES.put("upheldShare", f -> rounded(f.getUpheldShare(), 4));
        FIGURES.put("instructions", Figures::getInstructions);
        FIGURES.put("instructionsCompliedOnTime", Figures::getInstructionsOnTime);
    }

    private FigureJson() {
    }

    /** A table: its period, grouping, rows (each keyed by what it groups) and total. */
    public static JsonObject table(FigureTable table, Locale locale) {
        String groupKey = table.grouping().name().toLowerCase(Locale.ROOT);
        JsonArrayBuilder rows = Json.createArrayBuilder();
        for (FigureLine line : table.lines()) {
            JsonObjectBuilder row = Json.createObjectBuilder().add(groupKey, line.key());
            if (line.name() == null) {
                row.addNull("name");
            } else {
                row.add("name", line.name().in(locale));
            }
            rows.add(figures(row, line.figures()));
        }
        JsonObjectBuilder out = Json.createObjectBuilder()
                .add("from", table.period().from().toString())
                .add("to", table.period().to().toString())
                .add("groupBy", groupKey);
        if (table.provider() == null) {
            out.addNull("provider");
        } else {
            out.add("provider", table.provider());
        }
        if (table.refreshedAt() == null) {
            out.addNull("refreshedAt");
        } else {
            out.add("refreshedAt", table.refreshedAt().toString());
        }
        return out.add("rows", rows).add("total", figures(Json.createObjectBuilder(), table.total())).build();
    }

    static JsonObjectBuilder figures(JsonObjectBuilder out, Figures f) {
        FIGURES.forEach((key, value) -> {
            Number n = value.apply(f);
            if (n == null) {
                out.addNull(key);
            } else if (n instanceof BigDecimal d) {
                out.add(key, d);
            } else {
                out.add(key, n.intValue());
            }
        });
        return out;
    }

    static BigDecimal rounded(Double value, int decimals) {
        return value == null ? null : BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
    }

    /** camelCase to snake_case, for the CSV's header. */
    static String column(String key) {
        return key.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }
}
