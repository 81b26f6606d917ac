package dev.standout.parse;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;


/**
 * Turns a page Tesseract read ({@link Hocr.Page}) into the positioned lines a born-digital PDF page gives
 * ({@link PdfPageReader.Line}), so that {@link PdfLines} finds the same cues in both: running headers and footers,
 * wrapped lines, paragraph gaps, sizes relative to the body, indents, bullets.
 *
 * <ul>
 *   <li><b>Units</b>: pixels become points ({@code 72 / dpi}); for an image of unknown resolution, the scale that
 *       sets the page's body text at 10 points (only sizes relative to the body and ems matter).</li>
 *   <li><b>Skew</b>: a scan or photo is rarely straight. The page's angle is the median slope of the baselines of
 *       its long lines; every box is turned back by it, so a margin is a margin and an indent an indent.</li>
 *   <li><b>Size</b>: each line's text size from its words' heights, less what the page's slope adds to their boxes,
 *       over what their letters reach (x-height letters half the size, capitals or ascenders and descenders all of
 *       it): Tesseract's own estimate (hOCR {@code x_size}) wanders on a turned page's long lines. Sizes within 12% of
 *       the page's body size are the body size (a scan's estimates wander by a pixel or two).</li>
 *   <li><b>Bold</b>: from the ink (Tesseract 4 and 5 do not tell it). A word's stroke width is its dark pixels
 *       (Otsu's threshold) over the dark runs crossing its rows; over its line's size, a bold word's is at least 1.3
 *       times the body text's. A line is bold by the share of its letters in bold words, as in a PDF.</li>
 *   <li><b>Bullets</b>: Tesseract reads a bullet as "e", "¢", "°"… A first glyph that is small (under 0.45 of the
 *       line's size high and wide) and floats above the baseline, or a bullet character, becomes "•".</li>
 *   <li><b>Words</b> are joined by a space, or by a tab where they are more than 1.3 ems apart (as
 *       {@link PdfPageReader} does for tab stops and right-aligned dates).</li>
 *   <li><b>Columns and lines</b>: Tesseract's own blocks and lines are not kept: it splits a title from its
 *       right-aligned date into two blocks, and reads a page's columns in an order of its own. Its words are placed
 *       (turned back, in points) and given to {@link ColumnLayout}, as a PDF's glyphs are, which finds the columns;
 *       each column's words are grouped into lines by baseline.</li>
 *   <li><b>Specks and noise</b>: a word of one or two characters read with little confidence, smaller than a third
 *       of its line's size both ways, is dust; a word read with very little confidence (under 30) that has no letter
 *       or digit, or that is one or two characters standing alone, is noise in a gap. Both are dropped.</li>
 *   <li><b>Confidence</b>: a line's is the mean confidence of its words (a bullet glyph aside), over 100.</li>
 * </ul>
 * Stateless.
 */
final class OcrLines {
    /** Font size over Tesseract's x_size (descender to ascender) for common text faces. */
    private static final float SIZE_PER_XSIZE = 1.1f;
    private static final float BOLD_RATIO = 1.3f;
    /** Line sizes this close to the body size (as a share of it) are the body size. */
    private static final double SNAP = 0.12;
    private static final String BULLET_GLYPHS = "•●▪■◦○·∙‣⁃➢➤►▶✓✔❖◆◇";
    /** What Tesseract reads a round bullet as. */
    private static final String MISREAD_BULLETS = "e¢©°«»*+®@";

    private OcrLines() {
    }

    /** A word placed on the page, turned back by the page's angle, in points. */
    private record Placed(String text, float x0, float x1, float base, float size, boolean bold, boolean bullet,
                          int conf) {
    }

    /**
     * The lines of a page.
     *
     * @param page  what Tesseract read
     * @param image the grey page image it read (for stroke widths), or null
     * @param dpi   its resolution, or 0 when unknown
     */
    static List<PdfPageReader.Line> lines(Hocr.Page page, BufferedImage image, int dpi) {
        List<Hocr.Line> lines = page.lines();
        if (lines.isEmpty()) return List.of();
        double angle = skew(lines, page.width());
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        float scale;
        int threshold = image == null ? -1 : otsu(image);
        // each line's text size from its words' heights (Tesseract's x_size wanders on a turned page's long lines)
        double[] sizePx = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) sizePx[i] = lineSize(lines.get(i));
        double bodyPx = bodySize(lines, sizePx);
        scale = dpi > 0 ? 72f / dpi : (float) (10.0 / SIZE_PER_XSIZE / Math.max(1.0, bodyPx));
        // stroke widths of words, over their line's size; the body's is the median over body-size lines
        List<float[]> strokes = new ArrayList<>();
        List<Float> bodyStrokes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Hocr.Line l = lines.get(i);
            float[] st = new float[l.words().size()];
            for (int w = 0; w < st.length; w++) {
                st[w] = threshold < 0 ? Float.NaN
                        : strokeWidth(image, threshold, l.words().get(w)) / (float) Math.max(1.0, sizePx[i]);
                if (Float.isFinite(st[w]) && Math.abs(sizePx[i] - bodyPx) <= SNAP * bodyPx
                        && l.words().get(w).text().length() >= 3) {
                    bodyStrokes.add(st[w]);
                }
            }
            strokes.add(st);
        }
        float bodyStroke = median(bodyStrokes);
        // every word, placed: Tesseract's lines and blocks are found again below, as for a PDF's glyphs
        List<Placed> words = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Hocr.Line l = lines.get(i);
            double px = Math.abs(sizePx[i] - bodyPx) <= SNAP * bodyPx ? bodyPx : sizePx[i];
            float size = (float) (Math.max(1.0, px * SIZE_PER_XSIZE) * scale);
            int lead = leadingMarks(l);
            for (int w = lead; w < l.words().size(); w++) {
                Hocr.Word word = l.words().get(w);
                boolean bullet = w == lead && l.words().size() > w + 1 && isBullet(l, word);
                if (!bullet && (isSpeck(l, word) || isJunk(l, w, px * SIZE_PER_XSIZE))) continue;
                float st = strokes.get(i)[w];
                boolean bold = Float.isFinite(st) && bodyStroke > 0 && st >= BOLD_RATIO * bodyStroke;
                double base = l.baseAt((word.x0() + word.x1()) / 2.0);
                double y = -word.x0() * sin + base * cos;
                words.add(new Placed(bullet ? "•" : word.text(), (float) (x(word.x0(), base, cos, sin) * scale),
                        (float) (x(word.x1(), base, cos, sin) * scale), (float) (y * scale), size, bold, bullet,
                        word.conf()));
            }
        }
        if (words.isEmpty()) return List.of();
        List<ColumnLayout.Box> boxes = new ArrayList<>(words.size());
        for (Placed w : words) boxes.add(new ColumnLayout.Box(w.x0(), w.x1(), w.base(), 0.7f * w.size(), w.size()));
        ColumnLayout.Result layout = ColumnLayout.analyze(boxes);
        List<int[]> regions = layout.columns() ? layout.regions() : List.of(all(words.size()));
        List<PdfPageReader.Line> out = new ArrayList<>();
        for (int r = 0; r < regions.size(); r++) {
            List<Placed> region = new ArrayList<>();
            for (int i : regions.get(r)) region.add(words.get(i));
            for (List<Placed> row : rows(region)) out.add(line(row, r));
        }
        return out;
    }

    private static int[] all(int n) {
        int[] a = new int[n];
        for (int i = 0; i < n; i++) a[i] = i;
        return a;
    }

    /** Words grouped into rows by baseline (within 0.4 of their size), top to bottom, each row left to right. */
    private static List<List<Placed>> rows(List<Placed> words) {
        List<Placed> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> Float.compare(a.base(), b.base()));
        List<List<Placed>> rows = new ArrayList<>();
        List<Placed> row = null;
        float rowBase = 0;
        for (Placed w : sorted) {
            if (row == null || w.base() - rowBase > 0.4f * w.size()) {
                row = new ArrayList<>();
                rows.add(row);
                rowBase = w.base();
            }
            row.add(w);
        }
        for (List<Placed> r : rows) r.sort((a, b) -> Float.compare(a.x0(), b.x0()));
        return rows;
    }

    private static PdfPageReader.Line line(List<Placed> row, int region) {
        StringBuilder text = new StringBuilder();
        Placed prev = null;
        float base = 0;
        float size = 0;
        int letters = 0;
        int boldLetters = 0;
        int confSum = 0;
        int confWords = 0;
        float textLeft = Float.NaN;
        for (Placed w : row) {
            if (prev != null) {
                text.append(!prev.bullet() && w.x0() - prev.x1() > PdfPageReader.WIDE_GAP_EMS * w.size() ? '\t' : ' ');
            }
            text.append(w.text());
            base = Math.max(base, w.base());
            size = Math.max(size, w.size());
            if (!w.bullet()) {
                if (Float.isNaN(textLeft)) textLeft = w.x0();
                int n = w.text().length();
                letters += n;
                if (w.bold()) boldLetters += n;
                confSum += w.conf();
                confWords++;
            }
            prev = w;
        }
        float left = row.get(0).x0();
        float right = row.get(row.size() - 1).x1();
        return new PdfPageReader.Line(text.toString(), base, size, region, left,
                Float.isNaN(textLeft) ? left : textLeft, right, letters == 0 ? 0f : boldLetters / (float) letters, 0f,
                confWords == 0 ? 0f : confSum / (100f * confWords));
    }

    /**
     * A speck read as a character: a word of one or two characters, read with little confidence, smaller than a
     * third of its line's size both ways (a dot of dust, a staple hole).
     */
    static boolean isSpeck(Hocr.Line line, Hocr.Word w) {
        String t = w.text();
        if (t.codePointCount(0, t.length()) > 2) return false;
        double size = Math.max(1.0, line.size());
        double h = w.y1() - w.y0();
        double width = w.x1() - w.x0();
        if (h < 0.15 * size && width < 0.15 * size) return true; // a dot no letter is as small as
        return w.conf() < 60 && h < 0.35 * size && width < 0.35 * size;
    }

    private static double x(double x, double y, double cos, double sin) {
        return x * cos + y * sin;
    }

    /**
     * Noise read as a word: read with little confidence (under 30), and either without a letter or digit, or of one or
     * two characters standing more than an em away from the words beside it (marks in the gap before a
     * right-aligned date).
     */
    static boolean isJunk(Hocr.Line line, int index, double emPx) {
        Hocr.Word w = line.words().get(index);
        if (w.conf() >= 30) return false;
        String t = w.text();
        boolean letter = false;
        for (int i = 0; i < t.length(); i++) letter |= Character.isLetterOrDigit(t.charAt(i));
        if (!letter) return true;
        if (t.codePointCount(0, t.length()) > 2) return false;
        List<Hocr.Word> ws = line.words();
        boolean farLeft = index == 0 || w.x0() - ws.get(index - 1).x1() > emPx;
        boolean farRight = index == ws.size() - 1 || ws.get(index + 1).x0() - w.x1() > emPx;
        return farLeft && farRight;
    }

    /**
     * Marks before a line's bullet that are not text (a "_" or "'" read from the bullet's edge): how many words
     * without a letter or digit open the line right before a bullet.
     */
    private static int leadingMarks(Hocr.Line line) {
        List<Hocr.Word> ws = line.words();
        int i = 0;
        while (i + 2 < ws.size() && i < 2 && !hasLetterOrDigit(ws.get(i).text()) && isBullet(line, ws.get(i + 1))) i++;
        return i > 0 && isBullet(line, ws.get(i)) ? i : 0;
    }

    private static boolean hasLetterOrDigit(String t) {
        for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) return true;
        return false;
    }

    /**
     * A first glyph that is a bullet (see the class javadoc): a bullet character; one of the glyphs a bullet is
     * misread as ("e", "¢", "©", "°", "«"…, perhaps with a stray period), no larger than 0.7 of the line's size; or
     * another small glyph (under 0.45 of the line's size high and wide) floating above the baseline. Never a speck
     * (under 0.15 of the size either way).
     */
    static boolean isBullet(Hocr.Line line, Hocr.Word w) {
        String t = w.text();
        if (t.isEmpty() || t.codePointCount(0, t.length()) > 2 || Character.isDigit(t.charAt(0))) return false;
        double size = Math.max(1.0, line.size());
        double h = w.y1() - w.y0();
        double width = w.x1() - w.x0();
        if (h < 0.15 * size || width < 0.15 * size) return false; // a speck, not a bullet
        if (BULLET_GLYPHS.indexOf(t.charAt(0)) >= 0) return true;
        boolean misread = MISREAD_BULLETS.indexOf(t.charAt(0)) >= 0
                && (t.length() == 1 || t.charAt(1) == '.' || t.charAt(1) == ',');
        if (misread && h <= 0.7 * size && width <= 0.7 * size) return true; // no English line opens with "e" or "©"
        if (h > 0.45 * size || width > 0.45 * size) return false;
        double above = line.baseAt((w.x0() + w.x1()) / 2.0) - w.y1();
        return above >= 0.08 * size;
    }

    /** The page's angle: the median slope of the baselines of lines at least a fifth of the page wide. */
    private static double skew(List<Hocr.Line> lines, int width) {
        List<Float> slopes = new ArrayList<>();
        for (Hocr.Line l : lines) {
            if (l.words().size() >= 3 && l.x1() - l.x0() >= 0.2 * Math.max(1, width)) slopes.add((float) l.slope());
        }
        float s = median(slopes);
        return Float.isFinite(s) ? Math.atan(s) : 0.0;
    }

    /** The text size most words are set in: the median line size, by words. */
    private static double bodySize(List<Hocr.Line> lines, double[] sizePx) {
        List<Float> sizes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            for (int k = 0; k < lines.get(i).words().size(); k++) sizes.add((float) sizePx[i]);
        }
        float m = median(sizes);
        return Float.isFinite(m) && m > 0 ? m : 10.0;
    }

    /**
     * A line's text size (descender to ascender, as x_size), from its words' heights: each word's height, less what
     * the line's slope adds to its box, over what its letters reach (a word of x-height letters is about half the
     * size high, one with ascenders or capitals and descenders the whole size). The median over its words read with
     * some confidence; Tesseract's x_size when none qualifies.
     */
    static double lineSize(Hocr.Line line) {
        List<Float> sizes = new ArrayList<>();
        for (Hocr.Word w : line.words()) {
            String t = w.text();
            if (w.conf() < 50 || t.length() < 2) continue;
            boolean up = false;
            boolean down = false;
            boolean letter = false;
            for (int i = 0; i < t.length(); i++) {
                char c = t.charAt(i);
                if (Character.isLetterOrDigit(c)) letter = true;
                if (Character.isUpperCase(c) || Character.isDigit(c) || "bdfhklt".indexOf(c) >= 0 || "()[]{}|/".indexOf(c) >= 0) {
                    up = true;
                }
                if ("gjpqy".indexOf(c) >= 0 || c == ',' || c == ';' || "()[]{}|".indexOf(c) >= 0) down = true;
            }
            if (!letter) continue;
            double h = (w.y1() - w.y0()) - Math.abs(line.slope()) * (w.x1() - w.x0());
            double reach = up && down ? 1.0 : up ? 0.78 : down ? 0.72 : 0.5;
            if (h > 0) sizes.add((float) (h / reach));
        }
        // Tesseract's estimate is one more voice: with one word, the lower of the two (a speck only adds height)
        if (line.size() > 0) sizes.add((float) line.size());
        float m = median(sizes);
        return Float.isFinite(m) && m > 0 ? m : Math.max(1.0, line.size());
    }

    private static float median(List<Float> values) {
        if (values.isEmpty()) return Float.NaN;
        float[] a = new float[values.size()];
        for (int i = 0; i < a.length; i++) a[i] = values.get(i);
        Arrays.sort(a);
        return a[(a.length - 1) / 2];
    }

    /** Otsu's threshold of a grey image (sampled: every other pixel of every other row). */
    static int otsu(BufferedImage image) {
        Raster r = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        long[] hist = new long[256];
        int[] row = new int[w];
        for (int y = 0; y < h; y += 2) {
            r.getSamples(0, y, w, 1, 0, row);
            for (int x = 0; x < w; x += 2) hist[row[x] & 0xFF]++;
        }
        long total = 0;
        double sum = 0;
        for (int i = 0; i < 256; i++) {
            total += hist[i];
            sum += (double) i * hist[i];
        }
        double sumB = 0;
        long wB = 0;
        double best = -1;
        int threshold = 128;
        for (int t = 0; t < 256; t++) {
            wB += hist[t];
            if (wB == 0) continue;
            long wF = total - wB;
            if (wF == 0) break;
            sumB += (double) t * hist[t];
            double mB = sumB / wB;
            double mF = (sum - sumB) / wF;
            double between = (double) wB * wF * (mB - mF) * (mB - mF);
            if (between > best) {
                best = between;
                threshold = t;
            }
        }
        return threshold;
    }

    /** Dark pixels over dark horizontal runs in a word's box: its mean stroke width, in pixels. */
    private static float strokeWidth(BufferedImage image, int threshold, Hocr.Word w) {
        Raster r = image.getRaster();
        long ink = 0;
        long runs = 0;
        int x0 = Math.max(0, w.x0());
        int x1 = Math.min(image.getWidth(), w.x1());
        int y0 = Math.max(0, w.y0());
        int y1 = Math.min(image.getHeight(), w.y1());
        if (x1 - x0 < 2 || y1 - y0 < 2) return Float.NaN;
        int[] row = new int[x1 - x0];
        for (int y = y0; y < y1; y++) {
            r.getSamples(x0, y, x1 - x0, 1, 0, row);
            boolean inRun = false;
            for (int v : row) {
                boolean dark = v <= threshold;
                if (dark) {
                    ink++;
                    if (!inRun) runs++;
                }
                inRun = dark;
            }
        }
        return runs == 0 ? Float.NaN : (float) ink / runs;
    }
}
