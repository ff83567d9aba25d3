package kz.shagym.registry.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.shagym.registry.model.Attachment;
import kz.shagym.registry.model.Complainant;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;

/** A case as GET /api/complaints/{number} gives it to the provider's own staff. */
public record CaseDetails(String number, Instant registeredAt, LocalDate registrationDate, String registrar,
                          LocalDate deadline, String answerPlace, String accessCode, ComplaintState state,
                          String channel, LocalDate postmarkDate, String envelopeTracking, Party complainant,
                          String language, String answerDelivery, Service service, String subject, String official,
                          String officialPosition, String summary, int pages, List<Scan> scans) {

    /** The complainant as registered. */
    public record Party(String type, String iinBin, String surname, String name, String patronymic,
                        String representative, String address, String phone, String email) {
    }

    public record Service(String code, String name) {
    }

    public record Scan(long id, String fileName, String mediaType, long size) {
    }

    static CaseDetails of(Complaint c, List<Attachment> attachments, Locale locale) {
        Complainant p = c.getComplainant();
        Party party = new Party(p.getType().name(), p.getIinBin(), p.getSurname(),
                p.getGivenName() != null ? p.getGivenName() : p.getEntityName(), p.getPatronymic(),
                p.getRepresentative(), p.getPostalAddress(), p.getPhone(), p.getEmail());
        return new CaseDetails(c.getIncomingNumber(), c.getRegisteredAt(), c.getRegistrationDate(), c.getRegistrarName(),
                c.getDeadline(), c.getAnswerPlace(), c.getAccessCode(), c.getState(), c.getChannel().name(),
                c.getPostmarkDate(), c.getEnvelopeTracking(), party, c.getAnswerLanguage().name(),
                c.getAnswerDelivery().name(),
                new Service(c.getService().getCode(), c.getService().getName().in(locale)), c.getSubject().name(),
                c.getOfficialName(), c.getOfficialPosition(), c.getSummary(), c.getPageCount(),
                attachments.stream().map(a -> new Scan(a.getId(), a.getFileName(), a.getMediaType(), a.getSizeBytes()))
                        .toList());
    }
}
