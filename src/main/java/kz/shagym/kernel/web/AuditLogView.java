package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.AuditFilter;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.service.AuditSeal;
import kz.shagym.kernel.service.AuditTrail;
import kz.shagym.kernel.service.Messages;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The administrator's audit trail: a lazy table, newest first, with filters. */
@Named
@ViewScoped
@RetriedOnConflict
public class AuditLogView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String COMPLAINT = "COMPLAINT_";

    @EJB
    private transient AuditTrail audit;

    @EJB
    private transient AuditSeal seal;

    @Inject
    private ScreenMessages messages;

    private String actor;
    private String action;
    private String entityType;
    private String entityId;
    private LocalDate from;
    private LocalDate to;

    private final LazyDataModel<AuditRecord> records = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
        }

        @Override
        public List<AuditRecord> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            return audit.search(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(AuditRecord record) {
            return String.valueOf(record.getId());
        }
    };

    private AuditFilter filter() {
        return new AuditFilter(actor, action, entityType, entityId, from, to);
    }

    /**
     * What an action code means, in the reader's language: its own name, or for a case's move
     * or note ("COMPLAINT_ANSWER_SENT") the state or event it names; the code itself otherwise.
     */
    public String actionName(String code) {
        Messages bundle = messages.bundle();
        return bundle.find("audit.action." + code).orElseGet(() -> {
            if (!code.startsWith(COMPLAINT)) {
                return code;
            }
            String what = code.substring(COMPLAINT.length());
            return bundle.find("state." + what).or(() -> bundle.find("event." + what))
                    .map(name -> bundle.get("audit.action.complaint", name)).orElse(code);
        });
    }

    /** What the record says of its change, in the reader's language when it was kept as a message. */
    public String details(String details) {
        Messages bundle = messages.bundle();
        return AuditDetail.decoded(details)
                .map(d -> bundle.get(d.messageKey(), d.arguments(key -> bundle.get(key))))
                .orElse(details);
    }

    /** Checks the audit chain from its start and says whether it holds, or where it broke. */
    public void checkChain() {
        AuditSeal.Check check = seal.check();
        if (check.intact()) {
            messages.info("audit.chain.intact", check.checked(), check.lastSeq(), check.lastHash());
        } else {
            messages.error("audit.chain." + check.problem().kind(), check.problem().seq(),
                    check.problem().recordId() == null ? "" : check.problem().recordId());
        }
    }

    public void reset() {
        actor = action = entityType = entityId = null;
        from = to = null;
    }

    public LazyDataModel<AuditRecord> getRecords() {
        return records;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
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
}
