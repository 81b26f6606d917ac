package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.EmptyTextException;
import dev.standout.ErrorType;
import dev.standout.UnsupportedFormatException;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentParsersTest {

    private static final DocumentParsers PARSERS = DocumentParsers.standard();

    @Test
    void rejectsRtfAndOdtNamingTheFormat() {
        assertThatThrownBy(() -> PARSERS.parse(FormatDetectorTest.ascii("{\\rtf1\\ansi Jane Example}"),
                ParseLimits.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessage("RTF documents are not supported; save it as PDF or DOCX");
        assertThatThrownBy(() -> PARSERS.parse(FormatDetectorTest.odt(), ParseLimits.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("ODT");
    }

    @Test
    void rejectsUnknownFilesSayingWhatTheyLookLike() {
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0, 0, 0, 0};
        assertThatThrownBy(() -> PARSERS.parse(gif, ParseLimits.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("GIF image");
        byte[] xlsx = Fixtures.zip("[Content_Types].xml", "<Types/>", "xl/workbook.xml", "<workbook/>");
        assertThatThrownBy(() -> PARSERS.parse(xlsx, ParseLimits.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("Excel workbook");
    }

    @Test
    void readsADocxWhateverItIsCalled() throws DocumentException {
        byte[] docxSavedAsPdf = Fixtures.simpleDocx("Jane Example", "Data Engineer");
        ParsedDocument doc = PARSERS.parse(docxSavedAsPdf, ParseLimits.DEFAULT);
        assertThat(doc.format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(doc.text()).isEqualTo("Jane Example\nData Engineer");
    }

    @Test
    void readsHtmlByStrippingTags() throws DocumentException {
        String html = "<!DOCTYPE html><html><head><title>CV</title><style>p{color:red}</style>"
                + "<script>var secret = 1;</script></head><body><h1>Jane&nbsp;Example</h1>"
                + "<p>Data   Engineer &amp; Analyst</p><ul><li>Spark</li><li>SQL</li></ul>"
                + "<table><tr><td>Python</td><td>Expert</td></tr></table><!-- a comment --></body></html>";
        ParsedDocument doc = PARSERS.parse(html.getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULT);
        assertThat(doc.format()).isEqualTo(DocumentFormat.HTML);
        assertThat(doc.text()).isEqualTo("Jane\u00a0Example\nData Engineer & Analyst\n• Spark\n• SQL\nPython | Expert");
        assertThatThrownBy(() -> PARSERS.without(DocumentFormat.HTML).parse(html.getBytes(StandardCharsets.UTF_8),
                ParseLimits.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("HTML");
    }

    @Test
    void readsTextInUtf16WithBomAndInWindows1252() throws DocumentException {
        String text = "Jane Example – Résumé\r\nData Engineer\rSkills: Python";
        String expected = "Jane Example – Résumé\nData Engineer\nSkills: Python";
        byte[] utf16le = FormatDetectorTest.withBom(text, StandardCharsets.UTF_16LE, 0xFF, 0xFE);
        byte[] utf16be = FormatDetectorTest.withBom(text, StandardCharsets.UTF_16BE, 0xFE, 0xFF);
        byte[] cp1252 = text.getBytes(Charset.forName("windows-1252"));
        byte[] utf8Bom = FormatDetectorTest.concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                text.getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : List.of(utf16le, utf16be, cp1252, utf8Bom)) {
            ParsedDocument doc = PARSERS.parse(bytes, ParseLimits.DEFAULT);
            assertThat(doc.format()).isEqualTo(DocumentFormat.TXT);
            assertThat(doc.text()).isEqualTo(expected);
        }
    }

    @Test
    void stripsNulCharacters() throws DocumentException {
        byte[] bytes = "Jane\0 Example".getBytes(StandardCharsets.UTF_8);
        assertThat(PARSERS.parse(bytes, ParseLimits.DEFAULT).text()).isEqualTo("Jane Example");
    }

    @Test
    void failsAsTooLargeOverMaxBytes() {
        byte[] bytes = "Jane Example, Data Engineer".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PARSERS.parse(bytes, ParseLimits.DEFAULT.withMaxBytes(10)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE))
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> PARSERS.parse(new ByteArrayInputStream(bytes), ParseLimits.DEFAULT.withMaxBytes(10)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE));
    }

    @Test
    void truncatesTextOverMaxCharsAndWarns() throws DocumentException {
        byte[] bytes = "Jane Example, Data Engineer".getBytes(StandardCharsets.UTF_8);
        ParsedDocument doc = PARSERS.parse(bytes, ParseLimits.DEFAULT.withMaxChars(12));
        assertThat(doc.text()).isEqualTo("Jane Example");
        assertThat(doc.warnings()).containsExactly(Warning.TRUNCATED);
        byte[] pdf = Fixtures.simplePdf("Jane Example", "Data Engineer");
        assertThat(PARSERS.parse(pdf, ParseLimits.DEFAULT.withMaxChars(4)).text()).isEqualTo("Jane");
    }

    @Test
    void failsWithEmptyTextWithoutLettersOrDigits() {
        assertThatThrownBy(() -> PARSERS.parse(new byte[0], ParseLimits.DEFAULT))
                .isInstanceOf(EmptyTextException.class);
        assertThatThrownBy(() -> PARSERS.parse(" \n\t • \n".getBytes(StandardCharsets.UTF_8), ParseLimits.DEFAULT))
                .isInstanceOf(EmptyTextException.class);
        assertThatThrownBy(() -> PARSERS.parse(Fixtures.simpleDocx("", " "), ParseLimits.DEFAULT))
                .isInstanceOf(EmptyTextException.class);
    }

    @Test
    void mapsOutOfMemoryToItsOwnType() {
        DocumentParsers parsers = PARSERS.with(DocumentFormat.TXT, (b, l) -> {
            throw new OutOfMemoryError("Java heap space");
        });
        assertThatThrownBy(() -> parsers.parse(text(), ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.OUT_OF_MEMORY));
    }

    @Test
    void mapsStackOverflowToCorrupt() {
        DocumentParsers parsers = PARSERS.with(DocumentFormat.TXT, (b, l) -> {
            throw new StackOverflowError();
        });
        assertThatThrownBy(() -> parsers.parse(text(), ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.CORRUPT))
                .hasMessageContaining("nested too deeply");
    }

    @Test
    void mapsAMissingCryptoProviderToEncrypted() {
        DocumentParsers parsers = PARSERS.with(DocumentFormat.TXT, (b, l) -> {
            throw new NoClassDefFoundError("org/bouncycastle/cms/CMSException");
        });
        assertThatThrownBy(() -> parsers.parse(text(), ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.ENCRYPTED));
    }

    @Test
    void mapsLibraryFailuresToCorruptAndOurOwnBugsToInternal() {
        DocumentParsers library = PARSERS.with(DocumentFormat.TXT, (b, l) -> {
            IllegalStateException e = new IllegalStateException("Expected 'Page' but found /Font");
            e.setStackTrace(new StackTraceElement[] {
                    new StackTraceElement("org.apache.pdfbox.pdmodel.PDPageTree", "sanitizeType", null, 1)});
            throw e;
        });
        assertThatThrownBy(() -> library.parse(text(), ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.CORRUPT))
                .hasMessage("text file is damaged: Expected 'Page' but found /Font");

        DocumentParsers buggy = PARSERS.with(DocumentFormat.TXT, (b, l) -> {
            String missing = null;
            return new ParsedDocument(DocumentFormat.TXT, missing.strip(), 1, List.of());
        });
        assertThatThrownBy(() -> buggy.parse(text(), ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.INTERNAL));
    }

    @Test
    void plugsInNewFormats() throws DocumentException {
        byte[] rtf = FormatDetectorTest.ascii("{\\rtf1\\ansi Jane Example}");
        DocumentParsers withRtf = PARSERS.with(DocumentFormat.RTF,
                (b, l) -> new ParsedDocument(DocumentFormat.RTF, "Jane Example", 1, List.of()));
        assertThat(withRtf.parse(rtf, ParseLimits.DEFAULT).text()).isEqualTo("Jane Example");
        assertThat(withRtf.formats()).contains(DocumentFormat.RTF, DocumentFormat.PDF);
        assertThat(PARSERS.formats()).doesNotContain(DocumentFormat.RTF);
        assertThat(DocumentParsers.none().formats()).isEmpty();
    }

    private static byte[] text() {
        return "Jane Example".getBytes(StandardCharsets.UTF_8);
    }
}
