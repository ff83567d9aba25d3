package kz.shagym.publicinfo.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.model.InvalidInput;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.publicinfo.model.LookedUpCase;
import kz.shagym.publicinfo.service.ContactCentreLookup;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The contact centre's look-up across all providers, by incoming number or by IIN/BIN (¶7, ¶9). */
@Path("lookup")
@Tag(name = "public")
@Produces(MediaType.APPLICATION_JSON)
// The roles again here, not only on the service: a caller without them is refused before the
// input is read, so a wrong role never learns what input would pass (RoleMatrixIT).
@RolesAllowed({Role.Names.CONTACT_CENTRE, Role.Names.QUALITY_OFFICER})
@RetriedOnConflict
public class LookupResource {

    @EJB
    private ContactCentreLookup lookup;

    @Context
    private HttpHeaders headers;

    @GET
    @Operation(summary = "Cases of an incoming number or of a complainant's IIN/BIN, at every provider: status only;"
            + " for the contact centre and quality officers, audited")
    public Response lookUp(@QueryParam("number") String number, @QueryParam("iin") String iin) {
        boolean byNumber = number != null && !number.isBlank();
        boolean byIin = iin != null && !iin.isBlank();
        if (byNumber == byIin) {
            throw new InvalidInput(byNumber ? "iin" : "number", "lookup.error.oneOf");
        }
        List<LookedUpCase> found = byNumber ? lookup.byNumber(number) : lookup.byIin(iin);
        Locale locale = Languages.messagesFor(headers).locale();
        JsonArrayBuilder cases = Json.createArrayBuilder();
        found.forEach(f -> cases.add(StatusJson.of(f, locale)));
        return Response.ok(Json.createObjectBuilder().add("cases", cases).build().toString())
                .build();
    }
}
