package kz.shagym.registry.model;

import java.time.Instant;
import java.time.LocalDate;

/** What registration answers: the number, time, deadline, access code and state of the new case. */
public record StampView(String number, Instant registeredAt, LocalDate deadline, String accessCode,
                        ComplaintState state) {

    public static StampView of(Complaint c) {
        return new StampView(c.getIncomingNumber(), c.getRegisteredAt(), c.getDeadline(), c.getAccessCode(),
                c.getState());
    }
}
