package kz.shagym.registry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import kz.shagym.intake.model.IntakeRules;
import kz.shagym.testing.Letters;
import kz.shagym.testing.PdfText;
import kz.shagym.testing.QrCodes;
import kz.shagym.kernel.model.LocalizedText;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.model.OrganisationKind;
import kz.shagym.registry.model.AnswerLanguage;
import kz.shagym.registry.model.AnswerDelivery;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.IncomingNumber;
import kz.shagym.registry.model.Registration;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class AcceptanceConfirmationTest {

    static final Organisation PROVIDER = provider();

    static Organisation provider() {
        Organisation o = new Organisation(OrganisationKind.SERVICE_PROVIDER, "DEMO",
                new LocalizedText("Демо қызмет беруші", "Демо-услугодатель", "Demo Provider"));
        o.setOfficeAddress(new LocalizedText("Астана қ., Мәңгілік Ел даңғылы, 8", "г. Астана, пр. Мәңгілік Ел, 8", null));
        return o;
    }

    static Complaint registered(AnswerLanguage language) {
        Complaint c = IntakeRules.toComplaint(Letters.individual(), Letters.SERVICE)
                .answeredIn(language, AnswerDelivery.POST);
        c.register(new Registration(1, new IncomingNumber("ЖТ-2026-000042", 2026, "ЖТ", 42),
                Instant.parse("2026-11-24T09:15:00Z"), LocalDate.of(2026, 11, 24), "registrar", "Ахметова А.Б.",
                "head", LocalDate.of(2026, 12, 1), PROVIDER.getOfficeAddress().in(language.locale()), "7KX2M-9QD4T"));
        return c;
    }

    @Test
    void theStampBlockInKazakhWithTheFontEmbedded() throws Exception {
        byte[] pdf = AcceptanceConfirmation.render(registered(AnswerLanguage.kk), PROVIDER, "https://shagym.example.kz");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertEquals(1, document.getNumberOfPages());
            String text = new PDFTextStripper().getText(document);
            for (String expected : new String[] {"Шағымды қабылдау туралы растама", "Демо қызмет беруші", "ЖТ-2026-000042",
                    "24.11.2026 14:15", "Ахметова А.Б.", "01.12.2026", "Астана қ., Мәңгілік Ел даңғылы, 8",
                    "7KX2M-9QD4T", "Сейітова Әсел", "Әрекетсіздікке шағым жасалды.", "shagym.example.kz/status.xhtml"}) {
                assertTrue(text.contains(expected), expected + " missing from:\n" + text);
            }
            assertTrue(document.getPage(0).getResources().getFontNames().iterator().hasNext());
            document.getPage(0).getResources().getFontNames().forEach(name -> {
                try {
                    assertTrue(document.getPage(0).getResources().getFont(name).isEmbedded(), "font " + name + " embedded");
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    @Test
    void inRussianWhenTheComplainantAskedForRussian() throws Exception {
        String text = PdfText.of(AcceptanceConfirmation.render(registered(AnswerLanguage.ru), PROVIDER, "https://x.kz"));
        assertTrue(text.contains("Подтверждение о принятии жалобы"), text);
        assertTrue(text.contains("г. Астана, пр. Мәңгілік Ел, 8"), text);
        assertTrue(text.contains("Срок ответа"), text);
    }

    @Test
    void theQrCodeOpensTheStatusPageAndThePrintedLinkCanBeTyped() throws Exception {
        byte[] pdf = AcceptanceConfirmation.render(registered(AnswerLanguage.kk), PROVIDER, "https://shagym.example.kz");
        assertEquals("https://shagym.example.kz/status.xhtml?number=%D0%96%D0%A2-2026-000042&code=7KX2M-9QD4T",
                QrCodes.read(pdf));
        String text = PdfText.oneLine(pdf);
        assertFalse(text.contains("%D0"), "nothing percent-encoded on paper: " + text);
        assertFalse(text.contains("https://"), text);
    }
}
