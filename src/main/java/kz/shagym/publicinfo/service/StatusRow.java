package kz.shagym.publicinfo.service;

import java.sql.Date;
import java.time.LocalDate;
import kz.shagym.appeals.model.Judgment;
import kz.shagym.kernel.model.WorkingCalendar;
import kz.shagym.publicinfo.model.AnswerLeft;
import kz.shagym.publicinfo.model.CourtStage;
import kz.shagym.publicinfo.model.StageStatus;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.ComplaintState;
import kz.shagym.registry.model.Stage;
import kz.shagym.registry.model.Term;

/**
 * One case as the status reads it, in one row: the case's public facts, how its answer left
 * and its court case, joined in the database. The status is looked up by the thousand, so it
 * reads these columns and never the complaint's text.
 */
record StatusRow(long id, long organisationId, String number, Stage stage, ComplaintState state,
                 LocalDate registeredOn, LocalDate deadline, LocalDate answerLeftOn, AnswerDelivery delivery,
                 String answerPlace, String accessCode, AnswerDelivery dispatchMethod, String trackingNumber,
                 LocalDate filedOn, Judgment judgment, LocalDate decidedOn, boolean appealed) {

    static final String SELECT = "SELECT c.id, c.organisation_id, c.incoming_number, c.stage, c.state,"
            + " c.registration_date, c.deadline, c.answer_left_on, c.answer_delivery, c.answer_place, c.access_code,"
            + " a.dispatch_method, a.tracking_number, k.filed_on, k.judgment, k.judgment_date,"
            + " CASE WHEN EXISTS (SELECT 1 FROM complaint x WHERE x.appeal_of = c.id)"
            + " OR EXISTS (SELECT 1 FROM complaint x WHERE x.forwarded_from = c.id) THEN 1 ELSE 0 END"
            + " FROM complaint c LEFT JOIN complaint_answer a ON a.complaint_id = c.id"
            + " LEFT JOIN court_case k ON k.complaint_id = c.id";

    static StatusRow of(Object[] r) {
        return new StatusRow(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                Stage.valueOf((String) r[3]), ComplaintState.valueOf((String) r[4]), day(r[5]), day(r[6]), day(r[7]),
                AnswerDelivery.valueOf((String) r[8]), (String) r[9], (String) r[10],
                r[11] == null ? null : AnswerDelivery.valueOf((String) r[11]), (String) r[12], day(r[13]),
                r[14] == null ? null : Judgment.valueOf((String) r[14]), day(r[15]), ((Number) r[16]).intValue() == 1);
    }

    private static LocalDate day(Object value) {
        return value == null ? null : ((Date) value).toLocalDate();
    }

    StageStatus stageStatus(WorkingCalendar calendar, LocalDate today) {
        return new StageStatus(number, stage, state, registeredOn, deadline,
                Term.of(state, deadline, calendar, today).workingDaysLeft(), answer());
    }

    private AnswerLeft answer() {
        if (answerLeftOn == null) {
            return null;
        }
        return new AnswerLeft(answerLeftOn, dispatchMethod == null ? delivery : dispatchMethod, trackingNumber);
    }

    CourtStage court() {
        return filedOn == null ? null : new CourtStage(filedOn, judgment, decidedOn);
    }

    /** An approved answer the complainant chose to collect waits at the office. */
    boolean readyToCollect() {
        return state == ComplaintState.ANSWER_APPROVED && delivery == AnswerDelivery.IN_PERSON;
    }
}
