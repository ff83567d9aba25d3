package kz.shagym.kernel.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Ends the session and the sign-in, then shows the public home page. */
@Named
@RequestScoped
public class SignOut {

    private static final Logger LOG = Logger.getLogger(SignOut.class.getName());

    public void signOut() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        try {
            request.logout();
        } catch (ServletException e) {
            LOG.log(Level.WARNING, "Sign-out failed; the session is invalidated anyway", e);
        }
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/");
    }
}
