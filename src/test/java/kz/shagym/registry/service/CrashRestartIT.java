package kz.shagym.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.RestartTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A crash under load: eight registrars register as fast as the server answers, the server's
 * JVM is killed (SIGKILL, as a power cut would stop it), and started again. Every
 * registration it acknowledged is there after the restart, and the numbers have no hole: the
 * next registration follows the last one committed.
 */
@ExtendWith(ArquillianExtension.class)
class CrashRestartIT extends RestartTest {

    static final int REGISTRARS = 8;

    @Test
    void nothingAcknowledgedIsLostToAKilledServerAndTheNumbersHaveNoHole() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(APP);
        String firstNumber = Cases.providerCase();
        long first = Cases.sequence(firstNumber);
        String head = firstNumber.substring(0, firstNumber.lastIndexOf('-') + 1);
        int digits = firstNumber.length() - head.length();

        Set<Long> acknowledged = new ConcurrentSkipListSet<>();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService registrars = Executors.newFixedThreadPool(REGISTRARS);
        for (int i = 0; i < REGISTRARS; i++) {
            registrars.submit(() -> {
                while (running.get()) {
                    try {
                        HttpResponse<String> r = Http.post("/api/complaints", Letters.json("900101300017", Cases.TODAY),
                                "registrar", null);
                        if (r.statusCode() == 201) {
                            acknowledged.add(Cases.sequence(Http.json(r).getString("number")));
                        }
                    } catch (RuntimeException connectionLost) {
                        // the server is gone: what it acknowledged before is what counts
                    }
                }
            });
        }
        waitUntil(() -> acknowledged.size() >= 100, Duration.ofSeconds(60), "100 registrations");
        kill(System.getProperty("liberty.server"));
        running.set(false);
        registrars.shutdown();
        assertTrue(registrars.awaitTermination(90, TimeUnit.SECONDS));

        try {
            controller.stop(CONTAINER);
        } catch (Exception alreadyGone) {
            // Arquillian cannot reach a killed server to stop it; it only needs to know it is down
        }
        // As after a power cut: the server starts the application it had, from its configuration.
        controller.start(CONTAINER);
        try {
            waitUntil(CrashRestartIT::ready, Duration.ofSeconds(120), "ready after the restart");
            long next = Cases.sequence(Cases.providerCase());
            long last = acknowledged.stream().mapToLong(Long::longValue).max().orElseThrow();
            assertTrue(next > last, "the next number follows every acknowledged one: " + next + " after " + last);
            List<Long> missing = new ArrayList<>();
            for (long sequence = first; sequence < next; sequence++) {
                String number = head + String.format("%0" + digits + "d", sequence);
                if (Http.get(Cases.path(number), "registrar").statusCode() != 200) {
                    missing.add(sequence);
                }
            }
            assertEquals(List.of(), missing, acknowledged.size() + " acknowledged of " + (next - first - 1)
                    + " numbers before the restart; none may be missing");
            System.out.println("CrashRestartIT: " + acknowledged.size() + " registrations acknowledged, "
                    + (next - first - 1) + " committed before the kill, all there after the restart");
        } finally {
            deployer.undeploy(APP);
            controller.stop(CONTAINER);
        }
    }

    static boolean ready() {
        try {
            return Http.get("/health/ready", null).statusCode() == 200;
        } catch (RuntimeException stillStarting) {
            return false;
        }
    }
}
