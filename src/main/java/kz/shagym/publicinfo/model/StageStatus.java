package kz.shagym.publicinfo.model;

import java.time.LocalDate;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.Stage;

/**
 * One stage of a case as anyone outside the provider may learn it: its number, stage and
 * state, the registration date, the deadline and the working days left (null once the term
 * stopped), and how the answer left (null until it has). Nothing that names a person or says
 * what the complaint or the answer is about.
 */
public record StageStatus(String number, Stage stage, ComplaintState state, LocalDate registeredOn,
                          LocalDate deadline, Integer workingDaysLeft, AnswerLeft answer) {
}
