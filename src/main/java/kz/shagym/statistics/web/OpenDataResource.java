package kz.shagym.statistics.web;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.service.OpenData;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The providers' figures of a year as open data, without signing in: JSON, or CSV when asked
 * with {@code Accept: text/csv} or {@code format=csv} (a download link cannot set a header).
 * The columns are documented in docs/statistics.md, "Open data".
 */
@Path("open-data/providers")
@Tag(name = "public")
public class OpenDataResource {

    public static final String CSV = "text/csv";
    /** Whose the data are and how they may be reused; said in every download. */
    public static final String LICENCE = "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)";
    static final String LICENCE_LINK = "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"";
    /** Where the columns are explained to whoever downloads them: the public page's data dictionary. */
    public static final String SCHEMA = "/statistics.xhtml#dictionary";

    @EJB
    private OpenData openData;

    @Context
    private HttpHeaders headers;

    @GET
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(summary = "A year's figures per provider: no person, no executor, no case")
    public Response providers(@QueryParam("year") String year, @QueryParam("format") String format) {
        FigureTable table = openData.providers(year(year));
        boolean csv = "csv".equalsIgnoreCase(format) || format == null
                && headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(CSV))
                        && !t.isWildcardType());
        String file = "shagym-providers-" + table.period().from().getYear();
        if (csv) {
            return Response.ok(csv(table), CSV + ";charset=UTF-8").header("Link", LICENCE_LINK)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
        }
        JsonArrayBuilder providers = Json.createArrayBuilder();
        for (FigureLine line : table.lines()) {
            providers.add(FigureJson.figures(Json.createObjectBuilder().add("provider", line.key())
                    .add("name", Json.createObjectBuilder().add("kk", text(line.name().getKk()))
                            .add("ru", text(line.name().getRu())).add("en", text(line.name().getEn()))), line.figures()));
        }
        String json = Json.createObjectBuilder()
                .add("year", table.period().from().getYear())
                .add("licence", LICENCE)
                .add("schema", SCHEMA)
                .add("refreshedAt", table.refreshedAt() == null ? "" : table.refreshedAt().toString())
                .add("providers", providers)
                .add("total", FigureJson.figures(Json.createObjectBuilder(), table.total()))
                .build().toString();
        return Response.ok(json, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).header("Link", LICENCE_LINK)
                .header("Content-Disposition", "inline; filename=\"" + file + ".json\"").build();
    }

    private int year(String text) {
        try {
            return text == null || text.isBlank() ? openData.thisYear() : Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput("year", "statistics.error.yearFormat");
        }
    }

    /** A header line, then one line per provider; the licence goes in the response's Link header, keeping the rows plain. */
    static String csv(FigureTable table) {
        List<String> header = new ArrayList<>(List.of("provider", "name_kk", "name_ru", "name_en"));
        FigureJson.FIGURES.keySet().forEach(k -> header.add(FigureJson.column(k)));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).get())) {
            for (FigureLine line : table.lines()) {
                List<Object> row = new ArrayList<>(List.of(line.key(), text(line.name().getKk()),
                        text(line.name().getRu()), text(line.name().getEn())));
                FigureJson.FIGURES.values().forEach(v -> {
                    Number n = v.apply(line.figures());
                    row.add(n == null ? "" : n);
                });
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
