package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignInThrottleTest {

    private static final Instant T = Instant.parse("2026-11-26T09:00:00Z");
    private final SignInThrottle throttle = new SignInThrottle();

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, address, T);
        }
    }

    @Test
    void theFirstWrongPasswordsCostNothingThenEachDoublesTheWait() {
        fail("registrar", "10.0.0.7", SignInThrottle.FREE_ACCOUNT_FAILURES - 1);
        assertEquals(Optional.empty(), throttle.waitFor("registrar", "10.0.0.7", T));
        fail("registrar", "10.0.0.7", 1);
        assertEquals(Optional.of(Duration.ofSeconds(1)), throttle.waitFor("registrar", "10.0.0.7", T));
        fail("registrar", "10.0.0.7", 3);
        assertEquals(Optional.of(Duration.ofSeconds(8)), throttle.waitFor("registrar", "10.0.0.7", T));
        assertEquals(Optional.of(Duration.ofSeconds(3)), throttle.waitFor("REGISTRAR", "10.0.0.7", T.plusSeconds(5)),
                "the login as typed in any case");
        assertEquals(Optional.empty(), throttle.waitFor("registrar", "10.0.0.7", T.plusSeconds(8)));
    }

    @Test
    void theWaitNeverPassesFifteenMinutesAndAQuietHourForgetsAll() {
        fail("head", "10.0.0.8", 35);
        assertEquals(Optional.of(SignInThrottle.LONGEST_WAIT), throttle.waitFor("head", "10.0.0.8", T));
        assertEquals(Optional.empty(), throttle.waitFor("head", "10.0.0.8", T.plus(SignInThrottle.LONGEST_WAIT)));
        throttle.failed("head", "10.0.0.8", T.plus(Duration.ofHours(2)));
        assertEquals(Optional.empty(), throttle.waitFor("head", "10.0.0.8", T.plus(Duration.ofHours(2))),
                "counted from one again");
    }

    @Test
    void guessingFromElsewhereNeverKeepsThePersonFromTheirOwnDesk() {
        fail("head", "203.0.113.9", 40);
        assertTrue(throttle.waitFor("head", "203.0.113.9", T).isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("head", "10.0.0.8", T));
    }

    @Test
    void oneAddressGuessingManyAccountsIsSlowedToo() {
        for (int i = 0; i < SignInThrottle.FREE_ADDRESS_FAILURES; i++) {
            throttle.failed("user" + i, "203.0.113.9", T);
        }
        assertTrue(throttle.waitFor("somebody-else", "203.0.113.9", T).isPresent());
        assertEquals(Optional.empty(), throttle.waitFor("somebody-else", "10.0.0.9", T));
    }

    @Test
    void theRightPasswordStartsTheAccountAgain() {
        fail("executor", "10.0.0.7", 7);
        throttle.succeeded("executor", "10.0.0.7");
        assertEquals(Optional.empty(), throttle.waitFor("executor", "10.0.0.7", T));
    }
}
