package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.resume.Project;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import static dev.standout.parse.Fixtures.Text;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each layout cue, from documents generated here: bold and larger title lines in PDF and DOCX, numbered and bulleted
 * paragraphs, table cells, indentation and bullets in plain text, wrapped PDF lines joined, running headers, footers
 * and page numbers dropped; and projects read from those cues end to end.
 */
class LayoutCuesTest {

    private static final DocumentParsers PARSERS = DocumentParsers.standard();
    private static final Standout STANDOUT = Standout.builder().withoutScoring().build();
    private static final float LEFT = 72;
    private static final float RIGHT = 540;

    /** Words laid out in lines no wider than the text block, as a word processor wraps a paragraph. */
    private static List<String> wrap(String paragraph, float size) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (width(candidate, size) > RIGHT - LEFT && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (line.length() > 0) lines.add(line.toString());
        return lines;
    }

    private static float width(String s, float size) {
        try {
            return Fixtures.HELVETICA.getStringWidth(s) / 1000f * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String HARBOUR = "A tide and swell forecaster for the small harbour of an invented fishing "
            + "town, fed by three pressure sensors on the pier and trained on nine years of harbour master logs; "
            + "Skippers of 40 boats check it before leaving and the harbour office uses its weekly outlook.";
    private static final String CLINIC = "A queue board for a rural clinic that shows waiting times on a television "
            + "in the hall and sends a text message when a patient is next; Nurses of the invented clinic moved "
            + "2,000 patients a month through it in its first winter.";

    /** A resume whose projects are bold titles over wrapped descriptions, with a running footer on both pages. */
    private static byte[] projectsPdf() {
        List<List<Text>> pages = new ArrayList<>();
        List<Text> one = new ArrayList<>();
        float y = 72;
        one.add(Text.bold(LEFT, y, 16, "Jane Example"));
        y += 20;
        one.add(Text.at(LEFT, y, 10, "jane@example.com | Exampletown"));
        y += 28;
        one.add(Text.bold(LEFT, y, 12, "PROJECTS"));
        y += 18;
        for (String[] p : new String[][]{{"Harbour Tide Predictor", HARBOUR}, {"Clinic Queue Board", CLINIC}}) {
            one.add(Text.bold(LEFT, y, 10, p[0]));
            y += 13;
            for (String l : wrap(p[1], 10)) {
                one.add(Text.at(LEFT, y, 10, l));
                y += 13;
            }
            y += 8;
        }
        one.add(Text.at(LEFT, 760, 8, "December 1, 2026 Jane Example \u2022 R\u00e9sum\u00e9 1"));
        pages.add(one);
        List<Text> two = new ArrayList<>();
        y = 72;
        two.add(Text.bold(LEFT, y, 12, "EDUCATION"));
        y += 16;
        two.add(Text.at(LEFT, y, 10, "B.Sc. Oceanography, Example University, 2019"));
        y += 13;
        two.add(Text.at(LEFT, y, 10, "Thesis on tidal models of small harbours"));
        two.add(Text.at(LEFT, 760, 8, "December 1, 2026 Jane Example \u2022 R\u00e9sum\u00e9 2"));
        pages.add(two);
        return Fixtures.pdf(pages);
    }

    private static LineStyle styleOf(ParsedDocument doc, String text) {
        for (ParsedLine l : doc.lines()) if (l.text().strip().startsWith(text)) return l.style();
        throw new AssertionError("no line starting with " + text + " in\n" + doc.text());
    }

    @Test
    void pdfLinesCarryTheirFontWeightSizeAndPage() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(projectsPdf(), ParseLimits.DEFAULT);
        LineStyle name = styleOf(doc, "Jane Example");
        assertThat(name.bold()).isTrue();
        assertThat(name.size()).isGreaterThan(1.3f);
        assertThat(name.titleCue()).isTrue();
        LineStyle title = styleOf(doc, "Harbour Tide Predictor");
        assertThat(title.bold()).isTrue();
        assertThat(title.page()).isEqualTo(1);
        LineStyle body = styleOf(doc, "A tide and swell");
        assertThat(body.bold()).isFalse();
        assertThat(body.titleCue()).isFalse();
        assertThat(body.size()).isEqualTo(1f);
        assertThat(styleOf(doc, "B.Sc. Oceanography").page()).isEqualTo(2);
    }

    @Test
    void aWrappedPdfLineIsJoinedToTheLineItContinues() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(projectsPdf(), ParseLimits.DEFAULT);
        assertThat(wrap(HARBOUR, 10)).hasSizeGreaterThan(1);
        List<String> lines = doc.text().lines().map(String::strip).toList();
        assertThat(lines).contains(HARBOUR, CLINIC);
        // short lines that do not reach the margin stay lines of their own
        assertThat(lines).contains("B.Sc. Oceanography, Example University, 2019",
                "Thesis on tidal models of small harbours");
    }

    @Test
    void runningFootersAndPageNumbersAreDropped() throws DocumentException {
        List<List<Text>> pages = new ArrayList<>();
        String[] words = {"harbour", "clinic", "ledger"};
        for (int p = 1; p <= 3; p++) {
            List<Text> page = new ArrayList<>();
            page.add(Text.at(LEFT, 40, 8, "Jane Example | Data Engineer"));
            page.add(Text.at(LEFT, 72, 10, "Invented " + words[p - 1] + " content, first line"));
            page.add(Text.at(LEFT, 86, 10, "Invented " + words[p - 1] + " content, second line"));
            page.add(Text.at(LEFT, 100, 10, "Invented " + words[p - 1] + " content, third line"));
            page.add(Text.at(LEFT, 114, 10, "Invented " + words[p - 1] + " content, fourth line"));
            page.add(Text.at(300, 760, 8, "Page " + p + " of 3"));
            pages.add(page);
        }
        ParsedDocument doc = PARSERS.parse(Fixtures.pdf(pages), ParseLimits.DEFAULT);
        assertThat(doc.text()).doesNotContain("Page 1 of 3", "Page 2 of 3", "Page 3 of 3");
        // the running header is kept where it opens the first page only
        assertThat(doc.text().split("Jane Example \\| Data Engineer", -1)).hasSize(2);
        assertThat(doc.text()).startsWith("Jane Example | Data Engineer");
        assertThat(doc.text()).contains("Invented harbour content, first line", "Invented ledger content, fourth line");
    }

    @Test
    void projectsAreSplitAtBoldTitlesNeverAtAWrappedLineAndNoFooterIsAProject() throws DocumentException {
        Result r = STANDOUT.analyze(projectsPdf(), "projects.pdf");
        assertThat(r.resume().projects()).extracting(Project::name)
                .containsExactly("Harbour Tide Predictor", "Clinic Queue Board");
        assertThat(r.text()).doesNotContain("R\u00e9sum\u00e9 1", "R\u00e9sum\u00e9 2");
        Project harbour = r.resume().projects().get(0);
        assertThat(harbour.description()).contains("Skippers of 40 boats");
        assertThat(harbour.confidence()).isGreaterThanOrEqualTo(0.85);
    }

    /** A DOCX whose projects are bold paragraphs, with a heading-styled section heading. */
    private static byte[] projectsDocx() {
        return Fixtures.docx(doc -> {
            XWPFRun name = doc.createParagraph().createRun();
            name.setText("Jane Example");
            name.setBold(true);
            name.setFontSize(18);
            doc.createParagraph().createRun().setText("jane@example.com");
            XWPFParagraph heading = doc.createParagraph();
            heading.setStyle("Heading1");
            heading.createRun().setText("Projects");
            for (String[] p : new String[][]{{"Harbour Tide Predictor", HARBOUR}, {"Clinic Queue Board", CLINIC}}) {
                XWPFRun t = doc.createParagraph().createRun();
                t.setText(p[0]);
                t.setBold(true);
                doc.createParagraph().createRun().setText(p[1]);
                doc.createParagraph().createRun().setText("Wrote the invented forecasting and queue software alone.");
            }
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Languages");
            table.getRow(0).getCell(1).setText("English, Spanish");
        });
    }

    @Test
    void docxLinesCarryBoldHeadingStylesAndTableCells() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(projectsDocx(), ParseLimits.DEFAULT);
        assertThat(styleOf(doc, "Harbour Tide Predictor").bold()).isTrue();
        assertThat(styleOf(doc, "A tide and swell").bold()).isFalse();
        assertThat(styleOf(doc, "Projects").heading()).isTrue();
        assertThat(styleOf(doc, "Jane Example").size()).isGreaterThan(1.2f);
        assertThat(styleOf(doc, "Languages").tableCell()).isTrue();
        assertThat(styleOf(doc, "jane@example.com").tableCell()).isFalse();
    }

    @Test
    void docxProjectsAreSplitAtBoldTitles() throws DocumentException {
        Result r = STANDOUT.analyze(projectsDocx(), "projects.docx");
        assertThat(r.resume().projects()).extracting(Project::name)
                .containsExactly("Harbour Tide Predictor", "Clinic Queue Board");
    }

    @Test
    void docxNumberedAndBulletedParagraphsAreListItems() throws DocumentException {
        byte[] bytes = Fixtures.docx(doc -> {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger decimal = numbering.addAbstractNum(abstractNum(1, STNumberFormat.DECIMAL));
            BigInteger bullet = numbering.addAbstractNum(abstractNum(2, STNumberFormat.BULLET));
            BigInteger decimalNum = numbering.addNum(decimal);
            BigInteger bulletNum = numbering.addNum(bullet);
            XWPFParagraph a = doc.createParagraph();
            a.setNumID(decimalNum);
            a.createRun().setText("Harbour Tide Predictor");
            XWPFParagraph b = doc.createParagraph();
            b.setNumID(bulletNum);
            b.createRun().setText("Trained on nine years of logs");
        });
        ParsedDocument doc = PARSERS.parse(bytes, ParseLimits.DEFAULT);
        assertThat(styleOf(doc, "Harbour Tide Predictor").list()).isEqualTo(LineStyle.ListMark.NUMBER);
        assertThat(styleOf(doc, "\u2022 Trained on nine years").list()).isEqualTo(LineStyle.ListMark.BULLET);
    }

    private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum format) {
        CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
        ct.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = ct.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(format == STNumberFormat.BULLET ? "\u2022" : "%1.");
        return new XWPFAbstractNum(ct);
    }

    @Test
    void plainTextShowsIndentsBulletsAndNumbers() {
        ParsedDocument doc = new ParsedDocument(DocumentFormat.TXT,
                "Projects\n1. Harbour Tide Predictor\n    indented continuation\n- a dashed item\n\u2022 a bullet\n",
                1, List.of());
        assertThat(styleOf(doc, "1. Harbour").list()).isEqualTo(LineStyle.ListMark.NUMBER);
        assertThat(styleOf(doc, "indented").indent()).isEqualTo(2f);
        assertThat(styleOf(doc, "- a dashed").list()).isEqualTo(LineStyle.ListMark.BULLET);
        assertThat(styleOf(doc, "\u2022 a bullet").list()).isEqualTo(LineStyle.ListMark.BULLET);
        assertThat(styleOf(doc, "Projects")).isEqualTo(LineStyle.PLAIN);
    }

    @Test
    void cuesFollowTheirLinesThroughNormalization() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(projectsPdf(), ParseLimits.DEFAULT);
        String normalized = TextNormalizer.normalize(doc.text());
        Layout layout = Layout.align(normalized, doc);
        assertThat(layout.laidOut()).isTrue();
        assertThat(layout.at(normalized.indexOf("Clinic Queue Board")).bold()).isTrue();
        assertThat(layout.at(normalized.indexOf("A queue board")).bold()).isFalse();
        // ligatures and bullets are folded by the normalizer; the line keeps its cues all the same
        ParsedDocument folded = ParsedDocument.of(DocumentFormat.DOCX, List.of(
                new ParsedLine("Certi\uFB01cations", new LineStyle(1, 1.3f, 0, true, false,
                        LineStyle.ListMark.NONE, false, true)),
                new ParsedLine("\u25AA Of\uFB01ce safety", LineStyle.PLAIN)), 1, List.of());
        String n = TextNormalizer.normalize(folded.text());
        Layout l = Layout.align(n, folded);
        assertThat(n).isEqualTo("Certifications\n\u2022 Office safety");
        assertThat(l.line(0).heading()).isTrue();
        assertThat(l.line(1).list()).isEqualTo(LineStyle.ListMark.BULLET);
    }

    @Test
    void numberedAndTitleDashDescriptionProjectLinesAreOneProjectEach() throws DocumentException {
        Result r = STANDOUT.analyze("""
                Jane Example
                jane@example.com

                PROJECTS
                1. Harbour Tide Predictor - a swell forecaster used by skippers of 40 boats
                2. Clinic Queue Board - texts patients when they are next; 2,000 patients a month
                Bakery Ledger – a double-entry ledger for a cooperative bakery, released as v1.0
                """);
        assertThat(r.resume().projects()).extracting(Project::name)
                .containsExactly("Harbour Tide Predictor", "Clinic Queue Board", "Bakery Ledger");
    }
}
