package kz.shagym.kernel.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import kz.shagym.kernel.service.Messages;

/**
 * Closed unless said open: an anonymous call to an operation not marked {@link Public} is
 * answered 401 before the operation runs, so nobody learns how it checks its input, and an
 * operation added tomorrow starts closed.
 */
@Provider
public class SignInFirst implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getSecurityContext().getUserPrincipal() != null || isPublic()) {
            return;
        }
        request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .header("WWW-Authenticate", ApiBasicAuthentication.CHALLENGE)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(Messages.in(Languages.fromAcceptLanguage(request.getHeaderString("Accept-Language")))
                        .get("api.error.unauthenticated")))
                .build());
    }

    private boolean isPublic() {
        return resource.getResourceMethod() != null && (resource.getResourceMethod().isAnnotationPresent(Public.class)
                || resource.getResourceClass().isAnnotationPresent(Public.class));
    }
}
