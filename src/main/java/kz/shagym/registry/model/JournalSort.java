package kz.shagym.registry.model;

/** The journal's sortable columns. */
public enum JournalSort {
    REGISTERED_AT("registeredAt"), NUMBER("incomingNumber"), DEADLINE("deadline"), STATE("state"),
    COMPLAINANT("complainantSearch");

    private final String attribute;

    JournalSort(String attribute) {
        this.attribute = attribute;
    }

    public String attribute() {
        return attribute;
    }
}
