package dev.standout.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The cues plain text shows of its layout: indentation (leading spaces and tabs, a tab counted as four spaces, two
 * characters to an em) and what opens a list item (a bullet glyph, a dash or star followed by a space, a number or
 * letter followed by {@code .} or {@code )}). Stateless.
 */
final class TextCues {
    /** Characters that open a bulleted line, as parsers and encoders leave them. */
    static final String BULLETS = "•·▪●◦○■□➢➤►▶✓✔❖◆◇*-–—>⁃‣∙\uF0B7\uF0A7\uF0D8\uF076\uF0FC";
    private static final Pattern NUMBERED = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\(?[a-hA-H][.)]|[ivxIVX]{1,4}[.)])\\s+\\S");

    private TextCues() {
    }

    /** The lines of {@code text} with the cues their characters show. */
    static List<ParsedLine> lines(String text) {
        List<ParsedLine> out = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int eol = text.indexOf('\n', pos);
            if (eol < 0) eol = n;
            String line = text.substring(pos, eol);
            out.add(new ParsedLine(line, style(line)));
            pos = eol + 1;
        }
        return out;
    }

    static LineStyle style(String line) {
        int cols = 0;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00A0') cols++;
            else if (c == '\t') cols += 4;
            else break;
            i++;
        }
        LineStyle.ListMark mark = listMark(line, i);
        if (cols == 0 && mark == LineStyle.ListMark.NONE) return LineStyle.PLAIN;
        return new LineStyle(0, 0f, cols / 2f, false, false, mark, false, false);
    }

    /** What opens the line at {@code from} (after its indentation). */
    static LineStyle.ListMark listMark(String line, int from) {
        if (from >= line.length()) return LineStyle.ListMark.NONE;
        char c = line.charAt(from);
        if (BULLETS.indexOf(c) >= 0) {
            boolean dashLike = c == '-' || c == '*' || c == '>' || c == '–' || c == '—';
            if (!dashLike) return LineStyle.ListMark.BULLET;
            return from + 1 < line.length() && line.charAt(from + 1) == ' ' ? LineStyle.ListMark.BULLET
                    : LineStyle.ListMark.NONE;
        }
        if ((c == 'o' || c == 'O') && from + 1 < line.length() && line.charAt(from + 1) == ' '
                && (from + 2 >= line.length() || Character.isUpperCase(line.charAt(from + 2)))) {
            return LineStyle.ListMark.BULLET;
        }
        return NUMBERED.matcher(line).region(from, line.length()).lookingAt() ? LineStyle.ListMark.NUMBER
                : LineStyle.ListMark.NONE;
    }
}
