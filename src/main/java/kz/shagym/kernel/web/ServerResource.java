package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import kz.shagym.kernel.service.ServerState;

/** GET /api/server: the schema version and memory of the server that answers (administrators only). */
@Path("server")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class ServerResource {

    @EJB
    private ServerState server;

    @GET
    public ServerState.State state() {
        return server.now();
    }
}
