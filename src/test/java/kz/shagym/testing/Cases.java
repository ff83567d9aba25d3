package kz.shagym.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.shagym.kernel.service.BusinessClock;

/** Cases made over the API for the tests that start from them: registered, reviewed, answered. */
public final class Cases {

    public static final String TODAY = LocalDate.now(BusinessClock.ZONE).toString();

    private Cases() {
    }

    public static String path(String number) {
        return "/api/complaints/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
    }

    /** The deadline of a term of {@code workingDays} from today, as the public calendar API counts it. */
    public static java.time.LocalDate deadline(int workingDays) {
        return java.time.LocalDate.parse(ok(Http.get("/api/calendar/deadline?from=" + TODAY + "&workingDays=" + workingDays,
                null), 200).getString("deadline"));
    }

    /** The response's JSON, once it has the expected status. */
    public static JsonObject ok(HttpResponse<String> r, int status) {
        assertEquals(status, r.statusCode(), r.body());
        return Http.json(r);
    }

    /** A complaint to the demo provider, registered today. */
    public static String providerCase() {
        return ok(Http.post("/api/complaints", Letters.json("900101300017", TODAY), "registrar", null), 201)
                .getString("number");
    }

    /** The staff of one office take {@code number} from registration to the answer posted today. */
    public static void reviewed(String number, String head, String executor, String registrar, String draft) {
        String p = path(number);
        ok(Http.post(p + "/assignment", "{\"executor\":\"" + executor + "\"}", head, null), 200);
        ok(Http.post(p + "/answer", draft, executor, null), 200);
        approvedAndSent(number, head, registrar);
    }

    /** The head approves the draft of {@code number} and the office posts it today. */
    public static void approvedAndSent(String number, String head, String registrar) {
        String p = path(number);
        ok(Http.post(p + "/approval", "{}", head, null), 200);
        ok(Http.post(p + "/dispatch", "{\"method\":\"POST\",\"date\":\"" + TODAY
                + "\",\"trackingNumber\":\"RR123456785KZ\"}", registrar, null), 200);
    }

    /** A complaint to the demo provider, answered (rejected) and posted today. */
    public static String answeredProviderCase() {
        String number = providerCase();
        reviewed(number, "head", "executor", "registrar", "{\"outcome\":\"REJECTED\",\"reasoning\":\"Анықтама берілді.\"}");
        return number;
    }
}
