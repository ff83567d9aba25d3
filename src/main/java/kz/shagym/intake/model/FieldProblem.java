package kz.shagym.intake.model;

/** What is wrong with one field of a complaint form: the field's name and the message key saying why. */
public record FieldProblem(String field, String messageKey, Object... arguments) {
}
