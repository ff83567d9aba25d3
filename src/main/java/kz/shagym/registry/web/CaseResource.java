package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.inject.Instance;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.service.CaseFileContributor;
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
import kz.shagym.kernel.web.JsonTree;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.PublicAddress;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.service.Registry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A registered case for the staff who may read it (see Registry.read). Any other number
 * answers 404, exactly as a number that does not exist: the API does not tell which numbers
 * are taken.
 */
@Path("complaints/{number}")
@Tag(name = "complaints")
@RetriedOnConflict
public class CaseResource {

    @EJB
    private Registry registry;

    @Inject
    private Instance<CaseFileContributor> contributors;

    @Inject
    private PublicAddress publicAddress;

    @Context
    private HttpHeaders headers;

    @Context
    private HttpServletRequest request;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "A case the caller may read, as registered, with its appeal stage",
            description = "The caller's own organisation's case; at the authorized body also the provider's case one of"
                    + " its appeals is about; at a provider also an appeal about it. Beside the registration: appeals"
                    + " (number, state, outcome), instruction and court.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CaseDetails.class)))
    @APIResponse(responseCode = "404", description = "No such case the caller may read")
    public Response read(@PathParam("number") String number) {
        Messages messages = Languages.messagesFor(headers);
        return registry.read(number)
                .map(c -> Response.ok(caseFile(c, messages.locale()), MediaType.APPLICATION_JSON_TYPE)
                        .tag(new EntityTag(String.valueOf(c.getVersion()))).build())
                .orElseGet(() -> notFound(messages));
    }

    /** The registry's facts of the case, then each module's above it. */
    private JsonObject caseFile(Complaint c, Locale locale) {
        CaseDetails details = CaseDetails.of(c, registry.attachments(c), registry.history(c),
                registry.term(c).workingDaysLeft(), registry.organisationCode(c.getAgainstOrganisationId()),
                registry.linked(c.getAppealOf()).map(Complaint::getIncomingNumber).orElse(null), locale);
        JsonObjectBuilder json = Json.createObjectBuilder(JsonTree.of(details).asJsonObject());
        contributors.forEach(module -> module.contribute(c, locale, json));
        return json.build();
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
