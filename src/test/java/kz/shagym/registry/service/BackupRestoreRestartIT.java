package kz.shagym.registry.service;

import static kz.shagym.testing.Cases.ok;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.shagym.testing.Cases;
import kz.shagym.testing.Http;
import kz.shagym.testing.NeedsPostgreSQL;
import kz.shagym.testing.RestartTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The README's backup and restore, done: a dump of the running database, a case registered
 * after it, the server stopped, the database dropped and made afresh from the dump, the
 * server started on it. The numbering continues from the dump without a hole (the case
 * registered after the dump is what a restore loses) and the audit chain still holds.
 */
@NeedsPostgreSQL
@ExtendWith(ArquillianExtension.class)
class BackupRestoreRestartIT extends RestartTest {


    @Test
    void aRestoredDumpContinuesTheNumberingWithoutAHoleAndKeepsTheAuditChain() throws Exception {
        Path dump = Files.createTempFile("shagym-", ".dump");
        controller.start(CONTAINER);
        deployer.deploy(APP);
        long backedUp;
        try {
            backedUp = Cases.sequence(Cases.providerCase());
            run("pg_dump", "--format=custom", "--file=" + dump, database());
            assertEquals(backedUp + 1, Cases.sequence(Cases.providerCase()), "a case after the dump");
        } finally {
            deployer.undeploy(APP);
            controller.stop(CONTAINER);
        }

        run("dropdb", database());
        run("createdb", "--owner=" + env("SHAGYM_DB_USER", "shagym"), "--encoding=UTF8", database());
        run("pg_restore", "--no-owner", "--exit-on-error", "--dbname=" + database(), dump.toString());

        controller.start(CONTAINER);
        deployer.deploy(APP);
        try {
            assertEquals(backedUp + 1, Cases.sequence(Cases.providerCase()), "the numbering continues from the dump");
            assertTrue(ok(Http.get("/api/audit/chain", "admin"), 200).getBoolean("intact"), "the audit chain holds");
        } finally {
            deployer.undeploy(APP);
            controller.stop(CONTAINER);
            Files.deleteIfExists(dump);
        }
    }

    private static String database() {
        return env("SHAGYM_DB_NAME", "shagym");
    }

    /** One of PostgreSQL's programs against the tests' server, as the tests' database user. */
    private static void run(String program, String... arguments) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(NeedsPostgreSQL.Condition.tools().orElseThrow().resolve(program).toString());
        command.addAll(List.of("--host=" + env("SHAGYM_DB_HOST", "localhost"), "--port=" + env("SHAGYM_DB_PORT", "5432"),
                "--username=" + env("SHAGYM_DB_USER", "shagym"), "--no-password"));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> environment = builder.environment();
        environment.put("PGPASSWORD", env("SHAGYM_DB_PASSWORD", ""));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), String.join(" ", command) + ": " + output);
    }
}
