package kz.shagym.testing;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.AuditDetail;

/** The audit trail as the administrator's API gives it, each record's detail read back. */
public final class AuditDetails {

    private AuditDetails() {
    }

    /** The details of the records {@code /api/audit?query} finds, newest first; plain ones left out. */
    public static List<AuditDetail> of(String query) {
        String body = Http.get("/api/audit?" + query, "admin").body();
        return Json.createReader(new StringReader(body)).readArray().getValuesAs(JsonObject.class).stream()
                .map(r -> r.isNull("details") ? Optional.<AuditDetail>empty() : AuditDetail.decoded(r.getString("details")))
                .flatMap(Optional::stream).toList();
    }
}
