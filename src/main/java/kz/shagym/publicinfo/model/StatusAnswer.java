package kz.shagym.publicinfo.model;

import java.time.Duration;

/** What a citizen's status look-up answers: the status, the same "not found" for any miss, or "try later". */
public sealed interface StatusAnswer {

    record Found(CaseStatus status) implements StatusAnswer {
    }

    /** A wrong number and a wrong code alike: nothing tells which, or that the number exists. */
    record NotFound() implements StatusAnswer {
    }

    /** Too many failed look-ups from this address: refused for {@code retryAfter}. */
    record TryLater(Duration retryAfter) implements StatusAnswer {
    }
}
