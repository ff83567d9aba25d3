package kz.shagym.kernel.model;

/** Why a day is not an ordinary Monday-to-Friday working day or Saturday-Sunday weekend. */
public enum DayKind {
    /** A public holiday (by a rule of its year, or dated that year such as Kurban Ait). */
    HOLIDAY,
    /** The weekday off that replaces a holiday falling on a Saturday or Sunday. */
    MOVED_DAY_OFF,
    /** A weekday off by the government's yearly transfer. */
    TRANSFER,
    /** A Saturday or Sunday worked by the government's yearly transfer. */
    WORKING_WEEKEND,
    /** An ordinary Saturday or Sunday. */
    WEEKEND;

    public boolean isWorking() {
        return this == WORKING_WEEKEND;
    }
}
