package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.NeedsDirectory;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Signing in through a real directory (OpenLDAP, src/test/ldap/directory.ldif): the groups
 * named after roles give the roles, on the screens and over the API; an account the directory
 * has locked cannot sign in anywhere; a wrong password is refused as any other. The rest of
 * that pass's tests sign in through the same directory.
 */
@NeedsDirectory
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DirectorySignInIT {

    @Test
    void theDirectorysGroupsGiveTheRoles() {
        JsonObject head = Http.json(Http.get("/api/me", "head"));
        assertEquals("DEMO", head.getString("organisation"));
        assertEquals("[\"HEAD\"]", head.getJsonArray("roles").toString());
        JsonObject quality = Http.json(Http.get("/api/me", "quality"));
        assertEquals("[\"QUALITY_OFFICER\"]", quality.getJsonArray("roles").toString());
        assertEquals(403, Http.get("/api/statistics?from=2026-01&to=2026-01", "registrar").statusCode(),
                "a registrar's group gives no quality figures");
    }

    @Test
    void aStaffMemberSignsInOnTheScreensThroughTheDirectory() throws Exception {
        HttpResponse<String> home = ScreenSession.signIn(ScreenSession.client(), Deployments.baseUrl(), "executor", "demo");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("Сейітов Нұрлан"), "the staff record's name");
    }

    @Test
    void anAccountTheDirectoryLockedCannotSignIn() throws Exception {
        HttpResponse<String> api = Http.get("/api/me", "locked", "demo", "en");
        assertEquals(401, api.statusCode());
        assertTrue(api.body().contains("errors"), api.body());
        HttpResponse<String> form = ScreenSession.signIn(ScreenSession.client(), Deployments.baseUrl(), "locked", "demo");
        assertTrue(form.body().contains("id=\"loginFailed\""), "the sign-in form says it failed");
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertEquals(401, Http.get("/api/me", "head", "not-demo", "en").statusCode());
    }
}
