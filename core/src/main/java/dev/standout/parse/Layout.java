package dev.standout.parse;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The layout cues of each line of a normalized text: what the parser saw of the line (bold, size, indent, bullet or
 * number, table cell, heading style, page), travelling beside the text so that sections and extractors can tell
 * where an item begins and ends. The normalized text and its offsets stay the contract; a layout only answers "what
 * did this line look like".
 *
 * <p>{@link #align(String, ParsedDocument)} finds, for each line of the normalized text, the parser's line it came
 * from. Normalization changes characters and spacing, joins a bullet to its line and a hyphenated word across a line
 * break, and restores line breaks in flattened text; it never reorders words. So both sides are compared as one
 * stream of letters and digits (lower-cased, compatibility-folded): a normalized line takes the cues of the parser's
 * line under its first letter. A line that cannot be found (text the normalizer rewrote, such as repaired mojibake)
 * gets the cues its own text shows.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class Layout {
    /** How far ahead the alignment looks for a line it lost, in letters and digits. */
    private static final int RESYNC_WINDOW = 4000;

    private final int[] starts;
    private final LineStyle[] styles;
    private final float[] confidence; // null when every line is the document's own text
    private final boolean laidOut;

    private Layout(int[] starts, LineStyle[] styles, float[] confidence, boolean laidOut) {
        this.starts = starts;
        this.styles = styles;
        this.confidence = confidence;
        this.laidOut = laidOut;
    }

    /**
     * The cues of a normalized text that has no document behind it (text given as a string): what its characters
     * show, bullets and numbers.
     */
    public static Layout plain(String normalized) {
        Objects.requireNonNull(normalized, "normalized");
        int[] starts = lineStarts(normalized);
        LineStyle[] styles = new LineStyle[starts.length];
        for (int i = 0; i < starts.length; i++) styles[i] = TextCues.style(line(normalized, starts, i));
        return new Layout(starts, styles, null, false);
    }

    /**
     * Aligns the lines of {@code normalized} (the normalized text of {@code doc}) with the document's lines and
     * their cues.
     */
    public static Layout align(String normalized, ParsedDocument doc) {
        Objects.requireNonNull(normalized, "normalized");
        Objects.requireNonNull(doc, "doc");
        // the document's lines as one stream of letters and digits, each position knowing its line
        StringBuilder stream = new StringBuilder(doc.text().length());
        int[] owner = new int[Math.max(16, doc.text().length())];
        List<ParsedLine> lines = doc.lines();
        for (int i = 0; i < lines.size(); i++) {
            int before = stream.length();
            appendKey(lines.get(i).text(), stream);
            if (stream.length() > owner.length) owner = Arrays.copyOf(owner, Math.max(stream.length(), owner.length * 2));
            Arrays.fill(owner, before, stream.length(), i);
        }
        String all = stream.toString();
        int[] starts = lineStarts(normalized);
        LineStyle[] styles = new LineStyle[starts.length];
        float[] confidence = doc.ocr() == null ? null : new float[starts.length];
        if (confidence != null) Arrays.fill(confidence, 1f);
        StringBuilder key = new StringBuilder();
        int p = 0;
        for (int i = 0; i < starts.length; i++) {
            String line = line(normalized, starts, i);
            LineStyle own = TextCues.style(line);
            key.setLength(0);
            appendKey(line, key);
            styles[i] = own;
            if (key.length() == 0) continue;
            int at = matchAt(all, key.toString(), p);
            if (at < 0) continue;
            LineStyle found = lines.get(owner[at]).style();
            if (confidence != null) confidence[i] = lines.get(owner[at]).confidence();
            // the normalized text is the truth about its own bullets ("• " at the start of a line)
            styles[i] = own.list() != LineStyle.ListMark.NONE && found.list() == LineStyle.ListMark.NONE
                    ? found.withList(own.list()) : found;
            p = at + key.length();
        }
        return new Layout(starts, styles, confidence, doc.format() != DocumentFormat.TXT);
    }

    private static int matchAt(String stream, String key, int from) {
        if (stream.startsWith(key, from)) return from;
        int limit = Math.min(stream.length(), from + RESYNC_WINDOW);
        for (int at = stream.indexOf(key.charAt(0), from); at >= 0 && at <= limit;
             at = stream.indexOf(key.charAt(0), at + 1)) {
            if (stream.startsWith(key, at)) return at;
        }
        return -1;
    }

    /** Letters and digits of {@code text}, lower-cased and compatibility-folded (ligatures, fullwidth forms). */
    private static void appendKey(String text, StringBuilder out) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) ascii = text.charAt(i) < 128;
        String t = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c)) out.append(Character.toLowerCase(c));
        }
    }

    private static int[] lineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') count++;
        int[] starts = new int[count];
        int k = 1;
        for (int i = 0; i < text.length(); i++) if (text.charAt(i) == '\n') starts[k++] = i + 1;
        return starts;
    }

    private static String line(String text, int[] starts, int i) {
        int end = i + 1 < starts.length ? starts[i + 1] - 1 : text.length();
        return text.substring(starts[i], end);
    }

    /** Number of lines of the text. */
    public int lineCount() {
        return starts.length;
    }

    /** The index of the line that holds {@code offset}. */
    public int lineIndex(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The cues of line {@code index}. */
    public LineStyle line(int index) {
        return styles[index];
    }

    /** The cues of the line that holds {@code offset}. */
    public LineStyle at(int offset) {
        return styles[lineIndex(offset)];
    }

    /**
     * How sure the reading of the text from {@code start} to {@code end} is, in [0, 1]: the mean confidence of the
     * lines it spans, by characters (see {@link ParsedLine#confidence()}). 1 for text a document holds as text; less
     * for text read by OCR.
     */
    public float confidence(int start, int end) {
        if (confidence == null) return 1f;
        int first = lineIndex(Math.max(0, start));
        int last = lineIndex(Math.max(start, end - 1));
        double sum = 0;
        double weight = 0;
        for (int i = first; i <= last && i < confidence.length; i++) {
            int ls = starts[i];
            int le = i + 1 < starts.length ? starts[i + 1] - 1 : Integer.MAX_VALUE;
            double w = Math.max(1, Math.min(le, end) - Math.max(ls, start));
            sum += confidence[i] * w;
            weight += w;
        }
        return weight == 0 ? 1f : (float) (sum / weight);
    }

    /** Whether some lines were read by OCR (their {@link #confidence} may be under 1). */
    public boolean fromOcr() {
        return confidence != null;
    }

    /**
     * True when the text was laid out by a document (PDF, DOCX, DOC…) whose lines are real lines; false for plain
     * text, which may be flattened to a few very long lines.
     */
    public boolean laidOut() {
        return laidOut;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Layout[%d lines, laidOut=%b]", starts.length, laidOut);
    }
}
