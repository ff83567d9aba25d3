package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * No session id from before sign-in names a signed-in session: the sign-in form keeps no
 * session at all, and an id another site planted in the browser is not taken up; the server
 * gives the signed-in browser an id of its own, and the pages work with it.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SessionRenewalIT {

    private static final String PLANTED = "0000PlantedByAnotherSite0000:-1";


    private static List<String> sessionIdsSet(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';'))).toList();
    }

    @Test
    void thePlantedSessionIdIsNeverTheSignedInOne() throws Exception {
        String url = Deployments.baseUrl();
        HttpResponse<Void> form = ScreenSession.client().send(HttpRequest.newBuilder(URI.create(url + "/staff/")).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(List.of(), sessionIdsSet(form), "the sign-in form holds no session");

        CookieManager cookies = new CookieManager();
        HttpCookie planted = new HttpCookie("JSESSIONID", PLANTED);
        planted.setPath("/");
        planted.setVersion(0);
        cookies.getCookieStore().add(URI.create(url), planted);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> home = ScreenSession.signIn(client, url, "registrar", "demo");
        assertEquals(200, home.statusCode());
        List<String> given = sessionIdsSet(home);
        assertEquals(1, given.size(), "a session of the server's own: " + home.headers().map());
        assertFalse(given.contains(PLANTED));
        HttpResponse<String> next = client.send(HttpRequest.newBuilder(URI.create(url + "/staff/journal.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, next.statusCode());
        assertTrue(next.body().contains("staffName") && !next.body().contains("Exception"));
    }
}
