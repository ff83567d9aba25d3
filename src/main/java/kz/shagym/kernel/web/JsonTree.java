package kz.shagym.kernel.web;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;

/**
 * A record as the JSON tree JSON-B makes of it, for an API answer that modules build up
 * together (a case's file: the registry's facts, then each module's).
 */
public final class JsonTree {

    /** Thread-safe, and costly to make: one for the application. */
    private static final Jsonb JSONB = JsonbBuilder.create();

    private JsonTree() {
    }

    public static JsonValue of(Object view) {
        try (JsonReader reader = Json.createReader(new StringReader(JSONB.toJson(view)))) {
            return reader.readValue();
        }
    }
}
