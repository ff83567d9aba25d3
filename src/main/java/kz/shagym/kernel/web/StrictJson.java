package kz.shagym.kernel.web;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.io.PushbackInputStream;
import java.lang.reflect.Type;

/**
 * The API reads bodies by their types, strictly: a whole number is a JSON number without a
 * fraction ({@code "pages": 2}, never {@code 2.5} or {@code "2"}), a text is a JSON string
 * (never a number or an array), and a body is one JSON object (never one wrapped in an array:
 * no operation takes a list). JSON-B would otherwise round, convert or unwrap quietly and
 * store what nobody sent. A body of the wrong shape answers 400 (MalformedBodyMapper).
 */
@Provider
public class StrictJson implements ContextResolver<Jsonb>, ReaderInterceptor {

    private final Jsonb jsonb = JsonbBuilder.create(new JsonbConfig()
            .withDeserializers(new WholeNumber(), new Text()));

    @Override
    public Jsonb getContext(Class<?> type) {
        return jsonb;
    }

    /** Refuses a JSON body that is not an object before JSON-B reads it. */
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(context.getMediaType())) {
            PushbackInputStream body = new PushbackInputStream(context.getInputStream(), 1);
            int first = body.read();
            while (first == ' ' || first == '\t' || first == '\n' || first == '\r') {
                first = body.read();
            }
            if (first == '[') {
                throw new JsonbException("a JSON object was expected, not an array");
            }
            if (first >= 0) {
                body.unread(first);
            }
            context.setInputStream(body);
        }
        return context.proceed();
    }

    static final class WholeNumber implements JsonbDeserializer<Integer> {
        @Override
        public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonNumber number) || !number.isIntegral()) {
                throw new JsonbException("a whole number was expected");
            }
            try {
                return number.intValueExact();
            } catch (ArithmeticException tooLarge) {
                throw new JsonbException("the number is too large");
            }
        }
    }

    static final class Text implements JsonbDeserializer<String> {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context, Type type) {
            JsonValue value = parser.getValue();
            if (value == JsonValue.NULL) {
                return null;
            }
            if (!(value instanceof JsonString text)) {
                throw new JsonbException("a text in quotes was expected");
            }
            return text.getString();
        }
    }
}
