package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.EmptyTextException;
import dev.standout.EncryptedDocumentException;
import dev.standout.UnsupportedFormatException;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.HWPFDocumentCore;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.converter.TextDocumentFacade;
import org.apache.poi.hwpf.converter.WordToTextConverter;
import org.apache.poi.hwpf.extractor.WordExtractor;
import org.apache.poi.hwpf.usermodel.HeaderStories;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Element;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

/**
 * Reads the text of a Word 97–2003 document with POI (HWPF): headers, the body, text boxes, then footers, as
 * POI's {@link WordExtractor#getText()} orders them, except that the paragraphs of one table cell stay apart
 * (POI glues them: "Team Size - 3" and "Technologies – React" of one cell become "Team Size - 3Technologies"). When
 * that structured pass fails on a damaged file, the raw text pieces are read instead and the result gets
 * {@link Warning#PARTIAL_TEXT}. Table cell marks become tabs; Word's vertical tab and page break become line ends.
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
                raw = text(doc);
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

    /** The document's text in {@link WordExtractor#getText()}'s order, a cell's paragraphs on lines of their own. */
    static String text(HWPFDocument doc) {
        try {
            CellParagraphs converter = new CellParagraphs();
            HeaderStories stories = new HeaderStories(doc);
            part(converter, doc, stories.getFirstHeaderSubrange());
            part(converter, doc, stories.getEvenHeaderSubrange());
            part(converter, doc, stories.getOddHeaderSubrange());
            converter.processDocument(doc);
            part(converter, doc, doc.getMainTextboxRange());
            part(converter, doc, stories.getFirstFooterSubrange());
            part(converter, doc, stories.getEvenFooterSubrange());
            part(converter, doc, stories.getOddFooterSubrange());
            return converter.getText();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void part(WordToTextConverter converter, HWPFDocument doc, Range range) {
        if (range != null) converter.processDocumentPart(doc, range);
    }

    /** POI's text converter, except that each paragraph of a table cell ends its line. */
    private static final class CellParagraphs extends WordToTextConverter {
        private final TextDocumentFacade facade;

        CellParagraphs() throws javax.xml.parsers.ParserConfigurationException {
            this(new TextDocumentFacade(XMLHelper.newDocumentBuilder().newDocument()));
        }

        private CellParagraphs(TextDocumentFacade facade) {
            super(facade);
            this.facade = facade;
        }

        @Override
        protected void processTable(HWPFDocumentCore doc, Element flow, Table table) {
            for (int r = 0; r < table.numRows(); r++) {
                TableRow row = table.getRow(r);
                Element rowElement = facade.createTableRow();
                for (int c = 0; c < row.numCells(); c++) {
                    TableCell cell = row.getCell(c);
                    Element cellElement = facade.createTableCell();
                    if (c != 0) cellElement.appendChild(facade.createText("\t"));
                    for (int p = 0; p < cell.numParagraphs(); p++) {
                        if (p != 0) cellElement.appendChild(facade.createText("\n"));
                        processCharacters(doc, table.getTableLevel(), cell.getParagraph(p), cellElement);
                    }
                    rowElement.appendChild(cellElement);
                }
                rowElement.appendChild(facade.createText("\n"));
                flow.appendChild(rowElement);
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
