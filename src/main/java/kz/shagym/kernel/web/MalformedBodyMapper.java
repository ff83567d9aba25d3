package kz.shagym.kernel.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON of the documented shape answers 400 in the caller's language, never 500. */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(JsonbException exception) {
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ApiError.of(Languages.messagesFor(headers).get("api.error.malformed"))).build();
    }
}
