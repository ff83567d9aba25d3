package kz.shagym.review.model;

import java.time.LocalDate;
import kz.shagym.registry.model.AnswerDelivery;

/**
 * How the approved answer left: by post on a date with the item's tracking number, or handed
 * over at the office on a date to a named receiver.
 */
public record Dispatch(AnswerDelivery method, LocalDate date, String trackingNumber, String receiverName) {

    /** The first thing wrong with it, for a complaint registered on {@code registered}, as of {@code today}. */
    public void check(LocalDate registered, LocalDate today) {
        if (method == null) {
            throw ReviewRefused.invalid("method", "review.error.methodRequired");
        }
        ReviewRules.checkDay("date", date, registered, today);
        if (method == AnswerDelivery.POST && !TrackingNumber.isValid(trackingNumber)) {
            throw ReviewRefused.invalid("trackingNumber", "review.error.trackingNumber");
        }
        if (method == AnswerDelivery.IN_PERSON) {
            ReviewRules.requireText("receiverName", receiverName, 200);
        }
    }

    public String normalisedTrackingNumber() {
        return method == AnswerDelivery.POST ? TrackingNumber.normalise(trackingNumber) : null;
    }
}
