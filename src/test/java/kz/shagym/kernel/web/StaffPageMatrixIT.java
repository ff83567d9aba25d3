package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kz.shagym.kernel.model.Role;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every staff page and servlet as every demo user: those whose roles do not work on it (the
 * table in StaffPage) get 403 before the page does anything, the others never do, and no one
 * gets an error page. A few refusals are also spelled out here, the issue's own examples.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class StaffPageMatrixIT {

    private static final String[] USERS = {"registrar", "executor", "head", "quality", "operator", "admin"};



    private static int status(HttpClient client, String path) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertFalse(r.body().contains("Exception") || r.statusCode() >= 500, path + ": " + r.statusCode());
        return r.statusCode();
    }

    @Test
    void eachStaffPageOpensForItsRolesOnly() throws Exception {
        List<String> seen = new ArrayList<>();
        for (String user : USERS) {
            Set<Role> roles = Http.rolesOf(user);
            HttpClient client = ScreenSession.signedIn(Deployments.baseUrl(), user, "demo");
            for (StaffPage page : StaffPage.values()) {
                String path = pathOf(page);
                int status = status(client, path);
                if (page.opensFor(roles::contains)) {
                    assertNotEquals(403, status, user + " works on " + path);
                } else {
                    assertEquals(403, status, user + " may not open " + path);
                }
                seen.add(user + " " + path + " " + status);
            }
        }
        assertTrue(seen.contains("operator /staff/register.xhtml 403"), seen.toString());
        assertTrue(seen.contains("quality /staff/register.xhtml 403"), seen.toString());
        assertTrue(seen.contains("admin /staff/journal.xhtml 403"), seen.toString());
        assertTrue(seen.contains("registrar /staff/statistics.xhtml 403"), seen.toString());
        assertTrue(seen.contains("registrar /staff/register.xhtml 200"), seen.toString());
    }

    private static String pathOf(StaffPage page) {
        return switch (page) {
            case REGISTER -> "/staff/register.xhtml";
            case JOURNAL -> "/staff/journal.xhtml";
            case CASE -> "/staff/case.xhtml";
            case CASE_FILES -> "/staff/case-files/0/0";
            case ANSWER_LETTER -> "/staff/answer-letter";
            case FORWARDED -> "/staff/forwarded.xhtml";
            case INSTRUCTIONS -> "/staff/instructions.xhtml";
            case OVERDUE -> "/staff/overdue.xhtml";
            case LOOKUP -> "/staff/lookup.xhtml";
            case STATISTICS -> "/staff/statistics.xhtml";
            case STATISTICS_CASES -> "/staff/statistics-cases.xhtml";
        };
    }
}
