package kz.shagym.review.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.AnswerLanguage;
import kz.shagym.registry.model.AppealGround;
import kz.shagym.registry.model.Stage;
import kz.shagym.review.model.Instruction;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.IncomingNumber;
import kz.shagym.registry.model.Registration;
import kz.shagym.review.model.Answer;
import kz.shagym.review.model.Outcome;
import kz.shagym.testing.Letters;
import kz.shagym.testing.PdfText;
import org.junit.jupiter.api.Test;

/** The answer letter as its text comes out of the PDF. */
class AnswerLetterTest {

    static final Organisation PROVIDER = new Organisation(OrganisationKind.SERVICE_PROVIDER, "DEMO",
            new LocalizedText("Демо қызмет беруші", "Демо-услугодатель", "Demo Provider"));
    static final Organisation AGENCY = new Organisation(OrganisationKind.AUTHORIZED_BODY, "ACSA",
            new LocalizedText("Мемлекеттік қызмет істері агенттігі", "Агентство по делам государственной службы", "ACSA"));

    static {
        AGENCY.setOfficeAddress(new LocalizedText("Астана қ., Мәңгілік Ел даңғылы, 8", "г. Астана, проспект Мәңгілік Ел, 8",
                "8 Mangilik Yel Avenue, Astana"));
    }

    static Complaint complaint(AnswerLanguage language) {
        Complaint c = IntakeRules.toComplaint(Letters.individual(), Letters.SERVICE).answeredIn(language, AnswerDelivery.POST);
        c.register(new Registration(1, new IncomingNumber("ЖТ-2026-000042", 2026, "ЖТ", 42),
                Instant.parse("2026-11-24T09:15:00Z"), LocalDate.of(2026, 11, 24), "registrar", "Ахметова А.Б.",
                "head", LocalDate.of(2026, 12, 1), "Астана", "7KX2M-9QD4T"));
        return c;
    }

    static Answer answer(boolean approved) {
        Answer a = new Answer(1);
        a.draft(Outcome.REJECTED, "Анықтама 2026 жылғы 20 қарашада берілді; кідіріс болған жоқ.", null, "executor",
                "Сәрсенов Д.К.", Instant.parse("2026-11-25T05:00:00Z"));
        if (approved) {
            a.approve("head", "Иманғалиев Б.Т.", Instant.parse("2026-11-26T06:00:00Z"), "ШЫҒ-2026-000017",
                    LocalDate.of(2026, 11, 26));
        }
        return a;
    }

    @Test
    void theApprovedLetterInKazakhHoldsTheReasoningAndTheAppealNotice() throws Exception {
        byte[] letter = AnswerLetter.render(complaint(AnswerLanguage.kk), answer(true), PROVIDER, AGENCY, null, 15);
        PdfText.keepPages(letter, "answer-letter-kk");
        String text = PdfText.oneLine(letter);
        for (String expected : new String[] {"Демо қызмет беруші", "ЖТ-2026-000042", "24.11.2026", "Сейітова Әсел",
                "қанағаттандырусыз қалдыру", "кідіріс болған жоқ", "уәкілетті органға", "Мемлекеттік қызмет істері агенттігі",
                "сотқа жүгінуге", "Иманғалиев Б.Т.", "26.11.2026", "Сәрсенов Д.К.",
                // Where the appeal goes and how long the authorized body takes (¶5).
                "Мемлекеттік қызмет істері агенттігі, Астана қ., Мәңгілік Ел даңғылы, 8", "15 жұмыс күні ішінде",
                // Its place in the outgoing register.
                "Шығыс № ШЫҒ-2026-000017, 26.11.2026"}) {
            assertTrue(text.contains(expected), expected + " missing from:\n" + text);
        }
        assertFalse(text.contains("ЖОБА"), text);
    }

    @Test
    void aDraftSaysSoAndRussianIsRussian() throws Exception {
        byte[] letter = AnswerLetter.render(complaint(AnswerLanguage.ru), answer(false), PROVIDER, AGENCY, null, 15);
        PdfText.keepPages(letter, "answer-letter-ru-draft");
        String text = PdfText.oneLine(letter);
        assertTrue(text.contains("ПРОЕКТ"), text);
        assertFalse(text.contains("Исх. №"), "a draft has no outgoing number yet: " + text);
        assertTrue(text.contains("По результатам рассмотрения Вашей жалобы принято решение оставить её без удовлетворения"), text);
        assertFalse(text.contains("Рассмотрев"), "no dangling participle: " + text);
        assertTrue(text.contains("На Вашу жалобу № ЖТ-2026-000042"), "«Вы» capitalised in a letter: " + text);
        assertTrue(text.contains("Вы вправе обжаловать его"), text);
        assertTrue(text.contains("Агентство по делам государственной службы, г. Астана, проспект Мәңгілік Ел, 8"), text);
        assertTrue(text.contains("в течение 15 рабочих дней"), text);
        assertTrue(text.contains("обратиться в суд"), text);
    }

    /** Every page of a draft is marked, not only the first; an approved letter has no mark. */
    @Test
    void aDraftIsMarkedOnEveryPage() throws Exception {
        Answer longDraft = new Answer(1);
        longDraft.draft(Outcome.REJECTED, "Анықтама уақытында берілді. ".repeat(260), null, "executor",
                "Сәрсенов Д.К.", Instant.parse("2026-11-25T05:00:00Z"));
        java.util.List<String> pages = PdfText.pages(AnswerLetter.render(complaint(AnswerLanguage.kk), longDraft,
                PROVIDER, AGENCY, null, 15));
        assertTrue(pages.size() >= 2, "a long reasoning runs over " + pages.size() + " page(s)");
        for (int i = 0; i < pages.size(); i++) {
            assertTrue(pages.get(i).contains("ЖОБА — БЕКІТІЛМЕГЕН"), "page " + (i + 1) + ": " + pages.get(i));
        }
        assertFalse(PdfText.oneLine(AnswerLetter.render(complaint(AnswerLanguage.kk), answer(true), PROVIDER, AGENCY,
                null, 15)).contains("БЕКІТІЛМЕГЕН"));
    }

    /** No line of the letter spreads the letters of its words. */
    @Test
    void noLineSpreadsItsLetters() throws Exception {
        assertFalse(PdfText.lettersSpread(AnswerLetter.render(complaint(AnswerLanguage.ru), answer(true), PROVIDER, AGENCY,
                null, 15)));
    }

    /** The authorized body's decision on an appeal: the instruction to the provider and the court, no further appeal. */
    @Test
    void anAppealsDecisionInstructsTheProviderAndPointsOnlyToCourt() throws Exception {
        Complaint appeal = IntakeRules.toComplaint(Letters.individual(), Letters.SERVICE)
                .answeredIn(AnswerLanguage.ru, AnswerDelivery.POST)
                .appealing(Stage.APPEAL, AppealGround.ANSWER, 1, null, LocalDate.of(2026, 12, 10));
        appeal.register(new Registration(3, new IncomingNumber("АП-2026-000007", 2026, "АП", 7),
                Instant.parse("2026-12-10T09:15:00Z"), LocalDate.of(2026, 12, 10), "agency-registrar", "Тоқтарова М.Е.",
                "agency-head", LocalDate.of(2027, 1, 5), "Астана", "7KX2M-9QD4T"));
        Answer decision = new Answer(3);
        decision.draft(Outcome.PARTLY_SATISFIED, "Справка выдана с опозданием.",
                Instruction.of(Stage.APPEAL, Outcome.PARTLY_SATISFIED, "Выдать справку повторно.", 10),
                "agency-officer", "Әбдірахманов Е.Қ.", Instant.parse("2026-12-15T05:00:00Z"));
        String text = PdfText.oneLine(AnswerLetter.render(appeal, decision, AGENCY, AGENCY, PROVIDER, 15));
        assertTrue(text.contains("АП-2026-000007"), text);
        assertTrue(text.contains("Услугодателю (Демо-услугодатель) поручено устранить нарушение в течение 10 рабочих дней"), text);
        assertTrue(text.contains("Выдать справку повторно."), text);
        assertTrue(text.contains("обратиться в суд"), text);
        assertFalse(text.contains("уполномоченный орган по оценке"), "no further appeal: " + text);
    }
}
