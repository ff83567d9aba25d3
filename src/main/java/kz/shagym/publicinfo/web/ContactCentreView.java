package kz.shagym.publicinfo.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.function.Supplier;
import kz.shagym.kernel.model.AuditRecord;
import kz.shagym.kernel.model.Refused;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.publicinfo.model.LookedUpCase;
import kz.shagym.publicinfo.service.ContactCentreLookup;

/** The operator's workplace: look a caller's case up by number or IIN/BIN, see one's recent look-ups. */
@Named
@RequestScoped
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
        } catch (Refused refused) {
            messages.refused(FORM, refused);
        }
    }

    /** Null before a look-up; the cases found after one. */
    public List<LookedUpCase> getFound() {
        return found;
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
