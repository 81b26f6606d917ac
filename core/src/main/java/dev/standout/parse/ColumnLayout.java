package dev.standout.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Finds text columns on a page from glyph boxes, and returns the glyphs as regions in reading order.
 *
 * <p>The algorithm, per page:
 * <ol>
 *   <li>Glyphs are grouped into rows by baseline.</li>
 *   <li>For every horizontal position (1 pt bins) we count the rows whose glyphs cover it. A candidate gutter is
 *       a band at least {@value #MIN_GUTTER_PT} pt wide, inside the text (at least 10% of the text width on each
 *       side), that few rows (at most 30%) cover. Its <em>core</em> is the part covered by the fewest rows.</li>
 *   <li>Rows that cover the core (a centered name, a full-width heading), or whose text runs across the
 *       middle of the gutter with no more than a word space, cut the page into blocks. A block is read as two
 *       columns only if it is tall and consistent: at least {@value #MIN_BLOCK_ROWS} rows and
 *       {@value #MIN_BLOCK_SHARE} of the page's text height, substantial text on both sides (at least 8% of the
 *       glyphs and 30 glyphs each), each side with a stack of at least {@value #MIN_STACK} lines at ordinary
 *       line spacing, and each side with lines of its own (at least 15% of its lines, and 2, on rows where the
 *       other side has nothing). Text on the right that always shares its row with text on the left is the
 *       end of those lines (right-aligned dates, a city), or a label/value table: reading it row by row is
 *       right.</li>
 *   <li>When full-width text resumes below a block, the block ends with its shorter column; the longer
 *       column's remaining rows are read in page order with what follows (a two-column list inside a
 *       single-column resume).</li>
 *   <li>Blocks that qualify are emitted as the left column then the right column (each side analyzed again,
 *       so three columns work too); rows outside them (a header above the columns, a footer below) are
 *       emitted in place, in page order.</li>
 * </ol>
 * Right-aligned dates ("Software Engineer ....... 2019–2021") stay in their lines: they never have rows of their
 * own, and they rarely stack four lines high (an entry's bullet lines separate them).
 *
 * <p>Pure function of its input; thread-safe.
 */
final class ColumnLayout {

    static final float MIN_GUTTER_PT = 9f;
    static final int MIN_BLOCK_ROWS = 6;
    static final double MIN_BLOCK_SHARE = 0.35;
    static final int MIN_STACK = 4;
    static final float STACK_PITCH = 1.9f;
    private static final int MIN_GLYPHS = 60;
    private static final int MAX_DEPTH = 2;
    private static final double MAX_ROW_COVER = 0.30;
    private static final double MIN_SIDE_SHARE = 0.08;
    private static final int MIN_SIDE_GLYPHS = 30;
    private static final int MIN_OWN_LINES = 2;
    private static final double MIN_OWN_SHARE = 0.15;

    /** A glyph's box: left and right x, baseline y (growing downwards), height, and font size in points. */
    record Box(float x0, float x1, float base, float height, float size) {
        float center() {
            return (x0 + x1) / 2;
        }
    }

    /**
     * The glyphs in reading order.
     *
     * @param regions glyph indices, one array per region, in reading order
     * @param columns whether any part of the page was read as columns
     */
    record Result(List<int[]> regions, boolean columns) {
    }

    private final Box[] boxes;
    private final float tolerance;
    private final float pageHeight;
    private boolean columns;

    private ColumnLayout(Box[] boxes, float tolerance, float pageHeight) {
        this.boxes = boxes;
        this.tolerance = tolerance;
        this.pageHeight = pageHeight;
    }

    static Result analyze(List<Box> input) {
        int n = input.size();
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        if (n < MIN_GLYPHS) {
            return new Result(List.of(all), false);
        }
        Box[] boxes = input.toArray(new Box[0]);
        float[] heights = new float[n];
        int k = 0;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        for (Box b : boxes) {
            if (!valid(b)) {
                return new Result(List.of(all), false);
            }
            if (b.height() > 0) {
                heights[k++] = b.height();
            }
            top = Math.min(top, b.base() - b.height());
            bottom = Math.max(bottom, b.base());
        }
        if (k == 0) {
            return new Result(List.of(all), false);
        }
        Arrays.sort(heights, 0, k);
        float medianHeight = heights[k / 2];
        ColumnLayout layout = new ColumnLayout(boxes, Math.max(0.5f, medianHeight * 0.5f), bottom - top);
        List<int[]> regions = new ArrayList<>();
        layout.split(all, 0, regions);
        return new Result(regions, layout.columns);
    }

    private static boolean valid(Box b) {
        return Float.isFinite(b.x0()) && Float.isFinite(b.x1()) && Float.isFinite(b.base())
                && Float.isFinite(b.height()) && Float.isFinite(b.size()) && b.x1() >= b.x0()
                && Math.abs(b.x0()) < 1e6 && Math.abs(b.x1()) < 1e6 && Math.abs(b.base()) < 1e6
                && b.height() >= 0 && b.height() < 1e4 && b.size() >= 0 && b.size() < 1e4;
    }

    /** Appends the regions of {@code glyphs} in reading order to {@code out}. */
    private void split(int[] glyphs, int depth, List<int[]> out) {
        List<int[]> rows = rows(glyphs);
        if (depth >= MAX_DEPTH || rows.size() < MIN_BLOCK_ROWS || glyphs.length < MIN_GLYPHS / 2) {
            out.add(glyphs);
            return;
        }
        Split best = findSplit(rows);
        if (best == null) {
            out.add(glyphs);
            return;
        }
        columns = true;
        List<Integer> pending = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            int block = best.blockStartingAt(r);
            if (block < 0) {
                for (int g : rows.get(r)) {
                    pending.add(g);
                }
                continue;
            }
            if (!pending.isEmpty()) {
                out.add(toArray(pending));
                pending.clear();
            }
            int end = best.blockEnds.get(block);
            List<Integer> left = new ArrayList<>();
            List<Integer> right = new ArrayList<>();
            for (int rr = r; rr <= end; rr++) {
                for (int g : rows.get(rr)) {
                    (boxes[g].center() < best.mid ? left : right).add(g);
                }
            }
            split(toArray(left), depth + 1, out);
            split(toArray(right), depth + 1, out);
            r = end;
        }
        if (!pending.isEmpty()) {
            out.add(toArray(pending));
        }
    }

    /** Column blocks found for one gutter: row index ranges and the gutter's middle. */
    private static final class Split {
        final float mid;
        final List<Integer> blockStarts = new ArrayList<>();
        final List<Integer> blockEnds = new ArrayList<>();
        float extent;

        Split(float mid) {
            this.mid = mid;
        }

        int blockStartingAt(int row) {
            return blockStarts.indexOf(row);
        }
    }

    private Split findSplit(List<int[]> rows) {
        float minX = Float.MAX_VALUE;
        float maxX = -Float.MAX_VALUE;
        for (int[] row : rows) {
            for (int g : row) {
                minX = Math.min(minX, boxes[g].x0());
                maxX = Math.max(maxX, boxes[g].x1());
            }
        }
        float width = maxX - minX;
        if (!(width > 100f)) {
            return null;
        }
        float binWidth = Math.max(1f, width / 2000f);
        int bins = (int) Math.ceil(width / binWidth) + 1;
        BitSet[] cover = new BitSet[rows.size()];
        int[] count = new int[bins];
        for (int r = 0; r < rows.size(); r++) {
            BitSet bs = new BitSet(bins);
            for (int g : rows.get(r)) {
                Box b = boxes[g];
                if (b.x1() - b.x0() <= 0) {
                    continue;
                }
                int from = (int) ((b.x0() - minX) / binWidth);
                int to = (int) Math.ceil((b.x1() - minX) / binWidth);
                bs.set(Math.max(0, from), Math.min(bins, Math.max(from + 1, to)));
            }
            cover[r] = bs;
            for (int i = bs.nextSetBit(0); i >= 0; i = bs.nextSetBit(i + 1)) {
                count[i]++;
            }
        }
        int maxCover = (int) Math.floor(rows.size() * MAX_ROW_COVER);
        int minBins = (int) Math.ceil(MIN_GUTTER_PT / binWidth);
        int margin = (int) Math.ceil(width * 0.10 / binWidth);
        Split best = null;
        int i = 0;
        while (i < bins) {
            if (count[i] > maxCover) {
                i++;
                continue;
            }
            int start = i;
            while (i < bins && count[i] <= maxCover) {
                i++;
            }
            int end = i; // exclusive
            if (end - start < minBins || start < margin || end > bins - margin) {
                continue;
            }
            Split split = evaluate(rows, cover, count, start, end, minX, binWidth);
            if (split != null && (best == null || split.extent > best.extent)) {
                best = split;
            }
        }
        return best;
    }

    private Split evaluate(List<int[]> rows, BitSet[] cover, int[] count, int start, int end, float minX,
                           float binWidth) {
        int min = Integer.MAX_VALUE;
        for (int i = start; i < end; i++) {
            min = Math.min(min, count[i]);
        }
        // the core: the widest run of least-covered bins
        int coreFrom = -1;
        int coreTo = -1;
        for (int i = start; i < end; ) {
            if (count[i] != min) {
                i++;
                continue;
            }
            int s = i;
            while (i < end && count[i] == min) {
                i++;
            }
            if (i - s > coreTo - coreFrom) {
                coreFrom = s;
                coreTo = i;
            }
        }
        float mid = minX + (coreFrom + coreTo) / 2f * binWidth;
        boolean[] crossing = new boolean[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            crossing[r] = crosses(cover[r], coreFrom, coreTo) || straddles(rows.get(r), mid);
        }
        Split split = new Split(mid);
        int r = 0;
        while (r < rows.size()) {
            if (crossing[r]) {
                r++;
                continue;
            }
            int s = r;
            while (r < rows.size() && !crossing[r]) {
                r++;
            }
            int e = r - 1;
            if (r < rows.size() && rowWidth(rows.get(r)) >= 0.5f * (count.length * binWidth)) {
                // Full-width text resumes below: the columns end where the shorter one ends, and the rest
                // of the longer one's rows belong to the full-width flow (a two-column list in a
                // single-column resume, followed by more single-column text).
                e = Math.min(lastRowWithSide(rows, s, e, mid, true), lastRowWithSide(rows, s, e, mid, false));
            }
            float extent = e >= s ? qualifies(rows, s, e, mid) : 0;
            if (extent > 0) {
                split.blockStarts.add(s);
                split.blockEnds.add(e);
                split.extent += extent;
            }
        }
        return split.blockStarts.isEmpty() ? null : split;
    }

    private float rowWidth(int[] row) {
        float lo = Float.MAX_VALUE;
        float hi = -Float.MAX_VALUE;
        for (int g : row) {
            if (boxes[g].x1() > boxes[g].x0()) {
                lo = Math.min(lo, boxes[g].x0());
                hi = Math.max(hi, boxes[g].x1());
            }
        }
        return hi > lo ? hi - lo : 0f;
    }

    private int lastRowWithSide(List<int[]> rows, int first, int last, float mid, boolean left) {
        for (int r = last; r >= first; r--) {
            for (int g : rows.get(r)) {
                if (boxes[g].x1() > boxes[g].x0() && (boxes[g].center() < mid) == left) {
                    return r;
                }
            }
        }
        return first - 1;
    }

    /**
     * Whether a row has text on both sides of {@code mid} with less than a gutter between them: a line of
     * running text that the split would cut (the core may sit in a gap of this row by chance).
     */
    private boolean straddles(int[] row, float mid) {
        float leftEnd = -Float.MAX_VALUE;
        float rightStart = Float.MAX_VALUE;
        for (int g : row) {
            Box b = boxes[g];
            if (b.x1() - b.x0() <= 0) {
                continue;
            }
            if (b.center() < mid) {
                leftEnd = Math.max(leftEnd, b.x1());
            } else {
                rightStart = Math.min(rightStart, b.x0());
            }
        }
        return leftEnd > -Float.MAX_VALUE && rightStart < Float.MAX_VALUE && rightStart - leftEnd < MIN_GUTTER_PT;
    }

    private static boolean crosses(BitSet row, int from, int to) {
        int next = row.nextSetBit(from);
        return next >= 0 && next < to;
    }

    /** The vertical extent of rows [first, last] if they read as two columns split at {@code mid}, else 0. */
    private float qualifies(List<int[]> rows, int first, int last, float mid) {
        int count = last - first + 1;
        if (count < MIN_BLOCK_ROWS) {
            return 0;
        }
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        int left = 0;
        int right = 0;
        List<float[]> leftLines = new ArrayList<>();
        List<float[]> rightLines = new ArrayList<>();
        int paired = 0;
        for (int r = first; r <= last; r++) {
            float lBase = Float.NaN;
            float rBase = Float.NaN;
            float lSize = 0;
            float rSize = 0;
            for (int g : rows.get(r)) {
                Box b = boxes[g];
                top = Math.min(top, b.base() - b.height());
                bottom = Math.max(bottom, b.base());
                if (b.center() < mid) {
                    left++;
                    lBase = Float.isNaN(lBase) ? b.base() : Math.max(lBase, b.base());
                    lSize = Math.max(lSize, b.size());
                } else {
                    right++;
                    rBase = Float.isNaN(rBase) ? b.base() : Math.max(rBase, b.base());
                    rSize = Math.max(rSize, b.size());
                }
            }
            if (!Float.isNaN(lBase)) {
                leftLines.add(new float[] {lBase, lSize});
            }
            if (!Float.isNaN(rBase)) {
                rightLines.add(new float[] {rBase, rSize});
            }
            if (!Float.isNaN(lBase) && !Float.isNaN(rBase)) {
                paired++;
            }
        }
        float extent = bottom - top;
        if (extent < MIN_BLOCK_SHARE * pageHeight) {
            return 0;
        }
        int total = left + right;
        if (left < MIN_SIDE_GLYPHS || right < MIN_SIDE_GLYPHS || left < MIN_SIDE_SHARE * total
                || right < MIN_SIDE_SHARE * total) {
            return 0;
        }
        if (longestStack(leftLines) < MIN_STACK || longestStack(rightLines) < MIN_STACK) {
            return 0;
        }
        int leftOwn = leftLines.size() - paired;
        int rightOwn = rightLines.size() - paired;
        if (leftOwn < Math.max(MIN_OWN_LINES, MIN_OWN_SHARE * leftLines.size())
                || rightOwn < Math.max(MIN_OWN_LINES, MIN_OWN_SHARE * rightLines.size())) {
            return 0;
        }
        return extent;
    }

    /**
     * The most lines stacked one below the other at ordinary line spacing: consecutive lines whose baselines
     * are at most {@value #STACK_PITCH} times the side's median font size apart. Single-spaced text (a pitch of
     * 1.2 font sizes) and spacing after paragraphs stack; lines with another line between them (two pitches,
     * 2.3 font sizes or more) do not.
     */
    private static int longestStack(List<float[]> lines) {
        int n = lines.size();
        if (n < MIN_STACK) {
            return n;
        }
        float[] sizes = new float[n];
        for (int i = 0; i < n; i++) {
            sizes[i] = lines.get(i)[1];
        }
        Arrays.sort(sizes);
        float size = sizes[n / 2];
        if (!(size > 0)) {
            return 1;
        }
        float limit = STACK_PITCH * size;
        int best = 1;
        int run = 1;
        for (int i = 1; i < n; i++) {
            float gap = lines.get(i)[0] - lines.get(i - 1)[0];
            if (gap > 0 && gap <= limit) {
                run++;
                best = Math.max(best, run);
            } else {
                run = 1;
            }
        }
        return best;
    }

    private List<int[]> rows(int[] glyphs) {
        // glyphs by baseline, ties in their order in glyphs (a stable sort), without boxing: the sort key is the
        // baseline's bits made to order as the floats do (valid() rules out NaN), then the position in glyphs
        int n = glyphs.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            keys[i] = ((long) sortable(boxes[glyphs[i]].base()) << 32) | i;
        }
        Arrays.sort(keys);
        List<int[]> rows = new ArrayList<>();
        int[] current = new int[n];
        int size = 0;
        float rowBase = Float.NaN;
        for (long key : keys) {
            int g = glyphs[(int) key];
            float base = boxes[g].base();
            if (size > 0 && base - rowBase > tolerance) {
                rows.add(Arrays.copyOf(current, size));
                size = 0;
            }
            if (size == 0) {
                rowBase = base;
            }
            current[size++] = g;
        }
        if (size > 0) {
            rows.add(Arrays.copyOf(current, size));
        }
        return rows;
    }

    /** An int that orders as {@link Float#compare} orders finite floats ({@code -0.0} before {@code 0.0}). */
    static int sortable(float f) {
        int bits = Float.floatToRawIntBits(f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    private static int[] toArray(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = list.get(i);
        }
        return a;
    }
}
