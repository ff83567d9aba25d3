package kz.shagym.kernel.web;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;

/**
 * A resource's {@code @RolesAllowed}, checked before its method reads any input: a caller
 * without one of the roles is refused as a service would refuse it (401 with the challenge
 * when nobody signed in, 403 otherwise, in the API's JSON), and never learns what input
 * would have passed. The services check their roles again; this is for the resources that
 * parse their input before calling them. It runs ahead of Liberty's own check of the same
 * annotation, which would send an anonymous caller to the screens' sign-in form.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class ApiRoles implements ContainerRequestFilter {

    @Context
    private ResourceInfo resource;

    @Context
    private HttpHeaders headers;

    @Override
    public void filter(ContainerRequestContext request) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null) {
            return;
        }
        SecurityContext caller = request.getSecurityContext();
        if (caller.getUserPrincipal() == null) {
            request.abortWith(AccessDeniedMapper.refusal(true, headers));
        } else if (Arrays.stream(allowed.value()).noneMatch(caller::isUserInRole)) {
            request.abortWith(AccessDeniedMapper.refusal(false, headers));
        }
    }
}
