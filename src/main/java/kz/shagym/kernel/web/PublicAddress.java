package kz.shagym.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which citizens reach Shagym's public pages, for links printed on paper (the
 * QR code of the acceptance confirmation). Set {@code SHAGYM_PUBLIC_URL} to the address
 * citizens see. Without it the server's own port on {@code localhost} is printed, right for a
 * developer's machine and harmless elsewhere. Never the request's Host header: a forged
 * header would print another site, with the access code, on an official paper.
 */
@ApplicationScoped
public class PublicAddress {

    private static final Logger LOG = Logger.getLogger(PublicAddress.class.getName());

    @Inject
    @ConfigProperty(name = "shagym.public-url")
    private Optional<String> configured;

    private final AtomicBoolean warned = new AtomicBoolean();

    public String base(HttpServletRequest request) {
        if (configured.filter(s -> !s.isBlank()).isEmpty() && !warned.getAndSet(true)) {
            LOG.warning("SHAGYM_PUBLIC_URL is not set: confirmations print http://localhost as the public address");
        }
        return of(configured, request.isSecure(), request.getLocalPort(), request.getContextPath());
    }

    /** The configured address, or this server on localhost at the port the request came in on. */
    static String of(Optional<String> configured, boolean secure, int localPort, String contextPath) {
        return configured.filter(s -> !s.isBlank()).map(s -> s.strip().replaceAll("/+$", "")).orElseGet(() -> {
            String scheme = secure ? "https" : "http";
            boolean defaultPort = !secure && localPort == 80 || secure && localPort == 443;
            return scheme + "://localhost" + (defaultPort ? "" : ":" + localPort) + contextPath;
        });
    }
}
