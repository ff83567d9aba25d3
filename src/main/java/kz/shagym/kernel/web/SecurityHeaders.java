package kz.shagym.kernel.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The headers every answer carries. No other site may frame Shagym's pages
 * ({@code frame-ancestors 'self'}: the case page itself frames its scans), unless a module's
 * filter allows it for its public pages first (publicinfo's PublicPageHeaders sets its own
 * policy, and this filter then leaves it).
 * No browser guesses a type, no address is sent to another site, and nothing signed-in is
 * cached: staff and administration pages and every API answer are {@code no-store} (the
 * styles, scripts and images under the Faces resource path stay cacheable). Over TLS, the
 * browser is told to come back only over TLS.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String FRAME_OWN = "frame-ancestors 'self'";
    static final String ONE_YEAR_OF_TLS = "max-age=31536000";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        setUnlessSet(response, "Content-Security-Policy", FRAME_OWN);
        setUnlessSet(response, "Referrer-Policy", "same-origin");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", ONE_YEAR_OF_TLS);
        }
        if (signedInArea(askedPath(request))) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    /**
     * The path the browser asked for. The error page (a refusal the container answered before
     * any filter ran, a 404) is dispatched anew, and answers for the page that was asked.
     */
    private static String askedPath(HttpServletRequest request) {
        Object asked = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (request.getDispatcherType() == DispatcherType.ERROR && asked instanceof String uri) {
            return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        }
        return request.getServletPath();
    }

    /** Staff and administration pages and the API: what they answer may be personal. */
    static boolean signedInArea(String path) {
        return path.startsWith("/staff/") || path.startsWith("/admin/") || path.startsWith("/api/")
                || path.equals("/api");
    }

    private static void setUnlessSet(HttpServletResponse response, String header, String value) {
        if (!response.containsHeader(header)) {
            response.setHeader(header, value);
        }
    }
}
