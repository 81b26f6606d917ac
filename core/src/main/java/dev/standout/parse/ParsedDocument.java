package dev.standout.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The raw text of a document as its parser read it, before normalization, with the layout cues of its lines.
 *
 * @param format   the detected format
 * @param text     the text in reading order; paragraphs and lines separated by {@code '\n'}
 * @param pages    pages read (1 for formats without pages)
 * @param warnings what the reader should know, in first-seen order, without duplicates
 * @param lines    the lines of {@code text} in order, each with its {@link LineStyle cues}; the text is these
 *                 lines joined by {@code '\n'}
 * @param ocr      what OCR read of the document, when some of its text came from OCR ({@code null} otherwise)
 */
public record ParsedDocument(DocumentFormat format, String text, int pages, List<Warning> warnings,
                             List<ParsedLine> lines, OcrSummary ocr) {
    public ParsedDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(new java.util.LinkedHashSet<>(warnings));
        lines = List.copyOf(lines);
    }

    /** A document none of whose text came from OCR. */
    public ParsedDocument(DocumentFormat format, String text, int pages, List<Warning> warnings,
                          List<ParsedLine> lines) {
        this(format, text, pages, warnings, lines, null);
    }

    /** A document whose only cues are those its plain text shows (indentation, bullets, numbers). */
    public ParsedDocument(DocumentFormat format, String text, int pages, List<Warning> warnings) {
        this(format, text, pages, warnings, TextCues.lines(text));
    }

    /** A document made of lines with cues; its text is the lines joined by {@code '\n'}. */
    public static ParsedDocument of(DocumentFormat format, List<ParsedLine> lines, int pages, List<Warning> warnings) {
        return of(format, lines, pages, warnings, null);
    }

    /** A document made of lines with cues, some read by OCR; its text is the lines joined by {@code '\n'}. */
    public static ParsedDocument of(DocumentFormat format, List<ParsedLine> lines, int pages, List<Warning> warnings,
                                    OcrSummary ocr) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) b.append('\n');
            b.append(lines.get(i).text());
        }
        return new ParsedDocument(format, b.toString(), pages, warnings, lines, ocr);
    }

    /** What OCR read of the document, when some of its text came from OCR. */
    public java.util.Optional<OcrSummary> ocrSummary() {
        return java.util.Optional.ofNullable(ocr);
    }

    /** The same document cut to its first {@code maxChars} characters (its lines cut with it). */
    public ParsedDocument truncated(int maxChars, List<Warning> newWarnings) {
        if (text.length() <= maxChars) return new ParsedDocument(format, text, pages, newWarnings, lines, ocr);
        List<ParsedLine> kept = new ArrayList<>();
        int pos = 0;
        for (ParsedLine l : lines) {
            if (pos >= maxChars) break;
            int room = maxChars - pos;
            kept.add(l.text().length() <= room ? l : new ParsedLine(l.text().substring(0, room), l.style(), l.confidence()));
            pos += l.text().length() + 1;
        }
        return new ParsedDocument(format, text.substring(0, maxChars), pages, newWarnings, kept, ocr);
    }
}
