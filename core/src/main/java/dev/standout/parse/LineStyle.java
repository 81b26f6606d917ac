package dev.standout.parse;

/**
 * What a reader sees of a line besides its words: the cues that tell where an item begins and ends (a bold or larger
 * title line, an indented continuation, a bullet or a number, a cell of a table, a heading style).
 *
 * <p>Parsers fill what their format knows: PDF from glyph positions and fonts, DOCX from runs, paragraph styles and
 * numbering, plain text from indentation and bullet glyphs. What a format cannot tell stays at its neutral value
 * ({@link #PLAIN}'s).
 *
 * @param page      page number, from 1; 0 when the format has no pages
 * @param size      font size relative to the document's body text (1 = body size; 0 when unknown)
 * @param indent    indentation from the left edge of the text block, in ems (0 at the margin)
 * @param bold      the line is set in bold (most of its letters)
 * @param italic    the line is set in italics (most of its letters)
 * @param list      a bullet or a number opens the line
 * @param tableCell the line stands in a cell of a table
 * @param heading   the document marks the line as a heading or title (a heading paragraph style)
 */
public record LineStyle(int page, float size, float indent, boolean bold, boolean italic, ListMark list,
                        boolean tableCell, boolean heading) {

    /** What opens a line of a list. */
    public enum ListMark { NONE, BULLET, NUMBER }

    /** No cue at all: a line of body text. */
    public static final LineStyle PLAIN = new LineStyle(0, 0f, 0f, false, false, ListMark.NONE, false, false);

    public LineStyle {
        if (page < 0) throw new IllegalArgumentException("page must be >= 0: " + page);
        if (!(size >= 0) || !Float.isFinite(size)) size = 0f;
        if (!Float.isFinite(indent)) indent = 0f;
        list = list == null ? ListMark.NONE : list;
    }

    /** True when the line is set apart as a title is: bold, a heading style, or a font larger than the body's. */
    public boolean titleCue() {
        return bold || heading || size >= 1.15f;
    }

    /** True when a bullet or a number opens the line. */
    public boolean listItem() {
        return list != ListMark.NONE;
    }

    LineStyle withList(ListMark mark) {
        return mark == list ? this : new LineStyle(page, size, indent, bold, italic, mark, tableCell, heading);
    }
}
