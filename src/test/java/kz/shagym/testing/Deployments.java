package kz.shagym.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The WAR that `mvn package` built, as Arquillian deploys it: the real application, plus the
 * test classes that run inside the server. Named apart from server.xml's own "shagym.war".
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive shagym(Class<?>... inContainerClasses) {
        File war = new File(System.getProperty("war.file", "target/shagym.war"));
        WebArchive archive = ShrinkWrap.create(WebArchive.class, "shagym-it.war")
                .merge(ShrinkWrap.createFromZipFile(WebArchive.class, war));
        archive.addClasses(inContainerClasses);
        return archive;
    }

    /** Where the server that Arquillian started answers. */
    public static String baseUrl() {
        return "http://localhost:" + System.getProperty("it.http.port", "9180");
    }
}
