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

    private final List<String> lines = new ArrayList<>();

    private DocxText() {
    }

    static String extract(XWPFDocument doc) {
        DocxText t = new DocxText();
        Set<String> seen = new LinkedHashSet<>();
        for (XWPFHeader header : doc.getHeaderList()) {
            t.part(header.getBodyElements(), seen);
        }
        t.body(doc.getBodyElements(), t.lines);
        seen.clear();
        for (XWPFFooter footer : doc.getFooterList()) {
            t.part(footer.getBodyElements(), seen);
        }
        return join(t.lines);
    }

    /** A header or footer, once per distinct text (first-page, even and default headers often repeat). */
    private void part(List<IBodyElement> elements, Set<String> seen) {
        List<String> partLines = new ArrayList<>();
        body(elements, partLines);
        String text = join(partLines);
        if (!text.isBlank() && seen.add(text)) {
            lines.add(text);
            lines.add("");
        }
    }

    private void body(List<IBodyElement> elements, List<String> out) {
        for (IBodyElement e : elements) {
            if (e instanceof XWPFParagraph p) {
                paragraph(p, out);
            } else if (e instanceof XWPFTable table) {
                table(table, out);
            } else if (e instanceof XWPFSDT sdt) {
                out.add(sdt.getContent().getText());
            }
        }
    }

    private void paragraph(XWPFParagraph p, List<String> out) {
        String text = runsText(p);
        if (!text.isBlank() && isBullet(p)) {
            text = "• " + text.stripLeading();
        }
        out.add(text);
        textBoxes(p.getCTP(), out);
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

    /** Whether the paragraph is a bulleted list item (a missing level counts as level 0, as in Word). */
    private static boolean isBullet(XWPFParagraph p) {
        try {
            BigInteger numId = p.getNumID();
            XWPFNumbering numbering = p.getDocument().getNumbering();
            if (numId == null || numbering == null) {
                return false;
            }
            XWPFNum num = numbering.getNum(numId);
            if (num == null || num.getCTNum().getAbstractNumId() == null) {
                return false;
            }
            XWPFAbstractNum abstractNum = numbering.getAbstractNum(num.getCTNum().getAbstractNumId().getVal());
            if (abstractNum == null || abstractNum.getAbstractNum() == null) {
                return false;
            }
            BigInteger ilvl = p.getNumIlvl() == null ? BigInteger.ZERO : p.getNumIlvl();
            for (CTLvl lvl : abstractNum.getAbstractNum().getLvlArray()) {
                if (ilvl.equals(lvl.getIlvl())) {
                    return lvl.getNumFmt() != null && lvl.getNumFmt().getVal() == STNumberFormat.BULLET;
                }
            }
            return false;
        } catch (RuntimeException e) {
            return false; // a broken numbering part must not lose the paragraph
        }
    }

    private void table(XWPFTable table, List<String> out) {
        List<List<List<String>>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<List<String>> cells = new ArrayList<>();
            for (ICell cell : row.getTableICells()) {
                List<String> cellLines = new ArrayList<>();
                if (cell instanceof XWPFTableCell c) {
                    body(c.getBodyElements(), cellLines);
                } else if (cell instanceof XWPFSDTCell sdt) {
                    cellLines.add(sdt.getContent().getText());
                }
                cells.add(cellLines);
            }
            rows.add(cells);
        }
        layoutTable(rows, out);
    }

    /** Lays out rows of cells of lines (see the class description). */
    static void layoutTable(List<List<List<String>>> rows, List<String> out) {
        for (List<List<String>> row : rows) {
            List<List<String>> cells = new ArrayList<>();
            boolean singleLine = true;
            for (List<String> cell : row) {
                List<String> nonBlank = new ArrayList<>();
                for (String l : cell) {
                    for (String part : l.split("\n", -1)) {
                        if (!part.isBlank()) {
                            nonBlank.add(part.strip());
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
                for (List<String> cell : cells) {
                    if (b.length() > 0) {
                        b.append(" | ");
                    }
                    b.append(cell.get(0));
                }
                out.add(b.toString());
            } else {
                for (List<String> cell : cells) {
                    out.addAll(cell);
                }
            }
        }
        out.add("");
    }

    // ---------------------------------------------------------------- text boxes, read from the XML

    private void textBoxes(XmlObject paragraph, List<String> out) {
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
                    out.add(l);
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
        List<List<List<String>>> rows = new ArrayList<>();
        for (Node tr = tbl.getFirstChild(); tr != null; tr = tr.getNextSibling()) {
            if (!"tr".equals(tr.getLocalName())) {
                continue;
            }
            List<List<String>> cells = new ArrayList<>();
            for (Node tc = tr.getFirstChild(); tc != null; tc = tc.getNextSibling()) {
                if ("tc".equals(tc.getLocalName())) {
                    List<String> cellLines = new ArrayList<>();
                    boxContent(tc, cellLines);
                    cells.add(cellLines);
                }
            }
            rows.add(cells);
        }
        layoutTable(rows, out);
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

    /** Joins lines with '\n', trimming trailing spaces and keeping at most one blank line in a row. */
    static String join(List<String> lines) {
        StringBuilder b = new StringBuilder();
        int blank = 0;
        for (String line : lines) {
            for (String l : line.split("\n", -1)) {
                String t = l.stripTrailing();
                if (t.isBlank()) {
                    blank++;
                    continue;
                }
                if (b.length() > 0) {
                    b.append(blank > 0 ? "\n\n" : "\n");
                }
                b.append(t);
                blank = 0;
            }
        }
        return b.toString();
    }
}
