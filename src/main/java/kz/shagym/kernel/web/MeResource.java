package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffProfile;
import kz.shagym.kernel.service.StaffDirectory;

/** GET /api/me: who the API caller is, for integrations to check their credentials. */
@Path("me")
@Produces(MediaType.APPLICATION_JSON)
@RetriedOnConflict
public class MeResource {

    @EJB
    private StaffDirectory directory;

    @GET
    public Me me() {
        StaffProfile profile = directory.callerProfile();
        return new Me(profile.login(), profile.organisationCode(), profile.roles());
    }

    public record Me(String login, String organisation, List<Role> roles) {
    }
}
