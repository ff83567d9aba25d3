package kz.shagym.kernel.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

/**
 * A sign-in cookie whose holder signed out: no server may accept it again. Kept as the
 * cookie's SHA-256, so the table holds nothing that signs anyone in.
 */
@Entity
@Table(name = "revoked_sign_in")
@NamedQuery(name = "RevokedSignIn.before", query = "DELETE FROM RevokedSignIn r WHERE r.revokedAt < :before")
public class RevokedSignIn implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * How long a revoked cookie is remembered: longer than any sign-in cookie lives (Liberty's
     * LTPA tokens expire after two hours), after which the cookie is refused anyway.
     */
    public static final Duration REMEMBERED = Duration.ofDays(1);

    @Id
    @Column(name = "cookie_digest", length = 64)
    private String cookieDigest;

    @Column(name = "revoked_at", nullable = false)
    private Instant revokedAt;

    protected RevokedSignIn() {
    }

    public RevokedSignIn(String cookie, Instant revokedAt) {
        this.cookieDigest = digest(cookie);
        this.revokedAt = revokedAt;
    }

    public static String digest(String cookie) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(cookie.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    public String getCookieDigest() {
        return cookieDigest;
    }
}
