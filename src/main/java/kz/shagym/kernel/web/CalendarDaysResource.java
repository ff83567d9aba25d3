package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.service.CalendarAdministration;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The administrator's dated days of the calendar over the API, as on the calendar screen (ADMIN). */
@Path("calendar/days")
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class CalendarDaysResource {

    @EJB
    private CalendarAdministration administration;

    /** A holiday of one year only: {"date":"2026-12-01","reasonKk":"…","reasonRu":"…","reasonEn":"…"}. */
    public record Holiday(String date, String reasonKk, String reasonRu, String reasonEn) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Adds a holiday of one year (such as Kurban Ait); the deadlines it moves are listed for review")
    public Response add(Holiday body) {
        Holiday h = body == null ? new Holiday(null, null, null, null) : body;
        LocalDate date = ApiInput.day("date", h.date());
        administration.addHoliday(date, LocalizedText.typed(h.reasonKk(), h.reasonRu(), h.reasonEn()));
        return Response.status(Response.Status.CREATED).build();
    }

    @DELETE
    @Path("{date}")
    @Operation(summary = "Removes a dated day (and the other half of a transfer)")
    public Response remove(@PathParam("date") String date) {
        administration.removeDay(ApiInput.day("date", date));
        return Response.noContent().build();
    }
}
