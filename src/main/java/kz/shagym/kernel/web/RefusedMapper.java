package kz.shagym.kernel.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.shagym.kernel.model.Refused;

/**
 * Every refusal of every module as the API answers it: the status its kind says
 * ({@link Refused#answer()}), the field and the message in the caller's language.
 */
@Provider
public class RefusedMapper implements ExceptionMapper<Refused> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Refused refused) {
        Response.Status status = switch (refused.answer()) {
            case BAD_INPUT -> Response.Status.BAD_REQUEST;
            case FORBIDDEN -> Response.Status.FORBIDDEN;
            case NOT_FOUND -> Response.Status.NOT_FOUND;
            case CONFLICT -> Response.Status.CONFLICT;
        };
        return ApiError.refused(status, refused, headers);
    }
}
