package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.EnumMap;
import java.util.Map;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.CaseQueue;
import kz.shagym.registry.model.JournalFilter;
import kz.shagym.registry.service.Journal;

/** How many cases wait in each queue, for the menu; counted once per request, only for the queues shown. */
@Named
@RequestScoped
@RetriedOnConflict
public class CaseCounts {

    @EJB
    private Journal journal;

    private final Map<CaseQueue, Long> counted = new EnumMap<>(CaseQueue.class);

    public long of(CaseQueue queue) {
        return counted.computeIfAbsent(queue, q -> journal.count(JournalFilter.of(q)));
    }
}
