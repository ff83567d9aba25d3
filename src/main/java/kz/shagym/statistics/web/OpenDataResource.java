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
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.web.Public;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.statistics.model.FigureLine;
import kz.shagym.statistics.model.FigureTable;
import kz.shagym.statistics.service.OpenData;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The providers' figures of a year as open data, without signing in: JSON, or CSV when asked
 * with {@code Accept: text/csv} or {@code format=csv} (a download link cannot set a header),
 * XLSX with {@code format=xlsx}.
 * The columns are documented in docs/statistics.md, "Open data".
 */
@Public
@Path("open-data/providers")
@Tag(name = "public")
@RetriedOnConflict
public class OpenDataResource {

    public static final String CSV = "text/csv";
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
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
    @Produces({MediaType.APPLICATION_JSON, CSV, XLSX})
    @Operation(summary = "A year's figures per provider: no person, no executor, no case")
    public Response providers(@QueryParam("year") String year, @QueryParam("format") String format) {
        if (format != null && !List.of("json", "csv", "xlsx").contains(format.strip().toLowerCase(Locale.ROOT))) {
            throw new InvalidInput("format", "statistics.error.format");
        }
        FigureTable table = openData.providers(year(year));
        boolean csv = "csv".equalsIgnoreCase(format) || format == null
                && headers.getAcceptableMediaTypes().stream().anyMatch(t -> t.isCompatible(MediaType.valueOf(CSV))
                        && !t.isWildcardType());
        String file = "shagym-providers-" + table.period().from().getYear();
        if (csv) {
            return Response.ok(OpenDataSheet.csv(table), CSV + ";charset=UTF-8").header("Link", LICENCE_LINK)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".csv\"").build();
        }
        if ("xlsx".equalsIgnoreCase(format)) {
            return Response.ok(OpenDataSheet.xlsx(table), XLSX).header("Link", LICENCE_LINK)
                    .header("Content-Disposition", "attachment; filename=\"" + file + ".xlsx\"").build();
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

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
