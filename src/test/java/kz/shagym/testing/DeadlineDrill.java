package kz.shagym.testing;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.web.Public;

/**
 * Test-only (never in the shipped WAR, nor in the OpenAPI document): lets client-side tests register a deadline of the
 * demo provider that passed some days ago, and read whether its overdue notice went out.
 * Open without signing in, as the tests call it.
 */
@Public
@Path("test-drill")
public class DeadlineDrill {

    @EJB
    DeadlineWatch watch;

    @PersistenceContext
    EntityManager em;

    @Operation(hidden = true)
    @POST
    @Path("overdue/{label}")
    @Produces(MediaType.TEXT_PLAIN)
    public String register(@PathParam("label") String label) {
        long demo = em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", "DEMO")
                .getSingleResult().getId();
        // Five working days from three weeks ago: due about two weeks ago.
        var deadline = watch.register("Drill", label, label, demo, LocalDate.now().minusDays(21), 5, "head");
        watch.assignExecutor("Drill", label, "executor");
        return String.valueOf(deadline.getId());
    }

    /** When the overdue notice of the drill deadline went out, or "none". */
    @Operation(hidden = true)
    @GET
    @Path("overdue/{label}")
    @Produces({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    public String overdueNotifiedAt(@PathParam("label") String label) {
        return watch.find("Drill", label).map(d -> d.getOverdueNotifiedAt())
                .map(String::valueOf).orElse("none");
    }
}
