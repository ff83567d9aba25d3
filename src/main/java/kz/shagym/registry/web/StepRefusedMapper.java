package kz.shagym.registry.web;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import kz.shagym.kernel.web.ApiError;
import kz.shagym.kernel.web.Languages;
import kz.shagym.registry.model.StepRefused;

/** A step the complaint's state does not allow, whoever asked for it: 409, in the caller's language. */
@Provider
public class StepRefusedMapper implements ExceptionMapper<StepRefused> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(StepRefused refused) {
        String message = Languages.messagesFor(headers).get(refused.getMessageKey(), refused.getArguments());
        return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(List.of(new ApiError.FieldError(null, message)))).build();
    }
}
