package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.UnsupportedFormatException;

import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

/**
 * The fixtures {@code invented-resume.doc} and {@code cell-paragraphs.doc} were made from invented text with
 * LibreOffice ({@code soffice --headless --convert-to 'doc:MS Word 97' invented-resume.html}).
 */
class DocParserTest {

    private static final DocumentParsers PARSERS = DocumentParsers.standard();

    static byte[] inventedDoc() {
        return Fixtures.resource("invented-resume.doc");
    }

    @Test
    void readsParagraphsListsAndTablesOfAWord97Document() throws DocumentException {
        byte[] doc = inventedDoc();
        assertThat(FormatDetector.detect(doc)).isEqualTo(DocumentFormat.DOC);
        ParsedDocument parsed = PARSERS.parse(doc, ParseLimits.DEFAULT);
        assertThat(parsed.format()).isEqualTo(DocumentFormat.DOC);
        assertThat(PdfParserTest.nonBlankLines(parsed.text())).containsSubsequence(
                "Jane Example",
                "Data Engineer, Exampletown",
                "Experience",
                "Data Engineer at Example Analytics, 2019 to 2023",
                "Skills",
                "Python\tExpert",
                "SQL\tAdvanced",
                "Education",
                "B.Sc. Computer Science, Example University");
        assertThat(parsed.text()).contains("Built batch pipelines with Apache Spark");
    }

    @Test
    void theParagraphsOfOneTableCellStayOnLinesOfTheirOwn() throws DocumentException {
        ParsedDocument parsed = PARSERS.parse(Fixtures.resource("cell-paragraphs.doc"), ParseLimits.DEFAULT);
        // POI's own text glues them: "Title – Harbor PortalTeam Size - 3Technologies – React, HTML 5"
        assertThat(PdfParserTest.nonBlankLines(parsed.text())).containsSubsequence(
                "Project 1\tTitle – Harbor Portal",
                "Team Size - 3",
                "Technologies – React, HTML 5",
                "Project 2\tTitle – Tide Clock",
                "Role – Developer");
    }

    @Test
    void rejectsWord95ByName() throws IOException {
        byte[] word95 = patchWordDocumentStream(inventedDoc(), fib -> {
            fib[2] = 104; // nFib of Word 95
            fib[3] = 0;
        });
        assertThat(FormatDetector.detect(word95)).isEqualTo(DocumentFormat.DOC);
        assertThatThrownBy(() -> PARSERS.parse(word95, ParseLimits.DEFAULT))
                .isInstanceOf(UnsupportedFormatException.class)
                .hasMessageContaining("Word 95");
    }

    @Test
    void failsAsEncryptedWhenTheDocumentIsEncrypted() throws IOException {
        byte[] encrypted = patchWordDocumentStream(inventedDoc(), fib -> fib[0x0B] |= 0x01); // fEncrypted
        assertThatThrownBy(() -> PARSERS.parse(encrypted, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.ENCRYPTED));
    }

    @Test
    void truncatedPrefixesGiveTypedFailuresOrText() {
        byte[] doc = inventedDoc();
        for (int len = 1; len < doc.length; len += Math.max(1, doc.length / 100)) {
            byte[] prefix = Arrays.copyOf(doc, len);
            try {
                assertThat(PARSERS.parse(prefix, ParseLimits.DEFAULT).text()).isNotBlank();
            } catch (DocumentException e) {
                assertThat(e.type()).as("prefix of %d bytes: %s", len, e.getMessage()).isNotEqualTo(ErrorType.INTERNAL);
            } catch (Throwable t) {
                fail("prefix of " + len + " bytes threw " + t, t);
            }
        }
    }

    static byte[] patchWordDocumentStream(byte[] doc, Consumer<byte[]> patch) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
            byte[] stream;
            try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            patch.accept(stream);
            fs.getRoot().createOrUpdateDocument("WordDocument", new ByteArrayInputStream(stream));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
