package dev.standout.parse;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one PDF page into positioned lines. PDFBox does the glyph work (decoding, de-duplicating overlapping
 * glyphs, sorting by position, spacing words, bidi); before it assembles lines, {@link ColumnLayout} splits the
 * page's glyphs into regions in reading order, and PDFBox then assembles each region separately. Lines are
 * captured with their geometry so that paragraph breaks can be told from vertical gaps.
 *
 * <p>Not thread-safe: one reader per parse. After a page fails, use a fresh reader.
 */
final class PdfPageReader extends PDFTextStripper {

    /**
     * A line of text.
     *
     * @param text   the line, without line end
     * @param base   its baseline (y grows downwards)
     * @param size   its largest font size, in points
     * @param region which region of the page it belongs to (regions are separated by a blank line)
     * @param left   where its first glyph starts
     * @param textLeft where its first letter or digit starts (after a bullet)
     * @param right  where its last glyph ends
     * @param bold   the share of its letters set in a bold font
     * @param italic the share of its letters set in an italic font
     * @param conf   how sure the reading of its words is, in [0, 1]: 1 for a text layer, the mean word confidence
     *               for a line read by OCR
     */
    record Line(String text, float base, float size, int region, float left, float textLeft, float right, float bold,
                float italic, float conf) {
        Line(String text, float base, float size, int region) {
            this(text, base, size, region, 0f, 0f, 0f, 0f, 0f, 1f);
        }

        Line(String text, float base, float size, int region, float left, float textLeft, float right, float bold,
             float italic) {
            this(text, base, size, region, left, textLeft, right, bold, italic, 1f);
        }
    }

    /**
     * One page read.
     *
     * @param lines   lines in reading order
     * @param columns whether the page was read as columns
     * @param images  whether the page draws an image
     */
    record PageText(List<Line> lines, boolean columns, boolean images) {
        boolean hasText() {
            for (Line l : lines) {
                if (!l.text().isBlank()) {
                    return true;
                }
            }
            return false;
        }
    }

    static final float WIDE_GAP_EMS = 1.3f;

    private final List<Line> lines = new ArrayList<>();
    private boolean separatorPending;
    private float wordEnd = Float.NaN;
    private float wordEndSize;
    private final StringBuilder current = new StringBuilder();
    private float currentBase;
    private float currentSize;
    private float currentLeft;
    private float currentTextLeft;
    private float currentRight;
    private int letters;
    private int boldLetters;
    private int italicLetters;
    private final java.util.IdentityHashMap<org.apache.pdfbox.pdmodel.font.PDFont, Integer> fontStyles =
            new java.util.IdentityHashMap<>();
    private int region;
    private boolean columns;
    private boolean images;

    PdfPageReader() {
        setSortByPosition(true);
        setShouldSeparateByBeads(false);
        setSuppressDuplicateOverlappingText(true);
        setLineSeparator("\n");
        setWordSeparator(" ");
        setParagraphStart("");
        setParagraphEnd("");
        setPageStart("");
        setPageEnd("");
        setArticleStart("");
        setArticleEnd("");
    }

    /** Reads one page of {@code doc}. */
    PageText read(PDDocument doc, PDPage page) throws IOException {
        lines.clear();
        current.setLength(0);
        resetLine();
        region = 0;
        columns = false;
        images = false;
        document = doc;
        output = Writer.nullWriter();
        processPage(page);
        flushLine();
        return new PageText(List.copyOf(lines), columns, images);
    }

    @Override
    protected void writePage() throws IOException {
        List<TextPosition> all = new ArrayList<>();
        for (List<TextPosition> article : charactersByArticle) {
            all.addAll(article);
        }
        if (all.isEmpty()) {
            return;
        }
        List<List<TextPosition>> regions = regions(all);
        List<List<TextPosition>> saved = new ArrayList<>(charactersByArticle);
        try {
            for (List<TextPosition> r : regions) {
                charactersByArticle.clear();
                charactersByArticle.add(r);
                super.writePage();
                flushLine();
                region++;
            }
        } finally {
            charactersByArticle.clear();
            charactersByArticle.addAll(saved);
        }
    }

    /** Splits a page's glyphs into regions in reading order (columns), or returns them as one region. */
    private List<List<TextPosition>> regions(List<TextPosition> all) {
        // Column analysis works in one text direction; glyphs in other directions go last, as PDFBox would.
        // A glyph's direction is computed once (it is derived from its matrix on every call), and counted
        // without boxing: a page has one or a few directions.
        int n = all.size();
        int[] dir = new int[n];
        int[] dirValue = new int[4];
        int[] dirCount = new int[4];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int d = Math.round(all.get(i).getDir());
            dir[i] = d;
            int k = 0;
            while (k < distinct && dirValue[k] != d) {
                k++;
            }
            if (k == distinct) {
                if (distinct == dirValue.length) {
                    dirValue = Arrays.copyOf(dirValue, distinct * 2);
                    dirCount = Arrays.copyOf(dirCount, distinct * 2);
                }
                dirValue[distinct++] = d;
            }
            dirCount[k]++;
        }
        int mainDir = 0;
        int mainCount = -1;
        for (int k = 0; k < distinct; k++) {
            if (dirCount[k] > mainCount) {
                mainDir = dirValue[k];
                mainCount = dirCount[k];
            }
        }
        if (mainCount < 0.9 * n) {
            return List.of(all);
        }
        List<TextPosition> main = new ArrayList<>(mainCount);
        List<TextPosition> other = new ArrayList<>();
        List<ColumnLayout.Box> boxes = new ArrayList<>(mainCount);
        for (int i = 0; i < n; i++) {
            TextPosition t = all.get(i);
            if (dir[i] != mainDir) {
                other.add(t);
                continue;
            }
            main.add(t);
            String u = t.getUnicode();
            float x = t.getXDirAdj();
            float w = u == null || u.isBlank() ? 0f : Math.max(0f, t.getWidthDirAdj());
            boxes.add(new ColumnLayout.Box(x, x + w, t.getYDirAdj(), t.getHeightDir(), fontSize(t)));
        }
        ColumnLayout.Result result = ColumnLayout.analyze(boxes);
        if (!result.columns()) {
            return List.of(all);
        }
        columns = true;
        List<List<TextPosition>> regions = new ArrayList<>(result.regions().size() + 1);
        for (int[] indices : result.regions()) {
            List<TextPosition> r = new ArrayList<>(indices.length);
            for (int i : indices) {
                r.add(main.get(i));
            }
            regions.add(r);
        }
        if (!other.isEmpty()) {
            regions.add(other);
        }
        return regions;
    }

    static float fontSize(TextPosition t) {
        float s = t.getFontSizeInPt();
        if (!(s > 0) || !Float.isFinite(s)) {
            s = t.getHeightDir() / 0.7f;
        }
        return Float.isFinite(s) ? s : 0f;
    }

    @Override
    protected void writeString(String text, List<TextPosition> textPositions) {
        if (separatorPending) {
            separatorPending = false;
            current.append(isWideGap(textPositions) ? '\t' : ' ');
        }
        current.append(text);
        for (TextPosition t : textPositions) {
            currentBase = Math.max(currentBase, t.getYDirAdj());
            currentSize = Math.max(currentSize, fontSize(t));
            float x = t.getXDirAdj();
            wordEnd = x + Math.max(0f, t.getWidthDirAdj());
            wordEndSize = fontSize(t);
            currentLeft = Math.min(currentLeft, x);
            currentRight = Math.max(currentRight, wordEnd);
            String u = t.getUnicode();
            if (u != null && !u.isEmpty() && Character.isLetterOrDigit(u.codePointAt(0))) {
                if (Float.isNaN(currentTextLeft)) currentTextLeft = x;
                letters++;
                int style = style(t.getFont());
                if ((style & 1) != 0) boldLetters++;
                if ((style & 2) != 0) italicLetters++;
            }
        }
    }

    /** Bit 1: a bold font; bit 2: an italic one. From the font's descriptor and name, once per font. */
    private int style(org.apache.pdfbox.pdmodel.font.PDFont font) {
        if (font == null) return 0;
        Integer known = fontStyles.get(font);
        if (known != null) return known;
        int style = 0;
        try {
            String name = String.valueOf(font.getName()).toLowerCase(java.util.Locale.ROOT);
            org.apache.pdfbox.pdmodel.font.PDFontDescriptor d = font.getFontDescriptor();
            if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold")
                    || name.contains("demi") || name.matches(".*[-,]bd\\b.*")
                    || d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
                style |= 1;
            }
            if (name.contains("italic") || name.contains("oblique") || d != null && d.isItalic()) style |= 2;
        } catch (RuntimeException e) {
            style = 0; // a damaged font dictionary says nothing about weight
        }
        fontStyles.put(font, style);
        return style;
    }

    /**
     * Words far apart on one line (more than {@value #WIDE_GAP_EMS} font sizes, where a justified line's widest
     * space is under one: tab stops, a right-aligned date,
     * two items of a list laid out side by side) are separated by a tab rather than a space, so that the
     * boundary survives.
     */
    private boolean isWideGap(List<TextPosition> next) {
        if (next.isEmpty() || Float.isNaN(wordEnd)) {
            return false;
        }
        TextPosition first = next.get(0);
        float size = Math.min(fontSize(first), wordEndSize); // a big bullet glyph must not widen the threshold
        return size > 0 && first.getXDirAdj() - wordEnd > WIDE_GAP_EMS * size;
    }

    @Override
    protected void writeString(String text) {
        current.append(text);
    }

    @Override
    protected void writeWordSeparator() {
        separatorPending = true;
    }

    @Override
    protected void writeLineSeparator() {
        flushLine();
    }

    private void flushLine() {
        if (current.length() > 0) {
            String text = current.toString();
            if (!text.isBlank()) {
                float n = Math.max(1, letters);
                lines.add(new Line(text, currentBase, currentSize, region, currentLeft,
                        Float.isNaN(currentTextLeft) ? currentLeft : currentTextLeft, currentRight,
                        boldLetters / n, italicLetters / n));
            }
            current.setLength(0);
        }
        resetLine();
    }

    private void resetLine() {
        currentBase = -Float.MAX_VALUE;
        currentSize = 0;
        currentLeft = Float.MAX_VALUE;
        currentTextLeft = Float.NaN;
        currentRight = -Float.MAX_VALUE;
        letters = 0;
        boldLetters = 0;
        italicLetters = 0;
        separatorPending = false;
        wordEnd = Float.NaN;
    }

    /** Notes images (XObjects and inline) while the content stream runs, for the NEEDS_OCR warning. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (!images) {
            String name = operator.getName();
            if (OperatorName.BEGIN_INLINE_IMAGE.equals(name)) {
                images = true;
            } else if (OperatorName.DRAW_OBJECT.equals(name) && !operands.isEmpty()
                    && operands.get(0) instanceof COSName xobject) {
                PDResources resources = getResources();
                if (resources != null && resources.isImageXObject(xobject)) {
                    images = true;
                }
            }
        }
        super.processOperator(operator, operands);
    }
}
