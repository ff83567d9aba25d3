package kz.shagym.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** A staff page for the roles that work on it (StaffPage), 403 for anyone else before any work. */
@WebFilter(urlPatterns = "/staff/*")
public class StaffPageRoles extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean refused = request.getRemoteUser() != null && StaffPage.at(request.getServletPath())
                .filter(page -> !page.opensFor(role -> request.isUserInRole(role.name()))).isPresent();
        if (refused) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
