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
import java.util.List;
import java.util.Set;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation of the OpenAPI document, called by every demo user and by nobody, with
 * placeholders for its path's parameters and an empty JSON body: never a 5xx, errors always
 * in JSON, and without signing in exactly the public operations answer anything but 401. An operation
 * born tomorrow is in the document, and so in this matrix.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class RoleMatrixIT {

    static final List<String> USERS = List.of("registrar", "executor", "head", "registrar2", "quality", "operator",
            "admin", "agency-registrar", "agency-officer", "agency-head");
    /** The operations anyone may call without signing in (¶7–¶9, the calendar, the catalogue, the open data): marked @Public. */
    static final Set<String> PUBLIC = Set.of("GET /status", "GET /organisations/reference-phones",
            "GET /open-data/providers", "GET /calendar/deadline", "GET /calendar/non-working-days", "GET /services");


    record Operation(String method, String path) {
        String key() {
            return method + " " + path;
        }

        /** The path with its parameters filled with harmless values that match nothing. */
        String concrete() {
            return path.replace("{number}", "%D0%96%D0%A2-2099-999999").replaceAll("\\{date}", "2099-01-01")
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
        StringBuilder wrong = new StringBuilder();
        for (Operation op : operations()) {
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
                if (r.statusCode() >= 400 && !r.headers().firstValue("Content-Type").orElse("").contains("json")) {
                    wrong.append(op.key()).append(" by ").append(who).append(": a ").append(r.statusCode())
                            .append(" not in JSON\n");
                }
            }
        }
        assertEquals("", wrong.toString());
    }
}
