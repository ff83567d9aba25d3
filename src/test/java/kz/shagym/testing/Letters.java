package kz.shagym.testing;

import kz.shagym.intake.model.ComplaintForm;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.registry.model.StateService;

/** Paper complaints as the tests type them: valid unless a test spoils them. */
public final class Letters {

    public static final StateService SERVICE =
            new StateService("DEMO-001", new LocalizedText("Анықтама", "Справка", "Certificate"));

    private Letters() {
    }

    /** A letter by post from an individual, as the example gives it. */
    public static ComplaintForm individual() {
        ComplaintForm f = new ComplaintForm();
        f.setChannel("POST");
        f.setPostmarkDate("2026-11-20");
        f.setEnvelopeTracking("RR123456785KZ");
        f.getComplainant().setType("INDIVIDUAL");
        f.getComplainant().setIin("900101300017");
        f.getComplainant().setSurname("Сейітова");
        f.getComplainant().setName("Әсел");
        f.getComplainant().setAddress("Астана, Абай 1");
        f.getComplainant().setPhone("+7 701 000 00 00");
        f.getComplainant().setEmail("asel@example.kz");
        f.setLanguage("kk");
        f.setAnswerDelivery("POST");
        f.setServiceCode("DEMO-001");
        f.setSubject("INACTION");
        f.setSummary("Анықтама 30 күн бойы берілмеді.");
        f.setPages(2);
        return f;
    }

    /** The same letter as JSON for POST /api/complaints, with the postmark date given. */
    /**
     * A complaint registered at provider 1 on Tuesday 24 November 2026 as ЖТ-2026-000042 (head
     * "head", deadline 1 December), in state REGISTERED.
     */
    public static kz.shagym.registry.model.Complaint registered() {
        return registered(kz.shagym.registry.model.Stage.PROVIDER);
    }

    /** As {@link #registered()}, of {@code stage}: an appeal about provider 2's service result, without a case. */
    public static kz.shagym.registry.model.Complaint registered(kz.shagym.registry.model.Stage stage) {
        var c = kz.shagym.intake.model.IntakeRules.toComplaint(individual(), SERVICE);
        if (stage != kz.shagym.registry.model.Stage.PROVIDER) {
            c.appealing(stage, kz.shagym.registry.model.AppealGround.SERVICE_RESULT, 2, null,
                    java.time.LocalDate.of(2026, 11, 24));
        }
        c.register(new kz.shagym.registry.model.Registration(1,
                new kz.shagym.registry.model.IncomingNumber("ЖТ-2026-000042", 2026, "ЖТ", 42),
                java.time.Instant.parse("2026-11-24T09:15:00Z"), java.time.LocalDate.of(2026, 11, 24), "registrar",
                "Ахметова А.Б.", "head", java.time.LocalDate.of(2026, 12, 1), "Астана", "7KX2M-9QD4T"));
        return c;
    }

    public static String json(String iin, String postmarkDate) {
        return """
                {"channel":"POST","postmarkDate":"%s","complainant":{"type":"INDIVIDUAL","iin":"%s",
                "surname":"Сейітова","name":"Әсел","patronymic":"Ерланқызы","address":"Астана, Абай 1",
                "phone":"+7 701 000 00 00","email":"asel@example.kz"},"language":"kk","answerDelivery":"POST",
                "serviceCode":"DEMO-001","subject":"INACTION","official":"Иванов И.","summary":"Анықтама берілмеді.",
                "pages":2}""".formatted(postmarkDate, iin);
    }

    /** The same letter as an appeal: {@code provider} and {@code appealOf} may be null. */
    public static String appealJson(String ground, String provider, String appealOf, String postmarkDate) {
        String letter = json("900101300017", postmarkDate);
        return letter.substring(0, letter.lastIndexOf('}')) + ",\"ground\":\"" + ground + "\""
                + (provider == null ? "" : ",\"provider\":\"" + provider + "\"")
                + (appealOf == null ? "" : ",\"appealOf\":\"" + appealOf + "\"") + "}";
    }
}
