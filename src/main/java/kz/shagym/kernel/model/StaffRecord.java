package kz.shagym.kernel.model;

import java.util.regex.Pattern;

/**
 * A staff record as an administrator types it: the login the registry knows and the name as
 * printed on documents. {@link #check} refuses it at the first field that is wrong, before
 * anything is kept.
 */
public record StaffRecord(String login, String organisationCode, String surname, String givenName,
                          String patronymic, String email, boolean active) {

    public static final int NAME_LIMIT = 100;
    public static final int EMAIL_LIMIT = 200;

    /** A directory login: a Windows account name (ivanova.a) or a principal name (ivanova.a@gov.kz). */
    private static final Pattern LOGIN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{1,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** The record with surrounding blanks dropped and blank optional fields as null. */
    public StaffRecord {
        login = stripped(login);
        organisationCode = stripped(organisationCode);
        surname = stripped(surname);
        givenName = stripped(givenName);
        patronymic = stripped(patronymic);
        email = stripped(email);
    }

    public StaffRecord check() {
        if (login == null || !LOGIN.matcher(login).matches()) {
            throw new InvalidInput("login", "staff.error.login");
        }
        if (organisationCode == null) {
            throw new InvalidInput("organisation", "staff.error.organisation");
        }
        name("surname", surname, true);
        name("givenName", givenName, true);
        name("patronymic", patronymic, false);
        if (email != null && (email.length() > EMAIL_LIMIT || !EMAIL.matcher(email).matches())) {
            throw new InvalidInput("email", "staff.error.email");
        }
        return this;
    }

    private static void name(String field, String value, boolean required) {
        if (value == null) {
            if (required) {
                throw new InvalidInput(field, "staff.error.required");
            }
            return;
        }
        if (value.length() > NAME_LIMIT) {
            throw new InvalidInput(field, "staff.error.tooLong", NAME_LIMIT);
        }
        if (PlainText.hasHiddenCharacters(value) || value.contains("\n") || value.contains("\t")) {
            throw new InvalidInput(field, "intake.error.hiddenCharacters");
        }
    }

    private static String stripped(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
