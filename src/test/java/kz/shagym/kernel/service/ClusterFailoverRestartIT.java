package kz.shagym.kernel.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import kz.shagym.testing.Balancer;
import kz.shagym.testing.DeadlineDrill;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.NeedsBalancer;
import kz.shagym.testing.NeedsPostgreSQL;
import kz.shagym.testing.Registrars;
import kz.shagym.testing.RestartTest;
import kz.shagym.testing.ScreenSession;
import kz.shagym.testing.TestDatabase;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two servers on one PostgreSQL behind HAProxy (SHAGYM_CLUSTER=on, docs/cluster/haproxy.cfg).
 * Eight registrars register through the balancer while a deadline watch run works through a
 * backlog of overdue deadlines; the server running the watch is killed (SIGKILL) in the middle
 * of both. Then:
 * <ul>
 * <li>every registration acknowledged is there, and the numbers have no hole and no duplicate;</li>
 * <li>the balancer sends the registrars to the other server, which goes on acknowledging;</li>
 * <li>the other server takes the watch over within the timers' takeover threshold and finishes
 * the backlog, and no notice goes out twice (one audit record, at most one mail each);</li>
 * <li>a clerk whom the lost server had signed in stays signed in, with the language chosen
 * in the session and the screen opened before the loss still working.</li>
 * </ul>
 */
@NeedsPostgreSQL
@NeedsBalancer
@ExtendWith(ArquillianExtension.class)
class ClusterFailoverRestartIT extends RestartTest {

    static final String A = "cluster-a";
    static final String B = "cluster-b";
    static final int REGISTRARS = 8;
    static final int BACKLOG = 600;
    /** cluster-on.xml's defaults: a lost run may be taken over 100 s after it was due, looked for every 100 s. */
    static final Duration TAKEOVER = Duration.ofSeconds(100 + 100);

    @Deployment(name = A, managed = false, testable = false)
    @TargetsContainer(A)
    public static WebArchive onA() {
        return Deployments.shagym(DeadlineDrill.class);
    }

    @Deployment(name = B, managed = false, testable = false)
    @TargetsContainer(B)
    public static WebArchive onB() {
        return Deployments.shagym(DeadlineDrill.class);
    }

    @Test
    void theOtherServerCarriesOnWhenOneIsKilledUnderLoadAndInTheMiddleOfAWatchRun() throws Exception {
        makeServer("a", Integer.getInteger("it.cluster.a.port"));
        makeServer("b", Integer.getInteger("it.cluster.b.port"));
        String itPort = System.getProperty("it.http.port");
        GreenMail smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", "smtp"));
        smtp.start();
        Balancer balancer = Balancer.start(Integer.getInteger("it.balancer.port"), Integer.getInteger("it.cluster.a.port"),
                Integer.getInteger("it.cluster.b.port"));
        List<String> running = new ArrayList<>();
        try {
            for (String server : List.of("a", "b")) {
                controller.start(container(server));
                running.add(server);
                deployer.deploy(container(server));
            }
            // Every request of the helpers goes through the balancer from here on.
            System.setProperty("it.http.port", String.valueOf(Integer.getInteger("it.balancer.port")));
            waitUntil(() -> answeredBy("a") && answeredBy("b"), Duration.ofSeconds(60), "both servers in the balancer");
            oneServerIsKilled(running, smtp);
        } finally {
            System.setProperty("it.http.port", itPort);
            balancer.close();
            smtp.stop();
            for (String server : List.of("a", "b")) {
                if (running.contains(server)) {
                    deployer.undeploy(container(server));
                    controller.stop(container(server));
                } else {
                    try {
                        controller.kill(container(server));
                    } catch (Exception alreadyGone) {
                        // Arquillian cannot reach a killed server; it only needs to know it is down
                    }
                }
            }
        }
    }

    private void oneServerIsKilled(List<String> running, GreenMail smtp) throws Exception {
        // A clerk signed in on each server, the language switched to English in the session,
        // and a screen left open: whichever server is lost, one of them was on it.
        Map<String, Clerk> clerks = Map.of("a", Clerk.signIn("a"), "b", Clerk.signIn("b"));
        signingOutOnOneServerEndsTheSignInOnTheOther();

        Registrars registrars = Registrars.start(REGISTRARS);

        String backlog = "CLUSTER-" + System.nanoTime() + "-";
        try (TestDatabase db = TestDatabase.open()) {
            db.deadlinesThatPassedUnseen(IntStream.range(0, BACKLOG).mapToObj(i -> backlog + i).toList());
            // The run that took the backlog has sent some notices but not all: kill the server it runs on.
            String watching = null;
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (watching == null) {
                assertTrue(System.nanoTime() < until, "a watch run took the backlog within a minute");
                int sent = db.overdueNotices(backlog).size();
                assertTrue(sent < BACKLOG, "the backlog outlasts a look at both servers' threads");
                watching = sent == 0 ? null : running.stream().filter(s -> runsTheWatch(serverName(s))).findFirst().orElse(null);
            }
            int sentBefore = db.overdueNotices(backlog).size();
            kill(serverName(watching));
            Instant killedAt = Instant.now();
            registrars.serverLost();
            running.remove(watching);
            String survivor = running.get(0);
            System.out.println("ClusterFailoverRestartIT: killed server " + watching + " after " + sentBefore + " of "
                    + BACKLOG + " notices");

            waitUntil(() -> registrars.acknowledgedAfterTheLoss() >= 50, Duration.ofSeconds(60),
                    "the other server acknowledges registrations through the balancer");
            registrars.stop();

            clerks.get(watching).carriesOnWith(survivor);

            // The other server takes the run over once the threshold has passed, and finishes it.
            waitUntil(() -> noticesOf(db, backlog).size() == BACKLOG, TAKEOVER.plusSeconds(90),
                    "the other server finishes the backlog");
            List<TestDatabase.Notice> notices = noticesOf(db, backlog);
            Instant resumedAt = notices.stream().map(TestDatabase.Notice::notifiedAt).filter(t -> t.isAfter(killedAt))
                    .min(Comparator.naturalOrder()).orElseThrow();
            Duration takeover = Duration.between(killedAt, resumedAt);
            assertTrue(takeover.compareTo(TAKEOVER.plusSeconds(20)) <= 0, "taken over in " + takeover);
            List<String> twice = notices.stream().filter(n -> n.auditRecords() != 1).map(TestDatabase.Notice::label).toList();
            assertEquals(List.of(), twice, "every overdue notice recorded once");
            Map<String, Long> mails = Arrays.stream(smtp.getReceivedMessages()).map(ClusterFailoverRestartIT::subject)
                    .filter(subject -> subject.contains(backlog)).collect(Collectors.groupingBy(s -> s, Collectors.counting()));
            assertEquals(Map.of(), mails.entrySet().stream().filter(e -> e.getValue() > 1)
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)), "no notice mailed twice");
            assertTrue(mails.size() >= BACKLOG - 10, mails.size() + " of " + BACKLOG + " notices mailed: at most the "
                    + "few in flight at the kill may be recorded and not mailed");
            Instant finishedAt = notices.stream().map(TestDatabase.Notice::notifiedAt).max(Comparator.naturalOrder())
                    .orElseThrow();
            System.out.println("ClusterFailoverRestartIT: server " + survivor + " sent the next notice "
                    + takeover.toSeconds() + " s after the kill and the backlog's last "
                    + Duration.between(killedAt, finishedAt).toSeconds() + " s after it");
        }

        long committed = registrars.noNumberLostOrRepeated();
        System.out.println("ClusterFailoverRestartIT: " + registrars.acknowledged() + " registrations acknowledged ("
                + registrars.acknowledgedAfterTheLoss() + " after the kill), " + committed
                + " numbers committed, none missing");
    }

    /** The sign-in cookie of a clerk who signed out on server a signs nobody in on server b. */
    static void signingOutOnOneServerEndsTheSignInOnTheOther() throws Exception {
        Clerk leaving = Clerk.signIn("a");
        String cookie = leaving.cookie(SignIns.COOKIE);
        assertEquals(200, leaving.onlyWith(cookie, "b").statusCode(), "the sign-in is good on both servers");
        var signedOut = leaving.postBack("signOutForm", "signOutForm:signOut");
        assertEquals("a", signedOut.headers().firstValue(Balancer.SERVER_HEADER).orElse(null));
        var replayed = leaving.onlyWith(cookie, "b");
        assertEquals("b", replayed.headers().firstValue(Balancer.SERVER_HEADER).orElse(null));
        assertEquals(401, replayed.statusCode(), "signed out on a, refused on b: " + replayed.body());
    }

    /** A clerk's browser, kept on one server by the balancer's cookie. */
    record Clerk(HttpClient browser, String server, ScreenSession.FormState form, String russianLink) {

        static Clerk signIn(String server) throws Exception {
            HttpClient browser = ScreenSession.client();
            HttpCookie pin = new HttpCookie(Balancer.SERVER_COOKIE, server);
            pin.setPath("/");
            pin.setVersion(0); // a plain cookie, as a browser keeps it (not RFC 2965's quoted one)
            ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore()
                    .add(URI.create(Deployments.baseUrl()), pin);
            var home = ScreenSession.signIn(browser, Deployments.baseUrl(), "registrar", "demo");
            assertTrue(home.body().contains("staffName"), "signed in on " + server);
            var english = ScreenSession.page(browser, Deployments.baseUrl() + "/staff/?lang=en");
            assertEquals(server, english.headers().firstValue(Balancer.SERVER_HEADER).orElse(null));
            assertTrue(english.body().contains("lang=\"en\""), "English chosen for the session");
            return new Clerk(browser, server, ScreenSession.FormState.of(english.body()),
                    ScreenSession.languageControl(english.body(), "ru"));
        }

        /** After the loss of its server: still signed in, still in English, and the open screen still answers. */
        void carriesOnWith(String survivor) throws Exception {
            var home = ScreenSession.page(browser, Deployments.baseUrl() + "/staff/");
            assertEquals(survivor, home.headers().firstValue(Balancer.SERVER_HEADER).orElse(null));
            assertTrue(home.body().contains("staffName"), "still signed in: " + home.uri());
            assertTrue(home.body().contains("lang=\"en\""), "the session's language came along");
            var switched = postBack("languageForm", russianLink);
            assertEquals(200, switched.statusCode());
            assertTrue(switched.body().contains("lang=\"ru\""), "the screen opened on the lost server still works");
        }

        /** Submits the form {@code formId} of the page the clerk opened by {@code control}. */
        HttpResponse<String> postBack(String formId, String control) throws Exception {
            return form.postBack(browser, Deployments.baseUrl() + "/staff/index.xhtml", formId, control);
        }

        String cookie(String name) {
            return ((java.net.CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .filter(c -> c.getName().equals(name)).map(HttpCookie::getValue).findFirst().orElseThrow();
        }

        /** {@code GET /api/me} with nothing but the sign-in {@code cookie}, sent to {@code server}. */
        HttpResponse<String> onlyWith(String cookie, String server) throws Exception {
            return ScreenSession.client().send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/api/me"))
                    .header("Cookie", SignIns.COOKIE + "=" + cookie + "; " + Balancer.SERVER_COOKIE + "=" + server)
                    .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        }
    }

    static String container(String server) {
        return "cluster-" + server;
    }

    static String subject(jakarta.mail.internet.MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A server of the tests' Liberty, configured as the shagym-it server is, in a cluster, on its own port. */
    static void makeServer(String server, int httpPort) throws IOException {
        Path servers = Path.of(System.getProperty("wlp.home"), "usr", "servers");
        Path dir = servers.resolve(serverName(server));
        if (Files.exists(dir)) {
            try (Stream<Path> old = Files.walk(dir)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(dir);
        try (Stream<Path> config = Files.list(Path.of("server-config"))) {
            for (Path file : config.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Properties bootstrap = new Properties();
        try (InputStream in = Files.newInputStream(servers.resolve(System.getProperty("liberty.server"))
                .resolve("bootstrap.properties"))) {
            bootstrap.load(in);
        }
        bootstrap.setProperty("http.port", String.valueOf(httpPort));
        bootstrap.setProperty("https.port", String.valueOf(httpPort + 400));
        bootstrap.setProperty("SHAGYM_CLUSTER", "on");
        try (OutputStream out = Files.newOutputStream(dir.resolve("bootstrap.properties"))) {
            bootstrap.store(out, "made by ClusterFailoverRestartIT");
        }
        Files.createDirectories(Path.of(System.getProperty("wlp.home"), "usr", "shared", "resources", "security"));
    }

    static String serverName(String server) {
        return "shagym-cluster-" + server;
    }

    /** Whether the balancer's answer to {@code /health/ready}, sent to {@code server}, came from it. */
    static boolean answeredBy(String server) {
        try {
            var r = ScreenSession.client().send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/health/ready"))
                    .header("Cookie", Balancer.SERVER_COOKIE + "=" + server).build(), HttpResponse.BodyHandlers.discarding());
            return r.statusCode() == 200 && server.equals(r.headers().firstValue(Balancer.SERVER_HEADER).orElse(null));
        } catch (IOException | InterruptedException notYet) {
            return false;
        }
    }

    /** Whether a thread of {@code server}'s JVM is in a deadline watch run now. */
    static boolean runsTheWatch(String server) {
        try {
            Process jcmd = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    String.valueOf(serverProcess(server).pid()), "Thread.print").redirectErrorStream(true).start();
            String threads = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            jcmd.waitFor();
            return threads.contains("kz.shagym.deadlines.service.DeadlineWatch.run(");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<TestDatabase.Notice> noticesOf(TestDatabase db, String backlog) {
        try {
            return db.overdueNotices(backlog);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
