package kz.shagym.kernel.web;

import jakarta.ejb.EJB;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import kz.shagym.kernel.service.SignInGuard;

/**
 * The screens' sign-in form under the same throttle as the API's Basic sign-in: a source that
 * guessed wrong too often is answered 429 (the error page says how long to wait) before the
 * container checks the password; each wrong password is counted and audited, the right one
 * starts the account afresh. The container signs in within this filter's chain, so what
 * follows it says whether the password was right.
 */
@WebFilter(urlPatterns = "/j_security_check")
public class FormSignInThrottle extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @EJB
    private SignInGuard guard;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String user = request.getParameter("j_username");
        String address = request.getRemoteAddr();
        OptionalLong wait = guard.secondsToWait(user, address);
        if (wait.isPresent()) {
            response.setHeader("Retry-After", String.valueOf(wait.getAsLong()));
            response.sendError(ApiBasicAuthentication.SC_TOO_MANY_REQUESTS);
            return;
        }
        chain.doFilter(request, response);
        if (request.getRemoteUser() != null) {
            guard.succeeded(user, address);
        } else {
            ConflictRetry.retried(() -> guard.failed(user, address));
        }
    }
}
