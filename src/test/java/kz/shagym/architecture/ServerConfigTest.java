package kz.shagym.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import kz.shagym.kernel.service.SignIns;
import org.junit.jupiter.api.Test;

/** Faces is Mojarra in the WAR through facesContainer-4.0, never Liberty's MyFaces. */
class ServerConfigTest {

    /** Mojarra evaluates every EL expression in a stylesheet, comments included: one bad one blanks the page's style. */
    @Test
    void stylesheetsHoldNoExpressionLanguage() throws IOException {
        try (var files = Files.walk(Path.of("src/main/webapp/resources"))) {
            for (Path css : files.filter(p -> p.toString().endsWith(".css")).toList()) {
                assertFalse(Files.readString(css).contains("#{"), css.toString());
            }
        }
    }

    @Test
    void featuresAreListedOneByOneWithoutLibertysFaces() throws IOException {
        String server = Files.readString(Path.of("server-config/server.xml"));
        assertTrue(server.contains("<feature>facesContainer-4.0</feature>"));
        assertFalse(server.matches("(?s).*<feature>\\s*(jakartaee-|webProfile-|faces-).*"));
    }

    /** The cookie a sign-out revokes for every server is the one Liberty signs people in with. */
    @Test
    void theSignInCookieIsTheOneSignInsRevokes() throws IOException {
        String server = Files.readString(Path.of("server-config/server.xml"));
        assertTrue(server.contains("ssoCookieName=\"" + SignIns.COOKIE + "\""), server);
    }

    /** Every value of SHAGYM_CLUSTER that server.xml documents has its include. */
    @Test
    void eachClusterSettingHasItsConfiguration() {
        for (String setting : new String[] {"off", "on"}) {
            assertTrue(Files.isRegularFile(Path.of("server-config/cluster-" + setting + ".xml")), setting);
        }
    }
}
