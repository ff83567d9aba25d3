package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.shagym.kernel.service.StaffDirectory;

/**
 * A service refused the caller's role: 401 with a challenge when nobody signed in,
 * 403 when the caller lacks the role.
 */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @EJB
    private StaffDirectory staff;

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(EJBAccessException exception) {
        return refusal(staff.callerLogin().isEmpty(), headers);
    }

    /** The API's refusal of a caller without the role: 401 with a challenge when nobody signed in, else 403. */
    static Response refusal(boolean anonymous, HttpHeaders headers) {
        String key = anonymous ? "api.error.unauthenticated" : "api.error.forbidden";
        Response.ResponseBuilder response = Response
                .status(anonymous ? Response.Status.UNAUTHORIZED : Response.Status.FORBIDDEN)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(Languages.messagesFor(headers).get(key)));
        if (anonymous) {
            response.header("WWW-Authenticate", ApiBasicAuthentication.CHALLENGE);
        }
        return response.build();
    }
}
