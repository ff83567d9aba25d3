package kz.shagym.kernel.service;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date with the versioned migrations in
 * {@code db/migration} before anything else touches the database. A failed migration
 * fails the deployment: Shagym never runs against a schema it does not know.
 */
@Startup
@Singleton
// Flyway commits each migration itself on its own connection.
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Resource(lookup = "jdbc/shagym")
    private DataSource dataSource;

    /** Migrations that SQL cannot state, each from the module whose tables it changes. */
    @Inject
    @Any
    private Instance<JavaMigration> javaMigrations;

    private volatile String schemaVersion;
    private volatile boolean migrated;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                // Liberty's class loader cannot list a folder; the empty flyway.location files in
                // db/migration and db/callback are what let Flyway find what lies beside them.
                .locations("classpath:db/migration")
                .failOnMissingLocations(true)
                // Liberty creates its persistent-timer tables (WLP_*) in the same schema, possibly
                // before this runs: take such a schema as version 0, so that V1 onwards all apply.
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .baselineDescription("only Open Liberty timer tables")
                .placeholders(Map.of("blob", blobType()))
                .javaMigrations(javaMigrations.stream().toArray(JavaMigration[]::new))
                .load()
                .migrate();
        schemaVersion = result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
        migrated = true;
        LOG.info(() -> "Database schema at version " + schemaVersion + " (" + result.migrationsExecuted
                + " migrations applied now)");
    }

    /** The column type for large binary values, which Derby and PostgreSQL name differently. */
    private String blobType() {
        try (Connection connection = dataSource.getConnection()) {
            return blobTypeFor(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it", e);
        }
    }

    /** For a JDBC product name or URL: PostgreSQL's BYTEA, else Derby's BLOB (scanned pages are up to 20 MB). */
    public static String blobTypeFor(String databaseProductOrUrl) {
        return databaseProductOrUrl.toLowerCase(Locale.ROOT).contains("postgres") ? "BYTEA" : "BLOB(30M)";
    }

    /** Whether the migrations have run in this deployment. */
    public boolean isMigrated() {
        return migrated;
    }

    public String getSchemaVersion() {
        return schemaVersion;
    }
}
