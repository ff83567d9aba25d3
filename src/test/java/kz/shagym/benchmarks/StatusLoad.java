package kz.shagym.benchmarks;

import java.math.BigInteger;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntFunction;

/**
 * The public status under load, measured beside a static file served by the same Liberty in
 * one run (README, "Benchmarks"): {@code load.clients} connections (32) GET, each phase for
 * {@code load.seconds} after {@code load.warmup} seconds, first {@code /robots.txt}, then
 * {@code /api/status} of random cases of the million that {@code seed-1m-public.sql} adds,
 * then the HTML status page of the same, then that page bare (the form, no look-up: what
 * Faces costs before any case is read); prints each phase's throughput, its ratio to the
 * static file's and its latencies. Then the contact centre's look-up by IIN, one request at a
 * time as an operator works (its latency is the server's time, on the same machine).
 * {@code -Dload.phases=api,page,form,lookup} picks what is measured after the static file.
 * mvn -Pbench test-compile exec:exec@status [-Dload.url=http://localhost:9080]
 */
public final class StatusLoad {

    static final int CASES = 1_000_000;

    public static void main(String[] args) throws Exception {
        String url = System.getProperty("load.url", "http://localhost:9080");
        int clients = Integer.getInteger("load.clients", 32);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        String phases = System.getProperty("load.phases", "api,page,form,lookup");
        double file = phase("static file /robots.txt", http, clients, g -> url + "/robots.txt", "Disallow", 0);
        if (phases.contains("api")) {
            phase("GET /api/status", http, clients, g -> url + "/api/status?" + query(g), "\"number\"", file);
        }
        if (phases.contains("page")) {
            phase("status page /status.xhtml", http, clients, g -> url + "/status.xhtml?" + query(g), "caseStatus", file);
        }
        if (phases.contains("form")) {
            phase("bare status page (the form, no look-up)", http, clients, g -> url + "/status.xhtml", "status-form", file);
        }
        if (phases.contains("lookup")) {
            lookups(url, http);
        }
        System.exit(0);
    }

    /** The seeded case g's number and access code, as its confirmation would print them. */
    static String query(int g) {
        return "number=" + URLEncoder.encode("ЖТ-2024-" + String.format("%07d", g), StandardCharsets.UTF_8)
                + "&code=" + code(g);
    }

    static String code(int g) {
        try {
            byte[] md5 = MessageDigest.getInstance("MD5").digest(String.valueOf(g).getBytes(StandardCharsets.US_ASCII));
            String hex = String.format("%032x", new BigInteger(1, md5)).toUpperCase(Locale.ROOT);
            return hex.substring(0, 5) + "-" + hex.substring(5, 10);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One phase: requests per second measured, printed with the ratio to {@code reference} when given. */
    static double phase(String name, HttpClient http, int clients, IntFunction<String> target, String expected,
                        double reference) throws Exception {
        LoadLoop.Result result = LoadLoop.run(clients, i -> () -> {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(
                    target.apply(ThreadLocalRandom.current().nextInt(1, CASES + 1)))).build(), HttpResponse.BodyHandlers.ofString());
            return r.statusCode() == 200 && r.body().contains(expected);
        });
        System.out.printf("%s, %d clients, %d s: %.0f per second%s, %d failed%n", name, clients, result.seconds(),
                result.perSecond(), reference > 0 ? String.format(" (%.2f of the static file's)", result.perSecond() / reference) : "",
                result.failures());
        System.out.println("  " + Latencies.summary(result.latencies()));
        return result.perSecond();
    }

    /** The operator's look-up by IIN, one at a time: 200 callers' IINs of ten cases each. */
    static void lookups(String url, HttpClient http) throws Exception {
        String auth = "Basic " + Base64.getEncoder().encodeToString("operator:demo".getBytes(StandardCharsets.UTF_8));
        long[] nanos = new long[200];
        int failed = 0;
        for (int i = 0; i < nanos.length + 20; i++) {
            String iin = "8" + String.format("%011d", ThreadLocalRandom.current().nextInt(100_000));
            long sent = System.nanoTime();
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url + "/api/lookup?iin=" + iin))
                    .header("Authorization", auth).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200 || !r.body().contains("ЖТ-2024-")) {
                failed++;
            } else if (i >= 20) {
                nanos[i - 20] = System.nanoTime() - sent;
            }
        }
        System.out.printf("contact centre look-up by IIN (10 cases each), one at a time: %d failed%n", failed);
        System.out.println("  " + Latencies.summary(nanos));
    }
}
