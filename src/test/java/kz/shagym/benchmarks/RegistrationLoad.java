package kz.shagym.benchmarks;

import jakarta.json.Json;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.testing.Letters;

/**
 * A load generator for registrations: {@code load.clients} API clients (16 by default) each
 * POST /api/complaints in a loop for {@code load.seconds}, after {@code load.warmup} seconds
 * not counted. Prints registrations per second and latency percentiles, then checks every
 * number it got back: no duplicates, and per prefix and year one unbroken run of sequence
 * numbers (nothing else registers meanwhile, so a gap is a burnt number). Exits 1 on any
 * failed request, duplicate or gap.
 *
 * Against a running server (mvn liberty:run; SHAGYM_DB=postgresql for PostgreSQL):
 * mvn -Pbench test-compile exec:exec@load [-Dload.url=http://localhost:9080 -Dload.clients=16 -Dload.seconds=30]
 */
public final class RegistrationLoad {

    private record Registered(String number, long nanos, boolean counted) {
    }

    private final URI endpoint;
    private final String authorization;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String postmark = LocalDate.now(BusinessClock.ZONE).minusDays(1).toString();
    private final List<Registered> registered = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger failures = new AtomicInteger();

    private RegistrationLoad(String url, String user, String password) {
        endpoint = URI.create(url + "/api/complaints");
        authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws InterruptedException {
        int clients = Integer.getInteger("load.clients", 16);
        int warmup = Integer.getInteger("load.warmup", 10);
        int seconds = Integer.getInteger("load.seconds", 30);
        RegistrationLoad load = new RegistrationLoad(System.getProperty("load.url", "http://localhost:9080"),
                System.getProperty("load.user", "registrar"), System.getProperty("load.password", "demo"));
        load.run(clients, warmup, seconds);
        System.exit(load.report(clients, seconds) ? 0 : 1);
    }

    private void run(int clients, int warmupSeconds, int seconds) throws InterruptedException {
        long start = System.nanoTime();
        long measuredFrom = start + Duration.ofSeconds(warmupSeconds).toNanos();
        long end = measuredFrom + Duration.ofSeconds(seconds).toNanos();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        registerOne(measuredFrom);
                    }
                } finally {
                    done.countDown();
                }
            }, "client-" + i).start();
        }
        done.await();
    }

    private void registerOne(long measuredFrom) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(60))
                .header("Authorization", authorization).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Letters.json("900101300017", postmark), StandardCharsets.UTF_8))
                .build();
        long sent = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            long took = System.nanoTime() - sent;
            if (response.statusCode() != 201) {
                fail("HTTP " + response.statusCode() + ": " + response.body());
                return;
            }
            try (JsonReader json = Json.createReader(new StringReader(response.body()))) {
                registered.add(new Registered(json.readObject().getString("number"), took, sent >= measuredFrom));
            }
        } catch (Exception e) {
            fail(e.toString());
        }
    }

    private void fail(String why) {
        if (failures.incrementAndGet() <= 5) {
            System.err.println("failed: " + why);
        }
    }

    private boolean report(int clients, int seconds) {
        List<Registered> all = List.copyOf(registered);
        long[] latencies = all.stream().filter(Registered::counted).mapToLong(Registered::nanos).toArray();
        System.out.printf("clients %d, measured %d s: %d registrations, %.1f per second%n",
                clients, seconds, latencies.length, latencies.length / (double) seconds);
        System.out.println(Latencies.summary(latencies));
        NumberCheck check = NumberCheck.of(all.stream().map(Registered::number).toList());
        System.out.printf("numbers checked: %d, duplicates %d, missing %d, failed requests %d%n",
                all.size(), check.duplicates(), check.missing(), failures.get());
        return check.duplicates() == 0 && check.missing() == 0 && failures.get() == 0 && !all.isEmpty();
    }

    /**
     * Duplicates and holes among numbers in the default pattern "prefix-year-seq": each prefix
     * and year must be one unbroken run.
     */
    record NumberCheck(int duplicates, long missing) {

        static NumberCheck of(List<String> numbers) {
            Map<String, List<Long>> runs = new TreeMap<>();
            for (String number : numbers) {
                int cut = number.lastIndexOf('-');
                runs.computeIfAbsent(number.substring(0, cut), k -> new ArrayList<>()).add(Long.parseLong(number.substring(cut + 1)));
            }
            int duplicates = 0;
            long missing = 0;
            for (List<Long> run : runs.values()) {
                long distinct = run.stream().distinct().count();
                duplicates += (int) (run.size() - distinct);
                long span = Collections.max(run) - Collections.min(run) + 1;
                missing += span - distinct;
            }
            return new NumberCheck(duplicates, missing);
        }
    }
}
