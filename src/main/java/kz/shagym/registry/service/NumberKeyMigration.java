package kz.shagym.registry.service;

import jakarta.enterprise.context.Dependent;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import kz.shagym.registry.model.CaseNumberKey;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 9.1: the number key of every case registered before migration 9 added the column.
 * In Java because the key is {@link CaseNumberKey}'s folding, which neither Derby nor SQL in
 * general can state; cases registered since carry it from their registration.
 */
@Dependent
public class NumberKeyMigration implements JavaMigration {

    private static final int BATCH = 1000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("9.1");
    }

    @Override
    public String getDescription() {
        return "number keys of earlier cases";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        try (Statement select = connection.createStatement();
             ResultSet rows = select.executeQuery("SELECT id, incoming_number FROM complaint WHERE number_key IS NULL");
             PreparedStatement update = connection.prepareStatement("UPDATE complaint SET number_key = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                update.setString(1, CaseNumberKey.of(rows.getString(2)));
                update.setLong(2, rows.getLong(1));
                update.addBatch();
                if (++pending == BATCH) {
                    update.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                update.executeBatch();
            }
        }
    }
}
