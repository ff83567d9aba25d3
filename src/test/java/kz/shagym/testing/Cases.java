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

    /** The demo executor's draft of every case answered here: rejected, reasoned. */
    static final String DRAFT = "{\"outcome\":\"REJECTED\",\"reasoning\":\"Анықтама берілді.\"}";

    /** A complaint to the demo provider, answered (rejected) and posted today. */
    public static String answeredProviderCase() {
        String number = providerCase();
        reviewed(number, "head", "executor", "registrar", DRAFT);
        return number;
    }

    /** A complaint to the demo provider that the head gave to the demo executor. */
    public static String assignedProviderCase() {
        String number = providerCase();
        ok(Http.post(path(number) + "/assignment", "{\"executor\":\"executor\"}", "head", null), 200);
        return number;
    }

    /** As {@link #assignedProviderCase()}, its answer drafted and waiting for the head's approval. */
    public static String draftedProviderCase() {
        String number = assignedProviderCase();
        ok(Http.post(path(number) + "/answer", DRAFT, "executor", null), 200);
        return number;
    }

    /** As {@link #draftedProviderCase()}, the answer approved and waiting to be sent. */
    public static String approvedProviderCase() {
        String number = draftedProviderCase();
        ok(Http.post(path(number) + "/approval", "{}", "head", null), 200);
        return number;
    }

    /** An appeal against {@code answered} handed in at the demo provider's office, held there to be forwarded. */
    public static String appealHeldToForward(String answered) {
        return ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", null, answered, TODAY), "registrar", null), 201)
                .getString("number");
    }

    /** The sequence of an incoming number: 42 of ЖТ-2026-000042. */
    public static long sequence(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    /** An appeal the authorized body registered against the demo provider's answered case {@code answered}. */
    public static String appealAgainst(String answered) {
        return ok(Http.post("/api/complaints", Letters.appealJson("ANSWER", "DEMO", answered, TODAY), "agency-registrar",
                null), 201).getString("number");
    }

    /**
     * An appeal against {@code answered}, decided with an instruction of 10 working days to the
     * provider, its decision sent, and gone to court as {@code courtCase}: the provider has an
     * instruction to comply with, the authorized body a judgment to record.
     */
    public static String appealDecidedAndInCourt(String answered, String courtCase) {
        String appeal = appealAgainst(answered);
        ok(Http.post(path(appeal) + "/assignment", "{\"executor\":\"agency-officer\"}", "agency-head", null), 200);
        ok(Http.post(path(appeal) + "/answer", "{\"outcome\":\"PARTLY_SATISFIED\",\"reasoning\":\"Кешікті.\","
                + "\"instruction\":{\"text\":\"Қайта беру.\",\"workingDays\":10}}", "agency-officer", null), 200);
        approvedAndSent(appeal, "agency-head", "agency-registrar");
        ok(Http.post(path(appeal) + "/court", "{\"court\":\"Астана соты\",\"filedOn\":\"" + TODAY
                + "\",\"caseNumber\":\"" + courtCase + "\"}", "agency-registrar", null), 201);
        return appeal;
    }
}
