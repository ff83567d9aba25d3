package kz.shagym.kernel.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RevokedSignInTest {

    @Test
    void aRevokedCookieIsKeptAsItsSha256Only() {
        String cookie = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIj";
        RevokedSignIn revoked = new RevokedSignIn(cookie, Instant.parse("2026-11-26T10:00:00Z"));
        // SHA-256 of "abc", the FIPS 180-2 example, as the digest is computed for any cookie
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", RevokedSignIn.digest("abc"));
        assertEquals(RevokedSignIn.digest(cookie), revoked.getCookieDigest());
        assertTrue(revoked.getCookieDigest().matches("[0-9a-f]{64}"));
        assertNotEquals(RevokedSignIn.digest(cookie), RevokedSignIn.digest(cookie + "x"));
    }
}
