package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.Optional;
import kz.shagym.kernel.model.StaffStanding;
import kz.shagym.kernel.service.StaffDirectory;
import org.primefaces.csp.CspException;

/**
 * What the error page says: not found, not yours to see (the container's 403, or a service
 * that refused the caller's role while the page was built), a form the server cannot take,
 * or something went wrong. A refusal answers 403 and a bad form 400, never 500; a signed-in
 * user keeps the staff layout.
 */
@Named
@RequestScoped
@RetriedOnConflict
public class ErrorView {

    @EJB
    private StaffDirectory staff;

    private Integer status;
    private String kind;

    public int getStatus() {
        if (status == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext context = faces.getExternalContext();
            Map<String, Object> request = context.getRequestMap();
            Object code = request.get("jakarta.servlet.error.status_code");
            int given = code instanceof Integer i ? i : 500;
            status = given;
            Throwable error = (Throwable) request.get("jakarta.servlet.error.exception");
            if (causedBy(error, EJBAccessException.class)) {
                status = 403;
            } else if (causedBy(error, CspException.class, ViewExpiredException.class)) {
                // A form the server cannot take: sent without the nonce PrimeFaces gave its page, or
                // with a view state it does not hold (a forged post, or a page left open past the session).
                status = 400;
            }
            // An Ajax answer stays 200, or the browser's script would drop the page it carries
            // (FullAjaxExceptionHandler renders this page into it).
            if (status != given && !faces.getPartialViewContext().isAjaxRequest()) {
                context.setResponseStatus(status);
            }
        }
        return status;
    }

    @SafeVarargs
    private static boolean causedBy(Throwable error, Class<? extends Throwable>... kinds) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> kind : kinds) {
                if (kind.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The message key's ending for this status: "badForm", "notFound", "forbidden", "tooManySignIns" or the general one. A
     * refusal of a signed-in login without an active staff record says that instead
     * ("standing.NO_RECORD."), whichever page they asked for.
     */
    public String getKind() {
        if (kind == null) {
            kind = switch (getStatus()) {
                case 400 -> "badForm.";
                case 404 -> "notFound.";
                case 429 -> "tooManySignIns.";
                case 403 -> standing().map(StaffStanding::kind).orElse("forbidden.");
                default -> "";
            };
        }
        return kind;
    }

    private Optional<StaffStanding> standing() {
        return staff.callerLogin().map(login -> staff.callerStanding()).filter(s -> s != StaffStanding.ACTIVE);
    }
}
