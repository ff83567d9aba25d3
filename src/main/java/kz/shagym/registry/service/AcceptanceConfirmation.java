package kz.shagym.registry.service;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import kz.shagym.kernel.model.Organisation;
import kz.shagym.kernel.service.BusinessClock;
import kz.shagym.kernel.service.Messages;
import kz.shagym.registry.model.Complaint;
import org.librepdf.openpdf.fonts.Liberation;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

/**
 * The acceptance confirmation (¶3): one A4 page in the complainant's language with the stamp
 * block (provider, incoming number, date, registrar, deadline, place of the answer), the
 * access code and a QR code of the case's public status page. The font (Liberation Sans, with
 * every Kazakh letter) comes in the WAR and is embedded in the PDF.
 */
public final class AcceptanceConfirmation {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final float QR_SIZE = 110f;
    private static final String STATUS_PAGE = "/status.xhtml";

    private AcceptanceConfirmation() {
    }

    /** The public status page of a case: number and access code in the address, as the QR code carries them. */
    public static String statusPage(String publicBase, Complaint c) {
        return publicBase + STATUS_PAGE + "?number=" + URLEncoder.encode(c.getIncomingNumber(), StandardCharsets.UTF_8)
                + "&code=" + URLEncoder.encode(c.getAccessCode(), StandardCharsets.UTF_8);
    }

    /**
     * The status page as printed for a person to type from paper: no scheme, no parameters
     * (the number and the code are printed beside it); the QR code carries the whole address.
     */
    static String typedLink(String publicBase) {
        return publicBase.replaceFirst("^https?://", "") + STATUS_PAGE;
    }

    /** The confirmation of {@code complaint}, whose status is opened under {@code publicBase}. */
    public static byte[] render(Complaint complaint, Organisation provider, String publicBase) {
        String statusUrl = statusPage(publicBase, complaint);
        Messages m = Messages.in(complaint.getAnswerLanguage().locale());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(m.get("receipt.title") + " " + complaint.getIncomingNumber());
            document.addCreator("Shagym");
            document.open();
            Font regular = Liberation.SANS.create(11);
            Font bold = Liberation.SANS_BOLD.create(11);
            Font heading = Liberation.SANS_BOLD.create(15);

            Paragraph provider1 = new Paragraph(provider.getName().in(m.locale()), bold);
            provider1.setAlignment(Element.ALIGN_CENTER);
            document.add(provider1);
            Paragraph title = new Paragraph(m.get("receipt.title"), heading);
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingBefore(12);
            title.setSpacingAfter(12);
            document.add(title);
            document.add(new Paragraph(m.get("receipt.intro", complaint.getComplainant().displayName()), regular));

            PdfPTable stamp = new PdfPTable(new float[] {2f, 3f});
            stamp.setWidthPercentage(100);
            stamp.setSpacingBefore(14);
            stamp.setSpacingAfter(14);
            row(stamp, m.get("receipt.provider"), provider.getName().in(m.locale()), regular, bold);
            row(stamp, m.get("receipt.number"), complaint.getIncomingNumber(), regular, bold);
            row(stamp, m.get("receipt.registeredAt"),
                    DATE_TIME.format(complaint.getRegisteredAt().atZone(BusinessClock.ZONE)), regular, bold);
            row(stamp, m.get("receipt.registrar"), complaint.getRegistrarName(), regular, bold);
            row(stamp, m.get("receipt.deadline"), DATE.format(complaint.getDeadline()), regular, bold);
            row(stamp, m.get("receipt.answerPlace"), complaint.getAnswerPlace(), regular, bold);
            document.add(stamp);

            document.add(new Paragraph(m.get("receipt.service", complaint.getService().getName().in(m.locale())),
                    regular));
            document.add(new Paragraph(m.get("receipt.subject." + complaint.getSubject()), regular));

            PdfPTable status = new PdfPTable(new float[] {3f, 1.3f});
            status.setWidthPercentage(100);
            status.setSpacingBefore(18);
            PdfPCell text = new PdfPCell();
            text.setBorder(Rectangle.NO_BORDER);
            text.addElement(new Paragraph(m.get("receipt.accessCode"), regular));
            text.addElement(new Paragraph(complaint.getAccessCode(), Liberation.MONO_BOLD.create(16)));
            text.addElement(new Paragraph(m.get("receipt.statusHint", typedLink(publicBase)), regular));
            status.addCell(text);
            PdfPCell qr = new PdfPCell(qrCode(writer.getDirectContent(), statusUrl), false);
            qr.setBorder(Rectangle.NO_BORDER);
            qr.setHorizontalAlignment(Element.ALIGN_RIGHT);
            status.addCell(qr);
            document.add(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            document.close();
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font labelFont, Font valueFont) {
        PdfPCell l = new PdfPCell(new Phrase(label, labelFont));
        l.setPadding(6);
        PdfPCell v = new PdfPCell(new Phrase(value, valueFont));
        v.setPadding(6);
        table.addCell(l);
        table.addCell(v);
    }

    /** The QR code drawn as vector squares, so it prints sharp at any size. */
    private static Image qrCode(PdfContentByte canvas, String content) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 0, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode " + content, e);
        }
        float module = QR_SIZE / matrix.getWidth();
        PdfTemplate template = canvas.createTemplate(QR_SIZE, QR_SIZE);
        template.setColorFill(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    template.rectangle(x * module, QR_SIZE - (y + 1) * module, module, module);
                }
            }
        }
        template.fill();
        return Image.getInstance(template);
    }
}
