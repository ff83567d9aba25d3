package kz.shagym.kernel.web;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.List;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.service.Messages;

/** The JSON body of every refused API call: {"errors":[{"field":...,"message":...}]}. */
public record ApiError(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String message) {
        return new ApiError(List.of(new FieldError(null, message)));
    }

    /**
     * An API error answered by a servlet filter, before JAX-RS: the same JSON in the caller's
     * language, never the container's own page.
     */
    public static void write(HttpServletRequest request, HttpServletResponse response, int status, String key,
                             Object... arguments) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        String message = Messages.in(Languages.fromAcceptLanguage(request.getHeader("Accept-Language"))).get(key, arguments);
        response.getWriter().write(Json.createObjectBuilder().add("errors", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().addNull("field").add("message", message))).build().toString());
    }

    /** A refusal as the API answers it: {@code status}, the field, the message in the caller's language. */
    public static Response refused(Response.Status status, Refused refused, HttpHeaders headers) {
        String message = Languages.messagesFor(headers).get(refused.getMessageKey(), refused.getArguments());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(List.of(new FieldError(refused.getField(), message)))).build();
    }
}
