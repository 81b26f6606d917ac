package dev.standout.parse;

/**
 * What OCR read of a document.
 *
 * @param pages      pages read by OCR
 * @param words      words Tesseract recognized on them
 * @param confidence mean word confidence, in [0, 1] (Tesseract's per-word confidence, 0–100, over 100); how well
 *                   the text could be read: clean scans read at 0.9 and above, poor photos well below
 * @param language   the Tesseract language(s) used
 */
public record OcrSummary(int pages, int words, double confidence, String language) {
    public OcrSummary {
        if (pages < 0 || words < 0) throw new IllegalArgumentException("negative count");
        if (!(confidence >= 0 && confidence <= 1)) throw new IllegalArgumentException("confidence not in [0, 1]: " + confidence);
        language = language == null ? "" : language;
    }
}
