package kz.shagym.appeals.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import kz.shagym.appeals.service.Forwarding;
import kz.shagym.appeals.service.Instructions;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.StampView;
import kz.shagym.registry.service.Registry;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The appeal stage's queues: forwarded to the authorized body, instructions issued or to put right. */
@Path("appeals")
@Tag(name = "appeals")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class AppealQueuesResource {

    @EJB
    private Forwarding forwarding;

    @EJB
    private Instructions instructions;

    @EJB
    private Registry registry;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    @Context
    private UriInfo uri;

    @GET
    @Path("forwarded")
    @Operation(summary = "Appeals providers forwarded that the authorized body has still to register")
    public List<AppealViews.ForwardedView> forwarded() {
        return AppealViews.forwarded(forwarding.forwardedToUs(), registry);
    }

    @POST
    @Path("forwarded")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The authorized body's office registers a forwarded appeal: its number and its 15 working days")
    public Response register(AppealRequests.ForwardedAppeal body) {
        AppealRequests.ForwardedAppeal f = body == null ? new AppealRequests.ForwardedAppeal(null, null) : body;
        Complaint appeal = forwarding.register(f.provider(), f.number());
        return Response.created(uri.getBaseUriBuilder().path("complaints").path(appeal.getIncomingNumber()).build())
                .entity(StampView.of(appeal)).build();
    }

    @GET
    @Path("instructions")
    @Operation(summary = "At the authorized body, its instructions and how they stand; at a provider, those it has to put right")
    public List<AppealViews.InstructionView> instructions() {
        LocalDate today = clock.today();
        return instructions.ofCaller().stream().map(i -> AppealViews.InstructionView.of(i, AppealViews.number(registry, i.getAppealId()),
                workingDays.calendar(), today)).toList();
    }
}
