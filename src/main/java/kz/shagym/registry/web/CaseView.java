package kz.shagym.registry.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import kz.shagym.kernel.service.StaffDirectory;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.kernel.web.ScreenMessages;
import kz.shagym.registry.model.Attachment;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.Term;
import kz.shagym.registry.service.Registry;

/** A case's page (/staff/case.xhtml?number=...): all that was registered, the scans and the timeline. */
@Named
@ViewScoped
@RetriedOnConflict
public class CaseView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private Registry registry;

    @Inject
    private ScreenMessages messages;

    @EJB
    private StaffDirectory staff;

    private String number;
    private Complaint complaint;
    private List<Attachment> attachments = List.of();
    private List<CaseEvent> history = List.of();
    private Term term;

    /** Loads the case named by the view parameter, if the member may read it; any other is "not found" like a missing one. */
    public void load() {
        complaint = registry.read(number).orElse(null);
        if (complaint == null) {
            messages.error("case.error.notFound");
            return;
        }
        attachments = registry.attachments(complaint);
        history = registry.history(complaint);
        term = registry.term(complaint);
    }

    /** Whether the case is the signed-in member's organisation's (others' are read only, their receipt not printed here). */
    public boolean isOurs() {
        return complaint != null && complaint.getOrganisationId() == staff.callerOrganisation().getId();
    }

    /** Where the term stands today: closed once the answer left or the case was withdrawn. */
    public Term getTerm() {
        return term;
    }

    /** Shown in the page rather than downloaded: the scans that a browser displays itself. */
    public boolean isImage(Attachment a) {
        return a.getMediaType().startsWith("image/");
    }

    public String fileUrl(String what, Long attachmentId) {
        return CaseFilesServlet.PATH + "/" + what + "?number=" + URLEncoder.encode(number, StandardCharsets.UTF_8)
                + (attachmentId == null ? "" : "&id=" + attachmentId);
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public Complaint getComplaint() {
        return complaint;
    }

    public List<Attachment> getAttachments() {
        return attachments;
    }

    public List<CaseEvent> getHistory() {
        return history;
    }
}
