package kz.shagym.publicinfo.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.publicinfo.model.LookedUpCase;
import kz.shagym.publicinfo.service.ContactCentreLookup;

/** The operator's workplace: look a caller's case up by number or IIN/BIN, see one's recent look-ups. */
@Named
@RequestScoped
@RetriedOnConflict
public class ContactCentreView {

    static final String FORM = "lookup";

    @EJB
    private ContactCentreLookup lookup;

    @Inject
    private ScreenMessages messages;

    private String number;
    private String iin;
    private List<LookedUpCase> found;
    private List<AuditRecord> recent;

    public void byNumber() {
        show(() -> lookup.byNumber(number));
    }

    public void byIin() {
        show(() -> lookup.byIin(iin));
    }

    private void show(Supplier<List<LookedUpCase>> search) {
        try {
            found = search.get();
            recent = null; // read again: the table was asked for it before the look-up, when the form came in
        } catch (Refused refused) {
            messages.refused(FORM, refused);
        }
    }

    /** Null before a look-up; the cases found after one. */
    public List<LookedUpCase> getFound() {
        return found;
    }

    /** What a past look-up asked, in the operator's language: "Incoming number: …" or "Complainant's IIN/BIN: …". */
    public String asked(AuditRecord record) {
        String asked = record.getEntityId() == null ? "" : record.getEntityId();
        for (var kind : List.of(ContactCentreLookup.BY_NUMBER, ContactCentreLookup.BY_IIN)) {
            if (asked.startsWith(kind + " ")) {
                String label = messages.bundle().get(kind.equals(ContactCentreLookup.BY_NUMBER) ? "lookup.number" : "lookup.iin");
                return label + ": " + asked.substring(kind.length() + 1);
            }
        }
        return asked;
    }

    public List<AuditRecord> getRecent() {
        if (recent == null) {
            recent = lookup.recent();
        }
        return recent;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getIin() {
        return iin;
    }

    public void setIin(String iin) {
        this.iin = iin;
    }
}
