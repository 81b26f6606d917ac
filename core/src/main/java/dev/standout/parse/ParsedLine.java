package dev.standout.parse;

import java.util.Objects;

/**
 * One line of a document as its parser read it, with its layout cues.
 *
 * @param text  the line's text, without line end (blank for a blank line)
 * @param style its cues
 */
public record ParsedLine(String text, LineStyle style) {
    public ParsedLine {
        Objects.requireNonNull(text, "text");
        style = style == null ? LineStyle.PLAIN : style;
    }
}
