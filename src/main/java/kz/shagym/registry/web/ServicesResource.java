package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.Public;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.service.StateServiceCatalogue;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** GET /api/services: the catalogue of state services offered for new complaints (no sign-in). */
@Public
@Path("services")
@Tag(name = "catalogue")
@RetriedOnConflict
public class ServicesResource {

    @EJB
    private StateServiceCatalogue catalogue;

    @Context
    private HttpHeaders headers;

    /** One state service, named in the language of Accept-Language. */
    public record ServiceEntry(String code, String name) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The state services a complaint can name, with names in the Accept-Language (kk, ru, en)")
    public List<ServiceEntry> list() {
        Locale locale = Languages.fromAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        return catalogue.active().stream().map(s -> new ServiceEntry(s.getCode(), s.getName().in(locale))).toList();
    }
}
