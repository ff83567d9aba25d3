package kz.shagym.kernel.web;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import kz.shagym.kernel.model.Refused;
import java.util.List;

/** The JSON body of every refused API call: {"errors":[{"field":...,"message":...}]}. */
public record ApiError(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static ApiError of(String message) {
        return new ApiError(List.of(new FieldError(null, message)));
    }

    /** A refusal as the API answers it: {@code status}, the field, the message in the caller's language. */
    public static Response refused(Response.Status status, Refused refused, HttpHeaders headers) {
        String message = Languages.messagesFor(headers).get(refused.getMessageKey(), refused.getArguments());
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiError(List.of(new FieldError(refused.getField(), message)))).build();
    }
}
