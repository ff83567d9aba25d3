package kz.shagym.registry.service;

import java.time.Duration;
import kz.shagym.testing.Http;
import kz.shagym.testing.Registrars;
import kz.shagym.testing.RestartTest;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A crash under load: eight registrars register as fast as the server answers, the server's
 * JVM is killed (SIGKILL, as a power cut would stop it), and started again. Every
 * registration it acknowledged is there after the restart, and the numbers have no hole: the
 * next registration follows the last one committed.
 */
@ExtendWith(ArquillianExtension.class)
class CrashRestartIT extends RestartTest {

    static final int REGISTRARS = 8;

    @Test
    void nothingAcknowledgedIsLostToAKilledServerAndTheNumbersHaveNoHole() throws Exception {
        controller.start(CONTAINER);
        deployer.deploy(APP);
        Registrars registrars = Registrars.start(REGISTRARS);
        waitUntil(() -> registrars.acknowledged() >= 100, Duration.ofSeconds(60), "100 registrations");
        kill(System.getProperty("liberty.server"));
        registrars.stop();

        try {
            controller.stop(CONTAINER);
        } catch (Exception alreadyGone) {
            // Arquillian cannot reach a killed server to stop it; it only needs to know it is down
        }
        // As after a power cut: the server starts the application it had, from its configuration.
        controller.start(CONTAINER);
        try {
            waitUntil(CrashRestartIT::ready, Duration.ofSeconds(120), "ready after the restart");
            long committed = registrars.noNumberLostOrRepeated();
            System.out.println("CrashRestartIT: " + registrars.acknowledged() + " registrations acknowledged, "
                    + committed + " committed before the kill, all there after the restart");
        } finally {
            deployer.undeploy(APP);
            controller.stop(CONTAINER);
        }
    }

    static boolean ready() {
        try {
            return Http.get("/health/ready", null).statusCode() == 200;
        } catch (RuntimeException stillStarting) {
            return false;
        }
    }
}
