package kz.shagym.intake.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import kz.shagym.kernel.model.PlainText;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.AppealGround;
import kz.shagym.registry.model.AnswerLanguage;
import kz.shagym.registry.model.AppealRequest;
import kz.shagym.registry.model.Channel;
import kz.shagym.registry.model.Complainant;
import kz.shagym.registry.model.ComplainantType;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.ComplaintSubject;
import kz.shagym.registry.model.StateService;

/**
 * The intake rules for a complaint form: every field is checked and every problem reported
 * at once, so the registrar corrects the letter's details in one go. A form without problems
 * becomes an unregistered {@link Complaint}.
 */
public final class IntakeRules {

    public static final int MAX_PAGES = 1000;
    public static final int MAX_SUMMARY = 4000;
    private static final String REQUIRED = "intake.error.required";
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]{5,30}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern TRACKING = Pattern.compile("[A-Za-z0-9 \\-]{1,40}");

    private final ComplaintForm form;
    private final LocalDate today;
    private final List<FieldProblem> problems = new ArrayList<>();

    private IntakeRules(ComplaintForm form, LocalDate today) {
        this.form = form;
        this.today = today;
    }

    /** Every problem of the form; {@code service} is the catalogue's active service of its code, if any. */
    public static List<FieldProblem> check(ComplaintForm form, Optional<StateService> service, LocalDate today) {
        IntakeRules rules = new IntakeRules(form, today);
        rules.checkReceipt();
        rules.checkComplainant(form.getComplainant() == null ? new ComplainantForm() : form.getComplainant());
        rules.checkComplaint(service);
        return List.copyOf(rules.problems);
    }

    /**
     * The fields a form like this one must have filled, as {@link #check} finds them missing:
     * those of the receipt, the kind of complainant and the appeal it has chosen. The registration
     * form marks their labels, so the mark and the refusal come from the same rules.
     */
    public static Set<String> requiredFields(ComplaintForm form) {
        ComplaintForm bare = new ComplaintForm();
        bare.setChannel(form.getChannel());
        bare.setGround(form.getGround());
        ComplainantForm complainant = new ComplainantForm();
        complainant.setType(form.getComplainant() == null ? null : form.getComplainant().getType());
        bare.setComplainant(complainant);
        // A bare form holds no date or text to compare: the day it is checked on does not matter.
        return check(bare, Optional.empty(), LocalDate.EPOCH).stream()
                .filter(p -> REQUIRED.equals(p.messageKey())).map(FieldProblem::field)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What the form says of the appeal, or null for a complaint to a provider; the form must have passed {@link #check}. */
    public static AppealRequest appealOf(ComplaintForm form) {
        return form.isAppeal() ? new AppealRequest(AppealGround.valueOf(form.getGround().strip()),
                trimmed(form.getProvider()), trimmed(form.getAppealOf())) : null;
    }

    /** The complaint the form describes; the form must have passed {@link #check}. */
    public static Complaint toComplaint(ComplaintForm form, StateService service) {
        ComplainantForm c = form.getComplainant();
        Complainant complainant = c.isLegalEntity()
                ? Complainant.legalEntity(c.getBin().strip(), c.getName().strip(), trimmed(c.getRepresentative()))
                : Complainant.individual(c.getIin().strip(), c.getSurname().strip(), c.getName().strip(),
                        trimmed(c.getPatronymic()));
        complainant.reachableAt(c.getAddress().strip(), trimmed(c.getPhone()), trimmed(c.getEmail()));
        Channel channel = Channel.valueOf(form.getChannel());
        return new Complaint(complainant, service, ComplaintSubject.valueOf(form.getSubject()),
                form.getSummary().strip(), form.getPages())
                .receivedBy(channel, channel == Channel.POST ? LocalDate.parse(form.getPostmarkDate().strip()) : null,
                        trimmed(form.getEnvelopeTracking()))
                .answeredIn(AnswerLanguage.valueOf(form.getLanguage()), AnswerDelivery.valueOf(form.getAnswerDelivery()))
                .aboutOfficial(trimmed(form.getOfficial()), trimmed(form.getOfficialPosition()));
    }

    private void checkReceipt() {
        if (oneOf("channel", form.getChannel(), Channel.values()) && Channel.POST.name().equals(form.getChannel())) {
            if (blank(form.getPostmarkDate())) {
                problem("postmarkDate", REQUIRED);
            } else {
                try {
                    LocalDate postmark = LocalDate.parse(form.getPostmarkDate().strip());
                    if (postmark.isAfter(today)) {
                        problem("postmarkDate", "intake.error.future");
                    } else if (postmark.isBefore(today.minusYears(1))) {
                        problem("postmarkDate", "intake.error.tooOld");
                    }
                } catch (DateTimeParseException e) {
                    problem("postmarkDate", "intake.error.date");
                }
            }
            if (!blank(form.getEnvelopeTracking()) && !TRACKING.matcher(form.getEnvelopeTracking().strip()).matches()) {
                problem("envelopeTracking", "intake.error.tracking");
            }
        }
    }

    private void checkComplainant(ComplainantForm c) {
        if (!oneOf("type", c.getType(), ComplainantType.values())) {
            return;
        }
        if (c.isLegalEntity()) {
            identifier("bin", c.getBin());
            text("name", c.getName(), true, 300);
            text("representative", c.getRepresentative(), true, 200);
        } else {
            identifier("iin", c.getIin());
            text("surname", c.getSurname(), true, 100);
            text("name", c.getName(), true, 100);
            text("patronymic", c.getPatronymic(), false, 100);
        }
        text("address", c.getAddress(), true, 400);
        if (!blank(c.getPhone()) && !PHONE.matcher(c.getPhone().strip()).matches()) {
            problem("phone", "intake.error.phone");
        }
        if (!blank(c.getEmail()) && (c.getEmail().strip().length() > 200 || !EMAIL.matcher(c.getEmail().strip()).matches())) {
            problem("email", "intake.error.email");
        }
    }

    private void checkComplaint(Optional<StateService> service) {
        if (form.isAppeal()) {
            oneOf("ground", form.getGround().strip(), AppealGround.values());
            text("provider", form.getProvider(), false, 20);
            text("appealOf", form.getAppealOf(), false, 60);
        }
        oneOf("language", form.getLanguage(), AnswerLanguage.values());
        oneOf("answerDelivery", form.getAnswerDelivery(), AnswerDelivery.values());
        if (blank(form.getServiceCode())) {
            problem("serviceCode", REQUIRED);
        } else if (service.filter(StateService::isActive).isEmpty()) {
            problem("serviceCode", "intake.error.service");
        }
        oneOf("subject", form.getSubject(), ComplaintSubject.values());
        text("official", form.getOfficial(), false, 200);
        text("officialPosition", form.getOfficialPosition(), false, 200);
        text("summary", form.getSummary(), true, MAX_SUMMARY);
        if (form.getPages() == null) {
            problem("pages", REQUIRED);
        } else if (form.getPages() < 1 || form.getPages() > MAX_PAGES) {
            problem("pages", "intake.error.pages", MAX_PAGES);
        }
    }

    private void identifier(String field, String value) {
        identifierProblem(value).ifPresent(key -> problem(field, key));
    }

    /**
     * What is wrong with an IIN or BIN as typed, as a message key; empty when nothing is. The
     * registration form asks it as soon as the field is left, and the save asks it again.
     */
    public static Optional<String> identifierProblem(String value) {
        if (blank(value)) {
            return Optional.of(REQUIRED);
        } else if (!value.strip().matches("[0-9]{12}")) {
            return Optional.of("intake.error.twelveDigits");
        } else if (!IinBin.isValid(value.strip())) {
            return Optional.of("intake.error.checkDigit");
        }
        return Optional.empty();
    }

    private void text(String field, String value, boolean required, int max) {
        if (blank(value)) {
            if (required) {
                problem(field, REQUIRED);
            }
        } else if (value.strip().length() > max) {
            problem(field, "intake.error.tooLong", max);
        } else if (PlainText.hasHiddenCharacters(value)) {
            problem(field, "intake.error.hiddenCharacters");
        }
    }

    private boolean oneOf(String field, String value, Enum<?>[] allowed) {
        if (blank(value)) {
            problem(field, REQUIRED);
            return false;
        }
        if (Arrays.stream(allowed).noneMatch(e -> e.name().equals(value))) {
            problem(field, "intake.error.choice");
            return false;
        }
        return true;
    }

    private void problem(String field, String key, Object... arguments) {
        problems.add(new FieldProblem(field, key, arguments));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String trimmed(String s) {
        return blank(s) ? null : s.strip();
    }
}
