package kz.shagym.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** A small HTTP client for the API tests: Basic credentials and Accept-Language per call. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {
    }

    /** The JSON object a response carries. */
    public static jakarta.json.JsonObject json(HttpResponse<String> response) {
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readObject();
    }

    public static HttpResponse<String> get(String path, String user, String password, String language) {
        return send(request(path, user, password, language).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A value as it goes into a query string or a path segment: "ЖТ-2026-000001" percent-encoded. */
    public static String enc(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A GET without signing in, with one header set (Accept, say) over the defaults. */
    public static HttpResponse<String> getWithHeader(String path, String header, String value) {
        return send(request(path, null, null, null).setHeader(header, value).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> get(String path, String user) {
        return get(path, user, "demo", null);
    }

    /** A GET whose answer is binary, such as a PDF. */
    public static HttpResponse<byte[]> getBytes(String path, String user) {
        return send(request(path, user, "demo", null).setHeader("Accept", "*/*").build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * Forgets the failed status look-ups of every address (test-only LookupDrill): a test that
     * counts its own failures, or needs none, calls it first, since the test classes before it
     * share the deployment and this address.
     */
    public static void forgetFailedLookups() {
        HttpResponse<String> forgotten = delete("/api/test-drill/failed-lookups", null);
        if (forgotten.statusCode() != 204) {
            throw new IllegalStateException("the look-up drill answered " + forgotten.statusCode());
        }
    }

    /** A DELETE as a demo user (password "demo"). */
    public static HttpResponse<String> delete(String path, String user) {
        return send(request(path, user, "demo", null).DELETE().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> post(String path, String body) {
        return post(path, body, null, null);
    }

    /** A JSON POST as a demo user (password "demo"), in a language. */
    public static HttpResponse<String> post(String path, String body, String user, String language) {
        return send(request(path, user, "demo", language).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** A JSON POST as a demo user with one more header, such as If-Match. */
    public static HttpResponse<String> post(String path, String body, String user, String header, String value) {
        return send(request(path, user, "demo", null).header("Content-Type", "application/json").header(header, value)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The roles the server gives a demo user, as /api/me says them. */
    public static java.util.Set<kz.shagym.kernel.model.Role> rolesOf(String user) {
        return json(get("/api/me", user)).getJsonArray("roles").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(role -> kz.shagym.kernel.model.Role.valueOf(role.getString()))
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Any request as a demo user (password "demo"), in English, with a body of any type (null for none). */
    public static HttpResponse<String> send(String method, String path, String user, String contentType, String body) {
        HttpRequest.Builder request = request(path, user, "demo", "en");
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path, String user, String password, String language) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json, text/plain;q=0.5");
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request;
    }

    private static <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> body) {
        try {
            return CLIENT.send(request, body);
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
