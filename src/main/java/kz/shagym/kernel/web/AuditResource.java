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
import kz.shagym.kernel.model.AuditChain;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.service.AuditSeal;
import kz.shagym.kernel.service.AuditTrail;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** GET /api/audit: the newest audit records (administrators only), filtered like the screen; and the chain's check. */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class AuditResource {

    private static final int MAX_PAGE = 500;

    @EJB
    private AuditTrail audit;

    @EJB
    private AuditSeal seal;

    @GET
    public List<Entry> search(@QueryParam("actor") String actor, @QueryParam("action") String action,
                              @QueryParam("entityType") String entityType, @QueryParam("entityId") String entityId,
                              @QueryParam("first") @DefaultValue("0") int first,
                              @QueryParam("max") @DefaultValue("100") int max) {
        AuditFilter filter = new AuditFilter(actor, action, entityType, entityId, null, null);
        return audit.search(filter, Math.max(0, first), Math.min(Math.max(1, max), MAX_PAGE)).stream()
                .map(Entry::of).toList();
    }

    /**
     * GET /api/audit/chain: seals what is pending and checks the audit chain from its start.
     * Keep the answer's lastHash somewhere outside the database: a later check's chain must
     * still pass through it.
     */
    @GET
    @Path("chain")
    @Operation(summary = "Checks the audit trail's hash chain: intact, or the first record changed or missing")
    public ChainCheck chain() {
        AuditSeal.Check check = seal.check();
        return new ChainCheck(check.intact(), check.checked(), check.lastSeq(), check.lastHash(), check.problem());
    }

    /** The check's answer; {@code problem} is left out while the chain holds. */
    public record ChainCheck(boolean intact, long checked, long lastSeq, String lastHash, AuditChain.Problem problem) {
    }

    public record Entry(long id, Instant occurredAt, String actor, Long organisationId, String action,
                        String entityType, String entityId, String details) {
        static Entry of(AuditRecord r) {
            return new Entry(r.getId(), r.getOccurredAt(), r.getActor(), r.getOrganisationId(), r.getAction(),
                    r.getEntityType(), r.getEntityId(), r.getDetails());
        }
    }
}
