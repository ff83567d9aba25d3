package kz.shagym.deadlines.service;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import kz.shagym.deadlines.model.DeadlineNotice;
import kz.shagym.kernel.model.StaffMember;
import kz.shagym.kernel.service.Messages;
import kz.shagym.kernel.service.StaffDirectory;

/**
 * Mails each deadline notice to the head and the executor once its transaction has
 * committed, through the server's mail session. With no mail host configured (the embedded
 * default) it logs the message instead.
 */
@ApplicationScoped
public class NoticeMailer {

    private static final Logger LOG = Logger.getLogger(NoticeMailer.class.getName());
    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @Resource(lookup = "mail/shagym")
    private Session mail;

    @EJB
    private StaffDirectory staff;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeadlineNotice notice) {
        Messages texts = Messages.in(KAZAKH);
        String key = "mail.deadline." + notice.kind();
        String subject = texts.get(key + ".subject", notice.subjectLabel());
        String body = texts.get(key + ".body", notice.subjectLabel(), notice.dueDate().toString());
        List<String> addresses = notice.recipients().stream()
                .map(login -> staff.find(login).map(StaffMember::getEmail).orElse(null))
                .filter(a -> a != null && !a.isBlank()).toList();
        String host = mail.getProperty("mail.smtp.host") != null ? mail.getProperty("mail.smtp.host")
                : mail.getProperty("mail.host");
        if (addresses.isEmpty() || host == null || host.isBlank()) {
            LOG.info(() -> "Deadline notice (not mailed) to " + notice.recipients() + ": " + subject);
            return;
        }
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(String.join(",", addresses)));
            message.setSubject(subject, StandardCharsets.UTF_8.name());
            message.setText(body, StandardCharsets.UTF_8.name());
            Transport.send(message);
        } catch (MessagingException e) {
            // The notice stays recorded; the board and the audit trail still show it.
            LOG.log(Level.WARNING, "Could not mail the deadline notice for " + notice.subjectLabel(), e);
        }
    }
}
