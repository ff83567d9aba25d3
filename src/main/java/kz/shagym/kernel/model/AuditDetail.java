package kz.shagym.kernel.model;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * What an audit record says of its change, kept as a message of the bundle
 * ({@code audit.detail.<key>}) and its values, so that the trail reads in each reader's
 * language. A value is text as it was (a number, a name, a reason) or a {@link Term}, a word of
 * the bundle such as a case's state, itself shown in the reader's language. Stored as JSON in
 * the record's details ({@code {"key":…,"values":["ЖТ-2026-000001",{"term":"state.ASSIGNED"}]}});
 * records written before, or of plain values, stay text and are shown as they are.
 */
public record AuditDetail(String key, List<Object> values) {

    /** A word of the bundle among a detail's values: {@code state.ASSIGNED}. */
    public record Term(String key) {
    }

    public AuditDetail {
        values = List.copyOf(values);
    }

    public static Term term(String key) {
        return new Term(key);
    }

    /** A detail whose values are kept as text (null as empty), terms as terms. */
    public static AuditDetail of(String key, Object... values) {
        return new AuditDetail(key, Arrays.stream(values)
                .map(v -> v instanceof Term ? v : v == null ? "" : String.valueOf(v)).toList());
    }

    public String encoded() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object v : values) {
            if (v instanceof Term t) {
                array.add(Json.createObjectBuilder().add("term", t.key()));
            } else {
                array.add((String) v);
            }
        }
        return Json.createObjectBuilder().add("key", key).add("values", array).build().toString();
    }

    /**
     * The detail encoded in at most {@code limit} characters: the longest text (a comment, a
     * reason) is cut, with an ellipsis, until it fits, so the record stays readable JSON.
     */
    public String encodedWithin(int limit) {
        AuditDetail fitted = this;
        while (fitted.encoded().length() > limit) {
            int longest = 0;
            for (int i = 1; i < fitted.values.size(); i++) {
                if (length(fitted.values.get(i)) > length(fitted.values.get(longest))) {
                    longest = i;
                }
            }
            String text = (String) fitted.values.get(longest);
            if (text.isEmpty() || text.equals("…")) {
                throw new IllegalArgumentException("no detail of " + key + " fits in " + limit + " characters");
            }
            int keep = 0; // the longest start of the text that fits, by halving
            for (int low = 0, high = text.length() - 1; low <= high; ) {
                int middle = (low + high) >>> 1;
                if (fitted.withValue(longest, text.substring(0, middle) + "…").encoded().length() <= limit) {
                    keep = middle;
                    low = middle + 1;
                } else {
                    high = middle - 1;
                }
            }
            fitted = fitted.withValue(longest, text.substring(0, keep) + "…");
        }
        return fitted.encoded();
    }

    private AuditDetail withValue(int index, String value) {
        List<Object> changed = new ArrayList<>(values);
        changed.set(index, value);
        return new AuditDetail(key, changed);
    }

    private static int length(Object value) {
        return value instanceof String s ? s.length() : 0;
    }

    /** The detail a record's text holds, or empty when the text is plain. */
    public static Optional<AuditDetail> decoded(String details) {
        if (details == null || !details.startsWith("{\"key\":")) {
            return Optional.empty();
        }
        try {
            JsonObject json = Json.createReader(new StringReader(details)).readObject();
            List<Object> values = new ArrayList<>();
            for (JsonValue v : json.getJsonArray("values")) {
                values.add(v instanceof JsonString s ? s.getString() : term(v.asJsonObject().getString("term")));
            }
            return Optional.of(new AuditDetail(json.getString("key"), values));
        } catch (JsonParsingException | ClassCastException | NullPointerException notADetail) {
            return Optional.empty();
        }
    }

    /** The bundle key of the sentence. */
    public String messageKey() {
        return "audit.detail." + Objects.requireNonNull(key);
    }

    /** The values to put into the sentence, each term in the words {@code bundle} gives it. */
    public Object[] arguments(UnaryOperator<String> bundle) {
        return values.stream().map(v -> v instanceof Term t ? bundle.apply(t.key()) : v).toArray();
    }
}
