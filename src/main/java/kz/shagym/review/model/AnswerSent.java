package kz.shagym.review.model;

import kz.shagym.registry.model.Complaint;

/**
 * The answer of a complaint, or the decision of an appeal, has left: fired in the transaction
 * that records it, so that what follows from it is kept with it or not at all.
 */
public record AnswerSent(Complaint complaint, Answer answer) {
}
