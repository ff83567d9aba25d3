package kz.shagym.publicinfo.model;

import java.time.LocalDate;
import kz.shagym.registry.model.AnswerDelivery;

/**
 * When and how an answer left: posted with the item's tracking number, or handed over at the
 * office. The receiver's name, kept on the case, is personal and not here.
 */
public record AnswerLeft(LocalDate leftOn, AnswerDelivery method, String trackingNumber) {
}
