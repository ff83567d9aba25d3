package kz.shagym.kernel.web;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything the other mappers do not answer: an address or method the API does not have
 * keeps its status (404, 405, 415 …) and anything else is a 500. Either way the body is the
 * API's JSON in the caller's language, never a stack trace, SQL or a product's name; a 500
 * is logged in full under an incident number the answer gives, for the administrator.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable error) {
        var messages = Languages.messagesFor(headers);
        if (error instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            // Its own headers stay (Allow, WWW-Authenticate); only the body becomes the API's.
            return Response.fromResponse(web.getResponse()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(ApiError.of(messages.get(switch (status) {
                        case 401 -> "api.error.unauthenticated";
                        case 403 -> "api.error.forbidden";
                        case 404 -> "api.error.noSuchAddress";
                        default -> "api.error.request";
                    }))).build();
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "API incident " + incident, error);
        return Response.serverError().type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(messages.get("api.error.unexpected", incident))).build();
    }
}
