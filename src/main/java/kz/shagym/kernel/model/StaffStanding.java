package kz.shagym.kernel.model;

import java.util.Optional;

/**
 * Whether a signed-in login may work in Shagym. The registry says who they are and what roles
 * they hold; Shagym's staff record says for which organisation. A login the registry accepts
 * without a record, or whose record is deactivated, signs in and is shown why it can do nothing.
 */
public enum StaffStanding {
    ACTIVE, NO_RECORD, INACTIVE;

    public static StaffStanding of(Optional<StaffMember> record) {
        return record.map(m -> m.isActive() ? ACTIVE : INACTIVE).orElse(NO_RECORD);
    }

    /** The bundle key of the text that tells the user why they cannot work (the error page's and the API's). */
    public String textKey() {
        return "error." + kind() + "text";
    }

    /** The error page's kind of message: "standing.NO_RECORD." */
    public String kind() {
        return "standing." + name() + ".";
    }
}
