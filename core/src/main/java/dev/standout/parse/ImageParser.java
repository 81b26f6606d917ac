package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.DocumentTimeoutException;
import dev.standout.DocumentTooLargeException;
import dev.standout.EmptyTextException;
import dev.standout.UnsupportedFormatException;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a resume that is an image (a scan or a phone photo saved as PNG, JPEG or TIFF) by OCR.
 *
 * <ul>
 *   <li>Size first: the pages' dimensions are read from the header ({@link ImageHeader}) before any pixel is
 *       decoded; a page over {@link OcrOptions#maxPixels()} is {@code TOO_LARGE} at once.</li>
 *   <li>Decoding by the JDK's Image I/O readers (PNG, JPEG, TIFF, all in Java 17), from memory (no cache file, no
 *       change to {@code ImageIO}'s global settings), then to 8-bit grey. A file they cannot decode is
 *       {@code CORRUPT}.</li>
 *   <li>Pages: a multi-page TIFF is read up to {@link OcrOptions#maxPages()} and {@link ParseLimits#maxPages()},
 *       the rest dropped with {@link Warning#TRUNCATED}.</li>
 *   <li>Lines and cues as for a scanned PDF page ({@link OcrLines}, {@link PdfLines}); the document gets
 *       {@link Warning#OCR} and an {@link OcrSummary}.</li>
 *   <li>Without OCR ({@link OcrMode#NEVER}, or Tesseract or the language missing) an image is
 *       {@code UNSUPPORTED_FORMAT}, saying why.</li>
 * </ul>
 * Stateless and thread-safe.
 */
final class ImageParser implements DocumentParser {
    private final DocumentFormat format;
    private final OcrOptions options;

    ImageParser(DocumentFormat format, OcrOptions options) {
        this.format = format;
        this.options = options;
    }

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException {
        String name = DocumentParsers.formatName(format);
        List<ImageHeader.Size> sizes;
        try {
            sizes = ImageHeader.sizes(bytes, format);
        } catch (ImageHeader.Damaged e) {
            throw new CorruptDocumentException(capitalized(e.getMessage()), e);
        }
        int read = Math.min(sizes.size(), Math.min(options.maxPages(), limits.maxPages()));
        for (int i = 0; i < read; i++) {
            ImageHeader.Size s = sizes.get(i);
            if (s.pixels() > options.maxPixels()) {
                throw new DocumentTooLargeException(String.format(Locale.ROOT,
                        "The %s%s is %,d × %,d pixels (%,d); the limit is %,d pixels a page", name,
                        sizes.size() > 1 ? "'s page " + (i + 1) : "", s.width(), s.height(), s.pixels(),
                        options.maxPixels()));
            }
        }
        if (options.mode() == OcrMode.NEVER) {
            throw new UnsupportedFormatException("The file is " + article(name)
                    + "; reading its text needs OCR, which is turned off");
        }
        if (!options.usable()) {
            throw new UnsupportedFormatException("The file is " + article(name) + "; reading its text needs OCR with"
                    + " Tesseract and its '" + options.language() + "' language data, which are not installed");
        }
        Ocr ocr = new Ocr(options);
        List<List<PdfPageReader.Line>> pages = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>();
        int failed = 0;
        boolean timedOut = false;
        String firstFailure = null;
        ImageReader reader = reader();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, false, true);
            for (int i = 0; i < read; i++) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new DocumentTimeoutException("Reading the " + name + " was interrupted after " + i + " pages");
                }
                BufferedImage image;
                try {
                    image = Ocr.grey(reader.read(i));
                } catch (IOException | RuntimeException e) {
                    if (i == 0) throw new CorruptDocumentException(name + " is damaged: " + Failures.reason(e), e);
                    failed++;
                    break; // a damaged page: the pages after it cannot be found either
                }
                try {
                    List<PdfPageReader.Line> lines = ocr.read(image, 0);
                    if (!lines.isEmpty()) pages.add(lines);
                } catch (Tesseract.PageFailure e) {
                    failed++;
                    timedOut |= e.timedOut;
                    firstFailure = firstFailure == null ? e.getMessage() : firstFailure;
                }
            }
        } catch (IOException e) {
            throw new CorruptDocumentException(name + " is damaged: " + Failures.reason(e), e);
        } finally {
            reader.dispose();
        }
        if (pages.isEmpty()) {
            if (firstFailure != null) {
                throw timedOut ? new DocumentTimeoutException(firstFailure)
                        : new CorruptDocumentException(firstFailure);
            }
            throw new EmptyTextException("OCR found no text in the " + name);
        }
        warnings.add(Warning.OCR);
        if (failed > 0) warnings.add(Warning.PARTIAL_TEXT);
        if (sizes.size() > read) warnings.add(Warning.TRUNCATED);
        return ParsedDocument.of(format, PdfLines.lines(pages), read, warnings, ocr.summary());
    }

    private ImageReader reader() throws UnsupportedFormatException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(switch (format) {
            case PNG -> "png";
            case JPEG -> "jpeg";
            default -> "tiff";
        });
        if (!readers.hasNext()) {
            throw new UnsupportedFormatException("This Java has no reader of " + DocumentParsers.formatName(format)
                    + " images");
        }
        return readers.next();
    }

    private static String article(String name) {
        return "a " + name;
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
