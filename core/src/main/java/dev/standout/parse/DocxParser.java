package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.DocumentTooLargeException;
import dev.standout.EmptyTextException;
import dev.standout.EncryptedDocumentException;
import dev.standout.UnsupportedFormatException;

import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads the text of a DOCX with POI (XWPF): headers first, then the body in document order (paragraphs and
 * tables interleaved, text boxes after the paragraph that anchors them), footers last. See {@link DocxText} for
 * the layout of tables, lists and text boxes.
 *
 * <p>Safety:
 * <ul>
 *   <li>Zip bombs: before POI sees the bytes, {@link ZipGuard} inflates the package through a small buffer and
 *       fails as {@code TOO_LARGE} past {@link ParseLimits#maxZipEntries()} entries or
 *       {@link ParseLimits#maxUnzippedBytes()} bytes. POI's JVM-wide limits ({@code ZipSecureFile},
 *       {@code IOUtils}) are left untouched.</li>
 *   <li>XML external entities: POI 5 parses package XML with DTDs disabled; entities are not expanded (a test
 *       holds this).</li>
 *   <li>A password-protected DOCX (an OLE2 file holding an {@code EncryptedPackage}) fails as
 *       {@code ENCRYPTED}; a package POI cannot read fails as {@code CORRUPT}.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class DocxParser implements DocumentParser {

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException {
        if (FormatDetector.startsWith(bytes, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            List<String> names = FormatDetector.ole2EntryNames(bytes);
            if (names.contains("EncryptedPackage")) {
                throw new EncryptedDocumentException(
                        "The DOCX is protected by a password; it cannot be opened without it");
            }
            throw new CorruptDocumentException("DOCX is damaged: it is an OLE2 file, not an Office Open XML package");
        }
        ZipGuard.check(bytes, limits, "DOCX");
        XWPFDocument doc = open(bytes);
        try {
            List<ParsedLine> lines = DocxText.lines(doc);
            if (!DocumentParsers.hasLetterOrDigit(DocxText.text(lines))) {
                throw new EmptyTextException("The DOCX holds no text");
            }
            return ParsedDocument.of(DocumentFormat.DOCX, lines, 1, List.of());
        } catch (RuntimeException e) {
            throw Failures.map(e, "DOCX");
        } finally {
            try {
                doc.close();
            } catch (IOException | RuntimeException e) {
                // opened from memory read-only: closing only releases buffers
            }
        }
    }

    private static XWPFDocument open(byte[] bytes) throws DocumentException {
        try {
            return new XWPFDocument(new ByteArrayInputStream(bytes));
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw new EncryptedDocumentException("The DOCX is protected by a password; it cannot be opened without it",
                    e);
        } catch (ODFNotOfficeXmlFileException e) {
            throw new UnsupportedFormatException(
                    "ODT (OpenDocument Text) documents are not supported; save it as PDF or DOCX", e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("zip bomb")) {
                throw new DocumentTooLargeException("The DOCX expands too much when unzipped; it may be a zip bomb",
                        e);
            }
            throw new CorruptDocumentException("DOCX is damaged: " + Failures.reason(e), e);
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).startsWith("Tried to allocate an array")) {
                // POI's per-part size cap (IOUtils): in a package this is a real size, not a corrupt length field
                String reason = Failures.reason(e);
                int end = reason.indexOf(". ");
                throw new DocumentTooLargeException("A part of the DOCX is too large to read ("
                        + (end > 0 ? reason.substring(0, end) : reason) + ")", e);
            }
            if (String.valueOf(e.getMessage()).contains("DOCTYPE is disallowed")) {
                throw new CorruptDocumentException("DOCX is damaged: its XML declares a DOCTYPE (entities), which"
                        + " Word never writes; it was not read", e);
            }
            throw Failures.map(e, "DOCX");
        }
    }
}
