package kz.shagym.kernel.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** The address of a case's page, for links between cases and for the redirect after a step. */
@Named
@ApplicationScoped
public class CasePage {

    /** The page of the case of that incoming number, for a link (without the context path). */
    public String link(String number) {
        return "/staff/case.xhtml?number=" + encoded(number);
    }

    /** The Faces outcome that shows the case of that number afresh after a step. */
    public static String redirect(String number) {
        return "/staff/case?faces-redirect=true&number=" + encoded(number);
    }

    private static String encoded(String number) {
        return URLEncoder.encode(number, StandardCharsets.UTF_8);
    }
}
