package kz.shagym.kernel.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Logger;
import org.primefaces.context.PrimeFacesContext;
import org.primefaces.csp.CspException;
import org.primefaces.csp.CspState;

/**
 * Refuses a screen's form sent back without the Content-Security-Policy nonce its page gave
 * it, before any of the form is applied. PrimeFaces checks that nonce only as it renders the
 * answer, after the form's action has run: a forged post took its step and then got an error
 * page. Asked as soon as the view is restored, PrimeFaces' own check answers first, and a
 * refused form gets 400 and the error page (ErrorView: "badForm").
 */
public class NonceBeforeAction implements PhaseListener {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(NonceBeforeAction.class.getName());

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Only once the view, which keeps the page's nonce, is restored.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getViewRoot() == null || !(context.isPostback() || context.getPartialViewContext().isAjaxRequest())) {
            return;
        }
        CspState csp = PrimeFacesContext.getCspState(context);
        if (csp == null) {
            return;
        }
        try {
            csp.getNonce();
        } catch (CspException forged) {
            LOG.fine(() -> "Form refused before its action: " + forged.getMessage());
            try {
                context.getExternalContext().responseSendError(400, null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            context.responseComplete();
        }
    }
}
