package kz.shagym.kernel.service;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.model.StaffMember;

/**
 * The audit trail. A record is written in the transaction of the change it describes
 * (MANDATORY), so that it commits with the change and rolls back with it.
 */
@Stateless
public class AuditTrail {

    /** Actor of changes made by Shagym itself (start-up data, timers). */
    public static final String SYSTEM = "system";

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StaffDirectory staff;

    @Inject
    private BusinessClock clock;

    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditRecord record(String action, String entityType, Object entityId, String details) {
        String actor = staff.callerLogin().orElse(SYSTEM);
        Long organisationId = staff.caller().map(StaffMember::getOrganisation).map(o -> o.getId()).orElse(null);
        AuditRecord record = new AuditRecord(clock.now(), actor, organisationId, action, entityType,
                entityId == null ? null : String.valueOf(entityId), details);
        em.persist(record);
        return record;
    }

    /** A record whose details read in each reader's language (the audit screen renders the detail's message). */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public AuditRecord record(String action, String entityType, Object entityId, AuditDetail detail) {
        return record(action, entityType, entityId, detail.encodedWithin(AuditRecord.DETAILS_LENGTH));
    }

    /** The caller's own latest records of one action, newest first: what a member of staff did lately. */
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> mine(String action, int max) {
        return em.createQuery("select r from AuditRecord r where r.actor = :actor and r.action = :action"
                        + " order by r.occurredAt desc, r.id desc", AuditRecord.class)
                .setParameter("actor", staff.callerLogin().orElse(SYSTEM)).setParameter("action", action)
                .setMaxResults(max).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<AuditRecord> search(AuditFilter filter, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> q = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> r = q.from(AuditRecord.class);
        q.where(conditions(filter, cb, r)).orderBy(cb.desc(r.get("occurredAt")), cb.desc(r.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public long count(AuditFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<AuditRecord> r = q.from(AuditRecord.class);
        q.select(cb.count(r)).where(conditions(filter, cb, r));
        return em.createQuery(q).getSingleResult();
    }

    private static Predicate[] conditions(AuditFilter f, CriteriaBuilder cb, Root<AuditRecord> r) {
        List<Predicate> p = new ArrayList<>();
        if (hasText(f.actor())) {
            p.add(cb.like(cb.lower(r.get("actor")), f.actor().trim().toLowerCase(Locale.ROOT) + "%"));
        }
        if (hasText(f.action())) {
            p.add(cb.equal(r.get("action"), f.action().trim()));
        }
        if (hasText(f.entityType())) {
            p.add(cb.equal(r.get("entityType"), f.entityType().trim()));
        }
        if (hasText(f.entityId())) {
            p.add(cb.equal(r.get("entityId"), f.entityId().trim()));
        }
        if (f.from() != null) {
            p.add(cb.greaterThanOrEqualTo(r.get("occurredAt"), f.from().atStartOfDay(BusinessClock.ZONE).toInstant()));
        }
        if (f.to() != null) {
            p.add(cb.lessThan(r.get("occurredAt"), f.to().plusDays(1).atStartOfDay(BusinessClock.ZONE).toInstant()));
        }
        return p.toArray(Predicate[]::new);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
