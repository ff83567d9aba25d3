package kz.shagym.publicinfo.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import jakarta.ejb.EJB;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.regex.Pattern;
import kz.shagym.kernel.service.ProcedureTerms;

/**
 * Headers of the public pages and the public status API: the ministry's site may embed them
 * (CSP frame-ancestors, from the setting {@code public.frame-ancestors}, read at most once a
 * minute), no other site may; the status's address carries the access code, so no page sends
 * it on as a referrer. kernel.web.SecurityHeaders adds what every answer carries.
 */
@WebFilter(urlPatterns = {"/", "/index.xhtml", "/status.xhtml", "/phones.xhtml", "/statistics.xhtml", "/api/status", "/api/open-data/*"},
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD})
public class PublicPageHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** What a frame-ancestors list may hold: host sources, schemes, 'self', 'none'; nothing that ends the header. */
    static final Pattern SOURCE_LIST = Pattern.compile("[A-Za-z0-9:/.*'\\- ]{1,500}");
    static final String FALLBACK = "'self'";

    @EJB
    private transient ProcedureTerms terms;

    private final transient LoadingCache<String, String> frameAncestors = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).build(key -> allowedOrSelf(terms.publicFrameAncestors()));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", "frame-ancestors " + frameAncestors.get("setting"));
        response.setHeader("Referrer-Policy", "no-referrer");
        chain.doFilter(request, response);
    }

    static String allowedOrSelf(String sources) {
        return sources != null && SOURCE_LIST.matcher(sources.strip()).matches() ? sources.strip() : FALLBACK;
    }
}
