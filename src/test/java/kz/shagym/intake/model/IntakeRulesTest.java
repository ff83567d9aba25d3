package kz.shagym.intake.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.registry.model.Channel;
import kz.shagym.registry.model.ComplainantType;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.StateService;
import kz.shagym.testing.Letters;
import org.junit.jupiter.api.Test;

class IntakeRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
    static final StateService SERVICE = Letters.SERVICE;

    static ComplaintForm letter() {
        return Letters.individual();
    }

    static List<String> fields(ComplaintForm f) {
        return IntakeRules.check(f, Optional.of(SERVICE), TODAY).stream().map(p -> p.field() + ":" + p.messageKey()).toList();
    }

    @Test
    void aCompleteLetterPassesAndBecomesAnUnregisteredComplaint() {
        assertEquals(List.of(), fields(letter()));
        Complaint c = IntakeRules.toComplaint(letter(), SERVICE);
        assertEquals(ComplainantType.INDIVIDUAL, c.getComplainant().getType());
        assertEquals("Сейітова Әсел", c.getComplainant().displayName());
        assertEquals(Channel.POST, c.getChannel());
        assertEquals(LocalDate.of(2026, 11, 20), c.getPostmarkDate());
        assertEquals(null, c.getState(), "not registered yet");
    }

    @Test
    void invisibleAndControlCharactersAreRefusedAtTheirField() {
        ComplaintForm f = letter();
        f.getComplainant().setSurname("Сейі\u202Eтова");
        f.getComplainant().setAddress("Астана,\u200B Абай 1");
        f.setSummary("Анықтама\u0000 берілмеді.");
        assertEquals(List.of("surname:intake.error.hiddenCharacters", "address:intake.error.hiddenCharacters",
                "summary:intake.error.hiddenCharacters"), fields(f));
        f = letter();
        f.setSummary("Бірінші жол.\nЕкінші жол.\tТабуляция.");
        assertEquals(List.of(), fields(f), "line breaks and tabs are what people type");
    }

    @Test
    void aMistypedIinIsCaughtByItsCheckDigit() {
        ComplaintForm f = letter();
        f.getComplainant().setIin("900101300018");
        assertEquals(List.of("iin:intake.error.checkDigit"), fields(f));
        f.getComplainant().setIin("90010130001");
        assertEquals(List.of("iin:intake.error.twelveDigits"), fields(f));
    }

    @Test
    void everyProblemIsReportedAtOnceAtItsField() {
        ComplaintForm f = new ComplaintForm();
        f.setChannel("POST");
        f.setLanguage("en");
        f.setPages(0);
        assertEquals(List.of("postmarkDate:intake.error.required", "iin:intake.error.required",
                "surname:intake.error.required", "name:intake.error.required", "address:intake.error.required",
                "language:intake.error.choice", "serviceCode:intake.error.required", "subject:intake.error.required",
                "summary:intake.error.required", "pages:intake.error.pages"), fields(f));
    }

    @Test
    void aLegalEntityNeedsItsBinNameAndRepresentative() {
        ComplaintForm f = letter();
        f.getComplainant().setType("LEGAL_ENTITY");
        f.getComplainant().setName(null);
        assertEquals(List.of("bin:intake.error.required", "name:intake.error.required",
                "representative:intake.error.required"), fields(f));
        f.getComplainant().setBin("880101300111");
        f.getComplainant().setName("ТОО «Ақ Жол»");
        f.getComplainant().setRepresentative("Ли И.");
        assertEquals(List.of(), fields(f));
        assertEquals("ТОО «Ақ Жол»", IntakeRules.toComplaint(f, SERVICE).getComplainant().displayName());
    }

    @Test
    void datesAndContactsAreChecked() {
        ComplaintForm f = letter();
        f.setPostmarkDate("2026-11-25");
        f.getComplainant().setEmail("not-an-address");
        f.getComplainant().setPhone("call me");
        f.setEnvelopeTracking("<script>");
        assertEquals(List.of("postmarkDate:intake.error.future", "envelopeTracking:intake.error.tracking",
                "phone:intake.error.phone", "email:intake.error.email"), fields(f));
        f = letter();
        f.setPostmarkDate("20.11.2026");
        assertEquals(List.of("postmarkDate:intake.error.date"), fields(f));
    }

    @Test
    void aLetterHandedInNeedsNoPostmarkAndKeepsNone() {
        ComplaintForm f = letter();
        f.setChannel("IN_PERSON");
        f.setPostmarkDate(null);
        assertEquals(List.of(), fields(f));
        assertEquals(null, IntakeRules.toComplaint(f, SERVICE).getEnvelopeTracking());
    }

    @Test
    void onlyActiveCatalogueServicesAndBoundedTexts() {
        ComplaintForm f = letter();
        assertEquals(List.of("serviceCode:intake.error.service"),
                IntakeRules.check(f, Optional.empty(), TODAY).stream().map(p -> p.field() + ":" + p.messageKey()).toList());
        StateService retired = new StateService("OLD", new LocalizedText("Ескі", null, null));
        retired.setActive(false);
        assertTrue(IntakeRules.check(f, Optional.of(retired), TODAY).stream().anyMatch(p -> p.field().equals("serviceCode")));
        f.setSummary("ә".repeat(IntakeRules.MAX_SUMMARY + 1));
        assertEquals(List.of("summary:intake.error.tooLong"), fields(f));
    }

    @Test
    void theRequiredFieldsFollowTheChannelTheComplainantAndTheAppeal() {
        ComplaintForm byHand = letter();
        byHand.setChannel("IN_PERSON");
        assertEquals(java.util.Set.of("surname", "name", "iin", "address", "serviceCode",
                "subject", "summary", "pages"), IntakeRules.requiredFields(byHand));

        ComplaintForm posted = letter();
        assertTrue(IntakeRules.requiredFields(posted).contains("postmarkDate"), "a posted letter's postmark");
        assertTrue(!IntakeRules.requiredFields(posted).contains("patronymic"), "a patronymic may be absent");

        ComplaintForm fromACompany = letter();
        fromACompany.getComplainant().setType("LEGAL_ENTITY");
        assertTrue(IntakeRules.requiredFields(fromACompany).containsAll(java.util.Set.of("bin", "name", "representative")));
        assertTrue(!IntakeRules.requiredFields(fromACompany).contains("iin"));

        ComplaintForm unchosen = letter();
        unchosen.setChannel(null);
        unchosen.getComplainant().setType(null);
        assertTrue(IntakeRules.requiredFields(unchosen).containsAll(java.util.Set.of("channel", "type")),
                "nothing chosen yet: the choices themselves");
    }
}
