package kz.shagym.testing;

import kz.shagym.publicinfo.service.LookupDrill;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test runs against (arquillian.xml's "suite"
 * extension): the application as `mvn package` built it, the test classes that run inside
 * the server, and the test-only resources the client-side tests call. The application starts
 * once per run rather than once per test class, which took about ten seconds a class.
 * The tests that run outside the server say so with {@code @RunAsClient}; the others are
 * named here (TestConventionsTest holds both to that). {@code *RestartIT} start the server
 * themselves and deploy on their own (arquillian-restart.xml).
 */
public final class SuiteDeployment {

    private SuiteDeployment() {
    }

    @Deployment
    public static WebArchive shagym() {
        WebArchive archive = Deployments.shagym(SignedInTest.class, Letters.class, DeadlineDrill.class, LookupDrill.class,
                ConflictDrill.class, ConflictDrill.Caller.class);
        for (String test : IN_SERVER) {
            archive.addClass(test);
        }
        return archive;
    }

    /** The test classes that run inside the server (named: each is private to its package). */
    public static final String[] IN_SERVER = {
        "kz.shagym.kernel.service.KernelPersistenceIT",
        "kz.shagym.kernel.web.ConflictRetryIT",
        "kz.shagym.registry.service.RegistryIT",
        "kz.shagym.review.service.ReviewIT",
        "kz.shagym.appeals.service.AppealWatchIT",
        "kz.shagym.deadlines.service.DeadlineWatchIT",
        "kz.shagym.statistics.service.StatisticsIT",
    };
}
