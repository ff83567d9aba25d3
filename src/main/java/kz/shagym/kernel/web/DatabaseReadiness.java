package kz.shagym.kernel.web;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.shagym.kernel.service.SchemaMigration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready (/health/ready) only when the migrations have run and the database answers now. */
@Readiness
@ApplicationScoped
@RetriedOnConflict
public class DatabaseReadiness implements HealthCheck {

    private static final int TIMEOUT_SECONDS = 3;
    private static final Logger LOG = Logger.getLogger(DatabaseReadiness.class.getName());

    @Resource(lookup = "jdbc/shagym")
    private DataSource dataSource;

    @EJB
    private SchemaMigration migration;

    @Override
    public HealthCheckResponse call() {
        // Anonymous callers read this: up or down, nothing more (an administrator reads the
        // schema version at /api/server, the reason of an outage in the log).
        var response = HealthCheckResponse.named("database");
        if (!migration.isMigrated()) {
            return response.down().build();
        }
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(TIMEOUT_SECONDS) ? response.up().build() : response.down().build();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "the database did not answer the readiness check", e);
            return response.down().build();
        }
    }
}
