package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.service.AuditTrail;

/** GET /api/audit: the newest audit records (administrators only), filtered like the screen. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_PAGE = 500;

    @EJB
    private AuditTrail audit;

    @GET
    public List<Entry> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                              @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                              @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("100") int max) {
        AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, null, null);
        return audit.search(filter, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(Entry::of).toList();
    }

    public record Entry(long id, Instant occurredAt, String actor, Long organisationId, String action,
                        String entityType, String entityId, String details) {
        static Entry of(AuditRecord r) {
            return new Entry(r.getId(), r.getOccurredAt(), r.getActor(), r.getOrganisationId(), r.getAction(),
                    r.getEntityType(), r.getEntityId(), r.getDetails());
        }
    }
}
