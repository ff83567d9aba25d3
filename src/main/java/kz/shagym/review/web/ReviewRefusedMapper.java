package kz.shagym.review.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.review.model.ReviewRefused;

/**
 * A refused review step as the API answers it: 403 for another provider's case or the wrong
 * role, 409 for the wrong state or a case changed meanwhile, 400 for bad input; the message
 * in the language of Accept-Language.
 */
@Provider
public class ReviewRefusedMapper implements ExceptionMapper<ReviewRefused> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(ReviewRefused refused) {
        Response.Status status = switch (refused.getKind()) {
            case NOT_YOURS, WRONG_ROLE -> Response.Status.FORBIDDEN;
            case WRONG_STATE, STALE -> Response.Status.CONFLICT;
            case INVALID -> Response.Status.BAD_REQUEST;
        };
        return ApiError.refused(status, refused, headers);
    }
}
