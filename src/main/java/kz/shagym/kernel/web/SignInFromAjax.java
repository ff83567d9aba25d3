package kz.shagym.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.omnifaces.util.Servlets;

/**
 * A screen's Ajax step whose session has ended (30 idle minutes, or signed out in another
 * tab) is sent by the container to the sign-in form; the browser's script follows that
 * redirect itself and cannot show the page it finds, so the clerk's click did nothing. Here
 * such a request is told, in Faces' own Ajax answer, to open the sign-in form as a page.
 * After signing in, the container brings the clerk back to the screen they were on.
 */
@WebFilter(urlPatterns = {"/login.xhtml", "/login-failed.xhtml"})
public class SignInFromAjax extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (Servlets.isFacesAjaxRequest(request)) {
            Servlets.facesRedirect(request, response, request.getRequestURI());
            return;
        }
        chain.doFilter(request, response);
    }
}
