package kz.shagym.registry.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * What registration answers: the number, time, deadline, access code, state and stage of the
 * new case, and for an appeal whether it was filed late (more than 3 months after the answer).
 */
public record StampView(String number, Instant registeredAt, LocalDate deadline, String accessCode,
                        ComplaintState state, Stage stage, boolean filedLate) {

    public static StampView of(Complaint c) {
        return new StampView(c.getIncomingNumber(), c.getRegisteredAt(), c.getDeadline(), c.getAccessCode(),
                c.getState(), c.getStage(), c.isFiledLate());
    }
}
