package kz.shagym.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * HTTP Basic for the JSON API. The staff screens sign in with a form; integrations and tests
 * send the same accounts' credentials with each request. The filter signs the caller in
 * against the server's user registry for this request only; each service then checks the
 * caller's roles itself. A request without credentials goes on anonymously (the public
 * endpoints), and a protected service answers it 401.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiBasicAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CHALLENGE = "Basic realm=\"Shagym\", charset=\"UTF-8\"";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Credentials> credentials = Credentials.fromHeader(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        try {
            request.login(credentials.get().user(), credentials.get().password());
        } catch (ServletException wrongCredentials) {
            response.setHeader("WWW-Authenticate", CHALLENGE);
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            // Once a streamed answer (a PDF) is committed, the sign-in ends with the request anyway,
            // and logout could no longer clear its cookie.
            if (!response.isCommitted()) {
                request.logout();
            }
        }
    }

    /** A user name and password from an {@code Authorization: Basic ...} header. */
    record Credentials(String user, String password) {

        static Optional<Credentials> fromHeader(String header) {
            if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
                return Optional.empty();
            }
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException notBase64) {
                return Optional.of(new Credentials("", ""));
            }
            int colon = decoded.indexOf(':');
            return Optional.of(colon < 0 ? new Credentials(decoded, "")
                    : new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1)));
        }
    }
}
