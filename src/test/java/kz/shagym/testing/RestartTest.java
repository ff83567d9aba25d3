package kz.shagym.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.ContainerController;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * A test that starts, stops or kills the tests' server itself and deploys the application
 * itself: a {@code *RestartIT}, run in the second Failsafe execution with
 * {@code arquillian-restart.xml}, after every other integration test.
 */
public abstract class RestartTest {

    protected static final String CONTAINER = "liberty-manual";
    protected static final String APP = "shagym";

    @ArquillianResource
    protected ContainerController controller;

    @ArquillianResource
    protected Deployer deployer;

    /** The application with the deadline drill, which only a test may call. */
    @Deployment(name = APP, managed = false, testable = false)
    @TargetsContainer(CONTAINER)
    public static WebArchive deployment() {
        return Deployments.shagym(DeadlineDrill.class);
    }

    /** An environment variable the tests' server is configured by (SHAGYM_DB …), or {@code otherwise}. */
    protected static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    /** The JVM of the tests' Liberty server {@code server} (shagym-it, shagym-cluster-a …). */
    protected static ProcessHandle serverProcess(String server) {
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains("ws-server.jar")).orElse(false)
                        && p.info().arguments().map(a -> java.util.Arrays.asList(a).contains(server)).orElse(false))
                .findFirst().orElseThrow(() -> new AssertionError("no process runs the server " + server));
    }

    /** Kills {@code server}'s JVM as a power cut would (SIGKILL) and waits until it is gone. */
    protected static void kill(String server) throws Exception {
        ProcessHandle process = serverProcess(server);
        process.destroyForcibly();
        process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
    }

    /** Waits until {@code done}, failing the test after {@code atMost}. */
    protected static void waitUntil(BooleanSupplier done, Duration atMost, String what) throws InterruptedException {
        long until = System.nanoTime() + atMost.toNanos();
        while (!done.getAsBoolean()) {
            assertTrue(System.nanoTime() < until, what + " within " + atMost.toSeconds() + " s");
            Thread.sleep(100);
        }
    }
}
