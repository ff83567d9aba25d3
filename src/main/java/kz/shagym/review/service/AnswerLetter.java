package kz.shagym.review.service;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.Messages;
import kz.shagym.registry.model.Complaint;
import kz.shagym.registry.model.Stage;
import kz.shagym.review.model.Instruction;
import kz.shagym.review.model.Answer;
import org.librepdf.openpdf.fonts.Liberation;

/**
 * The reasoned answer letter (¶4) in the complainant's language: the provider's letterhead,
 * the reference to the complaint's incoming number and date, the outcome and the reasoning,
 * the notice of the right to appeal to the authorized body (¶5) and then to court (¶6), and
 * the head who approved it. An appeal's decision (¶5) carries instead the instruction to the
 * provider, if any, and the court notice alone. Until the head approves, the letter says it is
 * a draft.
 */
public final class AnswerLetter {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private AnswerLetter() {
    }

    /**
     * The letter of {@code complaint}'s answer under {@code provider}'s letterhead (the
     * authorized body's, for an appeal's decision); {@code appealed} is the provider an appeal
     * is about, named in its instruction, and null for a provider's own answer.
     */
    public static byte[] render(Complaint complaint, Answer answer, Organisation provider, Organisation authorizedBody,
                                Organisation appealed, int appealWorkingDays) {
        Messages m = Messages.in(complaint.getAnswerLanguage().locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 64, 56, 56, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        if (answer.getApprovedAt() == null) {
            writer.setPageEvent(new DraftMark(m.get("letter.draftMark")));
        }
        document.addTitle(m.get(complaint.getStage() == Stage.APPEAL ? "letter.titleAppeal" : "letter.title") + " "
                + complaint.getIncomingNumber());
        document.addCreator("Shagym");
        document.open();
        try {
            Font regular = Liberation.SANS.create(11);
            Font bold = Liberation.SANS_BOLD.create(11);
            centred(document, provider.getName().in(m.locale()), Liberation.SANS_BOLD.create(13));
            if (provider.getOfficeAddress() != null) {
                centred(document, provider.getOfficeAddress().in(m.locale()), regular);
            }
            if (provider.getReferencePhones() != null) {
                centred(document, provider.getReferencePhones(), regular);
            }
            if (answer.getOutgoingNumber() != null) {
                // Its place in the outgoing register, given when the head approved it.
                add(document, m.get("letter.outgoing", answer.getOutgoingNumber(), DATE.format(answer.getOutgoingDate())),
                        regular, 14);
            }
            Paragraph to = new Paragraph(complaint.getComplainant().displayName() + "\n"
                    + complaint.getComplainant().getPostalAddress(), bold);
            to.setAlignment(Element.ALIGN_RIGHT);
            to.setSpacingBefore(24);
            document.add(to);
            add(document, m.get("letter.reference", complaint.getIncomingNumber(),
                    DATE.format(complaint.getRegistrationDate())), regular, 18);
            if (answer.getApprovedAt() == null) {
                add(document, m.get("letter.draft"), bold, 8);
            }
            add(document, m.get("letter.outcome." + answer.getOutcome()), bold, 14);
            add(document, answer.getReasoning(), regular, 8);
            if (complaint.getStage() == Stage.APPEAL) {
                // The authorized body's decision: what the provider must put right, then only the court (¶6).
                Instruction instruction = answer.instruction();
                if (instruction != null) {
                    add(document, m.get("letter.instruction", appealed == null ? "" : appealed.getName().in(m.locale()),
                            instruction.workingDays(), instruction.text()), regular, 12);
                }
                add(document, m.get("letter.courtAfterAppeal"), regular, 18);
            } else {
                add(document, m.get("letter.appeal", appealTo(authorizedBody, m), appealWorkingDays), regular, 18);
                add(document, m.get("letter.court"), regular, 6);
            }
            String signer = answer.getApprovedByName() == null ? "" : answer.getApprovedByName();
            String signedOn = answer.getApprovedAt() == null ? ""
                    : DATE.format(answer.getApprovedAt().atZone(BusinessClock.ZONE));
            add(document, m.get("letter.signature", signer, signedOn), bold, 30);
            add(document, m.get("letter.executor", answer.getDraftedByName()), regular, 30);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    /** Where an appeal goes (¶5): the authorized body's name and office address, as its record gives them. */
    private static String appealTo(Organisation authorizedBody, Messages m) {
        if (authorizedBody == null) {
            return m.get("letter.authorizedBody");
        }
        String name = authorizedBody.getName().in(m.locale());
        return authorizedBody.getOfficeAddress() == null ? name : name + ", " + authorizedBody.getOfficeAddress().in(m.locale());
    }

    /** A draft says so at the top of every page, so that no page of it passes for the letter. */
    private static final class DraftMark extends PdfPageEventHelper {

        private final String mark;

        DraftMark(String mark) {
            this.mark = mark;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            try {
                ColumnText.showTextAligned(writer.getDirectContent(), Element.ALIGN_CENTER,
                        new Phrase(mark, Liberation.SANS_BOLD.create(10)),
                        (document.left() + document.right()) / 2, document.top() + 24, 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void centred(Document document, String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        document.add(p);
    }

    /**
     * A paragraph of the letter, ranged left: justified, OpenPDF spread the letters of short
     * lines and stretched a paragraph's last line, which read as a typing error in a letter.
     */
    private static void add(Document document, String text, Font font, float spacingBefore) {
        Paragraph p = new Paragraph(text, font);
        p.setSpacingBefore(spacingBefore);
        p.setAlignment(Element.ALIGN_LEFT);
        document.add(p);
    }
}
