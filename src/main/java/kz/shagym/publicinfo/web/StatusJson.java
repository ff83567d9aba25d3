package kz.shagym.publicinfo.web;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import kz.shagym.kernel.web.JsonTree;
import kz.shagym.publicinfo.model.CaseStatus;
import kz.shagym.publicinfo.model.LookedUpCase;

/**
 * A status as the API writes it: the case's own facts at the top, then "appeal" and "court",
 * every key present (null when there is nothing), so a client can rely on the shape.
 */
final class StatusJson {

    private StatusJson() {
    }

    static JsonObject of(CaseStatus status) {
        return builder(status).build();
    }

    /** For the contact centre, whose provider first. */
    static JsonObject of(LookedUpCase found, Locale locale) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("provider", Json.createObjectBuilder()
                .add("code", found.providerCode()).add("name", found.providerName().in(locale)));
        builder(found.status()).build().forEach(json::add);
        return json.build();
    }

    private static JsonObjectBuilder builder(CaseStatus status) {
        return Json.createObjectBuilder(JsonTree.withNulls(status.own()).asJsonObject())
                .add("appeal", JsonTree.withNulls(status.appeal()))
                .add("court", JsonTree.withNulls(status.court()));
    }
}
