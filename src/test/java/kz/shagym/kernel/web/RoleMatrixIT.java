package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import kz.shagym.kernel.model.Role;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document, called by every demo user and by nobody, about a
 * case registered at the demo provider (other path parameters get placeholders) with an empty
 * JSON body: never a 5xx, errors always in JSON; without signing in exactly the public
 * operations answer anything but 401; a caller none of whose roles {@link #ALLOWED} names for
 * the operation gets 403 before anything is read or checked, and one whose role it names is
 * never told 401, nor 403 at the case's own office. An operation born tomorrow is in the
 * document, and so must be in the table.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    static final List<String> USERS = List.of("registrar", "executor", "head", "registrar2", "quality", "operator",
            "admin", "agency-registrar", "agency-officer", "agency-head");
    /** The operations anyone may call without signing in (¶7–¶9, the calendar, the catalogue, the open data): marked @Public. */
    static final Set<String> PUBLIC = Set.of("GET /status", "GET /organisations/reference-phones",
            "GET /open-data/providers", "GET /calendar/deadline", "GET /calendar/non-working-days", "GET /services");


    static final Set<Role> STAFF = EnumSet.of(Role.REGISTRAR, Role.HEAD, Role.EXECUTOR, Role.QUALITY_OFFICER);
    static final Set<Role> OFFICE = EnumSet.of(Role.REGISTRAR, Role.HEAD, Role.EXECUTOR);

    /** Who may call each operation that is not public, by role: the one table of the API's permissions. */
    static final Map<String, Set<Role>> ALLOWED = Map.ofEntries(
            Map.entry("GET /me", EnumSet.allOf(Role.class)),
            Map.entry("GET /server", EnumSet.of(Role.ADMIN)),
            Map.entry("GET /audit", EnumSet.of(Role.ADMIN)),
            Map.entry("GET /audit/chain", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /calendar/days", EnumSet.of(Role.ADMIN)),
            Map.entry("DELETE /calendar/days/{date}", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /calendar/rules", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /calendar/rules/{code}/end", EnumSet.of(Role.ADMIN)),
            Map.entry("GET /calendar/deadline-review", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /calendar/deadline-review/{id}/apply", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /calendar/deadline-review/{id}/keep", EnumSet.of(Role.ADMIN)),
            Map.entry("POST /complaints", EnumSet.of(Role.REGISTRAR)),
            Map.entry("GET /complaints/{number}", STAFF),
            Map.entry("GET /complaints/{number}/receipt.pdf", OFFICE),
            Map.entry("GET /complaints/{number}/answer.pdf", STAFF),
            Map.entry("POST /complaints/{number}/assignment", EnumSet.of(Role.HEAD)),
            Map.entry("POST /complaints/{number}/answer", EnumSet.of(Role.EXECUTOR)),
            Map.entry("POST /complaints/{number}/answer/draft", EnumSet.of(Role.EXECUTOR)),
            Map.entry("POST /complaints/{number}/approval", EnumSet.of(Role.HEAD)),
            Map.entry("POST /complaints/{number}/return", EnumSet.of(Role.HEAD)),
            Map.entry("POST /complaints/{number}/dispatch", EnumSet.of(Role.REGISTRAR)),
            Map.entry("POST /complaints/{number}/withdrawal", EnumSet.of(Role.REGISTRAR)),
            Map.entry("POST /complaints/{number}/forwarding", EnumSet.of(Role.REGISTRAR)),
            Map.entry("POST /complaints/{number}/compliance", OFFICE),
            Map.entry("POST /complaints/{number}/court", OFFICE),
            Map.entry("POST /complaints/{number}/court/judgment", OFFICE),
            Map.entry("GET /appeals/forwarded", EnumSet.of(Role.REGISTRAR, Role.HEAD, Role.QUALITY_OFFICER)),
            Map.entry("POST /appeals/forwarded", EnumSet.of(Role.REGISTRAR)),
            Map.entry("GET /appeals/instructions", STAFF),
            Map.entry("GET /lookup", EnumSet.of(Role.CONTACT_CENTRE, Role.QUALITY_OFFICER)),
            Map.entry("GET /statistics", EnumSet.of(Role.HEAD, Role.QUALITY_OFFICER)),
            Map.entry("GET /statistics/cases", EnumSet.of(Role.HEAD, Role.QUALITY_OFFICER)));

    /** The demo provider's staff, whose office the case of the matrix is at. */
    static final Set<String> CASE_OFFICE = Set.of("registrar", "executor", "head");

    static String caseNumber;

    @BeforeAll
    static void aCaseAtTheDemoProvider() {
        caseNumber = Cases.providerCase();
    }

    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        /** The path with the matrix's case, other parameters filled with harmless values that match nothing. */
        String concrete() {
            return path.replace("{number}", Http.enc(caseNumber)).replaceAll("\\{date}", "2099-01-01")
                    .replaceAll("\\{code}", "NOPE").replaceAll("\\{[^}]+}", "1");
        }
    }

    static List<Operation> operations() {
        HttpResponse<String> doc = Http.get("/openapi?format=JSON", null, null, null);
        assertEquals(200, doc.statusCode());
        JsonObject paths = Http.json(doc).getJsonObject("paths");
        List<Operation> all = new ArrayList<>();
        paths.forEach((path, item) -> item.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> all.add(new Operation(m.toUpperCase(), path.replaceFirst("^/api", "")))));
        assertTrue(all.size() >= 30, "the document lists the API: " + all.size());
        return all;
    }

    static HttpResponse<String> call(HttpClient client, Operation op, String user) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api" + op.concrete()))
                .timeout(Duration.ofSeconds(30)).header("Accept-Language", "en");
        if (user != null) {
            r.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        boolean body = op.method().equals("POST") || op.method().equals("PUT") || op.method().equals("PATCH");
        r.method(op.method(), body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
        if (body) {
            r.header("Content-Type", "application/json");
        }
        return client.send(r.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyOperationByEveryCallerAnswersWithoutAServerErrorAndNobodyGetsOnlyWhatIsPublic() throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Map<String, Set<Role>> roles = new java.util.HashMap<>();
        for (String user : USERS) {
            roles.put(user, Http.rolesOf(user));
        }
        StringBuilder wrong = new StringBuilder();
        List<Operation> operations = operations();
        Set<String> documented = new java.util.HashSet<>();
        for (Operation op : operations) {
            documented.add(op.key());
            if (!PUBLIC.contains(op.key()) && !ALLOWED.containsKey(op.key())) {
                wrong.append(op.key()).append(": not in the table of who may call it\n");
                continue;
            }
            List<String> callers = new ArrayList<>(USERS);
            callers.add(null);
            for (String user : callers) {
                HttpResponse<String> r = call(client, op, user);
                String who = user == null ? "nobody" : user;
                if (r.statusCode() >= 500) {
                    wrong.append(op.key()).append(" by ").append(who).append(": ").append(r.statusCode()).append(' ')
                            .append(r.body(), 0, Math.min(200, r.body().length())).append('\n');
                }
                if (user == null && PUBLIC.contains(op.key()) == (r.statusCode() == 401)) {
                    wrong.append(op.key()).append(" without signing in: ").append(r.statusCode()).append('\n');
                }
                if (user != null && !PUBLIC.contains(op.key())) {
                    boolean allowed = roles.get(user).stream().anyMatch(ALLOWED.get(op.key())::contains);
                    boolean refused = r.statusCode() == 401 || r.statusCode() == 403;
                    if (!allowed && r.statusCode() != 403) {
                        wrong.append(op.key()).append(" by ").append(who).append(", whose role may not: ")
                                .append(r.statusCode()).append(" instead of 403\n");
                    }
                    if (allowed && refused && (r.statusCode() == 401 || CASE_OFFICE.contains(user) || !op.path().contains("{number}"))) {
                        wrong.append(op.key()).append(" by ").append(who).append(", whose role may: refused ")
                                .append(r.statusCode()).append(' ').append(r.body(), 0, Math.min(160, r.body().length()))
                                .append('\n');
                    }
                }
                if (r.statusCode() >= 400 && !r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                    wrong.append(op.key()).append(" by ").append(who).append(": a ").append(r.statusCode())
                            .append(" not in JSON\n");
                }
            }
        }
        ALLOWED.keySet().stream().filter(op -> !documented.contains(op))
                .forEach(op -> wrong.append(op).append(": in the table, not in the API\n"));
        assertEquals("", wrong.toString());
    }
}
