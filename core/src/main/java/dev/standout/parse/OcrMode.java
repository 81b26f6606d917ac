package dev.standout.parse;

/** When Standout reads text from images with OCR (see {@link OcrOptions}). */
public enum OcrMode {
    /**
     * Where needed and possible (the default): image files, and PDF pages without a usable text layer, are read by
     * Tesseract when it is installed with the language asked for; without it such PDF pages get
     * {@link Warning#NEEDS_OCR} and image files fail as unsupported.
     */
    AUTO,
    /** Never: PDF pages without text get {@link Warning#NEEDS_OCR}, image files fail as unsupported. */
    NEVER,
    /**
     * Every page of a PDF is read by OCR, its text layer ignored (for PDFs whose text layer is garbage), and image
     * files too. An analyzer built with this mode needs Tesseract: building one without it fails.
     */
    ALWAYS
}
