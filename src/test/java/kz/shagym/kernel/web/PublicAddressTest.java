package kz.shagym.kernel.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The printed public address comes from the configuration or the server itself, never from what a request claims. */
class PublicAddressTest {

    @Test
    void theConfiguredAddressWinsWithoutItsTrailingSlash() {
        assertEquals("https://shagym.gov.kz", PublicAddress.of(Optional.of(" https://shagym.gov.kz/ "), false, 9080, ""));
    }

    @Test
    void otherwiseThisServerOnLocalhostAtItsOwnPort() {
        assertEquals("http://localhost:9080", PublicAddress.of(Optional.empty(), false, 9080, ""));
        assertEquals("http://localhost:9080", PublicAddress.of(Optional.of(" "), false, 9080, ""));
        assertEquals("https://localhost/shagym", PublicAddress.of(Optional.empty(), true, 443, "/shagym"));
        assertEquals("http://localhost", PublicAddress.of(Optional.empty(), false, 80, ""));
    }
}
