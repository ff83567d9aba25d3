package kz.shagym.publicinfo.model;

import java.time.LocalDate;
import kz.shagym.appeals.model.Judgment;

/** The court stage (¶6): when the case went to court and, once decided, what and when. */
public record CourtStage(LocalDate filedOn, Judgment judgment, LocalDate decidedOn) {
}
