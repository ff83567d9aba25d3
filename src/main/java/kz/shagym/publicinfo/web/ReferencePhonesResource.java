package kz.shagym.publicinfo.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.web.Languages;
import kz.shagym.kernel.web.Public;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.publicinfo.model.ReferenceEntry;
import kz.shagym.publicinfo.service.ReferenceDirectory;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The reference directory (¶8), public: each provider's phones, office and services. */
@Public
@Path("organisations/reference-phones")
@Tag(name = "public")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class ReferencePhonesResource {

    @EJB
    private ReferenceDirectory directory;

    @Context
    private HttpHeaders headers;

    /** A provider or the authorized body as the directory lists it, in the caller's language. */
    public record Line(String code, String name, String officeAddress, String phones, List<Service> services) {

        static Line of(ReferenceEntry e, Locale locale) {
            var o = e.organisation();
            return new Line(o.getCode(), o.getName().in(locale),
                    o.getOfficeAddress() == null ? null : o.getOfficeAddress().in(locale), o.getReferencePhones(),
                    e.services().stream().map(s -> new Service(s.getCode(), s.getName().in(locale))).toList());
        }
    }

    public record Service(String code, String name) {
    }

    @GET
    @Operation(summary = "Reference-service phones and office addresses of the providers, searched by provider or service")
    public List<Line> referencePhones(@QueryParam("q") String query) {
        Locale locale = Languages.messagesFor(headers).locale();
        return directory.search(query).stream().map(e -> Line.of(e, locale)).toList();
    }
}
