package kz.shagym.publicinfo.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import kz.shagym.kernel.web.RetriedOnConflict;
import kz.shagym.publicinfo.model.CaseStatus;
import kz.shagym.publicinfo.model.StatusAnswer;
import kz.shagym.publicinfo.service.CaseStatuses;

/**
 * The public status page: the number and code come in the address (the QR code of the
 * confirmation carries both, the page's plain form sends both), so it works without
 * JavaScript and without a session. Answers with the API's status codes: 404 for any miss,
 * 429 with Retry-After when this address has failed too often.
 */
@Named
@RequestScoped
@RetriedOnConflict
public class StatusView {

    @Inject
    private CaseStatuses statuses;

    private String number;
    private String code;
    private CaseStatus status;
    private boolean notFound;
    private long retryAfterSeconds;

    /** Looks the case up when the address asks for one; a bare page is just the form. */
    public void lookUp() {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        context.setResponseHeader("Cache-Control", "no-store");
        if (isBlank(number) && isBlank(code)) {
            return;
        }
        StatusAnswer answer = statuses.open(number, code, ((HttpServletRequest) context.getRequest()).getRemoteAddr());
        if (answer instanceof StatusAnswer.Found found) {
            status = found.status();
        } else if (answer instanceof StatusAnswer.TryLater later) {
            retryAfterSeconds = PublicPages.retryAfterSeconds(later.retryAfter());
            context.setResponseStatus(429);
            context.setResponseHeader("Retry-After", String.valueOf(retryAfterSeconds));
        } else {
            notFound = true;
            context.setResponseStatus(404);
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public boolean isNotFound() {
        return notFound;
    }

    public boolean isLimited() {
        return retryAfterSeconds > 0;
    }

    public long getRetryAfterSeconds() {
        return retryAfterSeconds;
    }
}
