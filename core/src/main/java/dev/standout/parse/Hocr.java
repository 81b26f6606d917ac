package dev.standout.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the hOCR that Tesseract writes (<a href="http://kba.github.io/hocr-spec/1.2/">hOCR 1.2</a>): pages, blocks,
 * lines with their box, baseline and text size, words with their box and confidence. The input is the output of
 * the Tesseract process, regular enough to be read element by element without an XML parser (and so without any
 * external-entity risk). Stateless.
 */
final class Hocr {
    private static final Pattern ELEMENT = Pattern.compile(
            "<(div|p|span)\\s+class=['\"](ocr_page|ocr_carea|ocr_par|ocr_line|ocr_header|ocr_caption|ocr_textfloat"
                    + "|ocrx_word)['\"][^>]*?title=(['\"])(.*?)\\3[^>]*>");
    private static final Pattern BBOX = Pattern.compile("bbox\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)\\s+(-?\\d+)");
    private static final Pattern BASELINE = Pattern.compile("baseline\\s+(-?[\\d.]+)\\s+(-?[\\d.]+)");
    private static final Pattern X_SIZE = Pattern.compile("x_size\\s+([\\d.]+)");
    private static final Pattern X_WCONF = Pattern.compile("x_wconf\\s+(-?\\d+)");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    /** A recognized word: its text, box (pixels, y down) and confidence (0–100). */
    record Word(String text, int x0, int y0, int x1, int y1, int conf) {
    }

    /**
     * A line: its words, box, baseline ({@code y = slope * (x - x0) + y1 + offset}), Tesseract's estimate of its text
     * size in pixels (x_size: the height from descenders to ascenders), and the block it stands in.
     */
    record Line(List<Word> words, int x0, int y0, int x1, int y1, double slope, double offset, double size, int block) {
        /** The baseline's height at {@code x}. */
        double baseAt(double x) {
            return slope * (x - x0) + y1 + offset;
        }
    }

    /** A page: its size in pixels and its lines in Tesseract's reading order. */
    record Page(int width, int height, List<Line> lines) {
        int words() {
            int n = 0;
            for (Line l : lines) n += l.words().size();
            return n;
        }
    }

    private Hocr() {
    }

    /** The first page of an hOCR document. */
    static Page read(String hocr) {
        Matcher m = ELEMENT.matcher(hocr);
        int width = 0;
        int height = 0;
        int block = -1;
        List<Line> lines = new ArrayList<>();
        LineBuilder line = null;
        boolean page = false;
        while (m.find()) {
            String cls = m.group(2);
            String title = m.group(4);
            switch (cls) {
                case "ocr_page" -> {
                    if (page) return finish(width, height, lines, line);
                    page = true;
                    int[] b = bbox(title);
                    if (b != null) {
                        width = b[2];
                        height = b[3];
                    }
                }
                case "ocr_carea" -> block++;
                case "ocr_par" -> {
                    // paragraphs are found again from the layout
                }
                case "ocrx_word" -> {
                    int[] b = bbox(title);
                    int end = hocr.indexOf("</span>", m.end());
                    if (b == null || end < 0 || line == null) continue;
                    String text = unescape(TAG.matcher(hocr.substring(m.end(), end)).replaceAll("")).strip();
                    if (text.isEmpty()) continue;
                    Matcher c = X_WCONF.matcher(title);
                    int conf = c.find() ? Math.max(0, Math.min(100, Integer.parseInt(c.group(1)))) : 0;
                    line.words.add(new Word(text, b[0], b[1], b[2], b[3], conf));
                }
                default -> { // a line of some kind
                    if (line != null && !line.words.isEmpty()) lines.add(line.build());
                    int[] b = bbox(title);
                    if (b == null) {
                        line = null;
                        continue;
                    }
                    line = new LineBuilder(b, Math.max(0, block));
                    Matcher bl = BASELINE.matcher(title);
                    if (bl.find()) {
                        line.slope = parse(bl.group(1));
                        line.offset = parse(bl.group(2));
                    }
                    Matcher xs = X_SIZE.matcher(title);
                    line.size = xs.find() ? parse(xs.group(1)) : b[3] - b[1];
                }
            }
        }
        return finish(width, height, lines, line);
    }

    private static Page finish(int width, int height, List<Line> lines, LineBuilder line) {
        if (line != null && !line.words.isEmpty()) lines.add(line.build());
        return new Page(width, height, List.copyOf(lines));
    }

    private static double parse(String s) {
        try {
            double v = Double.parseDouble(s);
            return Double.isFinite(v) ? v : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int[] bbox(String title) {
        Matcher b = BBOX.matcher(title);
        if (!b.find()) return null;
        try {
            return new int[] {Integer.parseInt(b.group(1)), Integer.parseInt(b.group(2)), Integer.parseInt(b.group(3)),
                    Integer.parseInt(b.group(4))};
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The entities Tesseract's hOCR writer escapes, and numeric references. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                b.append(c);
                continue;
            }
            String e = s.substring(i + 1, semi);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> numeric(e);
            };
            if (r == null) {
                b.append(c);
            } else {
                b.append(r);
                i = semi;
            }
        }
        return b.toString();
    }

    private static String numeric(String e) {
        try {
            int cp = e.startsWith("#x") || e.startsWith("#X") ? Integer.parseInt(e.substring(2), 16)
                    : e.startsWith("#") ? Integer.parseInt(e.substring(1)) : -1;
            return cp > 0 && Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
        } catch (NumberFormatException ex) {
            return null;
        }
    }

    private static final class LineBuilder {
        final int[] box;
        final int block;
        final List<Word> words = new ArrayList<>();
        double slope;
        double offset;
        double size;

        LineBuilder(int[] box, int block) {
            this.box = box;
            this.block = block;
        }

        Line build() {
            return new Line(List.copyOf(words), box[0], box[1], box[2], box[3], slope, offset, size, block);
        }
    }
}
