package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import kz.shagym.kernel.model.StaffStanding;
import kz.shagym.kernel.service.StaffDirectory;

/**
 * Staff and administration screens for members of staff with an active record only. The
 * registry may accept a login that Shagym has no record for (a newcomer the administrator has
 * not attached yet) or whose record is deactivated: they get a page saying so, answered 403,
 * before any screen asks for their organisation.
 */
@WebFilter(urlPatterns = {"/staff/*", "/admin/*"})
public class StaffRecordRequired extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private StaffDirectory staff;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getRemoteUser() != null && staff.callerStanding() != StaffStanding.ACTIVE) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN); // ErrorView says why
            return;
        }
        chain.doFilter(request, response);
    }
}
