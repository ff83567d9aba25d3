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

    /** Each page's text, first page first. */
    public static java.util.List<String> pages(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            java.util.List<String> pages = new java.util.ArrayList<>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        }
    }

    /**
     * Whether any text is drawn with extra space between its letters (the PDF's {@code Tc}
     * operator with a value other than 0), as justified lines are when the letters are spread.
     */
    public static boolean lettersSpread(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : document.getPages()) {
                java.util.List<Object> tokens = new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse();
                for (int i = 1; i < tokens.size(); i++) {
                    if (tokens.get(i) instanceof org.apache.pdfbox.contentstream.operator.Operator op
                            && op.getName().equals("Tc")
                            && tokens.get(i - 1) instanceof org.apache.pdfbox.cos.COSNumber n && n.floatValue() != 0f) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Keeps a picture of each page, for a person to look at (target/screenshots, or
     * -Dscreenshots.dir): {@code name}-1.png, {@code name}-2.png, ...
     */
    public static void keepPages(byte[] pdf, String name) throws IOException {
        java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("screenshots.dir", "target/screenshots"));
        java.nio.file.Files.createDirectories(dir);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(document);
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                javax.imageio.ImageIO.write(renderer.renderImageWithDPI(page, 96), "png",
                        dir.resolve(name + "-" + (page + 1) + ".png").toFile());
            }
        }
    }

    /** The text on one line: the stripper breaks long paragraphs where the PDF does. */
    public static String oneLine(byte[] pdf) throws IOException {
        return of(pdf).replaceAll("\\s+", " ");
    }
}
