package dev.standout.parse;

/**
 * Document formats as detected from the bytes. The names are those of the output contract's {@code format}. PNG, JPEG
 * and TIFF are images of a resume (a scan, a photo), read by OCR.
 */
public enum DocumentFormat {
    PDF, DOCX, DOC, TXT, RTF, ODT, HTML, PNG, JPEG, TIFF, UNKNOWN;

    /** Whether this is an image format, whose text only OCR can read. */
    public boolean isImage() {
        return this == PNG || this == JPEG || this == TIFF;
    }
}
