package kz.shagym.statistics.model;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many answers took how many working days from registration to leaving: enough to give
 * the median and the 90th percentile of any number of months without the cases themselves.
 * Percentiles interpolate between neighbouring values, as PostgreSQL's
 * {@code percentile_cont} does: the median of 1, 2, 3 and 4 days is 2.5.
 */
public final class AnswerDays implements Serializable {

    private static final long serialVersionUID = 1L;

    private final TreeMap<Integer, Integer> counts = new TreeMap<>();

    public void add(int workingDays) {
        add(workingDays, 1);
    }

    public void add(AnswerDays other) {
        other.counts.forEach(this::add);
    }

    private void add(int workingDays, int count) {
        counts.merge(workingDays, count, Integer::sum);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    public Double median() {
        return percentile(0.5);
    }

    public Double percentile90() {
        return percentile(0.9);
    }

    /** The {@code p}-th fraction's value, interpolated; null with no answer. */
    public Double percentile(double p) {
        int n = total();
        if (n == 0) {
            return null;
        }
        double position = p * (n - 1);
        int below = (int) Math.floor(position);
        double lower = valueAt(below);
        double upper = valueAt(Math.min(below + 1, n - 1));
        return lower + (upper - lower) * (position - below);
    }

    /** The value at a 0-based rank in ascending order. */
    private int valueAt(int rank) {
        int seen = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) {
            seen += e.getValue();
            if (rank < seen) {
                return e.getKey();
            }
        }
        throw new IllegalArgumentException("rank " + rank + " of " + seen);
    }

    /** As stored: "days:count" pairs, ascending, separated by spaces. */
    public String encode() {
        return counts.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(" "));
    }

    public static AnswerDays decode(String stored) {
        AnswerDays days = new AnswerDays();
        if (stored != null && !stored.isBlank()) {
            for (String pair : stored.split(" ")) {
                int colon = pair.indexOf(':');
                days.add(Integer.parseInt(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1)));
            }
        }
        return days;
    }
}
