package kz.shagym.appeals.web;

import java.time.LocalDate;
import kz.shagym.appeals.model.Judgment;
import kz.shagym.kernel.web.ApiInput;

/** The bodies of the appeal stage's API calls; dates and choices as text, so a wrong one is refused at its field. */
public final class AppealRequests {

    private AppealRequests() {
    }

    /** {"date":"2026-12-01"} */
    public record Forwarded(String date) {

        LocalDate day() {
            return ApiInput.day("date", date);
        }
    }

    /** {"provider":"DEMO","number":"ЖТ-2026-000007"}: the appeal a provider forwarded. */
    public record ForwardedAppeal(String provider, String number) {
    }

    /** {"date":"...","note":"what was done"} */
    public record Compliance(String date, String note) {

        LocalDate day() {
            return ApiInput.day("date", date);
        }
    }

    /** {"court":"...","filedOn":"...","caseNumber":"..."} */
    public record Court(String court, String filedOn, String caseNumber) {

        LocalDate filed() {
            return ApiInput.day("filedOn", filedOn);
        }
    }

    /** {"result":"UPHELD|OVERTURNED|PARTLY","date":"..."} */
    public record CourtJudgment(String result, String date) {

        Judgment judgment() {
            return ApiInput.choice(Judgment.class, "result", result);
        }

        LocalDate day() {
            return ApiInput.day("date", date);
        }
    }
}
