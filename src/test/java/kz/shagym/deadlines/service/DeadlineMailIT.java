package kz.shagym.deadlines.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.shagym.testing.Deployments;
import kz.shagym.testing.Http;
import kz.shagym.testing.ScreenSession;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** An overdue deadline is mailed, once, to the head and the executor through Liberty's mail session. */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class DeadlineMailIT {

    static GreenMail smtp;


    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("it.smtp.port", 3925), "127.0.0.1", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    List<MimeMessage> mailsAbout(String label) throws Exception {
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> {
                    try {
                        return m.getSubject().contains(label);
                    } catch (Exception e) {
                        return false;
                    }
                }).toList();
    }

    @Test
    void theHeadAndTheExecutorAreMailedOnce() throws Exception {
        String label = "MAIL-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> drill = Http.post("/api/test-drill/overdue/" + label, "");
        assertEquals(200, drill.statusCode(), drill.body());

        long until = System.currentTimeMillis() + 60_000;
        while (mailsAbout(label).isEmpty() && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        Thread.sleep(8_000); // several more runs of the watch (every 3 s) must add nothing
        List<MimeMessage> mails = mailsAbout(label);
        assertEquals(2, mails.size(), "one delivery to each of the two recipients");
        MimeMessage mail = mails.get(0);
        assertEquals("Мерзімі өтті: " + label, mail.getSubject());
        Set<String> to = Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .collect(Collectors.toSet());
        assertEquals(Set.of("head@demo.shagym.kz", "executor@demo.shagym.kz"), to);
        assertTrue(String.valueOf(mail.getContent()).contains(label));
    }

    /**
     * Refused screens leave nothing behind on the server's threads: a head asks for an
     * administrator's page many times (403 each), then the persistent timers, which run on the
     * same threads, still work: the watch sends a passed deadline's notice and the seal chains
     * the audit records it wrote. (With web.xml distributable, Mojarra
     * touched the session after each refusal, failed, and left a transaction scope on the
     * thread that stopped the next timer run on it for good.)
     */
    @Test
    void refusedScreensDoNotStopTheTimers() throws Exception {
        long sealed = sealedUpTo();
        HttpClient head = ScreenSession.signedIn(Deployments.baseUrl(), "head", "demo");
        for (int i = 0; i < 40; i++) {
            var refused = head.send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/admin/audit.xhtml")).build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(403, refused.statusCode());
        }
        String label = "REFUSED-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(200, Http.post("/api/test-drill/overdue/" + label, "").statusCode());
        // The drill's deadline writes audit records: the seal's timer (every 30 s) chains them.
        long until = System.currentTimeMillis() + 60_000;
        while ((mailsAbout(label).isEmpty() || sealedUpTo() == sealed) && System.currentTimeMillis() < until) {
            Thread.sleep(500);
        }
        assertEquals(2, mailsAbout(label).size(), "the timer still runs the watch");
        assertTrue(sealedUpTo() > sealed, "the timer still seals the audit trail");
    }

    /** The sequence number of the last audit record sealed into the chain. */
    static long sealedUpTo() {
        var chain = Http.get("/api/audit/chain", "admin");
        assertEquals(200, chain.statusCode(), chain.body());
        return Http.json(chain).getJsonNumber("lastSeq").longValue();
    }
}
