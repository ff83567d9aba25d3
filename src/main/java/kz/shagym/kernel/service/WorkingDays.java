package kz.shagym.kernel.service;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import kz.shagym.kernel.model.CalendarEntry;
import kz.shagym.kernel.model.CalendarYear;
import kz.shagym.kernel.model.HolidayRule;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * The working-day calendar every deadline is counted on, built from the database at start-up
 * and again after each change an administrator makes. Reads never wait for each other.
 */
@Startup
@Singleton
@DependsOn("SchemaMigration")
@Lock(LockType.READ)
public class WorkingDays {

    @PersistenceContext
    private EntityManager em;

    private volatile WorkingCalendar calendar;

    @PostConstruct
    void load() {
        reload();
    }

    public WorkingCalendar calendar() {
        return calendar;
    }

    @Lock(LockType.WRITE)
    public void reload() {
        calendar = WorkingCalendar.of(
                em.createQuery("select r from HolidayRule r", HolidayRule.class).getResultList(),
                em.createQuery("select e from CalendarEntry e", CalendarEntry.class).getResultList(),
                em.createQuery("select y from CalendarYear y", CalendarYear.class).getResultList());
    }
}
