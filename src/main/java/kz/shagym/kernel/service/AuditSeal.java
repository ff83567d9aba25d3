package kz.shagym.kernel.service;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import kz.shagym.kernel.model.AuditChain;
import kz.shagym.kernel.model.AuditChainHead;
import kz.shagym.kernel.model.Role;

/**
 * Seals committed audit records into the audit chain and checks the chain. Sealing happens
 * after the change's own transaction, on a timer (AuditSealTimer) and before every check, so
 * that no change waits for another's audit record; the chain's head row, locked while a batch
 * is sealed, keeps two servers from sealing at once.
 */
@Stateless
public class AuditSeal {

    static final int BATCH = 1000;
    private static final Logger LOG = Logger.getLogger(AuditSeal.class.getName());

    /** Selects what a record was written with, from the database itself (never a cached copy). */
    private static final String ENTRY = "select r.id, r.occurredAt, r.actor, r.organisationId, r.action, r.entityType,"
            + " r.entityId, r.details, r.chainSeq, r.chainHash from AuditRecord r ";

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext context;

    @Resource(lookup = "jdbc/shagym")
    private DataSource dataSource;

    /** The outcome of a check: how much of the chain holds, its end, and the first break if any. */
    public record Check(long checked, long lastSeq, String lastHash, AuditChain.Problem problem) {
        public boolean intact() {
            return problem == null;
        }
    }

    /** Seals every record committed so far, a batch a transaction; how many. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long sealAll() {
        AuditSeal self = context.getBusinessObject(AuditSeal.class);
        long sealed = 0;
        int batch;
        do {
            batch = self.sealBatch();
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    /** Seals up to one batch of the oldest unsealed records, in one transaction. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int sealBatch() {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        List<Object[]> rows = em.createQuery(ENTRY + "where r.chainSeq is null order by r.id", Object[].class)
                .setMaxResults(BATCH).getResultList();
        // One JDBC batch on the transaction's own connection: a statement a record would cost a
        // round trip each.
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE audit_record SET chain_seq = ?, chain_hash = ? WHERE id = ?")) {
            for (Object[] row : rows) {
                AuditChain.Entry sealed = head.seal(entry(row));
                update.setLong(1, sealed.seq());
                update.setString(2, sealed.hash());
                update.setLong(3, sealed.id());
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("audit records could not be sealed", e);
        }
        return rows.size();
    }

    /** Seals what is pending, then walks the whole chain from its start: the administrator's check. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Check check() {
        long started = System.nanoTime();
        long sealed = sealAll();
        AuditChain.Walk walk = new AuditChain.Walk();
        List<Object[]> page;
        do {
            page = em.createQuery(ENTRY + "where r.chainSeq > :after order by r.chainSeq", Object[].class)
                    .setParameter("after", walk.lastSeq()).setMaxResults(BATCH).getResultList();
        } while (page.stream().allMatch(row -> walk.next(entry(row))) && page.size() == BATCH);
        if (walk.problem() == null) {
            // The head as stored too, not an entity a cache may hold.
            Object[] head = (Object[]) em.createNativeQuery("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = ?")
                    .setParameter(1, AuditChainHead.ID).getSingleResult();
            walk.end(((Number) head[0]).longValue(), (String) head[1]);
        }
        LOG.info(() -> "Audit chain checked: " + sealed + " sealed, " + walk.checked() + " checked in "
                + (System.nanoTime() - started) / 1_000_000 + " ms, " + (walk.problem() == null ? "intact, ends "
                + walk.lastHash() : "broken: " + walk.problem()));
        return new Check(walk.checked(), walk.lastSeq(), walk.lastHash(), walk.problem());
    }

    private static AuditChain.Entry entry(Object[] r) {
        return new AuditChain.Entry((Long) r[0], (Instant) r[1], (String) r[2], (Long) r[3], (String) r[4],
                (String) r[5], (String) r[6], (String) r[7], (Long) r[8], (String) r[9]);
    }
}
