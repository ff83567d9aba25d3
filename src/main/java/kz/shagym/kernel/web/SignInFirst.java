package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import kz.shagym.kernel.model.StaffStanding;
import kz.shagym.kernel.service.Messages;
import kz.shagym.kernel.service.StaffDirectory;

/**
 * Closed unless said open: an anonymous call to an operation not marked {@link Public} is
 * answered 401 before the operation runs, so nobody learns how it checks its input, and an
 * operation added tomorrow starts closed. A login the registry accepts but that has no active
 * staff record is answered 403 with the reason, as the screens answer it.
 */
@Provider
public class SignInFirst implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @EJB
    private StaffDirectory staff;

    @Override
    public void filter(ContainerRequestContext request) {
        if (isPublic()) {
            return;
        }
        if (request.getSecurityContext().getUserPrincipal() == null) {
            request.abortWith(refusal(request, Response.Status.UNAUTHORIZED, "api.error.unauthenticated")
                    .header("WWW-Authenticate", ApiBasicAuthentication.CHALLENGE).build());
            return;
        }
        StaffStanding standing = staff.callerStanding();
        if (standing != StaffStanding.ACTIVE) {
            request.abortWith(refusal(request, Response.Status.FORBIDDEN, standing.textKey()).build());
        }
    }

    private static Response.ResponseBuilder refusal(ContainerRequestContext request, Response.Status status, String key) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(Messages.in(Languages.fromAcceptLanguage(request.getHeaderString("Accept-Language")))
                        .get(key)));
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}
