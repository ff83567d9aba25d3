package kz.shagym.kernel.service;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import kz.shagym.kernel.model.Role;

/**
 * What an administrator reads of this server that the anonymous health checks no longer say:
 * the schema version the migrations reached and the memory left.
 */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class ServerState {

    @EJB
    private SchemaMigration migration;

    public State now() {
        Runtime runtime = Runtime.getRuntime();
        long used = runtime.totalMemory() - runtime.freeMemory();
        return new State(migration.isMigrated(), migration.getSchemaVersion(), runtime.maxMemory() - used,
                runtime.maxMemory());
    }

    public record State(boolean migrated, String schemaVersion, long freeMemoryBytes, long maxMemoryBytes) {
    }
}
