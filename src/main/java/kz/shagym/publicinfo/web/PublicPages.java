package kz.shagym.publicinfo.web;

import java.time.Duration;

/** What the public page and the public API say alike. */
final class PublicPages {

    private PublicPages() {
    }

    /** Whole seconds for a Retry-After header, rounded up: never "0" for a wait that is not over. */
    static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
