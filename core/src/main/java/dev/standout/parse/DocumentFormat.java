package dev.standout.parse;

/** Document formats as detected from the bytes. The names are those of the output contract's {@code format}. */
public enum DocumentFormat {
    PDF, DOCX, DOC, TXT, RTF, ODT, HTML, UNKNOWN
}
