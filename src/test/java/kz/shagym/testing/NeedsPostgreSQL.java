package kz.shagym.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A test of what only PostgreSQL does (a dump and its restore): it runs when the tests'
 * server is on PostgreSQL ({@code SHAGYM_DB=postgresql}, as in the second pass of
 * {@code .ci/run}). Where PostgreSQL is not installed it is skipped, or failed under
 * {@code -Dtests.missing=fail} (see {@link Prerequisite}); where it is installed but this pass
 * runs on Derby, it is left to the PostgreSQL pass.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsPostgreSQL.Condition.class)
public @interface NeedsPostgreSQL {

    final class Condition implements ExecutionCondition {

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            boolean installed = tools().isPresent();
            return Prerequisite.inItsPass(installed && onPostgreSQL(), "SHAGYM_DB=postgresql", installed, "PostgreSQL",
                    "pg_dump not found in /usr/lib/postgresql/*/bin",
                    "Install it with: apt-get install postgresql, then run the tests as .ci/run does (SHAGYM_DB=postgresql).");
        }

        static boolean onPostgreSQL() {
            return "postgresql".equals(System.getenv("SHAGYM_DB"));
        }

        /** The newest PostgreSQL's programs (pg_dump, pg_restore, dropdb, createdb), as Debian installs them. */
        public static Optional<Path> tools() {
            Path versions = Path.of("/usr/lib/postgresql");
            if (!Files.isDirectory(versions)) {
                return Optional.empty();
            }
            try (Stream<Path> installed = Files.list(versions)) {
                return installed.map(v -> v.resolve("bin")).filter(bin -> Files.isExecutable(bin.resolve("pg_dump")))
                        .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                                .replaceAll("\\D", "0"))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
