package kz.shagym.intake.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.shagym.testing.Http;
import kz.shagym.testing.Letters;
import kz.shagym.testing.PdfText;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The complaints API as a document-management system uses it: registration with gap-free
 * numbers under concurrency, field errors in the caller's language that use no number, the
 * case and its receipt for the provider's own staff only.
 */
@RunAsClient
@ExtendWith(ArquillianExtension.class)
class ComplaintApiIT {

    static final String VALID_IIN = "900101300017";


    static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    static HttpResponse<String> register(String body) {
        return Http.post("/api/complaints", body, "registrar", null);
    }

    static long sequenceOf(String number) {
        return Long.parseLong(number.substring(number.lastIndexOf('-') + 1));
    }

    @Test
    void sixteenRegistrarsAtOnceGetSixteenConsecutiveNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                calls.add(() -> register(Letters.json(VALID_IIN, "2026-11-20")));
            }
            List<Long> sequences = new ArrayList<>();
            for (Future<HttpResponse<String>> f : pool.invokeAll(calls)) {
                HttpResponse<String> r = f.get();
                assertEquals(201, r.statusCode(), r.body());
                String number = json(r).getString("number");
                assertTrue(number.matches("ЖТ-\\d{4}-\\d{6}"), number);
                assertEquals("/api/complaints/" + URLEncoder.encode(number, StandardCharsets.UTF_8).replace("+", "%20"),
                        r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
                sequences.add(sequenceOf(number));
            }
            sequences.sort(null);
            assertEquals(16, sequences.stream().distinct().count(), "distinct: " + sequences);
            assertEquals(15, sequences.get(15) - sequences.get(0), "consecutive: " + sequences);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void invalidInputAnswers400AtItsFieldsInTheCallersLanguageAndUsesNoNumber() {
        long before = sequenceOf(json(register(Letters.json(VALID_IIN, "2026-11-20"))).getString("number"));

        HttpResponse<String> refused = Http.post("/api/complaints",
                Letters.json("900101300018", "2099-01-01"), "registrar", "ru");
        assertEquals(400, refused.statusCode(), refused.body());
        var errors = json(refused).getJsonArray("errors");
        assertEquals("iin", errors.getJsonObject(1).getString("field"), refused.body());
        assertEquals("Контрольная цифра не сходится: номер набран с ошибкой.", errors.getJsonObject(1).getString("message"));
        assertEquals("postmarkDate", errors.getJsonObject(0).getString("field"));

        HttpResponse<String> kazakh = Http.post("/api/complaints", "{\"channel\":\"POST\"", "registrar", "kk");
        assertEquals(400, kazakh.statusCode(), "malformed JSON: " + kazakh.body());

        HttpResponse<String> reversed = Http.post("/api/complaints", Letters.json(VALID_IIN, "2026-11-20")
                .replace("Сейітова", "Сейі\\u202eтова"), "registrar", "en");
        assertEquals(400, reversed.statusCode(), "a bidi override in the surname: " + reversed.body());
        assertEquals("{\"errors\":[{\"field\":\"surname\",\"message\":\"Remove the invisible or control characters"
                + " (copied from elsewhere, perhaps).\"}]}", reversed.body());

        String letter = Letters.json(VALID_IIN, "2026-11-20");
        String[][] wrongTypes = {
                {letter.replace("\"pages\":2", "\"pages\":2.5"), "pages"},
                {letter.replace("\"pages\":2", "\"pages\":\"2\""), "pages"},
                {letter.replace("\"pages\":2", "\"pages\":1e10"), "pages"},
                {letter.replace("\"Сейітова\"", "[\"Сейітова\"]"), "surname"},
                {letter.replace("\"Сейітова\"", "42"), "surname"}};
        for (String[] wrongType : wrongTypes) {
            HttpResponse<String> strict = Http.post("/api/complaints", wrongType[0], "registrar", "en");
            assertEquals(400, strict.statusCode(), wrongType[0] + " -> " + strict.body());
            assertEquals("{\"errors\":[{\"field\":\"" + wrongType[1] + "\",\"message\":\"This value must be of the"
                    + " documented type: a whole number without quotes, a text in quotes.\"}]}", strict.body());
        }
        HttpResponse<String> wrapped = Http.post("/api/complaints", "[" + letter + "]", "registrar", "en");
        assertEquals(400, wrapped.statusCode(), "a body wrapped in an array: " + wrapped.body());
        assertTrue(wrapped.body().contains("not JSON of the documented shape"), wrapped.body());

        long after = sequenceOf(json(register(Letters.json(VALID_IIN, "2026-11-20"))).getString("number"));
        assertEquals(before + 1, after, "the refused registrations burned no number");
    }

    @Test
    void onlyRegistrarsRegister() {
        assertEquals(401, Http.post("/api/complaints", Letters.json(VALID_IIN, "2026-11-20")).statusCode());
        assertEquals(403, Http.post("/api/complaints", Letters.json(VALID_IIN, "2026-11-20"), "head", null).statusCode());
    }

    @Test
    void theCaseAndItsReceiptAreTheProvidersOwn() throws Exception {
        JsonObject stamp = json(register(Letters.json(VALID_IIN, "2026-11-20")));
        String number = stamp.getString("number");
        String path = "/api/complaints/" + URLEncoder.encode(number, StandardCharsets.UTF_8);
        assertEquals("REGISTERED", stamp.getString("state"));
        assertTrue(stamp.getString("accessCode").matches("[0-9A-Z]{5}-[0-9A-Z]{5}"));

        HttpResponse<String> own = Http.get(path, "head");
        assertEquals(200, own.statusCode(), own.body());
        assertEquals(VALID_IIN, json(own).getJsonObject("complainant").getString("iinBin"));
        assertEquals(stamp.getString("deadline"), json(own).getString("deadline"));

        assertEquals(404, Http.get(path, "registrar2").statusCode(), "another provider's case is not found");
        assertEquals(401, Http.get(path, null, null, null).statusCode());
        assertEquals(404, Http.get("/api/complaints/%D0%96%D0%A2-1999-000001", "registrar").statusCode());

        HttpResponse<byte[]> pdf = Http.getBytes(path + "/receipt.pdf", "registrar");
        assertEquals(200, pdf.statusCode());
        assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElseThrow());
        String text = PdfText.of(pdf.body());
        assertTrue(text.contains(number) && text.contains("Ахметова") && text.contains(stamp.getString("accessCode")), text);
        assertEquals(404, Http.getBytes(path + "/receipt.pdf", "registrar2").statusCode());
    }

    @Test
    void theCatalogueIsPublicInTheCallersLanguage() {
        HttpResponse<String> kk = Http.get("/api/services", null, null, "kk");
        assertEquals(200, kk.statusCode());
        assertTrue(kk.body().contains("{\"code\":\"DEMO-003\",\"name\":\"Жеке куәлік беру\"}"), kk.body());
        assertTrue(Http.get("/api/services", null, null, "ru").body().contains("Выдача удостоверения личности"));
    }

    @Test
    void theApiIsDescribedWithOpenApi() {
        HttpResponse<String> doc = Http.get("/openapi", null, null, null);
        assertEquals(200, doc.statusCode());
        assertTrue(doc.body().contains("/api/complaints") && doc.body().contains("ComplaintForm"), doc.body());

        // Every operation says what it answers when it succeeds, not only its refusals.
        List<String> silent = new ArrayList<>();
        Http.json(Http.get("/openapi?format=JSON", null, null, null)).getJsonObject("paths").forEach((path, item) ->
                item.asJsonObject().forEach((method, operation) -> {
                    if (operation instanceof JsonObject op && op.containsKey("responses")
                            && op.getJsonObject("responses").keySet().stream().noneMatch(code -> code.startsWith("2"))) {
                        silent.add(method.toUpperCase() + " " + path);
                    }
                }));
        assertEquals(List.of(), silent);
    }
}
