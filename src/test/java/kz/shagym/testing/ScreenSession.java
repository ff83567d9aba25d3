package kz.shagym.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A browser-like HTTP client of the staff screens: its own cookies, signed in through the form. */
public final class ScreenSession {

    private ScreenSession() {
    }

    /** A client with its own session, signed in through the container's form login. */
    public static HttpClient signedIn(String url, String user, String password) throws Exception {
        HttpClient client = client();
        HttpResponse<String> home = signIn(client, url, user, password);
        if (!home.body().contains("staffName")) {
            throw new IllegalStateException("sign-in as " + user + " failed: HTTP " + home.statusCode());
        }
        return client;
    }

    /** A client of its own, with a cookie jar, that follows redirects as a browser does. */
    public static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Asks for the staff home page and fills in the sign-in form: the page the browser lands on. */
    public static HttpResponse<String> signIn(HttpClient client, String url, String user, String password)
            throws Exception {
        client.send(HttpRequest.newBuilder(URI.create(url + "/staff/")).build(), HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        return client.send(HttpRequest.newBuilder(URI.create(url + "/j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A page of the screens, asked for as a browser asks. */
    public static HttpResponse<String> page(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The id of the staff layout's control that switches the language to {@code language}. */
    public static String languageControl(String page, String language) {
        Matcher control = Pattern.compile("id=\"(languageForm:[^\"]+)\"[^>]*data-lang=\"" + language + "\"").matcher(page);
        if (!control.find()) {
            throw new IllegalStateException("no language form on the page");
        }
        return control.group(1);
    }

    /**
     * What a Faces page gives each of its forms to send back: the view state and PrimeFaces' CSP
     * nonce (a null one is left out of the post, as a forged form would leave it).
     */
    public record FormState(String viewState, String nonce) {

        public static FormState of(String page) {
            Matcher viewState = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"").matcher(page);
            // The Content-Security-Policy nonce, kept in the view and sent back with every form, as PrimeFaces does.
            Matcher nonce = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)").matcher(page);
            if (!viewState.find() || !nonce.find()) {
                throw new IllegalStateException("no Faces form on the page");
            }
            return new FormState(viewState.group(1), nonce.group(1));
        }

        /** Submits {@code form} of the page to {@code url} by its {@code control}, as a plain form post. */
        public HttpResponse<String> postBack(HttpClient client, String url, String form, String control) throws Exception {
            return send(client, url, form, control, false);
        }

        /** The same as a Faces Ajax request, as PrimeFaces' script sends a button's step. */
        public HttpResponse<String> ajaxPostBack(HttpClient client, String url, String form, String control) throws Exception {
            return send(client, url, form, control, true);
        }

        private HttpResponse<String> send(HttpClient client, String url, String form, String control, boolean ajax)
                throws Exception {
            Map<String, String> fields = new LinkedHashMap<>();
            if (ajax) {
                fields.put("jakarta.faces.partial.ajax", "true");
                fields.put("jakarta.faces.source", control);
                fields.put("jakarta.faces.partial.execute", form);
            }
            fields.put(form, form);
            fields.put("jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                fields.put("primefaces.nonce", nonce);
            }
            fields.put(control, control);
            String body = fields.entrySet().stream()
                    .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "="
                            + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body));
            if (ajax) {
                request.header("Faces-Request", "partial/ajax");
            }
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
