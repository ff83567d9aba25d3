package kz.shagym.deadlines.web;

import static kz.shagym.testing.Cases.deadline;
import static kz.shagym.testing.Cases.ok;
import static kz.shagym.testing.Cases.path;
import static kz.shagym.testing.Cases.providerCase;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Optional;
import kz.shagym.testing.AuditDetails;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A calendar change lists the open deadlines it moves; an administrator applies the new date
 * (the case, its timeline and the watch move, one notice) or keeps the old one (nothing
 * changes). The holiday added here is removed again before the test ends.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeadlineReviewIT {


    static Optional<JsonObject> pending(String number) {
        HttpResponse<String> r = Http.get("/api/calendar/deadline-review", "admin");
        assertEquals(200, r.statusCode(), r.body());
        return jakarta.json.Json.createReader(new java.io.StringReader(r.body())).readArray().stream()
                .map(JsonObject.class::cast).filter(o -> o.getString("subject").equals(number)).findFirst();
    }

    static LocalDate deadlineOf(String number) {
        return LocalDate.parse(ok(Http.get(path(number), "head"), 200).getString("deadline"));
    }

    @Test
    void aNewHolidayListsTheDeadlinesItMovesAndOnlyADecisionMovesThem() {
        String moved = providerCase();
        String kept = providerCase();
        LocalDate set = deadline(5);
        LocalDate holiday = deadline(2);
        assertEquals(set, deadlineOf(moved));
        assertTrue(pending(moved).isEmpty(), "nothing to review before the change");
        HttpResponse<String> added = Http.post("/api/calendar/days",
                "{\"date\":\"" + holiday + "\",\"reasonKk\":\"Сынақ мерекесі\"}", "admin", null);
        assertEquals(201, added.statusCode(), added.body());
        try {
            LocalDate later = deadline(5);
            assertTrue(later.isAfter(set), later + " after " + set);
            JsonObject listed = pending(moved).orElseThrow();
            assertEquals(set.toString(), listed.getString("dueDate"));
            assertEquals(later.toString(), listed.getString("recomputed"));
            assertEquals(set, deadlineOf(moved), "listed, not moved");
            long movedId = listed.getJsonNumber("id").longValue();
            long keptId = pending(kept).orElseThrow().getJsonNumber("id").longValue();

            assertEquals(403, Http.post("/api/calendar/deadline-review/" + movedId + "/apply", "{\"reason\":\"x\"}",
                    "head", null).statusCode(), "an administrator's decision");
            HttpResponse<String> noReason = Http.post("/api/calendar/deadline-review/" + movedId + "/apply", "{}",
                    "admin", "en");
            assertEquals(400, noReason.statusCode());
            assertTrue(noReason.body().contains("\"field\":\"reason\""), noReason.body());

            JsonObject applied = ok(Http.post("/api/calendar/deadline-review/" + movedId + "/apply",
                    "{\"reason\":\"Үкімет қаулысы\"}", "admin", null), 200);
            assertEquals(later.toString(), applied.getString("dueDate"));
            JsonObject movedCase = ok(Http.get(path(moved), "head"), 200);
            assertEquals(later.toString(), movedCase.getString("deadline"));
            assertTrue(movedCase.getJsonArray("history").toString().contains("Үкімет қаулысы"), "on the timeline");
            assertEquals(1, AuditDetails.of("action=DEADLINE_MOVED&max=1000").stream()
                    .filter(d -> d.values().get(1).equals(moved)).count(), "moved and announced once");
            assertTrue(pending(moved).isEmpty());
            assertEquals(400, Http.post("/api/calendar/deadline-review/" + movedId + "/apply",
                    "{\"reason\":\"again\"}", "admin", null).statusCode(), "decided once");

            assertEquals(204, Http.post("/api/calendar/deadline-review/" + keptId + "/keep",
                    "{\"reason\":\"Шағымданушыға хабарланған мерзім\"}", "admin", null).statusCode());
            assertEquals(set, deadlineOf(kept), "keeping changes nothing");
            assertTrue(pending(kept).isEmpty(), "and it is not listed again");
            assertTrue(Http.get("/api/audit?action=DEADLINE_KEPT&max=1000", "admin").body().contains(kept));
        } finally {
            assertEquals(204, Http.delete("/api/calendar/days/" + holiday, "admin").statusCode());
        }
        // Without the holiday the moved case is listed again, back towards the first date.
        JsonObject back = pending(moved).orElseThrow();
        assertEquals(set.toString(), back.getString("recomputed"));
        ok(Http.post("/api/calendar/deadline-review/" + back.getJsonNumber("id").longValue() + "/apply",
                "{\"reason\":\"Сынақ мерекесі алынды\"}", "admin", null), 200);
        assertEquals(set, deadlineOf(moved));
        assertFalse(pending(kept).isPresent(), "the kept one agrees with the calendar again");
    }
}
