package kz.shagym.benchmarks;

import java.util.Arrays;

/** The latency line the load generators print: percentiles of what they measured, in milliseconds. */
final class Latencies {

    private Latencies() {
    }

    static String summary(long[] nanos) {
        if (nanos.length == 0) {
            return "no requests measured";
        }
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("latency ms: p50 %.1f, p95 %.1f, p99 %.1f, max %.1f", percentile(sorted, 50),
                percentile(sorted, 95), percentile(sorted, 99), sorted[sorted.length - 1] / 1e6);
    }

    private static double percentile(long[] sorted, int p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
