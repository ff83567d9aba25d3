package kz.shagym.kernel.service;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import kz.shagym.kernel.model.RevokedSignIn;

/**
 * Sign-in cookies revoked by signing out, for every server of a cluster (SHAGYM_CLUSTER=on).
 * On one server Liberty's own memory of signed-out cookies (trackLoggedOutSSOCookies) is
 * enough; another server never saw the sign-out, and asks here.
 */
@Stateless
@PermitAll
public class SignIns {

    /** The sign-in cookie, as server.xml names it (webAppSecurity ssoCookieName). */
    public static final String COOKIE = "ShagymSSO";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private BusinessClock clock;

    public void revoke(String cookie) {
        Instant now = clock.now();
        em.createNamedQuery("RevokedSignIn.before").setParameter("before", now.minus(RevokedSignIn.REMEMBERED))
                .executeUpdate();
        em.merge(new RevokedSignIn(cookie, now));
    }

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isRevoked(String cookie) {
        return em.find(RevokedSignIn.class, RevokedSignIn.digest(cookie)) != null;
    }
}
