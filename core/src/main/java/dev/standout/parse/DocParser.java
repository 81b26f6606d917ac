package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.EmptyTextException;
import dev.standout.EncryptedDocumentException;
import dev.standout.UnsupportedFormatException;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads the text of a Word 97–2003 document with POI (HWPF): headers, the body, text boxes, then footers, as
 * POI's {@link WordExtractor#getText()} orders them. When that structured pass fails on a damaged file, the raw
 * text pieces are read instead and the result gets {@link Warning#PARTIAL_TEXT}. Table cell marks become tabs; Word's vertical tab and page break become line
 * ends.
 *
 * <p>Word 6 and Word 95 files fail with an {@link UnsupportedFormatException} naming "Word 95"; encrypted
 * files fail as {@code ENCRYPTED}, and so do IRM-protected files (a {@code DRMContent} stream), whose readable
 * text is only a notice that the document is restricted. Stateless and thread-safe.
 */
public final class DocParser implements DocumentParser {

    /** The stream holding the encrypted content of an IRM (rights-managed) Office 97–2003 document. */
    static final String IRM_CONTENT = "\u0009DRMContent";

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException {
        if (FormatDetector.ole2EntryNames(bytes).contains(IRM_CONTENT)) {
            // its WordDocument stream holds only the notice Word shows to readers without permission
            throw new EncryptedDocumentException("The DOC is protected with Information Rights Management (IRM):"
                    + " its content is encrypted for the readers its author permitted");
        }
        HWPFDocument doc = open(bytes);
        try {
            String raw;
            List<Warning> warnings = List.of();
            try {
                raw = new WordExtractor(doc).getText();
            } catch (RuntimeException e) {
                // the structure is damaged (a fuzzed file, say): the raw text pieces are what can be read
                raw = doc.getDocumentText();
                warnings = List.of(Warning.PARTIAL_TEXT);
            }
            String text = clean(raw);
            if (!DocumentParsers.hasLetterOrDigit(text)) {
                throw new EmptyTextException("The DOC holds no text");
            }
            return new ParsedDocument(DocumentFormat.DOC, text, 1, warnings, lines(text));
        } catch (RuntimeException e) {
            throw Failures.map(e, "DOC");
        } finally {
            try {
                doc.close();
            } catch (IOException | RuntimeException e) {
                // read from memory: nothing to release beyond buffers
            }
        }
    }

    private static HWPFDocument open(byte[] bytes) throws DocumentException {
        POIFSFileSystem fs;
        try {
            fs = new POIFSFileSystem(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new CorruptDocumentException("DOC is damaged: " + Failures.reason(e), e);
        } catch (RuntimeException e) {
            throw Failures.map(e, "DOC");
        }
        boolean encryptedFlag = isEncryptedFlagSet(fs);
        try {
            return new HWPFDocument(fs);
        } catch (OldWordFileFormatException e) {
            throw new UnsupportedFormatException(
                    "Word 95 (and older Word) documents are not supported; save it as DOCX or PDF", e);
        } catch (org.apache.poi.EncryptedDocumentException e) {
            throw encrypted(e);
        } catch (IOException e) {
            if (encryptedFlag) {
                throw encrypted(e);
            }
            throw new CorruptDocumentException("DOC is damaged: " + Failures.reason(e), e);
        } catch (RuntimeException e) {
            if (encryptedFlag) {
                throw encrypted(e);
            }
            throw Failures.map(e, "DOC");
        }
    }

    private static EncryptedDocumentException encrypted(Throwable cause) {
        return new EncryptedDocumentException("The DOC is protected by a password; it cannot be opened without it",
                cause);
    }

    /** The fEncrypted bit of the File Information Block (bit 8 of the 16-bit flags at offset 10). */
    private static boolean isEncryptedFlagSet(POIFSFileSystem fs) {
        try (DocumentInputStream in = fs.createDocumentInputStream("WordDocument")) {
            byte[] fib = in.readNBytes(12);
            return fib.length == 12 && (fib[11] & 0x01) != 0;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * The lines of a DOC's text with the cues its characters show; a line holding a tab left by a cell mark is a
     * table's row.
     */
    private static List<ParsedLine> lines(String text) {
        List<ParsedLine> lines = TextCues.lines(text);
        List<ParsedLine> out = new java.util.ArrayList<>(lines.size());
        for (ParsedLine l : lines) {
            LineStyle s = l.style();
            out.add(l.text().indexOf('\t') < 0 ? l : new ParsedLine(l.text(),
                    new LineStyle(s.page(), s.size(), s.indent(), s.bold(), s.italic(), s.list(), true, s.heading())));
        }
        return out;
    }

    /** Word's control characters to plain text: cell marks to tabs, vertical tabs and page breaks to '\n'. */
    static String clean(String raw) {
        StringBuilder b = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '\r' -> {
                    b.append('\n');
                    if (i + 1 < raw.length() && raw.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u0007' -> b.append('\t');
                case '\u000b', '\u000c', '\u000e' -> b.append('\n');
                case '\u001e' -> b.append('-'); // non-breaking hyphen
                case '\u001f' -> {
                    // optional hyphen: invisible unless the word breaks there
                }
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
