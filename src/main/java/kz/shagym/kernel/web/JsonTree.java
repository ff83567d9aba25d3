package kz.shagym.kernel.web;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import java.io.StringReader;

/**
 * A record as the JSON tree JSON-B makes of it, for an API answer that modules build up
 * together (a case's file: the registry's facts, then each module's).
 */
public final class JsonTree {

    /** Thread-safe, and costly to make: one for the application. */
    private static final Jsonb JSONB = JsonbBuilder.create();
    private static final Jsonb WITH_NULLS = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

    private JsonTree() {
    }

    public static JsonValue of(Object view) {
        return parse(JSONB.toJson(view));
    }

    /** The tree with every field, a missing value written as null: for answers whose keys are fixed. */
    public static JsonValue withNulls(Object view) {
        return view == null ? JsonValue.NULL : parse(WITH_NULLS.toJson(view));
    }

    private static JsonValue parse(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
