package kz.shagym.benchmarks;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The loop the HTTP load generators share: {@code clients} threads send requests back to back
 * for {@code load.seconds} after {@code load.warmup} seconds not counted, each request timed.
 */
final class LoadLoop {

    /** One request of one client: whether it got the answer expected. */
    interface Request {
        boolean send() throws Exception;
    }

    /** One client's requests, made once per client (a client may sign in first). */
    interface Client {
        Request connect(int index) throws Exception;
    }

    record Result(long[] latencies, int failures, int seconds) {

        double perSecond() {
            return latencies.length / (double) seconds;
        }
    }

    private LoadLoop() {
    }

    static Result run(int clients, Client client) throws Exception {
        int seconds = Integer.getInteger("load.seconds", 30);
        List<Request> requests = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            requests.add(client.connect(i));
        }
        long warmupEnd = System.nanoTime() + Duration.ofSeconds(Integer.getInteger("load.warmup", 10)).toNanos();
        long end = warmupEnd + Duration.ofSeconds(seconds).toNanos();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(clients);
        for (int i = 0; i < clients; i++) {
            Request request = requests.get(i);
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        if (!request.send()) {
                            failures.incrementAndGet();
                        } else if (sent >= warmupEnd) {
                            latencies.add(System.nanoTime() - sent);
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "client-" + i).start();
        }
        done.await();
        return new Result(latencies.stream().mapToLong(Long::longValue).toArray(), failures.get(), seconds);
    }
}
