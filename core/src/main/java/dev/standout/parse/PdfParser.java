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
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.image.BufferedImage;

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
 *   <li>Scans: a page that draws an image and has no usable text layer (fewer than {@value #USABLE_LETTERS} letters
 *       and digits) is rendered by PDFBox ({@link OcrOptions#dpi()}, 300 DPI by default, in grey; lower when the page
 *       would pass {@link OcrOptions#maxPixels()}) and read by OCR ({@link Ocr}); pages with text keep their text (a
 *       mixed PDF), unless the mode is {@link OcrMode#ALWAYS}. The document then gets {@link Warning#OCR} and an
 *       {@link OcrSummary}. At most {@link OcrOptions#maxPages()} pages are read by OCR; past them, image pages are
 *       left out with {@link Warning#TRUNCATED}. A page Tesseract fails on or runs too long on is left out with
 *       {@link Warning#PARTIAL_TEXT}.</li>
 *   <li>Without OCR (off, or Tesseract not installed), pages holding images but no text get
 *       {@link Warning#NEEDS_OCR}; a PDF with no text at all fails with {@link EmptyTextException}.</li>
 *   <li>An interrupted thread stops reading between pages with a {@link DocumentTimeoutException}.</li>
 * </ul>
 *
 * <p>Memory: the bytes are read in place ({@link RandomAccessReadBuffer}); PDFBox's scratch buffers are kept in
 * main memory (no temporary files) and capped at {@value #SCRATCH_MIB} MiB. Stateless and thread-safe.
 */
public final class PdfParser implements DocumentParser {

    static final int SCRATCH_MIB = 256;
    /** A page with fewer letters and digits than this in its text layer has no usable text (a scan's stamp). */
    static final int USABLE_LETTERS = 20;
    private static final byte[] EOF_MARKER = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    private final OcrOptions ocrOptions;

    /** A PDF parser with the default OCR options ({@link OcrOptions#DEFAULT}). */
    public PdfParser() {
        this(OcrOptions.DEFAULT);
    }

    /** A PDF parser that reads scanned pages with these OCR options. */
    public PdfParser(OcrOptions ocr) {
        this.ocrOptions = java.util.Objects.requireNonNull(ocr, "ocr");
    }

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException {
        PDDocument doc = load(bytes);
        try {
            Ocr ocr = ocrOptions.usable() ? new Ocr(ocrOptions) : null;
            return read(doc, bytes, limits, ocr);
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

    private static ParsedDocument read(PDDocument doc, byte[] bytes, ParseLimits limits, Ocr ocr)
            throws DocumentException {
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
        boolean ocrCut = false;
        int ocrFailed = 0;
        boolean ocrTimedOut = false;
        String ocrFailure = null;
        PDFRenderer renderer = ocr == null ? null : new PDFRenderer(doc);
        boolean always = ocr != null && ocr.options().mode() == OcrMode.ALWAYS;
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
                PDPage pdPage = pages.next();
                PdfPageReader.PageText page = reader.read(doc, pdPage);
                boolean scan = ocr != null && (always || page.images() && letters(page) < USABLE_LETTERS);
                if (scan && ocr.hasRoom()) {
                    List<PdfPageReader.Line> lines;
                    try {
                        lines = ocrPage(doc, renderer, pdPage, read - 1, ocr);
                    } catch (Tesseract.PageFailure e) {
                        ocrFailed++;
                        ocrTimedOut |= e.timedOut;
                        ocrFailure = ocrFailure == null ? e.getMessage() : ocrFailure;
                        lines = List.of();
                    }
                    if (!lines.isEmpty()) {
                        withText++;
                        for (PdfPageReader.Line l : lines) {
                            chars += l.text().length() + 1;
                            columns |= l.region() > 0;
                        }
                        pageLines.add(lines);
                        continue;
                    }
                    // nothing read (a photo, a logo, a failure): the text layer, if any, is what the page has
                } else if (scan) {
                    ocrCut = true;
                    if (!page.hasText()) continue;
                }
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
            if (ocrFailure != null) {
                throw ocrTimedOut ? new DocumentTimeoutException(ocrFailure) : new CorruptDocumentException(
                        "PDF pages are images and OCR could not read them: " + ocrFailure);
            }
            if (failed > 0) {
                throw new CorruptDocumentException("PDF is damaged: no page could be read ("
                        + Failures.reason(firstFailure) + ")", firstFailure);
            }
            if (imageOnly > 0) {
                throw new EmptyTextException("The PDF has no text layer: its " + (imageOnly == 1 ? "page is an image"
                        : "pages are images") + " (a scan?); reading it would need OCR" + (ocr == null
                        ? " (off, or Tesseract is not installed)" : ", which found no text"));
            }
            if (ocr != null && ocr.pages() > 0) {
                throw new EmptyTextException("The PDF has no text layer, and OCR found no text on its pages");
            }
            throw new EmptyTextException("The PDF holds no text");
        }
        if (columns) {
            warnings.add(Warning.MULTI_COLUMN);
        }
        OcrSummary summary = ocr == null ? null : ocr.summary();
        if (summary != null && summary.words() > 0) {
            warnings.add(Warning.OCR);
        } else {
            summary = null;
        }
        if (imageOnly > 0 && ocr == null) {
            warnings.add(Warning.NEEDS_OCR);
        }
        if (failed > 0 || ocrFailed > 0 || isCutShort(bytes)) {
            warnings.add(Warning.PARTIAL_TEXT);
        }
        if (more || ocrCut) {
            warnings.add(Warning.TRUNCATED);
        }
        return ParsedDocument.of(DocumentFormat.PDF, PdfLines.lines(pageLines), read, warnings, summary);
    }

    /** Letters and digits of a page's text layer. */
    private static int letters(PdfPageReader.PageText page) {
        int n = 0;
        for (PdfPageReader.Line l : page.lines()) {
            String t = l.text();
            for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) n++;
        }
        return n;
    }

    /**
     * Renders a page in grey at the OCR resolution (lower when the page would pass the pixel limit) and reads it.
     */
    private static List<PdfPageReader.Line> ocrPage(PDDocument doc, PDFRenderer renderer, PDPage page, int index,
                                                    Ocr ocr)
            throws Tesseract.PageFailure, IOException, DocumentException {
        PDRectangle box = page.getCropBox();
        double w = Math.abs(box.getWidth()) / 72.0;
        double h = Math.abs(box.getHeight()) / 72.0;
        if (!(w * h > 0) || !Double.isFinite(w * h)) return List.of();
        int dpi = ocr.options().dpi();
        double pixels = w * h * dpi * dpi;
        if (pixels > ocr.options().maxPixels()) {
            dpi = (int) Math.floor(Math.sqrt(ocr.options().maxPixels() / (w * h)));
            if (dpi < 20) return List.of(); // a page the size of a wall: nothing a person reads
        }
        // the renderer finds pages by index: the page's own index in the tree, should the walk so far disagree
        int own = doc.getPages().indexOf(page);
        BufferedImage image = renderer.renderImageWithDPI(own >= 0 ? own : index, dpi, ImageType.GRAY);
        return ocr.read(Ocr.grey(image), dpi);
    }

    /** A PDF ends with {@code %%EOF} (give or take trailing junk); without it the file was cut short. */
    static boolean isCutShort(byte[] bytes) {
        int from = Math.max(0, bytes.length - 2048);
        return FormatDetector.indexOf(bytes, EOF_MARKER, from, bytes.length) < 0;
    }
}
