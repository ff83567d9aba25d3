package kz.shagym.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address at which citizens reach Shagym's public pages, for links printed on paper (the
 * QR code of the acceptance confirmation). Set {@code SHAGYM_PUBLIC_URL} where the intranet
 * address the staff use is not the one citizens see; otherwise the request's own address.
 */
@ApplicationScoped
public class PublicAddress {

    @Inject
    @ConfigProperty(name = "shagym.public-url")
    private Optional<String> configured;

    public String base(HttpServletRequest request) {
        return configured.filter(s -> !s.isBlank()).map(s -> s.replaceAll("/+$", "")).orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        });
    }
}
