package kz.shagym.testing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;

/**
 * Something outside the JDK that some tests need (Chromium, a directory server, …). On a
 * newcomer's machine a missing one skips those tests with one line saying what to install;
 * with {@code -Dtests.missing=fail} (what {@code .ci/run} passes) it fails them instead, so
 * CI can never pass by skipping.
 */
final class Prerequisite {

    /** What has been announced already: one line per missing part, not one per test class. */
    private static final Set<String> ANNOUNCED = ConcurrentHashMap.newKeySet();

    private Prerequisite() {
    }

    static boolean failWhenMissing() {
        return "fail".equalsIgnoreCase(System.getProperty("tests.missing", "skip"));
    }

    /**
     * Enabled when {@code present}; otherwise disabled with {@code howToInstall} as the reason,
     * or, when missing parts must fail the build, an {@link IllegalStateException}.
     */
    static ConditionEvaluationResult evaluate(String what, String missingBecause, String howToInstall) {
        if (missingBecause == null) {
            return ConditionEvaluationResult.enabled(what + " is available");
        }
        String line = "SKIPPED: tests that need " + what + " (" + missingBecause + "). " + howToInstall;
        if (failWhenMissing()) {
            throw new IllegalStateException(what + " is required (-Dtests.missing=fail) but " + missingBecause
                    + ". " + howToInstall);
        }
        if (ANNOUNCED.add(what)) {
            System.err.println(line);
        }
        return ConditionEvaluationResult.disabled(line);
    }

    /**
     * A test left to one pass of {@code .ci/run} (the one with {@code setting}): enabled in it;
     * where {@code what} is installed but this is another pass, disabled, as that pass runs
     * it; where it is missing, as {@link #evaluate} says.
     */
    static ConditionEvaluationResult inItsPass(boolean thisPass, String setting, boolean installed, String what,
                                               String missingBecause, String howToInstall) {
        if (thisPass) {
            return ConditionEvaluationResult.enabled("this pass runs with " + setting);
        }
        if (installed) {
            return ConditionEvaluationResult.disabled("runs in the pass with " + setting + " (.ci/run's second)");
        }
        return evaluate(what, missingBecause, howToInstall);
    }
}
