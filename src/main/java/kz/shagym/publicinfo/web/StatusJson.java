package kz.shagym.publicinfo.web;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import kz.shagym.publicinfo.model.AnswerLeft;
import kz.shagym.publicinfo.model.CaseStatus;
import kz.shagym.publicinfo.model.CourtStage;
import kz.shagym.publicinfo.model.LookedUpCase;
import kz.shagym.publicinfo.model.StageStatus;

/**
 * A status as the API writes it: the case's own facts at the top, then "appeal" and "court",
 * every key present (null when there is nothing), so a client can rely on the shape. Written
 * key by key: the public status is answered by the thousand a second.
 */
final class StatusJson {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private StatusJson() {
    }

    static JsonObject of(CaseStatus status) {
        return builder(status).build();
    }

    /** For the contact centre, whose provider first. */
    static JsonObject of(LookedUpCase found, Locale locale) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("provider", JSON.createObjectBuilder()
                .add("code", found.providerCode()).add("name", found.providerName().in(locale)));
        builder(found.status()).build().forEach(json::add);
        return json.build();
    }

    private static JsonObjectBuilder builder(CaseStatus status) {
        return stage(status.own())
                .add("appeal", status.appeal() == null ? JsonValue.NULL : stage(status.appeal()).build())
                .add("court", court(status.court()));
    }

    private static JsonObjectBuilder stage(StageStatus s) {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("number", s.number()).add("stage", s.stage().name())
                .add("state", s.state().name()).add("registeredOn", s.registeredOn().toString())
                .add("deadline", s.deadline().toString());
        if (s.workingDaysLeft() == null) {
            json.addNull("workingDaysLeft");
        } else {
            json.add("workingDaysLeft", s.workingDaysLeft());
        }
        return json.add("answer", answer(s.answer()));
    }

    private static JsonValue answer(AnswerLeft a) {
        return a == null ? JsonValue.NULL : text(JSON.createObjectBuilder().add("leftOn", a.leftOn().toString())
                .add("method", a.method().name()), "trackingNumber", a.trackingNumber()).build();
    }

    private static JsonValue court(CourtStage c) {
        if (c == null) {
            return JsonValue.NULL;
        }
        JsonObjectBuilder json = JSON.createObjectBuilder().add("filedOn", c.filedOn().toString());
        text(json, "judgment", c.judgment() == null ? null : c.judgment().name());
        return day(json, "decidedOn", c.decidedOn()).build();
    }

    private static JsonObjectBuilder text(JsonObjectBuilder json, String key, String value) {
        return value == null ? json.addNull(key) : json.add(key, value);
    }

    private static JsonObjectBuilder day(JsonObjectBuilder json, String key, LocalDate value) {
        return text(json, key, value == null ? null : value.toString());
    }
}
