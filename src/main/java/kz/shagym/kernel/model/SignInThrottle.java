package kz.shagym.kernel.model;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How soon a sign-in may be tried again after wrong passwords. Each source of tries is
 * counted on its own: one account from one address, and one address over all accounts (an
 * office behind one address has many clerks, so it may fail more). The first failures are
 * free; after them each one doubles the wait, up to {@link #LONGEST_WAIT}. Nobody is locked
 * out for good, and guessing from elsewhere never locks a person out of their own desk:
 * their own address's count is theirs. Kept in the server's memory, for one server.
 */
public final class SignInThrottle {

    public static final int FREE_ACCOUNT_FAILURES = 5;
    public static final int FREE_ADDRESS_FAILURES = 100;
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    /** A source quiet for this long starts again from nothing. */
    static final Duration FORGOTTEN_AFTER = Duration.ofHours(1);
    /** Past this many sources, the quiet ones are forgotten first: guessing cannot fill the memory. */
    static final int MOST_SOURCES = 100_000;

    private record Failures(int count, Instant last) {
        boolean forgottenBy(Instant now) {
            return last.plus(FORGOTTEN_AFTER).isBefore(now);
        }
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    /** How long {@code login} from {@code address} must still wait; empty when it may try now. */
    public Optional<Duration> waitFor(String login, String address, Instant now) {
        Duration account = wait(accountKey(login, address), FREE_ACCOUNT_FAILURES, now);
        Duration fromAddress = wait(addressKey(address), FREE_ADDRESS_FAILURES, now);
        Duration longer = account.compareTo(fromAddress) >= 0 ? account : fromAddress;
        return longer.isZero() ? Optional.empty() : Optional.of(longer);
    }

    public void failed(String login, String address, Instant now) {
        if (failures.size() >= MOST_SOURCES) {
            failures.values().removeIf(f -> f.forgottenBy(now));
        }
        for (String key : new String[] {accountKey(login, address), addressKey(address)}) {
            failures.merge(key, new Failures(1, now), (before, one) -> before.forgottenBy(now)
                    ? one : new Failures(before.count() + 1, now));
        }
    }

    /** The right password: this account from this address starts again from nothing. */
    public void succeeded(String login, String address) {
        failures.remove(accountKey(login, address));
    }

    private Duration wait(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count() < free || f.forgottenBy(now)) {
            return Duration.ZERO;
        }
        int doublings = Math.min(f.count() - free, 20);
        Duration wait = Duration.ofSeconds(1L << doublings);
        Duration left = (wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait).minus(Duration.between(f.last(), now));
        return left.isNegative() ? Duration.ZERO : left;
    }

    private static String accountKey(String login, String address) {
        return "account " + (login == null ? "" : login.strip().toLowerCase(Locale.ROOT)) + " " + address;
    }

    private static String addressKey(String address) {
        return "address " + address;
    }
}
