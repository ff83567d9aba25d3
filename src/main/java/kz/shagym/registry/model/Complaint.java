package kz.shagym.registry.model;

import java.io.Serializable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import kz.shagym.kernel.model.DeadlineStatus;
import kz.shagym.kernel.model.WorkingCalendar;

/**
 * A paper complaint about a state service, from its registration at the provider's office.
 * Built unregistered from what the letter says, then registered once, which gives it its
 * incoming number and the rest of the stamp.
 */
@Entity
@Table(name = "complaint")
@NamedQuery(name = "Complaint.byNumber",
        query = "select c from Complaint c where c.organisationId = :organisation and c.incomingNumber = :number")
@NamedQuery(name = "Complaint.appealedBy",
        query = "select p from Complaint p where p.incomingNumber = :number and p.id in"
                + " (select a.appealOf from Complaint a where a.organisationId = :organisation)")
@NamedQuery(name = "Complaint.appealsAbout",
        query = "select a from Complaint a where a.incomingNumber = :number and a.stage = kz.shagym.registry.model.Stage.APPEAL"
                + " and a.againstOrganisationId = :organisation")
@NamedQuery(name = "Complaint.forwardedNotTaken",
        query = "select h from Complaint h where h.stage = kz.shagym.registry.model.Stage.FORWARDING"
                + " and h.state = kz.shagym.registry.model.ComplaintState.FORWARDED"
                + " and not exists (select a from Complaint a where a.forwardedFrom = h.id) order by h.registeredAt")
@NamedQuery(name = "Complaint.appealsOf",
        query = "select a from Complaint a where a.appealOf = :complaint order by a.registeredAt")
@NamedQuery(name = "Complaint.latestOfComplainant",
        query = "select c from Complaint c where c.organisationId = :organisation"
                + " and c.complainant.iinBin = :iinBin order by c.registeredAt desc")
@NamedQuery(name = "Complaint.possibleDuplicates",
        query = "select c from Complaint c where c.organisationId = :organisation and c.complainant.iinBin = :iinBin"
                + " and c.service.code = :service and c.registrationDate >= :since order by c.registeredAt desc")
public class Complaint implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organisation_id", nullable = false)
    private long organisationId;

    @Column(name = "incoming_number", nullable = false, length = 60)
    private String incomingNumber;

    /** The number as typed numbers are folded to ({@link CaseNumberKey}), to find it across organisations. */
    @Column(name = "number_key", length = CaseNumberKey.LIMIT)
    private String numberKey;

    @Column(name = "registration_year", nullable = false)
    private int registrationYear;

    @Column(name = "number_prefix", nullable = false, length = 10)
    private String numberPrefix;

    @Column(name = "sequence_number", nullable = false)
    private long sequenceNumber;

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    /** The registration day in Kazakhstan; the term counts from the day after. */
    @Column(name = "registration_date", nullable = false)
    private LocalDate registrationDate;

    @Column(name = "registrar_login", nullable = false, length = 64)
    private String registrarLogin;

    /** Surname and initials, as the stamp gives them. */
    @Column(name = "registrar_name", nullable = false, length = 200)
    private String registrarName;

    /** The head the complaint is addressed to (¶1). */
    @Column(name = "head_login", length = 64)
    private String headLogin;

    @Column(name = "executor_login", length = 64)
    private String executorLogin;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    /** Where the answer can be obtained: the provider's office, in the answer's language. */
    @Column(name = "answer_place", nullable = false, length = 400)
    private String answerPlace;

    @Column(name = "access_code", nullable = false, length = 11)
    private String accessCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private ComplaintState state;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 10)
    private Channel channel;

    @Column(name = "postmark_date")
    private LocalDate postmarkDate;

    @Column(name = "envelope_tracking", length = 40)
    private String envelopeTracking;

    @Embedded
    private Complainant complainant;

    @Column(name = "complainant_search", nullable = false, length = 1000)
    private String complainantSearch;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_language", nullable = false, length = 2)
    private AnswerLanguage answerLanguage;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_delivery", nullable = false, length = 10)
    private AnswerDelivery answerDelivery;

    @ManyToOne(optional = false)
    @JoinColumn(name = "service_code", nullable = false)
    private StateService service;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, length = 10)
    private ComplaintSubject subject;

    @Column(name = "official_name", length = 200)
    private String officialName;

    @Column(name = "official_position", length = 200)
    private String officialPosition;

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    @Column(name = "page_count", nullable = false)
    private int pageCount;

    /** The day the answer left (posted or handed over): on time when not after the deadline. */
    @Column(name = "answer_left_on")
    private LocalDate answerLeftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false, length = 10)
    private Stage stage = Stage.PROVIDER;

    @Enumerated(EnumType.STRING)
    @Column(name = "appeal_ground", length = 20)
    private AppealGround appealGround;

    /** The provider an appeal is about. */
    @Column(name = "against_organisation_id")
    private Long againstOrganisationId;

    /** The provider's case an appeal is about, when there is one. */
    @Column(name = "appeal_of")
    private Long appealOf;

    /** The record at the provider's office this appeal was forwarded from. */
    @Column(name = "forwarded_from")
    private Long forwardedFrom;

    /** Filed more than {@link #APPEAL_WARNING_MONTHS} months after the answer left: the officer decides. */
    @Column(name = "filed_late", nullable = false)
    private boolean filedLate;

    @Version
    private int version;

    /** Months after the answer left beyond which an appeal is flagged (not refused). */
    public static final int APPEAL_WARNING_MONTHS = 3;

    /** The incoming-number prefix of an appeal at the authorized body. */
    public static final String APPEAL_PREFIX = "АП";

    protected Complaint() {
    }

    public Complaint(Complainant complainant, StateService service, ComplaintSubject subject, String summary,
                     int pageCount) {
        this.complainant = Objects.requireNonNull(complainant);
        this.service = Objects.requireNonNull(service);
        this.subject = Objects.requireNonNull(subject);
        this.summary = Objects.requireNonNull(summary);
        this.pageCount = pageCount;
    }

    /** How the letter came: by post (postmark date, envelope tracking number if any) or by hand. */
    public Complaint receivedBy(Channel channel, LocalDate postmarkDate, String envelopeTracking) {
        this.channel = Objects.requireNonNull(channel);
        this.postmarkDate = channel == Channel.POST ? postmarkDate : null;
        this.envelopeTracking = channel == Channel.POST ? envelopeTracking : null;
        return this;
    }

    public Complaint answeredIn(AnswerLanguage language, AnswerDelivery delivery) {
        this.answerLanguage = Objects.requireNonNull(language);
        this.answerDelivery = Objects.requireNonNull(delivery);
        return this;
    }

    public Complaint aboutOfficial(String name, String position) {
        this.officialName = name;
        this.officialPosition = position;
        return this;
    }

    /**
     * Makes this unregistered complaint an appeal about {@code provider}'s work, on
     * {@code ground}, against {@code providerCase} when there is one (which must be appealable:
     * see {@link #appealRefusal}). {@code stage} is APPEAL at the authorized body, FORWARDING at
     * the provider's office that will forward it.
     */
    public Complaint appealing(Stage stage, AppealGround ground, long provider, Complaint providerCase, LocalDate today) {
        if (state != null || stage == Stage.PROVIDER) {
            throw new IllegalStateException("only an unregistered complaint becomes an appeal");
        }
        this.stage = stage;
        this.appealGround = Objects.requireNonNull(ground);
        this.againstOrganisationId = provider;
        if (providerCase != null) {
            appealOf = providerCase.getId();
            filedLate = providerCase.getAnswerLeftOn() != null
                    && today.isAfter(providerCase.getAnswerLeftOn().plusMonths(APPEAL_WARNING_MONTHS));
        }
        return this;
    }

    /**
     * Why this case cannot be appealed on {@code ground} on {@code today}; empty when it can.
     * There is something to appeal once the answer has left or the term has passed without one.
     */
    public Optional<String> appealRefusal(AppealGround ground, LocalDate today) {
        if (stage != Stage.PROVIDER) {
            return Optional.of("appeal.error.notProviderCase");
        }
        if (state == ComplaintState.WITHDRAWN) {
            return Optional.of("appeal.error.withdrawn");
        }
        if (answerLeftOn == null && !today.isAfter(deadline)) {
            return Optional.of("appeal.error.nothingYet");
        }
        if (ground == AppealGround.ANSWER && answerLeftOn == null) {
            return Optional.of("appeal.error.noAnswer");
        }
        if (ground == AppealGround.NO_ANSWER && Boolean.TRUE.equals(onTime())) {
            return Optional.of("appeal.error.answeredOnTime");
        }
        return Optional.empty();
    }

    /**
     * The appeal that the authorized body registers from {@code held}, an appeal its provider
     * forwarded: the same complainant, letter and link, unregistered.
     */
    public static Complaint forwardedFrom(Complaint held) {
        if (held.stage != Stage.FORWARDING || held.state != ComplaintState.FORWARDED) {
            throw new IllegalStateException(held.incomingNumber + " is not a forwarded appeal");
        }
        Complaint c = new Complaint(held.complainant.copy(), held.service, held.subject, held.summary, held.pageCount)
                .receivedBy(held.channel, held.postmarkDate, held.envelopeTracking)
                .answeredIn(held.answerLanguage, held.answerDelivery)
                .aboutOfficial(held.officialName, held.officialPosition);
        c.stage = Stage.APPEAL;
        c.appealGround = held.appealGround;
        c.againstOrganisationId = held.againstOrganisationId;
        c.appealOf = held.appealOf;
        c.filedLate = held.filedLate;
        c.forwardedFrom = held.id;
        return c;
    }

    /** The prefix its incoming number is drawn with: the authorized body's for an appeal, else the complainant's kind. */
    public String prefixToDraw() {
        return stage == Stage.APPEAL ? APPEAL_PREFIX : complainant.getType().numberPrefix();
    }

    /** Stamps the complaint with its registration; a complaint is registered once. */
    public void register(Registration r) {
        if (state != null) {
            throw new IllegalStateException("already registered as " + incomingNumber);
        }
        organisationId = r.organisationId();
        incomingNumber = r.number().text();
        numberKey = CaseNumberKey.of(incomingNumber);
        registrationYear = r.number().year();
        numberPrefix = r.number().prefix();
        sequenceNumber = r.number().sequence();
        registeredAt = r.registeredAt();
        registrationDate = r.registrationDate();
        registrarLogin = r.registrarLogin();
        registrarName = r.registrarName();
        headLogin = r.headLogin();
        deadline = r.deadline();
        answerPlace = r.answerPlace();
        accessCode = r.accessCode();
        complainantSearch = complainant.searchText();
        state = ComplaintState.REGISTERED;
    }

    /**
     * Takes a step that needs nothing but the state: draft, approve, return, withdraw. A step
     * from a state that does not allow it is refused and nothing changes.
     */
    public void take(CaseStep step) {
        if (step == CaseStep.ASSIGN || step == CaseStep.DISPATCH) {
            throw new IllegalArgumentException(step + " carries data: use assign or answerLeft");
        }
        move(step);
    }

    /** Gives the case to an executor (again, to another one). */
    public void assign(String executor) {
        move(CaseStep.ASSIGN);
        executorLogin = Objects.requireNonNull(executor);
    }

    /** The approved answer left on {@code day}, posted or handed over: the term stops. */
    public void answerLeft(LocalDate day) {
        move(CaseStep.DISPATCH);
        answerLeftOn = Objects.requireNonNull(day);
    }

    /** Whether this complaint may take {@code step} now: registered, in a state and a stage that allow it. */
    public boolean canTake(CaseStep step) {
        return state != null && step.allowedFrom(state) && step.takenIn(stage);
    }

    private void move(CaseStep step) {
        if (!canTake(step)) {
            throw new StepRefused(step, state);
        }
        state = step.to();
    }

    /**
     * Moves the deadline an administrator reviewed after a calendar change (the watch decided
     * it); only while the term runs, and only from the date it has.
     */
    public void deadlineMoved(LocalDate from, LocalDate to) {
        if (!state.isOpen() || !deadline.equals(from)) {
            throw new IllegalStateException("deadline of " + incomingNumber + " is " + deadline + " in " + state
                    + ", not " + from);
        }
        deadline = to;
    }

    /** Whether the answer left on or before the deadline day; null while it has not left. */
    public Boolean onTime() {
        return answerLeftOn == null ? null : DeadlineStatus.metBy(answerLeftOn, deadline);
    }

    /** Where the term stands on {@code today}; closed once the answer left or the complaint was withdrawn. */
    public Term term(WorkingCalendar calendar, LocalDate today) {
        return Term.of(state, deadline, calendar, today);
    }

    public LocalDate getAnswerLeftOn() {
        return answerLeftOn;
    }

    public Long getId() {
        return id;
    }

    public long getOrganisationId() {
        return organisationId;
    }

    public String getIncomingNumber() {
        return incomingNumber;
    }

    public long getSequenceNumber() {
        return sequenceNumber;
    }

    public String getNumberPrefix() {
        return numberPrefix;
    }

    public int getRegistrationYear() {
        return registrationYear;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public String getRegistrarLogin() {
        return registrarLogin;
    }

    public String getRegistrarName() {
        return registrarName;
    }

    public String getHeadLogin() {
        return headLogin;
    }

    public String getExecutorLogin() {
        return executorLogin;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public String getAnswerPlace() {
        return answerPlace;
    }

    public String getAccessCode() {
        return accessCode;
    }

    public ComplaintState getState() {
        return state;
    }

    public Channel getChannel() {
        return channel;
    }

    public LocalDate getPostmarkDate() {
        return postmarkDate;
    }

    public String getEnvelopeTracking() {
        return envelopeTracking;
    }

    public Complainant getComplainant() {
        return complainant;
    }

    public AnswerLanguage getAnswerLanguage() {
        return answerLanguage;
    }

    public AnswerDelivery getAnswerDelivery() {
        return answerDelivery;
    }

    public StateService getService() {
        return service;
    }

    public ComplaintSubject getSubject() {
        return subject;
    }

    public String getOfficialName() {
        return officialName;
    }

    public String getOfficialPosition() {
        return officialPosition;
    }

    public String getSummary() {
        return summary;
    }

    public int getPageCount() {
        return pageCount;
    }

    public Stage getStage() {
        return stage;
    }

    public AppealGround getAppealGround() {
        return appealGround;
    }

    public Long getAgainstOrganisationId() {
        return againstOrganisationId;
    }

    public Long getAppealOf() {
        return appealOf;
    }

    public Long getForwardedFrom() {
        return forwardedFrom;
    }

    public boolean isFiledLate() {
        return filedLate;
    }

    public int getVersion() {
        return version;
    }
}
