package kz.shagym.testing;

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
}
