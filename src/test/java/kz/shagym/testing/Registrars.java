package kz.shagym.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Registrars registering complaints over the API as fast as the server answers, for the tests
 * that kill a server under load, and the check that follows: every number drawn is a
 * registration, whether or not its registrar heard back.
 */
public final class Registrars {

    private final String firstNumber;
    private final Queue<Long> acknowledged = new ConcurrentLinkedQueue<>();
    private final Queue<Long> acknowledgedAfterTheLoss = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean lost = new AtomicBoolean();
    private final AtomicBoolean registering = new AtomicBoolean(true);
    private final ExecutorService pool;

    private Registrars(int count) {
        firstNumber = Cases.providerCase();
        pool = Executors.newFixedThreadPool(count);
        for (int i = 0; i < count; i++) {
            pool.submit(this::register);
        }
    }

    /** {@code count} registrars at work, after one registration that marks where they start. */
    public static Registrars start(int count) {
        return new Registrars(count);
    }

    private void register() {
        while (registering.get()) {
            try {
                HttpResponse<String> r = Http.post("/api/complaints", Letters.json("900101300017", Cases.TODAY),
                        "registrar", null);
                if (r.statusCode() == 201) {
                    long number = Cases.sequence(Http.json(r).getString("number"));
                    acknowledged.add(number);
                    if (lost.get()) {
                        acknowledgedAfterTheLoss.add(number);
                    }
                }
            } catch (RuntimeException connectionLost) {
                // not acknowledged: it may or may not have been registered, and either is allowed
            }
        }
    }

    public int acknowledged() {
        return acknowledged.size();
    }

    /** From now on acknowledgements count as the ones after a server was lost. */
    public void serverLost() {
        lost.set(true);
    }

    public int acknowledgedAfterTheLoss() {
        return acknowledgedAfterTheLoss.size();
    }

    public void stop() throws InterruptedException {
        registering.set(false);
        pool.shutdown();
        assertTrue(pool.awaitTermination(90, TimeUnit.SECONDS), "the registrars stopped");
    }

    /**
     * Registers once more and checks every number from the first to that one: no number was
     * acknowledged twice, none was drawn without its registration (a hole), and the next one
     * follows them all. Returns how many were committed before the check.
     */
    public long noNumberLostOrRepeated() {
        assertEquals(acknowledged.size(), acknowledged.stream().distinct().count(), "no number acknowledged twice");
        long first = Cases.sequence(firstNumber);
        long next = Cases.sequence(Cases.providerCase());
        long last = acknowledged.stream().mapToLong(Long::longValue).max().orElseThrow();
        assertTrue(next > last, "the next number follows every acknowledged one: " + next + " after " + last);
        String head = firstNumber.substring(0, firstNumber.lastIndexOf('-') + 1);
        int digits = firstNumber.length() - head.length();
        List<Long> missing = new ArrayList<>();
        for (long sequence = first; sequence < next; sequence++) {
            if (Http.get(Cases.path(head + String.format("%0" + digits + "d", sequence)), "registrar").statusCode() != 200) {
                missing.add(sequence);
            }
        }
        assertEquals(List.of(), missing, acknowledged.size() + " acknowledged of " + (next - first - 1)
                + " numbers drawn; none may be missing");
        return next - first - 1;
    }
}
