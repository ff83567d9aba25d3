package kz.shagym.registry.service;

import jakarta.json.JsonObjectBuilder;
import java.util.Locale;
import kz.shagym.registry.model.Complaint;

/**
 * What a module above the registry adds to a case as {@code GET /api/complaints/{number}}
 * gives it (the appeal stage adds its appeals, instruction and court record). The registry
 * calls every CDI bean that implements this, so it never depends on those modules.
 */
public interface CaseFileContributor {

    /** Adds this module's facts of {@code complaint}, which the caller may read, to {@code json}. */
    void contribute(Complaint complaint, Locale locale, JsonObjectBuilder json);
}
