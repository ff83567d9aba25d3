package kz.shagym.deadlines.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.deadlines.service.DeadlineReview;
import kz.shagym.kernel.web.RetriedOnConflict;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The deadline review after a calendar change, over the API (ADMIN). */
@Path("calendar/deadline-review")
@Tag(name = "calendar")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class DeadlineReviewResource {

    @EJB
    private DeadlineReview review;

    public record Pending(long id, String subjectType, String subject, LocalDate startedOn, Integer workingDays,
                          LocalDate dueDate, LocalDate recomputed) {
    }

    public record Decision(String reason) {
    }

    public record Moved(LocalDate dueDate) {
    }

    @GET
    @Operation(summary = "Open deadlines the changed calendar would put on another day, waiting for a decision")
    public List<Pending> pending() {
        return review.pending().stream().map(p -> new Pending(p.deadline().getId(), p.deadline().getSubjectType(),
                p.deadline().getSubjectLabel(), p.deadline().getStartedOn(), p.deadline().getWorkingDays(),
                p.deadline().getDueDate(), p.recomputed())).toList();
    }

    @POST
    @Path("{id}/apply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Moves the deadline to the new date: the case, its timeline and the watch; head and executor told")
    public Moved apply(@PathParam("id") long id, Decision body) {
        return new Moved(review.apply(id, body == null ? null : body.reason()));
    }

    @POST
    @Path("{id}/keep")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Keeps the deadline as set")
    public Response keep(@PathParam("id") long id, Decision body) {
        review.keep(id, body == null ? null : body.reason());
        return Response.noContent().build();
    }
}
