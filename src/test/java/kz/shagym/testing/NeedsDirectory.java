package kz.shagym.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test of signing in through a directory: it runs when the tests' server signs in through
 * OpenLDAP ({@code SHAGYM_REGISTRY=ldap}, as in the second pass of {@code .ci/run}, which
 * starts {@code src/test/ldap/directory}). Where slapd is not installed it is skipped, or
 * failed under {@code -Dtests.missing=fail} (see {@link Prerequisite}); where it is installed
 * but this pass signs in through the basic registry, it is left to the directory's pass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsDirectory.Condition.class)
public @interface NeedsDirectory {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Prerequisite.inItsPass(signsInThroughDirectory(), "SHAGYM_REGISTRY=ldap",
                    Files.isExecutable(Path.of("/usr/sbin/slapd")), "a directory server", "slapd not found",
                    "Install OpenLDAP with: apt-get install slapd ldap-utils, then run the tests as .ci/run does"
                            + " (src/test/ldap/directory start, SHAGYM_REGISTRY=ldap).");
        }

        /** Whether the tests' server signs in through the directory: it inherits this environment. */
        public static boolean signsInThroughDirectory() {
            return "ldap".equals(System.getenv("SHAGYM_REGISTRY"));
        }
    }
}
