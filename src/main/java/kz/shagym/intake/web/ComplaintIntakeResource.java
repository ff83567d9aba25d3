package kz.shagym.intake.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.intake.model.InvalidComplaint;
import kz.shagym.intake.service.Intake;
import kz.shagym.kernel.service.Messages;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.StampView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Registration of paper complaints by document-management systems: POST /api/complaints (role REGISTRAR). */
@Path("complaints")
@Tag(name = "complaints")
@RetriedOnConflict
public class ComplaintIntakeResource {

    @EJB
    private Intake intake;

    @Context
    private HttpHeaders headers;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a paper complaint received at the caller's office",
            description = "The complaint is addressed to the head of the caller's organisation and numbered in its journal."
                    + " With a ground it is an appeal: at the authorized body (name the provider, and its case if any),"
                    + " or at a provider's office, which forwards it. Nothing is stored, and no number used, unless"
                    + " every field is valid.")
    @APIResponse(responseCode = "201", description = "Registered; Location names the new case",
            content = @Content(schema = @Schema(implementation = StampView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, each with a message in the Accept-Language",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @APIResponse(responseCode = "401", description = "No or wrong credentials")
    @APIResponse(responseCode = "403", description = "The caller is not a registrar")
    @APIResponse(responseCode = "409", description = "An appeal names a provider's case that cannot be appealed (yet, or on that ground)",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    public Response register(ComplaintForm form) {
        Messages messages = Languages.messagesFor(headers);
        if (form == null) {
            return badRequest(ApiError.of(messages.get("api.error.malformed")));
        }
        try {
            Complaint complaint = intake.register(form, List.of());
            return Response.created(uri.getBaseUriBuilder().path("complaints").path(complaint.getIncomingNumber()).build())
                    .entity(StampView.of(complaint)).build();
        } catch (InvalidComplaint invalid) {
            return badRequest(new ApiError(invalid.getProblems().stream()
                    .map(p -> new ApiError.FieldError(p.field(), messages.get(p.messageKey(), p.arguments()))).toList()));
        }
    }

    private static Response badRequest(ApiError error) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }
}
