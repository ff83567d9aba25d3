package kz.shagym.benchmarks;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A load generator for a staff page: {@code load.clients} signed-in sessions (form login, one
 * per client) GET {@code load.path} in a loop for {@code load.seconds} after {@code load.warmup}
 * seconds not counted; prints pages per second and latency percentiles. Used for the queues
 * with 100,000 cases (README, "Benchmarks"):
 * mvn -Pbench test-compile exec:exec@page [-Dload.path=/staff/journal.xhtml?queue=INBOX -Dload.user=head]
 */
public final class PageLoad {

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("load.url", "http://localhost:9080");
        String path = System.getProperty("load.path", "/staff/journal.xhtml?queue=INBOX");
        String user = System.getProperty("load.user", "head");
        int clients = Integer.getInteger("load.clients", 4);
        LoadLoop.Result result = LoadLoop.run(clients, i -> {
            HttpClient session = signedIn(url, user, System.getProperty("load.password", "demo"));
            return () -> {
                HttpResponse<String> page = session.send(HttpRequest.newBuilder(URI.create(url + path)).build(),
                        HttpResponse.BodyHandlers.ofString());
                return page.statusCode() == 200 && page.body().contains("ui-datatable");
            };
        });
        System.out.printf("%s as %s, %d clients, measured %d s: %d pages, %.1f per second, %d failed%n", path, user,
                clients, result.seconds(), result.latencies().length, result.perSecond(), result.failures());
        System.out.println(Latencies.summary(result.latencies()));
        System.exit(result.failures() == 0 && result.latencies().length > 0 ? 0 : 1);
    }

    /** A client with its own session, signed in through the container's form login. */
    static HttpClient signedIn(String url, String user, String password) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        client.send(HttpRequest.newBuilder(URI.create(url + "/staff/")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create(url + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        if (!home.body().contains("staffName")) {
            throw new IllegalStateException("sign-in as " + user + " failed: HTTP " + home.statusCode());
        }
        return client;
    }
}
