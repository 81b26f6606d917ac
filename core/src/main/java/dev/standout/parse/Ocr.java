package dev.standout.parse;

import dev.standout.DocumentTimeoutException;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * OCR of page images: Tesseract's reading ({@link Tesseract}, {@link Hocr}) turned into positioned lines
 * ({@link OcrLines}), and a tally of what was read for {@link OcrSummary}. Not thread-safe: one per document.
 */
final class Ocr {
    private final OcrOptions options;
    private int pages;
    private int words;
    private long confidence;

    Ocr(OcrOptions options) {
        this.options = options;
    }

    OcrOptions options() {
        return options;
    }

    /** Pages read so far. */
    int pages() {
        return pages;
    }

    /** Whether another page may be read ({@link OcrOptions#maxPages()}). */
    boolean hasRoom() {
        return pages < options.maxPages();
    }

    /**
     * Reads one grey page image into lines.
     *
     * @param dpi its resolution, or 0 when unknown
     */
    List<PdfPageReader.Line> read(BufferedImage grey, int dpi)
            throws Tesseract.PageFailure, DocumentTimeoutException, IOException {
        pages++;
        Hocr.Page page = Hocr.read(Tesseract.hocr(grey, dpi, options));
        for (Hocr.Line l : page.lines()) {
            for (Hocr.Word w : l.words()) {
                words++;
                confidence += w.conf();
            }
        }
        return OcrLines.lines(page, grey, dpi);
    }

    /** What was read, or null when no page was. */
    OcrSummary summary() {
        if (pages == 0) return null;
        double mean = words == 0 ? 0 : Math.round(confidence / (double) words) / 100.0;
        return new OcrSummary(pages, words, Math.min(1.0, mean), options.language());
    }

    /** An image in 8-bit grey (the image itself when it already is). */
    static BufferedImage grey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY) return image;
        BufferedImage g = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D gr = g.createGraphics();
        try {
            gr.setColor(java.awt.Color.WHITE); // transparent pixels are paper
            gr.fillRect(0, 0, g.getWidth(), g.getHeight());
            gr.drawImage(image, 0, 0, null);
        } finally {
            gr.dispose();
        }
        return g;
    }
}
