package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
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
import java.util.OptionalLong;
import java.util.Set;
import kz.shagym.kernel.service.SignInGuard;

/**
 * HTTP Basic for the JSON API. The staff screens sign in with a form; integrations and tests
 * send the same accounts' credentials with each request. The filter signs the caller in
 * against the server's user registry with each request (its authentication cache remembers
 * a recent sign-in, as for the screens); each service then checks the caller's roles itself.
 * A request without credentials goes on anonymously (the public endpoints), and a protected
 * service answers it 401.
 */
@WebFilter(urlPatterns = "/api/*")
public class ApiBasicAuthentication extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** Methods that take no step: a signed-in browser may read over the API with its cookie. */
    static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    static final String CHALLENGE = "Basic realm=\"Shagym\", charset=\"UTF-8\"";
    static final int SC_TOO_MANY_REQUESTS = 429;

    @EJB
    private SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Optional<Credentials> credentials = Credentials.fromHeader(request.getHeader("Authorization"));
        if (credentials.isEmpty()) {
            if (request.getUserPrincipal() != null && !SAFE_METHODS.contains(request.getMethod())) {
                // Signed in by the screens' cookie alone: a page on another site could have sent
                // this. A step over the API needs the API's own credentials.
                ApiError.write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.error.cookieOnly");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String user = credentials.get().user();
        OptionalLong wait = guard.secondsToWait(user, request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            ApiError.write(request, response, SC_TOO_MANY_REQUESTS, "api.error.tooManySignIns");
            return;
        }
        try {
            request.login(user, credentials.get().password());
        } catch (ServletException wrongCredentials) {
            ConflictRetry.retried(() -> guard.failed(user, request.getRemoteAddr()));
            response.setHeader("WWW-Authenticate", CHALLENGE);
            ApiError.write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.credentials");
            return;
        }
        guard.succeeded(user, request.getRemoteAddr());
        // No logout after the request: the server's authentication cache then knows the caller's
        // next request without signing a new token, which cost a sixth of a registration's
        // processor time. The answer carries the sign-in cookie the container issues, as a form
        // sign-in does; a step over the API still needs the credentials (above).
        chain.doFilter(request, response);
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
