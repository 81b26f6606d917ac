package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.DocumentTimeoutException;
import dev.standout.EmptyTextException;
import dev.standout.EncryptedDocumentException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * Reads the text of a PDF with PDFBox, in reading order.
 *
 * <ul>
 *   <li>Columns: each page's glyphs are analyzed for a vertical gutter (see {@link ColumnLayout}); a page with
 *       columns is read header first, then the left column top to bottom, then the right column, and the
 *       document gets {@link Warning#MULTI_COLUMN}. Single-column pages, ragged right edges and right-aligned
 *       dates stay line by line.</li>
 *   <li>Lines end with {@code '\n'}; a blank line separates paragraphs (a vertical gap well above the page's
 *       usual line pitch), columns and pages. Words on one line that are far apart (tab stops, a right-aligned
 *       date, a short list laid out side by side) are separated by a tab instead of a space.</li>
 *   <li>Pages: at most {@link ParseLimits#maxPages()} pages are read, walking the page tree (the page count
 *       the file claims is never trusted); a longer document keeps its first pages and gets
 *       {@link Warning#TRUNCATED}. Reading also stops once the text is past {@link ParseLimits#maxChars()}.</li>
 *   <li>Damage: a page that fails is skipped; when other pages gave text the result gets
 *       {@link Warning#PARTIAL_TEXT}, as does a file cut short (no {@code %%EOF} near its end). A PDF that
 *       cannot be opened at all is {@code CORRUPT}.</li>
 *   <li>Encryption: a user password fails as {@code ENCRYPTED}; an owner password alone (restrictions) is
 *       ignored and noted with {@link Warning#OWNER_PASSWORD_IGNORED}; certificate (public-key) encryption is
 *       {@code ENCRYPTED}.</li>
 *   <li>Pages holding images but no text get {@link Warning#NEEDS_OCR}; a PDF with no text at all fails with
 *       {@link EmptyTextException}.</li>
 *   <li>An interrupted thread stops reading between pages with a {@link DocumentTimeoutException}.</li>
 * </ul>
 *
 * <p>Memory: the bytes are read in place ({@link RandomAccessReadBuffer}); PDFBox's scratch buffers are kept in
 * main memory (no temporary files) and capped at {@value #SCRATCH_MIB} MiB. Stateless and thread-safe.
 */
public final class PdfParser implements DocumentParser {

    static final int SCRATCH_MIB = 256;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException {
        PDDocument doc = load(bytes);
        try {
            return read(doc, bytes, limits);
        } finally {
            try {
                doc.close();
            } catch (IOException | RuntimeException e) {
                // nothing was written; closing only releases buffers
            }
        }
    }

    private static PDDocument load(byte[] bytes) throws DocumentException {
        int start = FormatDetector.indexOf(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0,
                Math.min(bytes.length, 1024));
        try {
            RandomAccessReadBuffer source = start > 0
                    ? new RandomAccessReadBuffer(Arrays.copyOfRange(bytes, start, bytes.length))
                    : new RandomAccessReadBuffer(bytes);
            return Loader.loadPDF(source, "", null, null,
                    MemoryUsageSetting.setupMainMemoryOnly((long) SCRATCH_MIB << 20).streamCache);
        } catch (InvalidPasswordException e) {
            throw new EncryptedDocumentException("The PDF is protected by a password; it cannot be opened without it",
                    e);
        } catch (IOException e) {
            if (String.valueOf(e.getMessage()).contains("decryption material is not compatible")) {
                throw certificateEncrypted(e);
            }
            throw new CorruptDocumentException("PDF is damaged: " + Failures.reason(e), e);
        } catch (LinkageError e) {
            if (Failures.isMissingCryptoProvider(e)) {
                throw certificateEncrypted(e);
            }
            throw e;
        } catch (RuntimeException e) {
            throw new CorruptDocumentException("PDF is damaged: " + Failures.reason(e), e);
        }
    }

    private static EncryptedDocumentException certificateEncrypted(Throwable cause) {
        return new EncryptedDocumentException(
                "The PDF is encrypted with a certificate (public key); it cannot be read without it", cause);
    }

    private static ParsedDocument read(PDDocument doc, byte[] bytes, ParseLimits limits) throws DocumentException {
        List<Warning> warnings = new ArrayList<>();
        if (doc.isEncrypted()) {
            AccessPermission permission = doc.getCurrentAccessPermission();
            if (permission == null || !permission.isOwnerPermission()) {
                warnings.add(Warning.OWNER_PASSWORD_IGNORED);
            }
        }
        Iterator<PDPage> pages;
        try {
            pages = doc.getPages().iterator();
        } catch (RuntimeException e) {
            throw new CorruptDocumentException("PDF is damaged: its page tree cannot be read ("
                    + Failures.reason(e) + ")", e);
        }
        PdfPageReader reader = new PdfPageReader();
        List<List<PdfPageReader.Line>> pageLines = new ArrayList<>();
        long chars = 0;
        int read = 0;
        int withText = 0;
        int imageOnly = 0;
        int failed = 0;
        boolean columns = false;
        boolean more = false;
        Throwable firstFailure = null;
        while (true) {
            boolean hasNext;
            try {
                hasNext = pages.hasNext();
            } catch (RuntimeException e) {
                failed++;
                firstFailure = firstFailure == null ? e : firstFailure;
                break;
            }
            if (!hasNext) {
                break;
            }
            if (read >= limits.maxPages() || chars > limits.maxChars()) {
                more = true;
                break;
            }
            if (Thread.currentThread().isInterrupted()) {
                throw new DocumentTimeoutException("Reading the PDF was interrupted after " + read + " pages");
            }
            read++;
            try {
                PdfPageReader.PageText page = reader.read(doc, pages.next());
                if (page.hasText()) {
                    withText++;
                    columns |= page.columns();
                    pageLines.add(page.lines());
                    for (PdfPageReader.Line l : page.lines()) chars += l.text().length() + 1;
                } else if (page.images()) {
                    imageOnly++;
                }
            } catch (IOException | RuntimeException | StackOverflowError e) {
                failed++;
                firstFailure = firstFailure == null ? e : firstFailure;
                reader = new PdfPageReader(); // its state is undefined after a failure
            }
        }
        if (withText == 0) {
            if (failed > 0) {
                throw new CorruptDocumentException("PDF is damaged: no page could be read ("
                        + Failures.reason(firstFailure) + ")", firstFailure);
            }
            if (imageOnly > 0) {
                throw new EmptyTextException("The PDF has no text layer: its " + (imageOnly == 1 ? "page is an image"
                        : "pages are images") + " (a scan?); reading it would need OCR");
            }
            throw new EmptyTextException("The PDF holds no text");
        }
        if (columns) {
            warnings.add(Warning.MULTI_COLUMN);
        }
        if (imageOnly > 0) {
            warnings.add(Warning.NEEDS_OCR);
        }
        if (failed > 0 || isCutShort(bytes)) {
            warnings.add(Warning.PARTIAL_TEXT);
        }
        if (more) {
            warnings.add(Warning.TRUNCATED);
        }
        return ParsedDocument.of(DocumentFormat.PDF, PdfLines.lines(pageLines), read, warnings);
    }

    /** A PDF ends with {@code %%EOF} (give or take trailing junk); without it the file was cut short. */
    static boolean isCutShort(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        return FormatDetector.indexOf(bytes, EOF_MARKER, from, bytes.length) < 0;
    }
}
