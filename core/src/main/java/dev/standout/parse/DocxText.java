package dev.standout.parse;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ICell;
import org.apache.poi.xwpf.usermodel.IRunElement;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFSDTCell;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.w3c.dom.Node;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The text of an XWPF document, in reading order.
 *
 * <ul>
 *   <li>Header text first (each distinct header once), then the body, then footers.</li>
 *   <li>Paragraphs one per line; a bulleted list item starts with "• " (numbered items keep their text only);
 *       empty paragraphs give blank lines (several collapse into one).</li>
 *   <li>Tables row by row: a row whose cells are one line each becomes one line, cells joined by " | "; a
 *       row with a multi-line cell (a layout table: a sidebar cell and a main cell) gives each cell's lines in
 *       turn. Nested tables are laid out the same way inside their cell.</li>
 *   <li>Text boxes ({@code w:txbxContent}, DrawingML or VML) follow the paragraph that anchors them, each of
 *       their paragraphs on its own line. The VML copy that Word writes as {@code mc:Fallback} for each
 *       DrawingML box is skipped, and run text is taken without POI's "picture text", so nothing is doubled.</li>
 *   <li>Deleted revisions and field codes are left out.</li>
 * </ul>
 */
final class DocxText {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    private static final String TXBX_PATH = "declare namespace w='" + W + "' .//w:txbxContent";

    private final List<ParsedLine> lines = new ArrayList<>();
    private final float bodySize;
    private final double defaultSize;

    private DocxText(float bodySize, double defaultSize) {
        this.bodySize = bodySize;
        this.defaultSize = defaultSize;
    }

    /** The document's lines with their cues (see the class description), blank lines collapsed. */
    static List<ParsedLine> lines(XWPFDocument doc) {
        double defaultSize = defaultSize(doc);
        DocxText t = new DocxText(bodySize(doc, defaultSize), defaultSize);
        Set<String> seen = new LinkedHashSet<>();
        for (XWPFHeader header : doc.getHeaderList()) {
            t.part(header.getBodyElements(), seen);
        }
        t.body(doc.getBodyElements(), t.lines);
        seen.clear();
        for (XWPFFooter footer : doc.getFooterList()) {
            t.part(footer.getBodyElements(), seen);
        }
        return joinLines(t.lines);
    }

    /** A header or footer, once per distinct text (first-page, even and default headers often repeat). */
    private void part(List<IBodyElement> elements, Set<String> seen) {
        List<ParsedLine> partLines = new ArrayList<>();
        body(elements, partLines);
        List<ParsedLine> joined = joinLines(partLines);
        String text = text(joined);
        if (!text.isBlank() && seen.add(text)) {
            lines.addAll(joined);
            lines.add(new ParsedLine("", LineStyle.PLAIN));
        }
    }

    private void body(List<IBodyElement> elements, List<ParsedLine> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, out);
            } else if (e instanceof XWPFTable table) {
                table(table, out);
            } else if (e instanceof XWPFSDT sdt) {
                out.add(plain(sdt.getContent().getText()));
            }
        }
    }

    private void paragraph(XWPFParagraph p, List<ParsedLine> out) {
        String text = runsText(p);
        LineStyle.ListMark mark = listMark(p);
        if (!text.isBlank() && mark == LineStyle.ListMark.BULLET) {
            text = "• " + text.stripLeading();
        }
        out.add(new ParsedLine(text, style(p, mark)));
        textBoxes(p.getCTP(), out);
    }

    private static ParsedLine plain(String text) {
        return new ParsedLine(text, LineStyle.PLAIN);
    }

    /**
     * A paragraph's cues: bold or italic when most of its letters are; its size, the largest of its runs', relative
     * to the body's; its left indentation in ems (a twentieth of a point per twip, at the body's size); a heading
     * when its style is a heading or title style; its list mark from its numbering.
     */
    private LineStyle style(XWPFParagraph p, LineStyle.ListMark mark) {
        int letters = 0;
        int bold = 0;
        int italic = 0;
        double size = 0;
        try {
            for (XWPFRun r : p.getRuns()) {
                String t = r.text();
                int n = 0;
                for (int i = 0; i < t.length(); i++) if (Character.isLetterOrDigit(t.charAt(i))) n++;
                if (n == 0) continue;
                letters += n;
                if (r.isBold()) bold += n;
                if (r.isItalic()) italic += n;
                Double s = r.getFontSizeAsDouble();
                double runSize = s != null ? s : defaultSize;
                if (runSize > size) size = runSize;
            }
        } catch (RuntimeException e) {
            return LineStyle.PLAIN.withList(mark); // a damaged run says nothing of the layout
        }
        String styleName = "";
        try {
            String id = p.getStyleID();
            styleName = id == null ? "" : id.toLowerCase(java.util.Locale.ROOT);
        } catch (RuntimeException e) {
            styleName = "";
        }
        boolean heading = styleName.startsWith("heading") || styleName.equals("title") || styleName.startsWith("berschrift");
        float indent = 0f;
        try {
            int left = p.getIndentationLeft();
            float pt = bodySize > 0 ? bodySize : 11f;
            if (left > 0) indent = left / 20f / pt;
        } catch (RuntimeException e) {
            indent = 0f;
        }
        float rel = size > 0 && bodySize > 0 ? (float) (size / bodySize) : 0f;
        return new LineStyle(1, rel, indent, letters > 0 && bold * 2 > letters, letters > 0 && italic * 2 > letters,
                mark, false, heading);
    }

    /** The document's default run size in points (Word's is 11 when the styles say nothing). */
    private static double defaultSize(XWPFDocument doc) {
        try {
            Double s = doc.getStyles() == null || doc.getStyles().getDefaultRunStyle() == null ? null
                    : doc.getStyles().getDefaultRunStyle().getFontSizeAsDouble();
            return s != null && s > 0 ? s : 11.0;
        } catch (RuntimeException e) {
            return 11.0;
        }
    }

    /** The size most letters of the body are set in, in points (a run without a size has the default's). */
    private static float bodySize(XWPFDocument doc, double defaultSize) {
        java.util.Map<Double, Integer> counts = new java.util.HashMap<>();
        try {
            int seen = 0;
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (XWPFRun r : p.getRuns()) {
                    Double s = r.getFontSizeAsDouble();
                    int n = r.text().length();
                    counts.merge(s == null ? defaultSize : s, n, Integer::sum);
                    seen += n;
                }
                if (seen > 20_000) break;
            }
        } catch (RuntimeException e) {
            return 0f;
        }
        double best = 0;
        int count = 0;
        for (var e : counts.entrySet()) {
            if (e.getValue() > count) {
                best = e.getKey();
                count = e.getValue();
            }
        }
        return (float) best;
    }

    private static String runsText(XWPFParagraph p) {
        StringBuilder b = new StringBuilder();
        for (IRunElement run : p.getIRuns()) {
            if (run instanceof XWPFRun r) {
                if (r.getCTR().sizeOfDelTextArray() == 0) {
                    b.append(r.text()); // not toString(): that appends POI's "picture text" (text boxes) too
                }
            } else if (run instanceof XWPFSDT sdt) {
                b.append(sdt.getContent().getText());
            } else if (run != null) {
                b.append(run);
            }
        }
        return b.toString();
    }

    /**
     * Whether the paragraph is a bulleted or a numbered list item (a missing level counts as level 0, as in Word).
     */
    private static LineStyle.ListMark listMark(XWPFParagraph p) {
        try {
            BigInteger numId = p.getNumID();
            XWPFNumbering numbering = p.getDocument().getNumbering();
            if (numId == null || numbering == null) {
                return LineStyle.ListMark.NONE;
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return LineStyle.ListMark.NONE;
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null || abstractNum.getAbstractNum() == null) {
                return LineStyle.ListMark.NONE;
            }
            BigInteger ilvl = p.getNumIlvl() == null ? BigInteger.ZERO : p.getNumIlvl();
            for (CTLvl lvl : abstractNum.getAbstractNum().getLvlArray()) {
                if (ilvl.equals(lvl.getIlvl())) {
                    if (lvl.getNumFmt() == null) return LineStyle.ListMark.NONE;
                    STNumberFormat.Enum fmt = lvl.getNumFmt().getVal();
                    if (fmt == STNumberFormat.BULLET) return LineStyle.ListMark.BULLET;
                    return fmt == STNumberFormat.NONE ? LineStyle.ListMark.NONE : LineStyle.ListMark.NUMBER;
                }
            }
            return LineStyle.ListMark.NONE;
        } catch (RuntimeException e) {
            return LineStyle.ListMark.NONE; // a broken numbering part must not lose the paragraph
        }
    }

    private void table(XWPFTable table, List<ParsedLine> out) {
        List<List<List<ParsedLine>>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<List<ParsedLine>> cells = new ArrayList<>();
            for (ICell cell : row.getTableICells()) {
                List<ParsedLine> cellLines = new ArrayList<>();
                if (cell instanceof XWPFTableCell c) {
                    body(c.getBodyElements(), cellLines);
                } else if (cell instanceof XWPFSDTCell sdt) {
                    cellLines.add(plain(sdt.getContent().getText()));
                }
                cells.add(cellLines);
            }
            rows.add(cells);
        }
        layoutTable(rows, out);
    }

    /**
     * Lays out rows of cells of lines (see the class description). Each line keeps its cues and is marked as a
     * table cell; a row joined into one line takes the cues of its first cell.
     */
    static void layoutTable(List<List<List<ParsedLine>>> rows, List<ParsedLine> out) {
        for (List<List<ParsedLine>> row : rows) {
            List<List<ParsedLine>> cells = new ArrayList<>();
            boolean singleLine = true;
            for (List<ParsedLine> cell : row) {
                List<ParsedLine> nonBlank = new ArrayList<>();
                for (ParsedLine l : cell) {
                    for (String part : l.text().split("\n", -1)) {
                        if (!part.isBlank()) {
                            nonBlank.add(new ParsedLine(part.strip(), inCell(l.style())));
                        }
                    }
                }
                if (!nonBlank.isEmpty()) {
                    cells.add(nonBlank);
                    singleLine &= nonBlank.size() == 1;
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (singleLine) {
                StringBuilder b = new StringBuilder();
                for (List<ParsedLine> cell : cells) {
                    if (b.length() > 0) {
                        b.append(" | ");
                    }
                    b.append(cell.get(0).text());
                }
                out.add(new ParsedLine(b.toString(), cells.get(0).get(0).style()));
            } else {
                for (List<ParsedLine> cell : cells) {
                    out.addAll(cell);
                }
            }
        }
        out.add(plain(""));
    }

    private static LineStyle inCell(LineStyle s) {
        return s.tableCell() ? s : new LineStyle(s.page(), s.size(), s.indent(), s.bold(), s.italic(), s.list(), true,
                s.heading());
    }

    // ---------------------------------------------------------------- text boxes, read from the XML

    private void textBoxes(XmlObject paragraph, List<ParsedLine> out) {
        XmlObject[] boxes = paragraph.selectPath(TXBX_PATH);
        if (boxes.length == 0) {
            return;
        }
        Node stop = paragraph.getDomNode();
        for (XmlObject box : boxes) {
            Node node = box.getDomNode();
            if (node == null || insideFallback(node, stop)) {
                continue;
            }
            List<String> boxLines = new ArrayList<>();
            boxContent(node, boxLines);
            for (String l : boxLines) {
                if (!l.isBlank()) {
                    out.add(plain(l));
                }
            }
        }
    }

    private static boolean insideFallback(Node node, Node stop) {
        for (Node n = node.getParentNode(); n != null && n != stop; n = n.getParentNode()) {
            if ("Fallback".equals(n.getLocalName()) && MC.equals(n.getNamespaceURI())) {
                return true;
            }
        }
        return false;
    }

    /** Block content of a text box (or a cell, or an sdtContent): paragraphs, tables, content controls. */
    private static void boxContent(Node container, List<String> out) {
        for (Node c = container.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!W.equals(c.getNamespaceURI())) {
                continue;
            }
            switch (String.valueOf(c.getLocalName())) {
                case "p" -> out.add(domParagraph(c));
                case "tbl" -> domTable(c, out);
                case "sdt", "sdtContent", "customXml" -> boxContent(c, out);
                default -> {
                }
            }
        }
    }

    private static void domTable(Node tbl, List<String> out) {
        List<List<List<ParsedLine>>> rows = new ArrayList<>();
        for (Node tr = tbl.getFirstChild(); tr != null; tr = tr.getNextSibling()) {
            if (!"tr".equals(tr.getLocalName())) {
                continue;
            }
            List<List<ParsedLine>> cells = new ArrayList<>();
            for (Node tc = tr.getFirstChild(); tc != null; tc = tc.getNextSibling()) {
                if ("tc".equals(tc.getLocalName())) {
                    List<String> cellLines = new ArrayList<>();
                    boxContent(tc, cellLines);
                    List<ParsedLine> parsed = new ArrayList<>();
                    for (String l : cellLines) parsed.add(plain(l));
                    cells.add(parsed);
                }
            }
            rows.add(cells);
        }
        List<ParsedLine> laid = new ArrayList<>();
        layoutTable(rows, laid);
        for (ParsedLine l : laid) out.add(l.text());
    }

    private static String domParagraph(Node p) {
        StringBuilder b = new StringBuilder();
        domText(p, b);
        return b.toString();
    }

    private static void domText(Node node, StringBuilder b) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String ns = c.getNamespaceURI();
            String name = String.valueOf(c.getLocalName());
            if (MC.equals(ns) && name.equals("Fallback")) {
                continue;
            }
            if (W.equals(ns)) {
                switch (name) {
                    case "t" -> {
                        appendTextNodes(c, b);
                        continue;
                    }
                    case "tab", "ptab" -> {
                        b.append('\t');
                        continue;
                    }
                    case "br", "cr" -> {
                        b.append('\n');
                        continue;
                    }
                    case "noBreakHyphen" -> {
                        b.append('\u2011');
                        continue;
                    }
                    // nested boxes are read on their own; deleted text and field codes are not text
                    case "txbxContent", "del", "delText", "instrText", "delInstrText", "rPr", "pPr" -> {
                        continue;
                    }
                    default -> {
                    }
                }
            }
            domText(c, b);
        }
    }

    /** The character data of an element (XMLBeans' DOM has no {@code getTextContent()}). */
    private static void appendTextNodes(Node element, StringBuilder b) {
        for (Node c = element.getFirstChild(); c != null; c = c.getNextSibling()) {
            short type = c.getNodeType();
            if (type == Node.TEXT_NODE || type == Node.CDATA_SECTION_NODE) {
                b.append(c.getNodeValue());
            }
        }
    }

    /**
     * The lines split at the line breaks inside them (each piece keeping its line's cues), trailing spaces trimmed,
     * at most one blank line in a row, none at the start or the end.
     */
    static List<ParsedLine> joinLines(List<ParsedLine> lines) {
        List<ParsedLine> out = new ArrayList<>();
        int blank = 0;
        for (ParsedLine line : lines) {
            for (String l : line.text().split("\n", -1)) {
                String t = l.stripTrailing();
                if (t.isBlank()) {
                    blank++;
                    continue;
                }
                if (!out.isEmpty() && blank > 0) out.add(plain(""));
                out.add(new ParsedLine(t, line.style()));
                blank = 0;
            }
        }
        return out;
    }

    /** The text of lines: joined by '\n'. */
    static String text(List<ParsedLine> lines) {
        StringBuilder b = new StringBuilder();
        for (ParsedLine l : lines) {
            if (b.length() > 0 || !l.text().isEmpty()) {
                if (b.length() > 0) b.append('\n');
                b.append(l.text());
            }
        }
        return b.toString();
    }
}
