package dev.standout.parse;

import java.util.List;
import java.util.Objects;

/**
 * The raw text of a document as its parser read it, before normalization.
 *
 * @param format   the detected format
 * @param text     the text in reading order; paragraphs and lines separated by {@code '\n'}
 * @param pages    pages read (1 for formats without pages)
 * @param warnings what the reader should know, in first-seen order, without duplicates
 */
public record ParsedDocument(DocumentFormat format, String text, int pages, List<Warning> warnings) {
    public ParsedDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(text, "text");
        warnings = List.copyOf(new java.util.LinkedHashSet<>(warnings));
    }
}
