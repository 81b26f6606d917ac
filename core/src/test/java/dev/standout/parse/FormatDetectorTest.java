package dev.standout.parse;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class FormatDetectorTest {

    private static final String DOCX_CONTENT_TYPES = "<Types><Override PartName=\"/word/document.xml\" ContentType="
            + "\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    @Test
    void detectsPdfByItsHeaderEvenAfterLeadingJunk() {
        byte[] pdf = Fixtures.simplePdf("Jane Example");
        assertThat(FormatDetector.detect(pdf)).isEqualTo(DocumentFormat.PDF);
        assertThat(FormatDetector.detect(concat(new byte[500], pdf))).isEqualTo(DocumentFormat.PDF);
        assertThat(FormatDetector.detect(concat(new byte[2000], pdf))).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void detectsDocxFromContentWhateverTheFileIsCalled() {
        byte[] docxSavedAsPdf = Fixtures.simpleDocx("Jane Example");
        assertThat(FormatDetector.detect(docxSavedAsPdf)).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void detectsATruncatedDocxFromWhatIsLeftOfIt() {
        byte[] docx = Fixtures.zip("[Content_Types].xml", DOCX_CONTENT_TYPES, "_rels/.rels", "<Relationships/>",
                "word/document.xml", "<w:document/>");
        // cut inside the second entry: the content types survive, the directory and the other names are gone
        int second = FormatDetector.indexOf(docx, new byte[] {'P', 'K', 3, 4}, 4, docx.length);
        byte[] truncated = Arrays.copyOf(docx, second + 10);
        assertThat(ZipListing.read(truncated, 10).names()).containsExactly("[Content_Types].xml");
        assertThat(FormatDetector.detect(truncated)).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void tellsSpreadsheetsAndPresentationsFromWordDocuments() {
        byte[] xlsx = Fixtures.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
        byte[] pptx = Fixtures.zip("[Content_Types].xml", "<Types/>", "ppt/presentation.xml", "<presentation/>");
        assertThat(FormatDetector.inspect(xlsx)).isEqualTo(
                new FormatDetector.Detection(DocumentFormat.UNKNOWN, "an Excel workbook (XLSX)"));
        assertThat(FormatDetector.inspect(pptx).format()).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.inspect(pptx).description()).contains("PPTX");
        assertThat(FormatDetector.detect(Fixtures.zip("notes.txt", "hello"))).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void detectsOpenDocumentTextByItsMimetype() {
        byte[] odt = odt();
        assertThat(FormatDetector.detect(odt)).isEqualTo(DocumentFormat.ODT);
        byte[] ods = Fixtures.zip("mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "<x/>");
        assertThat(FormatDetector.detect(ods)).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void detectsWordDocumentsAndEncryptedOoxmlInOle2Files() throws Exception {
        assertThat(FormatDetector.detect(DocParserTest.inventedDoc())).isEqualTo(DocumentFormat.DOC);
        byte[] encrypted = DocxParserTest.encrypt(Fixtures.simpleDocx("Jane Example"), "invented");
        assertThat(FormatDetector.detect(encrypted)).isEqualTo(DocumentFormat.DOCX);
    }

    @Test
    void detectsRtfAndHtmlByTheirOpeningText() {
        assertThat(FormatDetector.detect(ascii("{\\rtf1\\ansi Jane Example}"))).isEqualTo(DocumentFormat.RTF);
        assertThat(FormatDetector.detect(ascii("\r\n  {\\rtf1 Jane}"))).isEqualTo(DocumentFormat.RTF);
        assertThat(FormatDetector.detect(ascii("<!DOCTYPE html><html><body>Jane</body></html>")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(FormatDetector.detect(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                ascii("  <HTML><body>Jane</body></HTML>")))).isEqualTo(DocumentFormat.HTML);
        assertThat(FormatDetector.detect(ascii("<?xml version=\"1.0\"?>\n<!-- saved -->\n<html>Jane</html>")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(FormatDetector.detect(ascii("\n  <div class=\"mail\"><table><tr><td>Jane</td></tr></table></div>")))
                .isEqualTo(DocumentFormat.HTML);
        assertThat(FormatDetector.detect(ascii("<Jane Example> Data Engineer"))).isEqualTo(DocumentFormat.TXT);
        assertThat(FormatDetector.detect(ascii("<?xml version=\"1.0\"?><resume>Jane</resume>")))
                .isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void detectsPlainTextInCommonEncodings() {
        String text = "Jane Example – Résumé\nData Engineer\n";
        assertThat(FormatDetector.detect(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(DocumentFormat.TXT);
        assertThat(FormatDetector.detect(withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE)))
                .isEqualTo(DocumentFormat.TXT);
        assertThat(FormatDetector.detect(withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF)))
                .isEqualTo(DocumentFormat.TXT);
        assertThat(FormatDetector.detect(text.getBytes(Charset.forName("windows-1252"))))
                .isEqualTo(DocumentFormat.TXT);
    }

    @Test
    void callsBinaryAndImagesUnknown() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        assertThat(FormatDetector.detect(random)).isEqualTo(DocumentFormat.UNKNOWN);
        byte[] jpeg = concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, random);
        assertThat(FormatDetector.inspect(jpeg).description()).isEqualTo("a JPEG image");
        assertThat(FormatDetector.detect(new byte[0])).isEqualTo(DocumentFormat.UNKNOWN);
        assertThat(FormatDetector.detect(new byte[100])).isEqualTo(DocumentFormat.UNKNOWN);
    }

    @Test
    void neverThrowsOnHostileZipAndOle2Headers() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            byte[] b = new byte[random.nextInt(2048) + 1];
            random.nextBytes(b);
            if (i % 2 == 0 && b.length >= 4) {
                b[0] = 'P';
                b[1] = 'K';
                b[2] = 3;
                b[3] = 4;
            } else if (b.length >= 8) {
                System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
                        0x1A, (byte) 0xE1}, 0, b, 0, 8);
            }
            assertThat(FormatDetector.detect(b)).isNotNull();
        }
    }

    static byte[] odt() {
        return Fixtures.zip("mimetype", "application/vnd.oasis.opendocument.text",
                "META-INF/manifest.xml", "<manifest/>", "content.xml", "<office:document-content/>");
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    static byte[] withBom(String s, Charset cs, int b0, int b1) {
        return concat(new byte[] {(byte) b0, (byte) b1}, s.getBytes(cs));
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }
}
