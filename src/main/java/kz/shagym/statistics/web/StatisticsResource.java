package kz.shagym.statistics.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.statistics.model.CaseLine;
import kz.shagym.statistics.model.Figure;
import kz.shagym.statistics.model.Grouping;
import kz.shagym.statistics.model.Period;
import kz.shagym.statistics.service.Statistics;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The quality figures for the authorized body and for a provider's head (¶5; docs/statistics.md). */
@Path("statistics")
@Tag(name = "statistics")
@Produces(MediaType.APPLICATION_JSON)
// The roles again here, not only on the service: a caller without them is refused before the
// input is read, so a wrong role never learns what input would pass (RoleMatrixIT).
@RolesAllowed({Role.Names.HEAD, Role.Names.QUALITY_OFFICER})
@RetriedOnConflict
public class StatisticsResource {

    @EJB
    private Statistics statistics;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "The figures of whole months (from, to: 2026-01 or 2026-01-01 .. 2026-12-31), grouped by"
            + " provider (ranked), service, month or executor; a provider's head gets only their own provider")
    public Response figures(@QueryParam("from") String from, @QueryParam("to") String to,
                            @QueryParam("groupBy") String groupBy, @QueryParam("provider") String provider) {
        Grouping grouping = groupBy == null || groupBy.isBlank() ? Grouping.PROVIDER : Grouping.parse(groupBy);
        var table = statistics.figures(Period.parse(from, to), grouping, provider);
        return Response.ok(FigureJson.table(table, Languages.messagesFor(headers).locale()).toString()).build();
    }

    @GET
    @Path("cases")
    @Operation(summary = "The cases behind one figure of one provider: number, dates and state only")
    public Response cases(@QueryParam("from") String from, @QueryParam("to") String to,
                          @QueryParam("provider") String provider, @QueryParam("figure") String figure,
                          @QueryParam("service") String service) {
        List<CaseLine> lines = statistics.cases(Period.parse(from, to), provider, Figure.parse(figure),
                service == null || service.isBlank() ? null : service.strip());
        JsonArrayBuilder cases = Json.createArrayBuilder();
        for (CaseLine l : lines) {
            JsonObjectBuilder c = Json.createObjectBuilder().add("number", l.number());
            day(c, "registeredOn", l.registeredOn());
            day(c, "deadline", l.deadline());
            day(c, "answeredOn", l.answeredOn());
            name(c, "state", l.state());
            name(c, "outcome", l.outcome());
            cases.add(c);
        }
        return Response.ok(Json.createObjectBuilder().add("cases", cases).build().toString()).build();
    }

    private static void day(JsonObjectBuilder o, String key, LocalDate day) {
        if (day == null) {
            o.addNull(key);
        } else {
            o.add(key, day.toString());
        }
    }

    private static void name(JsonObjectBuilder o, String key, Enum<?> value) {
        if (value == null) {
            o.addNull(key);
        } else {
            o.add(key, value.name());
        }
    }
}
