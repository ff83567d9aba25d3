package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import kz.shagym.kernel.model.CalendarDay;
import kz.shagym.kernel.model.DayKind;
import kz.shagym.kernel.model.OutsideCalendarException;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.kernel.service.Messages;
import kz.shagym.kernel.service.WorkingDays;

/**
 * The public working-day calendar (no sign-in): deadlines counted as Shagym counts them, and
 * each year's days off. Reasons come in the language of Accept-Language.
 */
@Public
@Path("calendar")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class CalendarResource {

    @EJB
    private WorkingDays workingDays;

    @Context
    private HttpHeaders headers;

    public record Skipped(LocalDate date, DayKind kind, String reason) {
    }

    public record DeadlineAnswer(LocalDate from, int workingDays, LocalDate deadline, boolean confirmed,
                                 List<Skipped> skipped) {
    }

    public record Day(LocalDate date, DayKind kind, String name) {
    }

    public record YearAnswer(int year, boolean confirmed, List<Day> days) {
    }

    /** GET /api/calendar/deadline?from=2025-03-20&amp;workingDays=5 */
    @GET
    @Path("deadline")
    public Response deadline(@QueryParam("from") String fromText, @QueryParam("workingDays") String daysText) {
        Messages messages = Languages.messagesFor(headers);
        LocalDate from;
        try {
            from = LocalDate.parse(fromText == null ? "" : fromText.trim());
        } catch (DateTimeParseException e) {
            return badRequest("from", messages.get("calendar.error.date", "from"));
        }
        int n;
        try {
            n = Integer.parseInt(daysText == null ? "" : daysText.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (n < 1 || n > WorkingCalendar.MAX_WORKING_DAYS) {
            return badRequest("workingDays", messages.get("calendar.error.workingDays", WorkingCalendar.MAX_WORKING_DAYS));
        }
        WorkingCalendar calendar = workingDays.calendar();
        try {
            LocalDate deadline = calendar.deadline(from, n);
            List<Skipped> skipped = calendar.skipped(from, deadline).stream()
                    .map(d -> new Skipped(d.date(), d.kind(), reason(d, messages))).toList();
            boolean confirmed = calendar.isConfirmed(from.getYear()) && calendar.isConfirmed(deadline.getYear());
            return Response.ok(new DeadlineAnswer(from, n, deadline, confirmed, skipped)).build();
        } catch (OutsideCalendarException e) {
            return outside("from", e, messages);
        }
    }

    /** GET /api/calendar/non-working-days?year=2025 */
    @GET
    @Path("non-working-days")
    public Response nonWorkingDays(@QueryParam("year") String yearText) {
        Messages messages = Languages.messagesFor(headers);
        int year;
        try {
            year = Integer.parseInt(yearText == null ? "" : yearText.trim());
        } catch (NumberFormatException e) {
            return badRequest("year", messages.get("calendar.error.year"));
        }
        WorkingCalendar calendar = workingDays.calendar();
        try {
            List<Day> days = calendar.exceptionsOf(year).stream()
                    .map(d -> new Day(d.date(), d.kind(), reason(d, messages))).toList();
            return Response.ok(new YearAnswer(year, calendar.isConfirmed(year), days)).build();
        } catch (OutsideCalendarException e) {
            return outside("year", e, messages);
        }
    }

    static String reason(CalendarDay day, Messages messages) {
        return switch (day.kind()) {
            case WEEKEND -> messages.get("calendar.reason.WEEKEND");
            case MOVED_DAY_OFF -> messages.get("calendar.reason.MOVED_DAY_OFF", day.reason().in(messages.locale()));
            default -> day.reason().in(messages.locale());
        };
    }

    private static Response outside(String field, OutsideCalendarException e, Messages messages) {
        return badRequest(field, messages.get("calendar.error.outside", e.getFirstYear(), e.getLastYear()));
    }

    private static Response badRequest(String field, String message) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(List.of(new ApiError.FieldError(field, message)))).build();
    }
}
