package dev.standout.parse;

import java.util.Objects;

/**
 * One line of a document as its parser read it, with its layout cues.
 *
 * @param text  the line's text, without line end (blank for a blank line)
 * @param style its cues
 * @param confidence how sure the reading of its words is, in [0, 1]: 1 for text a document holds as text, the mean
 *              word confidence of OCR for a line read from an image
 */
public record ParsedLine(String text, LineStyle style, float confidence) {
    public ParsedLine {
        Objects.requireNonNull(text, "text");
        style = style == null ? LineStyle.PLAIN : style;
        if (!(confidence >= 0f && confidence <= 1f)) confidence = 1f;
    }

    /** A line of a document's own text (confidence 1). */
    public ParsedLine(String text, LineStyle style) {
        this(text, style, 1f);
    }
}
