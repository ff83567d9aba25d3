package kz.shagym.testing;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.AfterEach;

/**
 * An in-container test that calls the services as a demo user (password "demo"), signed in
 * on the request Arquillian runs it in, and signed out after each test. Deploy it with
 * {@code Deployments.shagym(TheTest.class, SignedInTest.class, …)}.
 */
public abstract class SignedInTest {

    @Inject
    protected HttpServletRequest request;

    @AfterEach
    void signOut() throws Exception {
        request.logout();
    }

    protected void signIn(String login) throws Exception {
        request.logout();
        request.login(login, "demo");
    }
}
