package kz.shagym.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A browser test: it runs where Debian's Chromium and its driver are installed and is skipped,
 * with one line saying what to install, where they are not (see {@link Prerequisite}). Put it
 * before {@code @ExtendWith(ArquillianExtension.class)}: a skipped class deploys nothing.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag("browser")
@ExtendWith(NeedsChromium.Condition.class)
public @interface NeedsChromium {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return Prerequisite.evaluate("Chromium", missing(), "Install it with: apt-get install chromium chromium-driver"
                    + " (or point -Dchromium.binary and -Dchromedriver.binary at them).");
        }

        private static String missing() {
            for (Path binary : new Path[] {Browser.chromium(), Browser.chromedriver()}) {
                if (!Files.isExecutable(binary)) {
                    return binary + " not found";
                }
            }
            return null;
        }
    }
}
