package kz.shagym.review.web;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.function.Supplier;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.kernel.web.ApiInput;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.review.model.ReviewRefused;
import kz.shagym.review.service.ProviderReview;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The provider's review over HTTP, same roles and rules as the screens. Each step answers the
 * case's new state and version; send {@code If-Match: "version"} (the ETag of GET
 * /api/complaints/{number}) to be refused with 409 when someone changed the case meanwhile.
 */
@Path("complaints/{number}")
@Tag(name = "review")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "200", description = "Done; the case's new state",
        content = @Content(schema = @Schema(implementation = ReviewResource.Moved.class)))
@APIResponse(responseCode = "400", description = "Invalid input, with the field and a message",
        content = @Content(schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "Not the caller's provider's case, or not the caller's step")
@APIResponse(responseCode = "409", description = "Not possible in the case's state, or the case changed meanwhile")
@RetriedOnConflict
public class ReviewResource {

    @EJB
    private ProviderReview review;

    @Context
    private HttpHeaders headers;

    /** The case after a step: its state, its version for the next If-Match, its deadline and whether the answer left on time. */
    @JsonbNillable
    public record Moved(String number, ComplaintState state, int version, LocalDate deadline, Boolean onTime) {
    }

    @POST
    @Path("assignment")
    @Operation(summary = "The head assigns an executor (REGISTERED or ASSIGNED -> ASSIGNED)")
    public Response assign(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           ReviewRequests.Assignment body) {
        return step(() -> review.assign(number, version(ifMatch), body == null ? null : body.executor()));
    }

    @POST
    @Path("answer")
    @Operation(summary = "The assigned executor drafts the reasoned answer (ASSIGNED -> ANSWER_DRAFTED)",
            description = "On an appeal, the authorized body's decision: LEFT_WITHOUT_REVIEW is possible, and an outcome"
                    + " that upholds it carries the instruction to the provider with its term in working days.")
    public Response answer(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                           ReviewRequests.Draft body) {
        ReviewRequests.Draft draft = body == null ? new ReviewRequests.Draft(null, null, null) : body;
        return step(() -> review.draft(number, version(ifMatch), draft.parsedOutcome(), draft.reasoning(),
                draft.instructionText(), draft.instructionDays()));
    }

    @POST
    @Path("answer/draft")
    @Operation(summary = "The assigned executor keeps the draft without sending it for approval (the state stays ASSIGNED)")
    public Response saveDraft(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                              ReviewRequests.Draft body) {
        ReviewRequests.Draft draft = body == null ? new ReviewRequests.Draft(null, null, null) : body;
        return step(() -> review.saveDraft(number, version(ifMatch), draft.parsedOutcome(), draft.reasoning(),
                draft.instructionText(), draft.instructionDays()));
    }

    @POST
    @Path("approval")
    @Operation(summary = "The head approves the answer (ANSWER_DRAFTED -> ANSWER_APPROVED)")
    public Response approve(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch) {
        return step(() -> review.approve(number, version(ifMatch)));
    }

    @POST
    @Path("return")
    @Operation(summary = "The head returns the draft with a comment (ANSWER_DRAFTED -> ASSIGNED)")
    public Response giveBack(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                             ReviewRequests.Return body) {
        return step(() -> review.returnToExecutor(number, version(ifMatch), body == null ? null : body.comment()));
    }

    @POST
    @Path("dispatch")
    @Operation(summary = "The office records how the approved answer left (ANSWER_APPROVED -> ANSWER_SENT)")
    public Response dispatch(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                             ReviewRequests.DispatchNote body) {
        return step(() -> review.dispatch(number, version(ifMatch), body == null ? null : body.toDispatch()));
    }

    @POST
    @Path("withdrawal")
    @Operation(summary = "The office records the complainant's written withdrawal (-> WITHDRAWN)")
    public Response withdraw(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                             ReviewRequests.Withdrawal body) {
        ReviewRequests.Withdrawal w = body == null ? new ReviewRequests.Withdrawal(null, null) : body;
        return step(() -> review.withdraw(number, version(ifMatch), w.day(), w.note()));
    }

    @GET
    @Path("answer.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The answer letter, once drafted (marked as a draft until approved)")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    public Response letter(@PathParam("number") String number) {
        return review.answerLetter(number)
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"answer.pdf\"").build())
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(ApiError.of(Languages.messagesFor(headers).get("review.error.noAnswer"))).build());
    }

    private static Response step(Supplier<Complaint> step) {
        Complaint c = step.get();
        return Response.ok(new Moved(c.getIncomingNumber(), c.getState(), c.getVersion(), c.getDeadline(), c.onTime()))
                .tag(new EntityTag(String.valueOf(c.getVersion()))).build();
    }

    static Integer version(String ifMatch) {
        return ApiInput.version(ifMatch);
    }
}
