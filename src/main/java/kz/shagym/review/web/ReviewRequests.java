package kz.shagym.review.web;

import kz.shagym.kernel.web.ApiInput;
import java.time.LocalDate;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.review.model.Dispatch;
import kz.shagym.review.model.Outcome;

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

    /**
     * {"outcome":"REJECTED","reasoning":"..."}; an appeal's decision that upholds adds
     * "instruction":{"text":"...","workingDays":10}.
     */
    public record Draft(String outcome, String reasoning, InstructionNote instruction) {

        String instructionText() {
            return instruction == null ? null : instruction.text();
        }

        Integer instructionDays() {
            return instruction == null ? null : instruction.workingDays();
        }

        Outcome parsedOutcome() {
            return parse(Outcome.class, "outcome", outcome);
        }
    }

    /** {"text":"...","workingDays":10} */
    public record InstructionNote(String text, Integer workingDays) {
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
        return ApiInput.choice(type, field, value);
    }

    static LocalDate day(String field, String value) {
        return ApiInput.day(field, value);
    }
}
