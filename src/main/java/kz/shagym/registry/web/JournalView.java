package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.WorkingDays;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.registry.model.CaseQueue;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.JournalFilter;
import kz.shagym.registry.model.JournalSort;
import kz.shagym.registry.model.Term;
import kz.shagym.registry.service.Journal;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** The registration journal (/staff/journal.xhtml): the provider's cases, filtered and paged in the database. */
@Named
@ViewScoped
@RetriedOnConflict
public class JournalView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, JournalSort> SORTS = Map.of("incomingNumber", JournalSort.NUMBER,
            "registeredAt", JournalSort.REGISTERED_AT, "deadline", JournalSort.DEADLINE, "state", JournalSort.STATE,
            "complainantSearch", JournalSort.COMPLAINANT);

    @EJB
    private Journal journal;

    @EJB
    private WorkingDays workingDays;

    @Inject
    private BusinessClock clock;

    private LocalDate today;

    private String number;
    private LocalDate from;
    private LocalDate to;
    private String complainant;
    private ComplaintState state;
    private JournalFilter.DeadlineFilter deadline;
    private CaseQueue queue;

    private final LazyDataModel<Complaint> cases = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) journal.count(filter());
        }

        @Override
        public List<Complaint> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                    Map<String, FilterMeta> filterBy) {
            SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
            if (sort == null && queue != null) {
                // A queue is worked through due soonest first.
                return journal.page(filter(), JournalSort.DEADLINE, true, first, pageSize);
            }
            JournalSort by = sort == null ? JournalSort.REGISTERED_AT : SORTS.getOrDefault(sort.getField(),
                    JournalSort.REGISTERED_AT);
            boolean ascending = sort != null && sort.getOrder() == SortOrder.ASCENDING;
            return journal.page(filter(), by, ascending, first, pageSize);
        }

        @Override
        public String getRowKey(Complaint complaint) {
            return String.valueOf(complaint.getId());
        }
    };

    JournalFilter filter() {
        return new JournalFilter(number, from, to, complainant, state, deadline, queue);
    }

    /** Where a row's term stands today: its working days left and its mark. */
    public Term term(Complaint c) {
        return c.term(workingDays.calendar(), today());
    }

    private LocalDate today() {
        if (today == null) {
            today = clock.today();
        }
        return today;
    }


    public void clear() {
        number = null;
        from = null;
        to = null;
        complainant = null;
        state = null;
        deadline = null;
    }

    public LazyDataModel<Complaint> getCases() {
        return cases;
    }

    public ComplaintState[] getStates() {
        return ComplaintState.values();
    }

    public JournalFilter.DeadlineFilter[] getDeadlineFilters() {
        return JournalFilter.DeadlineFilter.values();
    }

    /** The page's heading key: the journal, or the queue it shows. */
    public String getTitleKey() {
        return queue == null ? "journal.title" : "queue." + queue;
    }

    public CaseQueue getQueue() {
        return queue;
    }

    public void setQueue(CaseQueue queue) {
        this.queue = queue;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getComplainant() {
        return complainant;
    }

    public void setComplainant(String complainant) {
        this.complainant = complainant;
    }

    public ComplaintState getState() {
        return state;
    }

    public void setState(ComplaintState state) {
        this.state = state;
    }

    public JournalFilter.DeadlineFilter getDeadline() {
        return deadline;
    }

    public void setDeadline(JournalFilter.DeadlineFilter deadline) {
        this.deadline = deadline;
    }
}
