package kz.shagym.testing;

import jakarta.ejb.EJB;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import kz.shagym.deadlines.service.DeadlineWatch;
import kz.shagym.kernel.model.Organisation;

/**
 * Test-only (never in the shipped WAR): registers a deadline of the demo provider that passed
 * some days ago, so that a client-side test can watch what the server does with it.
 */
@Path("test-drill/overdue/{label}")
public class DeadlineDrill {

    @EJB
    DeadlineWatch watch;

    @PersistenceContext
    EntityManager em;

    @POST
    @Produces(MediaType.TEXT_PLAIN)
    public String register(@PathParam("label") String label) {
        long demo = em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", "DEMO")
                .getSingleResult().getId();
        // Five working days from three weeks ago: due about two weeks ago.
        var deadline = watch.register("Drill", label, label, demo, LocalDate.now().minusDays(21), 5, "head");
        watch.assignExecutor("Drill", label, "executor");
        return String.valueOf(deadline.getId());
    }
}
