package dev.standout.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the positioned lines of a PDF's pages into lines with layout cues, reading them as a person does.
 *
 * <ul>
 *   <li><b>Running headers and footers</b>: a line among the first or last three of a page that recurs (digits
 *       aside) on at least two pages and on half of them or more is a running header or footer and is dropped,
 *       except where it opens the first page (a name repeated on every page is still the resume's name there). A
 *       page number alone ("2", "Page 2 of 3", "- 2 -", "Page | 2") among those lines is dropped too.</li>
 *   <li><b>Wrapped lines</b>: a line that continues the previous line's sentence is joined to it: same region, no
 *       paragraph gap, the previous line reaching the right edge of its column, no bullet or number opening the
 *       line, the line starting where the previous line's text starts, the same size and weight, the previous line
 *       not ending with a colon.</li>
 *   <li><b>Paragraphs</b>: a blank line where the gap between two baselines is well above the page's usual line
 *       pitch, between regions (columns) and between pages.</li>
 *   <li><b>Cues</b>: page, size relative to the body text's (the most common size, by letters), indent from the
 *       column's left edge in ems, bold and italic when most letters are, the list mark that opens the line.</li>
 * </ul>
 * Stateless.
 */
final class PdfLines {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^(?:page\\s*[|:.]?\\s*)?[-–(]?\\s*\\d{1,3}\\s*[-–)]?(?:\\s*(?:of|/)\\s*\\d{1,3})?$");
    private static final int ZONE = 3;
    /** A line of dates alone ("July 2016 - February 2019", "07/1995 to 03/2003"): a unit of its own, never a wrap. */
    private static final Pattern DATES = Pattern.compile("(?i)(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov"
            + "|dec)[a-z]*\\.?,?\\s+|\\d{1,2}[/.-])?(?:19|20)\\d\\d\\s*(?:[-–—]|to|until)\\s*(?:(?:(?:jan|feb|mar|apr|may|jun"
            + "|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?\\s+|\\d{1,2}[/.-])?(?:19|20)\\d\\d|present|current|now|date|today)"
            + "\\W*");
    /** The shortest line, in characters, that can have wrapped: a narrow column still holds this many. */
    private static final int MIN_WRAPPED = 35;

    private PdfLines() {
    }

    /** The lines of the pages read, in order, with blank lines for paragraph breaks. */
    static List<ParsedLine> lines(List<List<PdfPageReader.Line>> pages) {
        float body = bodySize(pages);
        boolean[][] dropped = runningLines(pages);
        List<ParsedLine> out = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<PdfPageReader.Line> page = pages.get(p);
            if (!out.isEmpty()) out.add(new ParsedLine("", LineStyle.PLAIN));
            float pitch = typicalPitch(page);
            Map<Integer, float[]> edges = regionEdges(page);
            PdfPageReader.Line prev = null; // previous physical line kept
            StringBuilder text = null;
            PdfPageReader.Line head = null; // first physical line of the line being built
            float confSum = 0f; // the line's confidence, weighed by the characters of its physical lines
            int confChars = 0;
            for (int i = 0; i < page.size(); i++) {
                if (dropped[p][i]) continue;
                PdfPageReader.Line line = page.get(i);
                String t = stripTrailing(line.text());
                boolean gap = false;
                if (prev != null) {
                    if (line.region() != prev.region()) {
                        gap = true;
                    } else {
                        float g = line.base() - prev.base();
                        float size = Math.max(1f, Math.max(line.size(), prev.size()));
                        float pt = pitch > 0 ? pitch : 1.2f * size;
                        gap = g > Math.max(1.5f * pt, pt + 0.5f * size);
                    }
                }
                if (prev != null && !gap && continues(prev, line, t, edges.get(prev.region()))) {
                    text.append(' ').append(t.strip());
                    confSum += line.conf() * t.length();
                    confChars += t.length();
                    prev = line;
                    continue;
                }
                if (text != null) {
                    out.add(new ParsedLine(text.toString(), style(head, text, p + 1, body, edges), conf(confSum, confChars)));
                }
                if (gap) out.add(new ParsedLine("", LineStyle.PLAIN));
                text = new StringBuilder(t);
                confSum = line.conf() * t.length();
                confChars = t.length();
                head = line;
                prev = line;
            }
            if (text != null) {
                out.add(new ParsedLine(text.toString(), style(head, text, p + 1, body, edges), conf(confSum, confChars)));
            }
        }
        return out;
    }

    private static float conf(float sum, int chars) {
        return chars == 0 ? 1f : Math.max(0f, Math.min(1f, sum / chars));
    }

    /** Whether {@code line} continues the sentence of {@code prev}, the line before it (see the class javadoc). */
    private static boolean continues(PdfPageReader.Line prev, PdfPageReader.Line line, String text, float[] edge) {
        if (edge == null || text.isBlank()) return false;
        String before = stripTrailing(prev.text());
        // a wrapped line is a long one; a line with a wide gap is a table's row or a title with its date
        if (before.length() < MIN_WRAPPED || before.endsWith(":") || before.indexOf('\t') >= 0) return false;
        char last = before.charAt(before.length() - 1);
        if (last == '-' && before.length() > 1 && Character.isLetter(before.charAt(before.length() - 2))) {
            return false; // a hyphenated word: the normalizer joins it
        }
        String s = text.strip();
        if (TextCues.listMark(s, 0) != LineStyle.ListMark.NONE || DATES.matcher(s).matches()) return false;
        float em = Math.max(4f, Math.max(prev.size(), line.size()));
        if (Math.abs(prev.size() - line.size()) > 0.6f) return false;
        if ((prev.bold() >= 0.6f) != (line.bold() >= 0.6f)) return false;
        float width = edge[1] - edge[0];
        // the right edge is a margin only when several lines reach it (a paragraph's lines, not one long title)
        if (width <= 0 || edge[2] < 2) return false;
        // the classic test of a wrap: the next line's first word would not have fitted after the line
        float charWidth = (prev.right() - prev.left()) / Math.max(1, before.length());
        int firstWord = s.indexOf(' ');
        float needed = charWidth * ((firstWord < 0 ? s.length() : firstWord) + 1);
        if (prev.right() + needed < edge[1] - 0.5f * em) return false;
        if (line.left() > prev.textLeft() + 1.5f * em) return false;
        // a bullet's wrapped line hangs under its text, or goes back to the margin in lower case
        boolean lower = Character.isLowerCase(s.charAt(0));
        if (TextCues.listMark(before.strip(), 0) != LineStyle.ListMark.NONE) {
            return line.left() >= prev.textLeft() - 0.5f * em || lower;
        }
        return line.left() >= prev.textLeft() - em;
    }

    private static LineStyle style(PdfPageReader.Line head, CharSequence text, int page, float body,
                                   Map<Integer, float[]> edges) {
        float[] edge = edges.get(head.region());
        float left = edge == null ? head.left() : edge[0];
        float em = body > 0 ? body : Math.max(1f, head.size());
        float size = body > 0 && head.size() > 0 ? head.size() / body : 0f;
        String t = text.toString();
        int from = 0;
        while (from < t.length() && Character.isWhitespace(t.charAt(from))) from++;
        return new LineStyle(page, size, Math.max(0f, (head.left() - left) / em), head.bold() >= 0.6f,
                head.italic() >= 0.6f, TextCues.listMark(t, from), false, false);
    }

    /**
     * The edges of each region of a page: the smallest left and the largest right of its lines, and how many lines
     * reach near that right edge (within three ems or an eighth of the width, as a ragged line does).
     */
    private static Map<Integer, float[]> regionEdges(List<PdfPageReader.Line> page) {
        Map<Integer, float[]> edges = new HashMap<>();
        for (PdfPageReader.Line l : page) {
            if (l.right() <= l.left()) continue;
            float[] e = edges.computeIfAbsent(l.region(), r -> new float[]{Float.MAX_VALUE, -Float.MAX_VALUE, 0f});
            e[0] = Math.min(e[0], l.left());
            e[1] = Math.max(e[1], l.right());
        }
        for (PdfPageReader.Line l : page) {
            float[] e = edges.get(l.region());
            if (e != null && l.right() >= e[1] - Math.max(3f * Math.max(4f, l.size()), 0.12f * (e[1] - e[0]))) e[2]++;
        }
        return edges;
    }

    /** The size most letters are set in. */
    private static float bodySize(List<List<PdfPageReader.Line>> pages) {
        Map<Integer, Integer> bySize = new HashMap<>();
        for (List<PdfPageReader.Line> page : pages) {
            for (PdfPageReader.Line l : page) {
                if (l.size() > 0) bySize.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
            }
        }
        int best = -1;
        int count = -1;
        for (Map.Entry<Integer, Integer> e : bySize.entrySet()) {
            if (e.getValue() > count || e.getValue() == count && e.getKey() < best) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return best < 0 ? 0f : best / 2f;
    }

    /** Which lines of which pages are running headers, footers or page numbers (see the class javadoc). */
    static boolean[][] runningLines(List<List<PdfPageReader.Line>> pages) {
        boolean[][] dropped = new boolean[pages.size()][];
        for (int p = 0; p < pages.size(); p++) dropped[p] = new boolean[pages.get(p).size()];
        if (pages.size() < 2) return dropped;
        Map<String, Integer> pagesWith = new HashMap<>();
        for (List<PdfPageReader.Line> page : pages) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int i = 0; i < page.size(); i++) {
                if (inZone(page, i)) {
                    String k = slotKey(page.get(i));
                    if (!k.isEmpty() && seen.add(k)) pagesWith.merge(k, 1, Integer::sum);
                }
            }
        }
        int needed = Math.max(2, (pages.size() + 1) / 2);
        for (int p = 0; p < pages.size(); p++) {
            List<PdfPageReader.Line> page = pages.get(p);
            if (page.size() < 3) continue; // a page this short has no running lines apart from its content
            for (int i = 0; i < page.size(); i++) {
                if (!inZone(page, i)) continue;
                String text = page.get(i).text().strip();
                boolean top = i < ZONE;
                boolean edge = i < 2 || i >= page.size() - 2;
                if (edge && PAGE_NUMBER.matcher(text.replace('\t', ' ')).matches()) {
                    dropped[p][i] = true;
                } else if (pagesWith.getOrDefault(slotKey(page.get(i)), 0) >= needed && !(p == 0 && top)) {
                    dropped[p][i] = true;
                }
            }
        }
        return dropped;
    }

    /**
     * A line's text (digits folded) with where it stands on the page: a running line recurs at the same height,
     * a job's "Company Name – City, State" line recurs anywhere.
     */
    private static String slotKey(PdfPageReader.Line line) {
        String k = key(line.text());
        return k.isEmpty() ? "" : k + "@" + Math.round(line.base() / 4f);
    }

    private static boolean inZone(List<PdfPageReader.Line> page, int i) {
        return i < ZONE || i >= page.size() - ZONE;
    }

    /** A line's text with digits folded and spaces collapsed, for recognizing it on another page. */
    private static String key(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) b.append(' ');
            space = false;
            b.append(Character.isDigit(c) ? '#' : Character.toLowerCase(c));
        }
        String k = b.toString();
        // too short to be a running line rather than a heading that recurs ("Skills")
        return k.length() < 6 ? "" : k.toLowerCase(Locale.ROOT);
    }

    private static float typicalPitch(List<PdfPageReader.Line> lines) {
        List<Float> gaps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            PdfPageReader.Line a = lines.get(i - 1);
            PdfPageReader.Line b = lines.get(i);
            float gap = b.base() - a.base();
            float size = Math.max(a.size(), b.size());
            if (a.region() == b.region() && gap > 0.5f * size && gap < 3f * size) {
                gaps.add(gap);
            }
        }
        if (gaps.isEmpty()) {
            return -1f;
        }
        gaps.sort(null);
        return gaps.get((gaps.size() - 1) / 2);
    }

    private static String stripTrailing(String s) {
        int end = s.length();
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end);
    }
}
