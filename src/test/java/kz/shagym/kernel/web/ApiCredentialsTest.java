package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import kz.shagym.kernel.web.ApiBasicAuthentication.Credentials;
import org.junit.jupiter.api.Test;

class ApiCredentialsTest {

    static String basic(String userAndPassword) {
        return "Basic " + Base64.getEncoder().encodeToString(userAndPassword.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsUserAndPassword() {
        assertEquals(new Credentials("registrar", "demo"), Credentials.fromHeader(basic("registrar:demo")).orElseThrow());
    }

    @Test
    void aPasswordMayContainColonsAndKazakhLetters() {
        assertEquals(new Credentials("head", "құпия:сөз"), Credentials.fromHeader(basic("head:құпия:сөз")).orElseThrow());
    }

    @Test
    void theSchemeIsCaseInsensitive() {
        assertEquals("admin", Credentials.fromHeader(basic("admin:demo").replace("Basic", "basic")).orElseThrow().user());
    }

    @Test
    void otherSchemesAndNoHeaderMeanAnonymous() {
        assertTrue(Credentials.fromHeader(null).isEmpty());
        assertTrue(Credentials.fromHeader("Bearer abc").isEmpty());
    }

    @Test
    void garbageIsAnEmptyCredentialThatWillFailToSignIn() {
        assertEquals(new Credentials("", ""), Credentials.fromHeader("Basic ***").orElseThrow());
    }
}
