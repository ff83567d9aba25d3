package kz.shagym.kernel.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.OptionalLong;
import kz.shagym.kernel.model.AuditDetail;
import kz.shagym.kernel.model.SignInThrottle;

/**
 * Wrong passwords slow their source down (see {@link SignInThrottle}) and each is audited as
 * SIGN_IN_FAILED with the login tried and the address it came from. Asked by the screens'
 * sign-in and the API's before the password is checked at all.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN) // the throttle is thread-safe itself
@PermitAll
public class SignInGuard {

    /** A login as typed, at most this long in the audit trail: guessing writes no essays. */
    private static final int LOGIN_SHOWN = 64;

    private final SignInThrottle throttle = new SignInThrottle();

    @EJB
    private AuditTrail audit;

    @Inject
    private BusinessClock clock;

    /**
     * The whole seconds this source must still wait before its next try, rounded up (what a
     * {@code Retry-After} header says); empty when it may try now.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public OptionalLong secondsToWait(String login, String address) {
        return throttle.waitFor(login, address, clock.now())
                .map(wait -> OptionalLong.of(wait.plusNanos(999_999_999).toSeconds()))
                .orElse(OptionalLong.empty());
    }

    /**
     * Audits the wrong password, then counts it: a conflict rolls the audit line back before
     * anything is counted, so the filter that takes this again counts it once.
     */
    public void failed(String login, String address) {
        String shown = login == null ? "" : login.length() > LOGIN_SHOWN ? login.substring(0, LOGIN_SHOWN) : login;
        audit.record("SIGN_IN_FAILED", "Login", shown, AuditDetail.of("signInFailed", address));
        throttle.failed(login, address, clock.now());
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public void succeeded(String login, String address) {
        throttle.succeeded(login, address);
    }
}
