package dev.standout.parse;

/**
 * Something about a document that did not stop its analysis but that a reader of the result should know.
 * The names appear in the contract's {@code warnings} array.
 */
public enum Warning {
    /**
     * Some pages hold images but no text, and were not read: OCR is off, or Tesseract (or its language data) is not
     * installed (see {@link OcrOptions}).
     */
    NEEDS_OCR,
    /**
     * Some or all of the text was read by OCR from images (a scan, a photo): words may be misread; the result's
     * {@link OcrSummary} gives the mean word confidence, and the confidence of the items read from such lines is
     * lowered where their words were read with little confidence.
     */
    OCR,
    /** Text beyond the character limit was dropped. */
    TRUNCATED,
    /** The layout has several columns; they were read one after another. */
    MULTI_COLUMN,
    /** Part of the document could not be read (a damaged page, a truncated file); the rest was. */
    PARTIAL_TEXT,
    /** The PDF has an owner password only (restrictions, no user password); its text was read anyway. */
    OWNER_PASSWORD_IGNORED
}
