package kz.shagym.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Faces is Mojarra in the WAR through facesContainer-4.0, never Liberty's MyFaces. */
class ServerConfigTest {

    @Test
    void featuresAreListedOneByOneWithoutLibertysFaces() throws IOException {
        String server = Files.readString(Path.of("server-config/server.xml"));
        assertTrue(server.contains("<feature>facesContainer-4.0</feature>"));
        assertFalse(server.matches("(?s).*<feature>\\s*(jakartaee-|webProfile-|faces-).*"));
    }
}
