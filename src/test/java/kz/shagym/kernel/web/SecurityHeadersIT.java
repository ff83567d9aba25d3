package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The header check on a page of each area and on the API, and no step over the API on the
 * screens' sign-in cookie alone.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    static HttpClient signedIn(String user) throws Exception {
        return ScreenSession.signedIn(Deployments.baseUrl(), user, "demo");
    }

    static HttpResponse<String> get(HttpClient client, String path) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** An approval over the API with whatever cookies the client holds and no credentials. */
    static HttpResponse<String> approveWithCookiesOnly(HttpClient client) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                        + "/api/complaints/" + URLEncoder.encode("ЖТ-2026-000001", StandardCharsets.UTF_8) + "/approval"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static String header(HttpResponse<?> r, String name) {
        return r.headers().firstValue(name).orElse("");
    }

    static void assertCommonHeaders(HttpResponse<?> r, String where) {
        assertEquals("nosniff", header(r, "X-Content-Type-Options"), where);
        assertTrue(header(r, "Content-Security-Policy").startsWith("frame-ancestors "), where);
        assertFalse(header(r, "Referrer-Policy").isEmpty(), where);
        assertTrue(r.headers().firstValue("X-Powered-By").isEmpty(), where + ": no product named");
        assertFalse(header(r, "Server").matches(".*\\d.*"), where + ": no version in Server");
    }

    @Test
    void staffAndAdministrationPagesAreNeitherFramedElsewhereNorCached() throws Exception {
        for (String[] page : new String[][] {{"head", "/staff/journal.xhtml"}, {"admin", "/admin/audit.xhtml"}, {"admin", "/admin/staff.xhtml"},
                {"quality", "/staff/statistics.xhtml"}}) {
            HttpResponse<String> r = get(signedIn(page[0]), page[1]);
            assertEquals(200, r.statusCode(), page[1]);
            assertCommonHeaders(r, page[1]);
            assertEquals("frame-ancestors 'self'", header(r, "Content-Security-Policy"), page[1]);
            String nonce = r.headers().allValues("Content-Security-Policy").stream()
                    .filter(policy -> policy.startsWith("script-src 'self' 'nonce-")).findFirst()
                    .map(policy -> policy.replaceAll(".*'nonce-([^']+)'.*", "$1")).orElse("");
            assertFalse(nonce.isEmpty(), page[1] + ": scripts only from Shagym or with this answer's nonce: "
                    + r.headers().allValues("Content-Security-Policy"));
            assertTrue(r.body().contains("nonce=\"" + nonce + "\""), page[1] + ": its own scripts carry the nonce");
            assertFalse(r.body().matches("(?s).*<script(?![^>]*\\b(src|nonce)=)[^>]*>.*"),
                    page[1] + ": no inline script without the nonce");
            assertEquals("same-origin", header(r, "Referrer-Policy"), page[1]);
            assertEquals("no-store", header(r, "Cache-Control"), page[1]);
        }
    }

    @Test
    void apiAnswersAreNeverCachedAndPublicPagesKeepTheirOwnFramingPolicy() throws Exception {
        HttpResponse<String> api = Http.get("/api/me", "registrar");
        assertEquals(200, api.statusCode());
        assertCommonHeaders(api, "/api/me");
        assertTrue(header(api, "Cache-Control").contains("no-store"));
        HttpResponse<String> refused = Http.get("/api/statistics?from=2026-01&to=2026-01", "registrar");
        assertEquals(403, refused.statusCode());
        assertCommonHeaders(refused, "a refusal");

        HttpResponse<String> home = Http.get("/", null, null, null);
        assertCommonHeaders(home, "/");
        assertEquals("no-referrer", header(home, "Referrer-Policy"), "the public pages' own policy");
        assertFalse(header(home, "Cache-Control").contains("no-store"), "public pages may be cached");
        assertCommonHeaders(Http.get("/login.xhtml", null, null, null), "/login.xhtml");
        HttpResponse<String> icon = Http.get("/favicon.ico", null, null, null);
        assertEquals(200, icon.statusCode(), "the icon every browser asks for is there, not a 404 logged each time");
        assertEquals("image/x-icon", header(icon, "Content-Type"));
        assertCommonHeaders(icon, "/favicon.ico");
    }

    @Test
    void theScreensCookieTakesNoStepOverTheApi() throws Exception {
        HttpClient screens = signedIn("head");
        assertEquals(200, get(screens, "/staff/journal.xhtml").statusCode());
        HttpResponse<String> approval = approveWithCookiesOnly(screens);
        assertEquals(403, approval.statusCode(), "no step is taken on the screens' cookie alone: " + approval.body());
        assertTrue(approval.body().contains("HTTP Basic"), approval.body());
    }

    /**
     * A Basic answer carries the sign-in cookie Liberty issues (the API does not sign out after
     * each request, for its authentication cache): that cookie reads, and takes no step either.
     */
    @Test
    void theCookieOfABasicAnswerTakesNoStepOverTheApi() throws Exception {
        CookieManager cookies = new CookieManager();
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(cookies).build();
        String basic = "Basic " + Base64.getEncoder().encodeToString("head:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/me"))
                .header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, me.statusCode(), me.body());
        assertTrue(cookies.getCookieStore().getCookies().stream().anyMatch(c -> c.getName().equals("ShagymSSO")),
                "the answer carries the sign-in cookie: " + cookies.getCookieStore().getCookies());

        assertEquals(200, get(client, "/api/me").statusCode(), "the cookie alone reads");
        HttpResponse<String> approval = approveWithCookiesOnly(client);
        assertEquals(403, approval.statusCode(), "no step on the cookie alone: " + approval.body());
    }
}
