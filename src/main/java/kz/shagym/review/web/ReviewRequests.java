package kz.shagym.review.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Outcome;
import kz.shagym.review.model.ReviewRefused;

/**
 * The bodies of the review's API calls. Enumerations and dates arrive as text so that a wrong
 * value is a message at its field, not a malformed body.
 */
final class ReviewRequests {

    private ReviewRequests() {
    }

    /** {"executor":"login"} */
    public record Assignment(String executor) {
    }

    /** {"outcome":"REJECTED","reasoning":"..."} */
    public record Draft(String outcome, String reasoning) {

        Outcome parsedOutcome() {
            return parse(Outcome.class, "outcome", outcome);
        }
    }

    /** {"comment":"..."} */
    public record Return(String comment) {
    }

    /** {"method":"POST","date":"2026-12-01","trackingNumber":"RR123456785KZ"} or IN_PERSON with receiverName. */
    public record DispatchNote(String method, String date, String trackingNumber, String receiverName) {

        Dispatch toDispatch() {
            return new Dispatch(parse(AnswerDelivery.class, "method", method), day("date", date), trackingNumber,
                    receiverName);
        }
    }

    /** {"date":"...","note":"..."} */
    public record Withdrawal(String date, String note) {

        LocalDate day() {
            return ReviewRequests.day("date", date);
        }
    }

    static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw ReviewRefused.invalid(field, "review.error.unknownValue", value);
        }
    }

    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ReviewRefused.invalid(field, "review.error.date");
        }
    }
}
