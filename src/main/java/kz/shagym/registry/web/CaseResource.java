package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.shagym.kernel.service.Messages;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.PublicAddress;
import kz.shagym.registry.service.Registry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A registered case for the provider's own staff. Another provider's number answers 404,
 * exactly as a number that does not exist: the API does not tell which numbers are taken.
 */
@Path("complaints/{number}")
@Tag(name = "complaints")
public class CaseResource {

    @EJB
    private Registry registry;

    @Inject
    private PublicAddress publicAddress;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A case of the caller's provider, as registered")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseDetails.class)))
    @APIResponse(responseCode = "404", description = "No such case at the caller's provider")
    public Response read(@PathParam("number") String number) {
        Messages messages = Languages.messagesFor(headers);
        return registry.find(number)
                .map(c -> Response.ok(CaseDetails.of(c, registry.attachments(c), registry.history(c),
                                registry.term(c).workingDaysLeft(), messages.locale()))
                        .tag(new EntityTag(String.valueOf(c.getVersion()))).build())
                .orElseGet(() -> notFound(messages));
    }

    @GET
    @Path("receipt.pdf")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    @Operation(summary = "The acceptance confirmation to print and hand or post to the complainant")
    @APIResponse(responseCode = "200", content = @Content(mediaType = "application/pdf"))
    @APIResponse(responseCode = "404", description = "No such case at the caller's provider")
    public Response receipt(@PathParam("number") String number) {
        return registry.acceptanceConfirmation(number, publicAddress.base(request))
                .map(pdf -> Response.ok(pdf, "application/pdf")
                        .header("Content-Disposition", "inline; filename=\"receipt.pdf\"").build())
                .orElseGet(() -> notFound(Languages.messagesFor(headers)));
    }

    private static Response notFound(Messages messages) {
        return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(messages.get("case.error.notFound"))).build();
    }
}
