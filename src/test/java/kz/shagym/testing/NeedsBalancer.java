package kz.shagym.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test of two servers behind HAProxy ({@link Balancer}): skipped where HAProxy is not
 * installed, or failed under {@code -Dtests.missing=fail} (see {@link Prerequisite}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsBalancer.Condition.class)
public @interface NeedsBalancer {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Prerequisite.evaluate("HAProxy", Balancer.executable().isPresent() ? null
                    : "haproxy not found on the PATH nor in /usr/sbin", "Install it with: apt-get install haproxy");
        }
    }
}
