package kz.shagym.deadlines.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Future;
import kz.shagym.deadlines.model.WatchedDeadline;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.BusinessClock;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The watch in the container: its persistent timer (every 3 s in the tests' server) marks a
 * passed deadline overdue by itself, and a notice goes once however many runs race for it.
 */
@ExtendWith(ArquillianExtension.class)
class DeadlineWatchIT {

    @EJB
    DeadlineWatch watch;

    @EJB
    AuditTrail audit;

    @EJB
    kz.shagym.kernel.service.CalendarAdministration calendar;

    @Inject
    BusinessClock clock;

    @Inject
    HttpServletRequest request;

    @PersistenceContext
    EntityManager em;

    @Resource
    ManagedExecutorService executor;

    @AfterEach
    void signOut() throws Exception {
        request.logout();
    }

    long demoProvider() {
        return em.createNamedQuery("Organisation.byCode", Organisation.class).setParameter("code", "DEMO")
                .getSingleResult().getId();
    }

    /** A five-working-day term that started {@code daysAgo} calendar days ago. */
    WatchedDeadline registerStarted(int daysAgo) {
        String id = UUID.randomUUID().toString();
        return watch.register("Drill", id, "DRILL-" + id.substring(0, 8), demoProvider(),
                clock.today().minusDays(daysAgo), 5, "head");
    }

    Instant overdueNotifiedAt(long id) {
        return em.createQuery("select d.overdueNotifiedAt from WatchedDeadline d where d.id = :id", Instant.class)
                .setParameter("id", id).getSingleResult();
    }

    long auditCount(String action, long id) throws Exception {
        request.login("admin", "demo");
        try {
            return audit.count(new AuditFilter(null, action, "WatchedDeadline", String.valueOf(id), null, null));
        } finally {
            request.logout();
        }
    }

    @Test
    void theTimerMarksAPassedDeadlineOverdueByItself() throws Exception {
        long id = registerStarted(21).getId();
        long until = System.currentTimeMillis() + 60_000;
        while (overdueNotifiedAt(id) == null && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertNotNull(overdueNotifiedAt(id), "the timer ran the watch within a minute");
        assertEquals(1, auditCount("DEADLINE_OVERDUE", id));
    }

    @Test
    void aNoticeGoesOnceHoweverManyRunsRaceForIt() throws Exception {
        long id = registerStarted(18).getId();
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            runs.add(executor.submit(() -> watch.run()));
        }
        for (Future<Integer> run : runs) {
            run.get();
        }
        watch.run();
        assertNotNull(overdueNotifiedAt(id));
        assertEquals(1, auditCount("DEADLINE_OVERDUE", id), "one notice, whoever sent it");
        assertEquals(0, auditCount("DEADLINE_DUE_SOON", id), "no late due-soon notice after the deadline");
    }

    @Test
    void aCalendarChangeListsTheDeadlinesAlreadySetForReviewWithoutMovingThem() throws Exception {
        String id = UUID.randomUUID().toString();
        WatchedDeadline d = watch.register("Drill", id, "REVIEW-" + id.substring(0, 8), demoProvider(),
                LocalDate.of(2027, 10, 14), 1, "head");
        assertEquals(LocalDate.of(2027, 10, 15), d.getDueDate());
        request.login("admin", "demo");
        try {
            assertTrue(watch.toReview().stream().noneMatch(r -> r.getId().equals(d.getId())));
            calendar.addTransfer(LocalDate.of(2027, 10, 15), LocalDate.of(2027, 10, 16),
                    new LocalizedText("Сынақ", null, null));
            try {
                WatchedDeadline listed = watch.toReview().stream().filter(r -> r.getId().equals(d.getId()))
                        .findFirst().orElseThrow();
                assertEquals(LocalDate.of(2027, 10, 15), listed.getDueDate(), "not moved");
            } finally {
                calendar.removeDay(LocalDate.of(2027, 10, 15));
            }
            assertTrue(watch.toReview().stream().noneMatch(r -> r.getId().equals(d.getId())));
        } finally {
            request.logout();
        }
    }

    @Test
    void aClosedDeadlineIsNotAnnounced() throws Exception {
        WatchedDeadline d = registerStarted(20);
        watch.close(d.getSubjectType(), d.getSubjectId());
        watch.run();
        assertEquals(0, auditCount("DEADLINE_OVERDUE", d.getId()));
    }
}
