package kz.shagym.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import kz.shagym.testing.ScreenSession;

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
            HttpClient session = ScreenSession.signedIn(url, user, System.getProperty("load.password", "demo"));
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
}
