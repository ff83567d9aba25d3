package kz.shagym.kernel.service;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import kz.shagym.kernel.model.CalendarChanged;

/** Rebuilds the calendar once a change has committed, never on one that rolled back. */
@ApplicationScoped
public class CalendarReloader {

    @EJB
    private WorkingDays workingDays;

    void reload(@Observes(during = TransactionPhase.AFTER_SUCCESS) CalendarChanged change) {
        workingDays.reload();
    }
}
