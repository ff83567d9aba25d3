package kz.shagym.publicinfo.service;

import org.eclipse.microprofile.openapi.annotations.Operation;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.Path;
import kz.shagym.kernel.web.Public;

/**
 * Test-only (never in the shipped WAR, nor in the OpenAPI document): forgets every address's failed status look-ups, so
 * that a test class that counts failures starts from none although the classes before it,
 * in the same deployment, failed some from the same address.
 */
@Public
@Path("test-drill/failed-lookups")
public class LookupDrill {

    @Inject
    LookupLimiter limiter;

    @Operation(hidden = true)
    @DELETE
    public void forgetAll() {
        limiter.forgetAll();
    }
}
