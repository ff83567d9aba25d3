package kz.shagym.kernel.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import kz.shagym.kernel.model.InvalidInput;

/** The API's text fields read as what they mean: blank is absent, anything else must parse or is refused at its field. */
public final class ApiInput {

    private ApiInput() {
    }

    public static <E extends Enum<E>> E choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInput(field, "review.error.unknownValue", value);
        }
    }

    public static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput(field, "review.error.date");
        }
    }

    /** The version in an If-Match header ("3", 3 or W/"3"); none when the header is absent. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(ifMatch.strip().replaceFirst("^W/", "").replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new InvalidInput("If-Match", "review.error.ifMatch");
        }
    }
}
