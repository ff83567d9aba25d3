package kz.shagym.kernel.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.CalendarAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The holiday rules over the API, as on the calendar screen (ADMIN). */
@Path("calendar/rules")
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
// The roles again here, not only on the service: a caller without them is refused before the
// input is read, so a wrong role never learns what input would pass (RoleMatrixIT).
@RolesAllowed(Role.Names.ADMIN)
@RetriedOnConflict
public class HolidayRulesResource {

    @EJB
    private CalendarAdministration administration;

    /** {"code":"CONSTITUTION_DAY_2027","month":3,"day":15,"firstYear":2027,"movesOffWeekend":true,"nameKk":"…"} */
    public record NewRule(String code, Integer month, Integer day, Integer firstYear, Boolean movesOffWeekend,
                          String nameKk, String nameRu, String nameEn) {
    }

    public record End(Integer lastYear) {
    }

    @POST
    @Operation(summary = "Adds a holiday kept every year from a year on (not before the current one)")
    public Response add(NewRule body) {
        NewRule r = body == null ? new NewRule(null, null, null, null, null, null, null, null) : body;
        administration.addRule(r.code(), RuleInput.day(r.month(), r.day()), RuleInput.year("firstYear", r.firstYear()),
                r.movesOffWeekend() == null || r.movesOffWeekend(), LocalizedText.typed(r.nameKk(), r.nameRu(), r.nameEn()));
        return Response.status(Response.Status.CREATED).build();
    }

    @POST
    @Path("{code}/end")
    @Operation(summary = "Keeps the holiday up to a year and no longer after it (no earlier year rewritten)")
    public Response end(@PathParam("code") String code, End body) {
        administration.endRule(code, RuleInput.year("lastYear", body == null ? null : body.lastYear()));
        return Response.noContent().build();
    }

}
