package dev.standout.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a text range, trimmed, with offsets into the whole text. Used by the project, work and
 * education extractors.
 *
 * @param text  the line without leading and trailing white space
 * @param start offset of its first character in the whole text
 * @param end   offset just past its last character
 */
record TextLine(String text, int start, int end) {

    /** Characters that open a bullet line. */
    static final String BULLETS = "•·▪●◦○■□➢➤►▶✓✔❖◆◇*-–—>⁃‣∙";

    /** The non-blank lines of {@code text.substring(from, to)}, in order. */
    static List<TextLine> lines(String text, int from, int to) {
        List<TextLine> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            int nl = text.indexOf('\n', i);
            int lineEnd = nl < 0 || nl > to ? to : nl;
            int s = i;
            int e = lineEnd;
            while (s < e && Character.isWhitespace(text.charAt(s))) s++;
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
            if (e > s) out.add(new TextLine(text.substring(s, e), s, e));
            i = lineEnd + 1;
        }
        return out;
    }

    /** True when the line opens with a bullet character. */
    boolean isBullet() {
        return !text.isEmpty() && BULLETS.indexOf(text.charAt(0)) >= 0
                && (text.length() == 1 || !Character.isDigit(text.charAt(1)));
    }

    /** The line without its bullet and the spaces after it; offsets follow. */
    TextLine withoutBullet() {
        int i = 0;
        while (i < text.length() && (BULLETS.indexOf(text.charAt(i)) >= 0 || Character.isWhitespace(text.charAt(i)))) {
            i++;
        }
        return i == 0 ? this : new TextLine(text.substring(i), start + i, end);
    }

    /** Number of words (runs of non-space characters). */
    int words() {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }
}
