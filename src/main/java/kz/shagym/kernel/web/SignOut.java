package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.shagym.kernel.service.SignIns;

/**
 * Ends the session and the sign-in, then shows the public home page. The sign-in cookie is
 * revoked for every server first: this one forgets it by itself, the others of a cluster
 * ask {@link SignIns} (see {@link RevokedSignInRefused}).
 */
@Named
@RequestScoped
@RetriedOnConflict
public class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    @EJB
    private SignIns signIns;

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        RevokedSignInRefused.signInCookie(request).ifPresent(signIns::revoke);
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Sign-out failed; the session is invalidated anyway", e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
