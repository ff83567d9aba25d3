package kz.shagym.kernel.model;

import java.time.LocalDate;

/** What an administrator filters the audit trail by; any part may be null. */
public record AuditFilter(String actor, String action, String entityType, String entityId,
                          LocalDate from, LocalDate to) {

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }
}
