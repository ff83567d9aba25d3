package kz.shagym.kernel.model;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an audit record says of its change, kept as a message of the bundle
 * ({@code audit.detail.<key>}) and its values, so that the trail reads in each reader's
 * language. Stored as JSON in the record's details ({@code {"key":…,"values":[…]}}); records
 * written before, or of plain values (a number, a code), stay text and are shown as they are.
 */
public record AuditDetail(String key, List<String> values) {

    public AuditDetail {
        values = List.copyOf(values);
    }

    /** A detail whose values are written as text (null as empty). */
    public static AuditDetail of(String key, Object... values) {
        return new AuditDetail(key, Arrays.stream(values).map(v -> v == null ? "" : String.valueOf(v)).toList());
    }

    public String encoded() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return Json.createObjectBuilder().add("key", key).add("values", array).build().toString();
    }

    /** The detail a record's text holds, or empty when the text is plain. */
    public static Optional<AuditDetail> decoded(String details) {
        if (details == null || !details.startsWith("{\"key\":")) {
            return Optional.empty();
        }
        try {
            JsonObject json = Json.createReader(new StringReader(details)).readObject();
            return Optional.of(new AuditDetail(json.getString("key"), json.getJsonArray("values")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList()));
        } catch (JsonParsingException | ClassCastException | NullPointerException notADetail) {
            return Optional.empty();
        }
    }

    /** The bundle key of the sentence. */
    public String messageKey() {
        return "audit.detail." + Objects.requireNonNull(key);
    }
}
