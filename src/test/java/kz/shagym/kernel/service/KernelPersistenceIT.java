package kz.shagym.kernel.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import kz.shagym.kernel.model.AuditChain;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The kernel in the real container: the schema the migrations made, an entity saved and read
 * through an EJB, a role check that refuses, and the audit record that shares the change's
 * transaction. Runs inside Liberty; signs in through the request Arquillian's servlet runs in.
 */
@ExtendWith(ArquillianExtension.class)
class KernelPersistenceIT {

    @EJB
    OrganisationService organisations;

    @EJB
    AuditTrail audit;

    @Inject
    HttpServletRequest request;

    @Resource(lookup = "java:comp/UserTransaction")
    UserTransaction transaction;

    @Resource(lookup = "jdbc/shagym")
    DataSource dataSource;

    @PersistenceContext
    EntityManager em;

    @AfterEach
    void signOut() throws Exception {
        request.logout();
    }

    static Organisation newProvider(String code) {
        Organisation o = new Organisation(OrganisationKind.SERVICE_PROVIDER, code,
                new LocalizedText("Сынақ ұйымы " + code, "Тестовая организация", "Test organisation"));
        o.setReferencePhones("+7 700 000 00 00");
        return o;
    }

    static String uniqueCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    @Test
    void theSchemaIsMadeByTheMigrations() throws Exception {
        try (Connection c = dataSource.getConnection();
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"version\" = '1' AND \"success\" = TRUE")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1), "V1 applied once, successfully");
        }
        try (Connection c = dataSource.getConnection();
             ResultSet tables = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            java.util.Set<String> names = new java.util.HashSet<>();
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase());
            }
            assertTrue(names.containsAll(java.util.Set.of("organisation", "staff_member", "audit_record")), names::toString);
        }
    }

    @Test
    void anAdministratorSavesAnOrganisationAndReadsItBack() throws Exception {
        request.login("admin", "demo");
        String code = uniqueCode();
        Organisation saved = organisations.create(newProvider(code));

        Organisation read = organisations.byCode(code).orElseThrow();
        assertEquals(saved.getId(), read.getId());
        assertEquals("Тестовая организация", read.getName().getRu());
        assertEquals(1, audit.count(new AuditFilter("admin", "ORGANISATION_CREATED", "Organisation",
                String.valueOf(saved.getId()), null, null)), "the change is audited under its author");
    }

    @Test
    void aRegistrarMayNotCreateOrganisations() throws Exception {
        request.login("registrar", "demo");
        String code = uniqueCode();
        assertThrows(EJBAccessException.class, () -> organisations.create(newProvider(code)));
        request.logout();

        request.login("admin", "demo");
        assertTrue(organisations.byCode(code).isEmpty(), "nothing was saved");
    }

    @Test
    void anonymousCallersMayNotReadTheAuditTrail() {
        assertThrows(EJBAccessException.class, () -> audit.count(AuditFilter.none()));
    }

    @Test
    void theAuditRecordRollsBackWithTheChange() throws Exception {
        request.login("admin", "demo");
        String code = uniqueCode();
        transaction.begin();
        Organisation o = organisations.create(newProvider(code));
        long id = o.getId();
        assertEquals(1, audit.count(new AuditFilter(null, "ORGANISATION_CREATED", "Organisation",
                String.valueOf(id), null, null)), "written in the same transaction");
        transaction.rollback();

        assertTrue(organisations.byCode(code).isEmpty());
        assertEquals(0, audit.count(new AuditFilter(null, "ORGANISATION_CREATED", "Organisation",
                String.valueOf(id), null, null)), "gone with the change");
    }

    @EJB
    ProcedureTerms terms;

    @Test
    void anAdministratorChangesTheProviderTermAndARegistrarMayNot() throws Exception {
        assertEquals(5, terms.providerWorkingDays());
        assertEquals(15, terms.authorizedBodyWorkingDays());
        request.login("registrar", "demo");
        assertThrows(EJBAccessException.class, () -> terms.changeProviderWorkingDays(7));
        request.logout();

        request.login("admin", "demo");
        long before = audit.count(new AuditFilter("admin", "PROCEDURE_TERM_CHANGED", null, null, null, null));
        terms.changeProviderWorkingDays(7);
        try {
            assertEquals(7, terms.providerWorkingDays());
            assertEquals(before + 1, audit.count(new AuditFilter("admin", "PROCEDURE_TERM_CHANGED", null, null, null, null)));
            assertThrows(jakarta.ejb.EJBException.class, () -> terms.changeProviderWorkingDays(0));
            assertEquals(7, terms.providerWorkingDays(), "a refused change changes nothing");
        } finally {
            terms.changeProviderWorkingDays(5);
        }
    }

    @Test
    void aChangeOutsideATransactionCannotBeAudited() {
        assertThrows(jakarta.ejb.EJBTransactionRequiredException.class,
                () -> audit.record("X", "Y", 1, "no transaction"));
    }

    @EJB
    AuditSeal seal;

    private static final String COLUMNS = "id, occurred_at, actor, organisation_id, action_name, entity_type, entity_id,"
            + " details, chain_seq, chain_hash";

    /**
     * The audit chain as an intruder with the database's password would meet it: a field
     * changed in place, a record deleted from the middle, the newest deleted; each is found,
     * named by its place, and the chain holds again once the record is put back as it was.
     */
    @Test
    void theAuditChainFindsARecordChangedOrDeletedAfterItWasWritten() throws Exception {
        request.login("admin", "demo");
        organisations.create(newProvider(uniqueCode()));
        organisations.create(newProvider(uniqueCode()));
        AuditSeal.Check sealed = seal.check();
        assertTrue(sealed.intact(), String.valueOf(sealed.problem()));
        long last = sealed.lastSeq();
        long middle = last - 1;

        Object[] edited = row(middle);
        sql("UPDATE audit_record SET actor = 'intruder' WHERE chain_seq = ?", middle);
        try {
            assertEquals(new AuditChain.Problem(AuditChain.Break.EDITED, middle, ((Number) edited[0]).longValue()),
                    seal.check().problem());
        } finally {
            sql("UPDATE audit_record SET actor = ? WHERE chain_seq = ?", edited[2], middle);
        }
        assertTrue(seal.check().intact(), "as it was");

        for (long seq : new long[] {middle, last}) {
            Object[] deleted = row(seq);
            sql("DELETE FROM audit_record WHERE chain_seq = ?", seq);
            try {
                AuditChain.Problem found = seal.check().problem();
                assertEquals(seq == last ? new AuditChain.Problem(AuditChain.Break.TRUNCATED, last - 1, null)
                        : new AuditChain.Problem(AuditChain.Break.MISSING, middle, null), found);
            } finally {
                sql("INSERT INTO audit_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", deleted);
            }
        }
        AuditSeal.Check after = seal.check();
        assertTrue(after.intact(), String.valueOf(after.problem()));
        assertTrue(after.checked() >= last);
    }

    private Object[] row(long seq) throws Exception {
        try (var c = dataSource.getConnection();
             var q = c.prepareStatement("SELECT " + COLUMNS + " FROM audit_record WHERE chain_seq = ?")) {
            q.setLong(1, seq);
            try (var r = q.executeQuery()) {
                assertTrue(r.next(), "record " + seq);
                Object[] values = new Object[10];
                for (int i = 0; i < values.length; i++) {
                    values[i] = r.getObject(i + 1);
                }
                return values;
            }
        }
    }

    private void sql(String statement, Object... values) throws Exception {
        try (var c = dataSource.getConnection(); var q = c.prepareStatement(statement)) {
            for (int i = 0; i < values.length; i++) {
                q.setObject(i + 1, values[i]);
            }
            q.executeUpdate();
        }
    }
}
