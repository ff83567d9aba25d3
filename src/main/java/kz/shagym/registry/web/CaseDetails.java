package kz.shagym.registry.web;

import jakarta.json.bind.annotation.JsonbNillable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.shagym.registry.model.AppealGround;
import kz.shagym.registry.model.Attachment;
import kz.shagym.registry.model.Stage;
import kz.shagym.registry.model.CaseEvent;
import kz.shagym.registry.model.Complainant;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintState;

/** A case as GET /api/complaints/{number} gives it, before the modules above the registry add theirs. */
@JsonbNillable
public record CaseDetails(String number, Instant registeredAt, LocalDate registrationDate, String registrar,
                          LocalDate deadline, String answerPlace, String accessCode, ComplaintState state,
                          String channel, LocalDate postmarkDate, String envelopeTracking, Party complainant,
                          String language, String answerDelivery, Service service, String subject, String official,
                          String officialPosition, String summary, int pages, List<Scan> scans, String executor,
                          Integer workingDaysLeft, LocalDate answerLeftOn, Boolean onTime, int version,
                          List<Step> history, Stage stage, AppealGround ground, String provider, String appealOf,
                          boolean filedLate) {

    /** One entry of the timeline: who moved the case from which state to which, when and why. */
    public record Step(Instant at, String who, ComplaintState from, ComplaintState to, String comment) {
    }

    /** The complainant as registered. */
    public record Party(String type, String iinBin, String surname, String name, String patronymic,
                        String representative, String address, String phone, String email) {
    }

    public record Service(String code, String name) {
    }

    public record Scan(long id, String fileName, String mediaType, long size) {
    }

    /**
     * {@code workingDaysLeft} is null once the answer has left or the case was withdrawn; for an
     * appeal, {@code provider} is the code of the provider it is about and {@code appealOf} the
     * number of that provider's case.
     */
    static CaseDetails of(Complaint c, List<Attachment> attachments, List<CaseEvent> history, Integer workingDaysLeft,
                          String provider, String appealOf, Locale locale) {
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
                        .toList(), c.getExecutorLogin(), workingDaysLeft, c.getAnswerLeftOn(), c.onTime(), c.getVersion(),
                history.stream().map(e -> new Step(e.getOccurredAt(), e.getActorName(), e.getFromState(), e.getToState(),
                        e.getComment())).toList(), c.getStage(), c.getAppealGround(), provider, appealOf, c.isFiledLate());
    }
}
