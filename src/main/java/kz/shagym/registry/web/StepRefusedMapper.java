package kz.shagym.registry.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.registry.model.StepRefused;

/** A step the complaint's state does not allow, whoever asked for it: 409, in the caller's language. */
@Provider
public class StepRefusedMapper implements ExceptionMapper<StepRefused> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(StepRefused refused) {
        return ApiError.refused(Response.Status.CONFLICT, refused, headers);
    }
}
