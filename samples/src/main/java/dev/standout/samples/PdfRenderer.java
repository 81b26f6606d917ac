package dev.standout.samples;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import dev.standout.samples.ResumeSource.Block;
import dev.standout.samples.ResumeSource.Kind;
import dev.standout.samples.ResumeSource.Run;
import dev.standout.samples.ResumeSource.Section;

/**
 * Renders a {@link ResumeSource} to a text-only PDF with the standard 14 fonts: single column,
 * or a sidebar column (left or right) beside the main column. Pages break where the text runs out
 * of room; the document information and trailer ID are fixed so the bytes do not change between runs.
 *
 * <p>Options: {@code @page} letter|a4, {@code @pdf-layout} single|sidebar-left|sidebar-right,
 * {@code @pdf-font} helvetica|times|courier, {@code @pdf-size} body size in points,
 * {@code @accent} hex colour of name and headings, {@code @heading-rule} yes|no,
 * {@code @header-align} center|left, {@code @bullet} the bullet glyph,
 * {@code @sidebar-fill} hex colour behind the sidebar.
 */
final class PdfRenderer {

    private static final float[] TEXT = {0.12f, 0.12f, 0.12f};
    private static final float[] MUTED = {0.35f, 0.35f, 0.35f};

    private sealed interface Op permits TextOp, LineOp, RectOp {
    }

    private record TextOp(float x, float y, FontText font, float size, float[] color, String text) implements Op {
    }

    private record LineOp(float x1, float y1, float x2, float y2, float width, float[] color) implements Op {
    }

    private record RectOp(float x, float y, float w, float h, float[] color) implements Op {
    }

    /** A column that text flows down, page after page. {@code y} is the top of the next line box. */
    private final class Flow {
        final float x;
        final float w;
        final boolean side;
        int page;
        float y;
        boolean atTop = true;

        Flow(float x, float w, boolean side, float y) {
            this.x = x;
            this.w = w;
            this.side = side;
            this.y = y;
        }

        void need(float h) {
            if (y - h < margin) {
                page++;
                y = pageSize.getHeight() - margin;
                atTop = true;
                page(page);
            }
        }
    }

    /** A piece of a wrapped line: safe text in one font at an x offset. */
    private record Seg(String text, FontText font, float dx) {
    }

    private final ResumeSource src;
    private final PDRectangle pageSize;
    private final float margin;
    private final FontText reg;
    private final FontText bold;
    private final FontText ital;
    private final FontText boldItal;
    private final float size;
    private final float[] accent;
    private final boolean headingRule;
    private final boolean center;
    private final String bullet;
    private final String layout;
    private final float[] sideFill;
    private final List<List<Op>> back = new ArrayList<>();
    private final List<List<Op>> front = new ArrayList<>();

    private PdfRenderer(ResumeSource src) {
        this.src = src;
        this.pageSize = src.option("page", "letter").equalsIgnoreCase("a4") ? PDRectangle.A4 : PDRectangle.LETTER;
        this.layout = src.option("pdf-layout", "single").toLowerCase(Locale.ROOT);
        this.margin = Float.parseFloat(src.option("pdf-margin", layout.equals("single") ? "50" : "40"));
        String family = src.option("pdf-font", "helvetica").toLowerCase(Locale.ROOT);
        Standard14Fonts.FontName[] names = switch (family) {
            case "times" -> new Standard14Fonts.FontName[] {Standard14Fonts.FontName.TIMES_ROMAN,
                Standard14Fonts.FontName.TIMES_BOLD, Standard14Fonts.FontName.TIMES_ITALIC,
                Standard14Fonts.FontName.TIMES_BOLD_ITALIC};
            case "courier" -> new Standard14Fonts.FontName[] {Standard14Fonts.FontName.COURIER,
                Standard14Fonts.FontName.COURIER_BOLD, Standard14Fonts.FontName.COURIER_OBLIQUE,
                Standard14Fonts.FontName.COURIER_BOLD_OBLIQUE};
            case "helvetica" -> new Standard14Fonts.FontName[] {Standard14Fonts.FontName.HELVETICA,
                Standard14Fonts.FontName.HELVETICA_BOLD, Standard14Fonts.FontName.HELVETICA_OBLIQUE,
                Standard14Fonts.FontName.HELVETICA_BOLD_OBLIQUE};
            default -> throw new IllegalArgumentException(src.id + ": unknown @pdf-font " + family);
        };
        this.reg = new FontText(new PDType1Font(names[0]));
        this.bold = new FontText(new PDType1Font(names[1]));
        this.ital = new FontText(new PDType1Font(names[2]));
        this.boldItal = new FontText(new PDType1Font(names[3]));
        this.size = Float.parseFloat(src.option("pdf-size", "10"));
        this.accent = color(src.option("accent", "1F1F1F"));
        this.headingRule = !src.option("heading-rule", "yes").equalsIgnoreCase("no");
        this.center = src.option("header-align", "center").equalsIgnoreCase("center");
        this.bullet = src.option("bullet", "\u2022");
        this.sideFill = color(src.option("sidebar-fill", "EEF1F5"));
    }

    /** Renders the resume to {@code out} and returns the number of pages. */
    static int render(ResumeSource src, Path out) throws IOException {
        return new PdfRenderer(src).write(out);
    }

    private int write(Path out) throws IOException {
        page(0);
        float contentW = pageSize.getWidth() - 2 * margin;
        float top = header(contentW);
        if (layout.equals("single")) {
            Flow main = new Flow(margin, contentW, false, top);
            for (Section s : src.sections) {
                section(main, s);
            }
        } else if (layout.equals("sidebar-left") || layout.equals("sidebar-right")) {
            float gutter = 22;
            float sideW = Math.round(contentW * 0.31f);
            float mainW = contentW - sideW - gutter;
            boolean left = layout.equals("sidebar-left");
            float sideX = left ? margin : margin + mainW + gutter;
            float mainX = left ? margin + sideW + gutter : margin;
            Flow side = new Flow(sideX, sideW, true, top);
            Flow main = new Flow(mainX, mainW, false, top);
            for (Section s : src.sections) {
                if (s.side()) {
                    section(side, s);
                }
            }
            for (Section s : src.sections) {
                if (!s.side()) {
                    section(main, s);
                }
            }
            // the sidebar's background on every page its column is used
            for (int p = 0; p <= side.page; p++) {
                float yTop = p == 0 ? top + 8 : pageSize.getHeight() - margin + 8;
                back.get(p).add(new RectOp(sideX - 10, margin - 14, sideW + 20, yTop - (margin - 14), sideFill));
            }
        } else {
            throw new IllegalArgumentException(src.id + ": unknown @pdf-layout " + layout);
        }

        try (PDDocument doc = new PDDocument()) {
            for (int p = 0; p < front.size(); p++) {
                PDPage page = new PDPage(pageSize);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Op op : back.get(p)) {
                        draw(cs, op);
                    }
                    for (Op op : front.get(p)) {
                        draw(cs, op);
                    }
                }
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(ResumeSource.plain(src.name) + " - Resume");
            info.setAuthor(ResumeSource.plain(src.name));
            info.setCreator("Standout sample resume generator");
            info.setProducer("Standout samples (Apache PDFBox)");
            Calendar when = SampleResumeGenerator.fixedDate();
            info.setCreationDate(when);
            info.setModificationDate(when);
            // the trailer /ID is derived from this instead of the clock
            doc.setDocumentId((long) src.id.hashCode());
            doc.save(out.toFile());
            return doc.getNumberOfPages();
        }
    }

    // ---- header ---------------------------------------------------------------------------

    /** Draws name, headline and contact lines across the top of page 1; returns the y below them. */
    private float header(float contentW) {
        float y = pageSize.getHeight() - margin;
        float nameSize = size * 2.1f;
        y = centeredLine(List.of(new Run(src.name, false)), bold, bold, nameSize, accent, margin, contentW, y,
            nameSize * 1.15f);
        if (src.headline != null) {
            y -= 1;
            y = centeredLine(ResumeSource.runs(src.headline), reg, bold, size * 1.25f, MUTED, margin, contentW, y,
                size * 1.25f * 1.35f);
        }
        if (!src.contact.isEmpty()) {
            y -= 2;
            for (String c : src.contact) {
                y = centeredLine(ResumeSource.runs(c), reg, bold, size * 0.92f, TEXT, margin, contentW, y,
                    size * 0.92f * 1.35f);
            }
        }
        y -= 5;
        if (!layout.equals("single") || src.flag("header-rule")) {
            front.get(0).add(new LineOp(margin, y, margin + contentW, y, 0.8f, accent));
            y -= 12;
        } else {
            y -= 4;
        }
        return y;
    }

    private float centeredLine(List<Run> runs, FontText r, FontText b, float sz, float[] color, float x, float w,
            float y, float lh) {
        List<List<Seg>> lines = wrap(runs, r, b, sz, w);
        for (List<Seg> line : lines) {
            float lineW = lineWidth(line, sz);
            float x0 = center ? x + (w - lineW) / 2 : x;
            float base = y - lh * 0.8f;
            for (Seg s : line) {
                front.get(0).add(new TextOp(x0 + s.dx(), base, s.font(), sz, color, s.text()));
            }
            y -= lh;
        }
        return y;
    }

    // ---- sections -------------------------------------------------------------------------

    private void section(Flow f, Section s) {
        float sz = f.side ? size * 0.93f : size;
        if (s.heading() != null) {
            float hs = f.side ? sz * 1.12f : sz * 1.2f;
            float lh = hs * 1.45f;
            if (!f.atTop) {
                f.y -= sz * 0.85f;
            }
            f.need(lh + sz * 1.3f * 2 + 6); // keep the heading with two lines of its section
            float base = f.y - lh * 0.75f;
            add(f, new TextOp(f.x, base, bold, hs, accent, bold.safe(s.heading())));
            f.y -= lh;
            if (headingRule) {
                add(f, new LineOp(f.x, f.y + 2, f.x + f.w, f.y + 2, 0.6f, accent));
                f.y -= 3;
            }
            f.atTop = false;
        }
        Block previous = null;
        for (Block b : s.blocks()) {
            block(f, b, sz, previous);
            previous = b;
        }
    }

    private void block(Flow f, Block b, float sz, Block previous) {
        float lh = sz * 1.32f;
        switch (b.kind()) {
            case GAP -> {
                if (!f.atTop) {
                    f.y -= sz * 0.5f;
                }
            }
            case RULE -> {
                f.need(8);
                add(f, new LineOp(f.x, f.y - 4, f.x + f.w, f.y - 4, 0.4f, MUTED));
                f.y -= 8;
            }
            case PARA -> lines(f, wrap(ResumeSource.runs(b.text()), reg, bold, sz, f.w), f.x, sz, lh, TEXT);
            case BULLET -> {
                float indent = sz * 1.25f;
                List<List<Seg>> lines = wrap(ResumeSource.runs(b.text()), reg, bold, sz, f.w - indent);
                f.need(lh);
                add(f, new TextOp(f.x + sz * 0.3f, f.y - lh * 0.78f, reg, sz, TEXT, reg.safe(bullet)));
                lines(f, lines, f.x + indent, sz, lh, TEXT);
            }
            case ENTRY, SUBENTRY -> entry(f, b, sz, lh);
            case TABLE -> table(f, b, sz, lh);
            case HEADING -> throw new IllegalStateException("headings are sections");
            default -> throw new IllegalStateException(b.kind().toString());
        }
    }

    private void entry(Flow f, Block b, float sz, float lh) {
        boolean main = b.kind() == Kind.ENTRY;
        FontText lf = main ? bold : ital;
        FontText rf = main ? reg : ital;
        float[] color = main ? TEXT : MUTED;
        String right = b.right() == null ? null : rf.safe(ResumeSource.plain(b.right()));
        float rightW = right == null ? 0 : rf.width(right, sz);
        float leftW = right == null ? f.w : f.w - rightW - sz;
        if (leftW < f.w * 0.4f) { // no room beside: put the right part on a line of its own
            leftW = f.w;
        }
        List<List<Seg>> lines = wrap(ResumeSource.runs(b.text()), lf, main ? bold : boldItal, sz, leftW);
        f.need(lh * Math.min(2, lines.size()));
        float firstBase = f.y - lh * 0.78f;
        int page = f.page;
        lines(f, lines, f.x, sz, lh, color);
        if (right != null) {
            if (leftW == f.w && lines.size() > 0) {
                f.need(lh);
                add(f, new TextOp(f.x + f.w - rightW, f.y - lh * 0.78f, rf, sz, MUTED, right));
                f.y -= lh;
            } else {
                front.get(page).add(new TextOp(f.x + f.w - rightW, firstBase, rf, sz, MUTED, right));
            }
        }
    }

    private void table(Flow f, Block b, float sz, float lh) {
        List<List<String>> rows = b.rows();
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        float pad = 8;
        float[] natural = new float[cols];
        for (int r = 0; r < rows.size(); r++) {
            FontText ft = r == 0 && b.tableHeader() ? bold : reg;
            for (int c = 0; c < rows.get(r).size(); c++) {
                String t = ft.safe(ResumeSource.plain(rows.get(r).get(c)));
                natural[c] = Math.max(natural[c], ft.width(t, sz) + pad);
            }
        }
        float total = 0;
        for (float n : natural) {
            total += n;
        }
        float[] widths = new float[cols];
        for (int c = 0; c < cols; c++) {
            widths[c] = total <= f.w && c < cols - 1 ? natural[c] : f.w * natural[c] / total;
        }
        if (total <= f.w) { // the last column takes what is left
            float used = 0;
            for (int c = 0; c < cols - 1; c++) {
                used += widths[c];
            }
            widths[cols - 1] = f.w - used;
        }
        if (!f.atTop) {
            f.y -= 2;
        }
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r == 0 && b.tableHeader();
            List<List<List<Seg>>> cells = new ArrayList<>();
            int height = 1;
            for (int c = 0; c < rows.get(r).size(); c++) {
                List<Run> runs = ResumeSource.runs(rows.get(r).get(c));
                if (header) {
                    runs = List.of(new Run(ResumeSource.plain(rows.get(r).get(c)), true));
                }
                List<List<Seg>> w = wrap(runs, reg, bold, sz, widths[c] - pad);
                cells.add(w);
                height = Math.max(height, w.size());
            }
            f.need(height * lh + 3);
            float x = f.x;
            float y0 = f.y;
            int page = f.page;
            for (int c = 0; c < cells.size(); c++) {
                float y = y0;
                for (List<Seg> line : cells.get(c)) {
                    for (Seg s : line) {
                        front.get(page).add(new TextOp(x + s.dx(), y - lh * 0.78f, s.font(), sz, TEXT, s.text()));
                    }
                    y -= lh;
                }
                x += widths[c];
            }
            f.y = y0 - height * lh - 1.5f;
            if (header || r == rows.size() - 1) {
                add(f, new LineOp(f.x, f.y + 1, f.x + f.w, f.y + 1, header ? 0.6f : 0.3f, MUTED));
            }
            f.y -= 1.5f;
            f.atTop = false;
        }
    }

    private void lines(Flow f, List<List<Seg>> lines, float x, float sz, float lh, float[] color) {
        for (List<Seg> line : lines) {
            f.need(lh);
            float base = f.y - lh * 0.78f;
            for (Seg s : line) {
                add(f, new TextOp(x + s.dx(), base, s.font(), sz, color, s.text()));
            }
            f.y -= lh;
            f.atTop = false;
        }
    }

    // ---- wrapping -------------------------------------------------------------------------

    private record Piece(String text, FontText font, boolean spaceBefore) {
    }

    /** Breaks runs into lines no wider than {@code width}; words wider than a line are cut. */
    private static List<List<Seg>> wrap(List<Run> runs, FontText regular, FontText strong, float sz, float width) {
        List<Piece> pieces = new ArrayList<>();
        boolean pendingSpace = false;
        for (Run run : runs) {
            FontText ft = run.bold() ? strong : regular;
            StringBuilder cur = new StringBuilder();
            for (int i = 0; i < run.text().length(); i++) {
                char ch = run.text().charAt(i);
                if (ch == ' ') {
                    if (cur.length() > 0) {
                        pieces.add(new Piece(ft.safe(cur.toString()), ft, pendingSpace));
                        cur.setLength(0);
                        pendingSpace = false;
                    }
                    pendingSpace = true;
                } else {
                    cur.append(ch);
                }
            }
            if (cur.length() > 0) {
                pieces.add(new Piece(ft.safe(cur.toString()), ft, pendingSpace));
                pendingSpace = false;
            }
        }
        List<List<Seg>> lines = new ArrayList<>();
        List<Seg> line = new ArrayList<>();
        float lineW = 0;
        for (Piece p : pieces) {
            float pw = p.font().width(p.text(), sz);
            float sw = p.spaceBefore() && !line.isEmpty() ? p.font().width(" ", sz) : 0;
            if (!line.isEmpty() && lineW + sw + pw > width) {
                lines.add(line);
                line = new ArrayList<>();
                lineW = 0;
                sw = 0;
            }
            String text = p.text();
            while (line.isEmpty() && pw > width && text.length() > 1) { // cut an over-long word (a URL)
                int cut = text.length() - 1;
                while (cut > 1 && p.font().width(text.substring(0, cut), sz) > width) {
                    cut--;
                }
                line.add(new Seg(text.substring(0, cut), p.font(), 0));
                lines.add(line);
                line = new ArrayList<>();
                text = text.substring(cut);
                pw = p.font().width(text, sz);
            }
            Seg last = line.isEmpty() ? null : line.get(line.size() - 1);
            if (last != null && last.font() == p.font()) {
                line.set(line.size() - 1, new Seg(last.text() + (sw > 0 ? " " : "") + text, last.font(), last.dx()));
            } else {
                line.add(new Seg(text, p.font(), lineW + sw));
            }
            lineW += sw + pw;
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private static float lineWidth(List<Seg> line, float sz) {
        if (line.isEmpty()) {
            return 0;
        }
        Seg last = line.get(line.size() - 1);
        return last.dx() + last.font().width(last.text(), sz);
    }

    // ---- output ---------------------------------------------------------------------------

    private void page(int index) {
        while (front.size() <= index) {
            front.add(new ArrayList<>());
            back.add(new ArrayList<>());
        }
    }

    private void add(Flow f, Op op) {
        page(f.page);
        front.get(f.page).add(op);
    }

    private static void draw(PDPageContentStream cs, Op op) throws IOException {
        if (op instanceof TextOp t) {
            if (t.text().isEmpty()) {
                return;
            }
            cs.beginText();
            cs.setNonStrokingColor(t.color()[0], t.color()[1], t.color()[2]);
            cs.setFont(t.font().font(), t.size());
            cs.newLineAtOffset(t.x(), t.y());
            cs.showText(t.text());
            cs.endText();
        } else if (op instanceof LineOp l) {
            cs.setStrokingColor(l.color()[0], l.color()[1], l.color()[2]);
            cs.setLineWidth(l.width());
            cs.moveTo(l.x1(), l.y1());
            cs.lineTo(l.x2(), l.y2());
            cs.stroke();
        } else if (op instanceof RectOp r) {
            cs.setNonStrokingColor(r.color()[0], r.color()[1], r.color()[2]);
            cs.addRect(r.x(), r.y(), r.w(), r.h());
            cs.fill();
        }
    }

    static float[] color(String hex) {
        String h = hex.startsWith("#") ? hex.substring(1) : hex;
        int v = Integer.parseInt(h, 16);
        return new float[] {((v >> 16) & 0xFF) / 255f, ((v >> 8) & 0xFF) / 255f, (v & 0xFF) / 255f};
    }
}
