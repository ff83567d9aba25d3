package kz.shagym.appeals.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import kz.shagym.appeals.service.CourtRecords;
import kz.shagym.appeals.service.Forwarding;
import kz.shagym.appeals.service.Instructions;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.ApiInput;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.StampView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The appeal stage on a case, over HTTP with the same roles and rules as the screens:
 * forwarding an appeal received at a provider, the provider's compliance with an instruction,
 * and the court record of either side.
 */
@Path("complaints/{number}")
@Tag(name = "appeals")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "400", description = "Bad input, with the field")
@APIResponse(responseCode = "403", description = "Not the caller's role")
@APIResponse(responseCode = "404", description = "No such case the caller may act on")
@APIResponse(responseCode = "409", description = "Not at this point of the case's life")
@RetriedOnConflict
public class AppealResource {

    @EJB
    private Forwarding forwarding;

    @EJB
    private Instructions instructions;

    @EJB
    private CourtRecords court;

    @EJB
    private WorkingDays workingDays;

    @jakarta.inject.Inject
    private BusinessClock clock;

    @POST
    @Path("forwarding")
    @Operation(summary = "The provider's office sent an appeal it received on to the authorized body (REGISTERED -> FORWARDED)")
    @APIResponse(responseCode = "200", description = "Forwarded; the case's stamp, its version in the ETag")
    public Response forward(@PathParam("number") String number, @HeaderParam("If-Match") String ifMatch,
                            AppealRequests.Forwarded body) {
        LocalDate day = body == null ? null : body.day();
        Complaint held = forwarding.forward(number, ApiInput.version(ifMatch), day);
        return Response.ok(StampView.of(held)).tag(new EntityTag(String.valueOf(held.getVersion()))).build();
    }

    @POST
    @Path("compliance")
    @Operation(summary = "The provider records how it complied with the instruction about this case (its own case, or the appeal about it)")
    @APIResponse(responseCode = "200", description = "The instruction, complied with")
    public Response comply(@PathParam("number") String number, AppealRequests.Compliance body) {
        AppealRequests.Compliance c = body == null ? new AppealRequests.Compliance(null, null) : body;
        var done = instructions.comply(number, c.day(), c.note());
        return Response.ok(AppealViews.InstructionView.of(done, number, workingDays.calendar(), clock.today())).build();
    }

    @POST
    @Path("court")
    @Operation(summary = "The recipient went to court (¶6): recorded on the caller's own case once its answer left")
    @APIResponse(responseCode = "201", description = "The court case, recorded")
    public Response fileCourtCase(@PathParam("number") String number, AppealRequests.Court body) {
        AppealRequests.Court c = body == null ? new AppealRequests.Court(null, null, null) : body;
        return Response.status(Response.Status.CREATED)
                .entity(AppealViews.CourtView.of(court.file(number, c.court(), c.filed(), c.caseNumber()))).build();
    }

    @POST
    @Path("court/judgment")
    @Operation(summary = "The court decided: UPHELD, OVERTURNED or PARTLY")
    @APIResponse(responseCode = "200", description = "The court case with its judgment")
    public Response judgment(@PathParam("number") String number, AppealRequests.CourtJudgment body) {
        AppealRequests.CourtJudgment j = body == null ? new AppealRequests.CourtJudgment(null, null) : body;
        return Response.ok(AppealViews.CourtView.of(court.judgment(number, j.judgment(), j.day()))).build();
    }
}
