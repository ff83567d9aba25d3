package kz.shagym.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;
import kz.shagym.testing.ScreenSession;

/**
 * The quality figures with the million cases of {@code seed-1m-statistics.sql} (README,
 * "Benchmarks"), one request at a time as a reader works, so each latency is the server's
 * time on this machine: first the look that builds every month after the seed (timed once),
 * then a year's dashboard of all 500 providers over the API and as the signed-in page, a
 * provider's year by month, a provider's drill-down to its answered cases, the same year's
 * dashboard for 2024 and 2025 (the cost of a year must not grow with the years kept), and
 * the public open data.
 * mvn -Pbench test-compile exec:exec@statistics [-Dload.url=http://localhost:9080]
 */
public final class StatisticsLoad {

    static final int SAMPLES = Integer.getInteger("stats.samples", 40);
    static final int PROVIDERS = 498;

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("load.url", "http://localhost:9080");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String quality = "Basic " + Base64.getEncoder().encodeToString("quality:demo".getBytes(StandardCharsets.UTF_8));
        long built = System.nanoTime();
        HttpResponse<String> first = get(http, url + "/api/statistics?from=2025-01&to=2025-12", quality);
        System.out.printf("first look (catches up; after the seed, builds every month): %d ms, status %d%n",
                (System.nanoTime() - built) / 1_000_000, first.statusCode());

        measure("year 2025, all providers ranked, GET /api/statistics", http, quality,
                i -> url + "/api/statistics?from=2025-01&to=2025-12&groupBy=provider", "\"rows\"");
        measure("year 2024, all providers ranked, GET /api/statistics", http, quality,
                i -> url + "/api/statistics?from=2024-01&to=2024-12&groupBy=provider", "\"rows\"");
        measure("one month (2025-06), all providers", http, quality,
                i -> url + "/api/statistics?from=2025-06&to=2025-06&groupBy=provider", "\"rows\"");
        measure("a provider's year by month", http, quality,
                i -> url + "/api/statistics?from=2025-01&to=2025-12&groupBy=month&provider=" + provider(), "\"rows\"");
        measure("a provider's drill-down: its year's answered cases", http, quality,
                i -> url + "/api/statistics/cases?from=2025-01&to=2025-12&figure=answered&provider=" + provider(),
                "\"cases\"");
        measure("open data, year 2025, CSV", http, null,
                i -> url + "/api/open-data/providers?year=2025&format=csv", "provider,name_kk");
        HttpClient signedIn = ScreenSession.signedIn(url, "quality", "demo");
        measure("dashboard page, year 2025, all providers", signedIn, null,
                i -> url + "/staff/statistics.xhtml?from=2025-01&to=2025-12", "figures:table");
        System.exit(0);
    }

    static String provider() {
        return "P" + String.format("%04d", ThreadLocalRandom.current().nextInt(1, PROVIDERS + 1));
    }

    static HttpResponse<String> get(HttpClient http, String target, String auth) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target));
        if (auth != null) {
            request.header("Authorization", auth);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** {@link #SAMPLES} requests one after another, after five to warm up; latencies printed. */
    static void measure(String name, HttpClient http, String auth, IntFunction<String> target, String expected)
            throws Exception {
        long[] nanos = new long[SAMPLES];
        int failed = 0;
        int bytes = 0;
        for (int i = 0; i < SAMPLES + 5; i++) {
            long sent = System.nanoTime();
            HttpResponse<String> r = get(http, target.apply(i), auth);
            long took = System.nanoTime() - sent;
            if (r.statusCode() != 200 || !r.body().contains(expected)) {
                failed++;
            } else if (i >= 5) {
                nanos[i - 5] = took;
                bytes = r.body().length();
            }
        }
        System.out.printf("%s: %d failed, %,d characters%n  %s%n", name, failed, bytes, Latencies.summary(nanos));
    }
}
