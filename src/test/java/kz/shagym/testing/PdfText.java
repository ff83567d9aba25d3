package kz.shagym.testing;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The text of a generated PDF, as PDFBox extracts it, for the tests to look into. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text on one line: the stripper breaks long paragraphs where the PDF does. */
    public static String oneLine(byte[] pdf) throws IOException {
        return of(pdf).replaceAll("\\s+", " ");
    }
}
