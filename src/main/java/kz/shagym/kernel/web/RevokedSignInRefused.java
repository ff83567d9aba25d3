package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import kz.shagym.kernel.service.SignIns;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In a cluster (SHAGYM_CLUSTER=on), a sign-in cookie revoked by signing out on another server
 * signs nobody in here either: the caller is signed out on this server too (which then
 * remembers the cookie itself), the API answers 401 and a screen goes back to the sign-in. On
 * one server Liberty refuses such a cookie before any filter runs, and this one asks nothing.
 */
@WebFilter(urlPatterns = "/*")
public class RevokedSignInRefused extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private SignIns signIns;

    @Inject
    @ConfigProperty(name = "SHAGYM_CLUSTER", defaultValue = "off")
    private String cluster;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<String> cookie = "on".equals(cluster) && request.getRemoteUser() != null
                && request.getHeader("Authorization") == null ? signInCookie(request) : Optional.empty();
        if (cookie.isPresent() && signIns.isRevoked(cookie.get())) {
            request.logout();
            if (request.getServletPath().startsWith("/api")) {
                ApiError.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.signedOut");
            } else {
                response.sendRedirect(request.getContextPath() + "/staff/");
            }
            return;
        }
        chain.doFilter(request, response);
    }

    static Optional<String> signInCookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(c -> SignIns.COOKIE.equals(c.getName()) && !c.getValue().isBlank()).map(Cookie::getValue)
                .findFirst();
    }
}
