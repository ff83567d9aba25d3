package kz.shagym.registry.service;

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
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.Role;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.JournalFilter;
import kz.shagym.registry.model.JournalSort;
import kz.shagym.registry.model.SearchText;

/** The registration journal: the caller's provider's complaints, filtered, sorted and paged in the database. */
@Stateless
@RolesAllowed({Role.Names.REGISTRAR, Role.Names.HEAD, Role.Names.EXECUTOR, Role.Names.QUALITY_OFFICER})
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Journal {

    @PersistenceContext
    private EntityManager em;

    @EJB
    private StaffDirectory staff;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    public List<Complaint> page(JournalFilter filter, JournalSort sort, boolean ascending, int first, int max) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Complaint> q = cb.createQuery(Complaint.class);
        Root<Complaint> c = q.from(Complaint.class);
        JournalSort by = sort == null ? JournalSort.REGISTERED_AT : sort;
        Order order = ascending ? cb.asc(c.get(by.attribute())) : cb.desc(c.get(by.attribute()));
        q.where(conditions(filter, cb, c)).orderBy(order, ascending ? cb.asc(c.get("id")) : cb.desc(c.get("id")));
        return em.createQuery(q).setFirstResult(first).setMaxResults(max).getResultList();
    }

    public long count(JournalFilter filter) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Long> q = cb.createQuery(Long.class);
        Root<Complaint> c = q.from(Complaint.class);
        q.select(cb.count(c)).where(conditions(filter, cb, c));
        return em.createQuery(q).getSingleResult();
    }

    private Predicate[] conditions(JournalFilter filter, CriteriaBuilder cb, Root<Complaint> c) {
        JournalFilter f = filter == null ? JournalFilter.NONE : filter;
        List<Predicate> where = new ArrayList<>();
        where.add(cb.equal(c.get("organisationId"), staff.callerOrganisation().getId()));
        if (f.number() != null && !f.number().isBlank()) {
            String pattern = SearchText.containing(f.number().strip().toUpperCase(Locale.ROOT));
            where.add(cb.like(cb.upper(c.get("incomingNumber")), pattern, '!'));
        }
        if (f.registeredFrom() != null) {
            where.add(cb.greaterThanOrEqualTo(c.get("registrationDate"), f.registeredFrom()));
        }
        if (f.registeredTo() != null) {
            where.add(cb.lessThanOrEqualTo(c.get("registrationDate"), f.registeredTo()));
        }
        if (f.complainant() != null && !SearchText.fold(f.complainant()).isEmpty()) {
            where.add(cb.like(c.get("complainantSearch"), SearchText.containsPattern(f.complainant()), '!'));
        }
        if (f.state() != null) {
            where.add(cb.equal(c.get("state"), f.state()));
        }
        if (f.queue() != null) {
            where.add(c.get("state").in(f.queue().states()));
            if (f.queue().callersOwn()) {
                where.add(cb.equal(c.get("executorLogin"), staff.callerLogin().orElse("")));
            }
        }
        if (f.deadline() != null) {
            LocalDate today = clock.today();
            where.add(c.get("state").in(ComplaintState.OPEN));
            where.add(switch (f.deadline()) {
                case DUE_SOON -> cb.between(c.get("deadline"), today,
                        DeadlineStatus.lastDueSoonDeadline(today, workingDays.calendar()));
                case OVERDUE -> cb.lessThan(c.get("deadline"), today);
            });
        }
        return where.toArray(Predicate[]::new);
    }
}
