package kz.shagym.kernel.web;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.shagym.kernel.service.Messages;

/**
 * A body that is not JSON of the documented shape answers 400 in the caller's language, never
 * 500; a value of the wrong type (StrictJson) is named at its field.
 */
@Provider
public class MalformedBodyMapper implements ExceptionMapper<JsonbException> {

    @Context
    private HttpHeaders headers;

    /** How JSON-B names the property it could not read. */
    private static final Pattern PROPERTY = Pattern.compile("property '([A-Za-z0-9_]{1,64})'");

    @Override
    public Response toResponse(JsonbException exception) {
        Messages messages = Languages.messagesFor(headers);
        ApiError error = field(exception)
                .map(f -> new ApiError(List.of(new ApiError.FieldError(f, messages.get("api.error.wrongType")))))
                .orElseGet(() -> ApiError.of(messages.get("api.error.malformed")));
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** The innermost property named: "surname" of the complainant, as the field errors name it. */
    private static Optional<String> field(Throwable exception) {
        Optional<String> field = Optional.empty();
        for (Throwable t = exception; t != null; t = t.getCause()) {
            Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
            if (m.find()) {
                field = Optional.of(m.group(1));
            }
        }
        return field;
    }
}
