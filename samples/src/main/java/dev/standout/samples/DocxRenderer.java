package dev.standout.samples;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabs;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import dev.standout.samples.ResumeSource.Block;
import dev.standout.samples.ResumeSource.Run;
import dev.standout.samples.ResumeSource.Section;

/**
 * Renders a {@link ResumeSource} to DOCX with Apache POI.
 *
 * <p>Options: {@code @page} letter|a4, {@code @docx-font}, {@code @docx-size} (points),
 * {@code @docx-headings} styles (real "heading 1" styles) | bold (bold runs only),
 * {@code @docx-bullets} numbering (a bullet list) | glyph (a typed bullet character),
 * {@code @docx-layout} flow | columns-table (sidebar and main column in a borderless table),
 * {@code @docx-header} contact (the contact lines go to the page header) or a text,
 * {@code @docx-footer} a text where {PAGE} and {NUMPAGES} become fields,
 * {@code @docx-name} title | textbox (name and headline inside a VML text box), {@code @accent}.
 */
final class DocxRenderer {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final LocalDateTime ZIP_TIME = LocalDateTime.of(2025, 1, 15, 12, 0, 0);

    /** Where paragraphs go: the document, or a table cell. */
    private interface Sink {
        XWPFParagraph para();

        /** Text width in twips, for right tab stops. */
        int width();

        /** Null where tables cannot be nested. */
        XWPFTable table(int rows, int cols);

        /** Whether this is a cell of the layout table. */
        default boolean inTable() {
            return false;
        }
    }

    private final ResumeSource src;
    private final XWPFDocument doc = new XWPFDocument();
    private final String font;
    private final int halfPoints;
    private final String accent;
    private final boolean styles;
    private final boolean numbered;
    private final String bullet;
    private final boolean a4;
    private final int margin = 1080;
    private BigInteger bulletNum;

    private DocxRenderer(ResumeSource src) {
        this.src = src;
        this.font = src.option("docx-font", "Calibri");
        this.halfPoints = Math.round(Float.parseFloat(src.option("docx-size", "10.5")) * 2);
        this.accent = src.option("accent", "1F1F1F").replace("#", "").toUpperCase(Locale.ROOT);
        this.styles = src.option("docx-headings", "styles").equalsIgnoreCase("styles");
        this.numbered = src.option("docx-bullets", "numbering").equalsIgnoreCase("numbering");
        this.bullet = src.option("bullet", "\u2022");
        this.a4 = src.option("page", "letter").equalsIgnoreCase("a4");
    }

    static void render(ResumeSource src, Path out) throws IOException {
        new DocxRenderer(src).write(out);
    }

    private void write(Path out) throws IOException {
        try {
            setUp();
        } catch (XmlException e) {
            throw new IOException(e);
        }
        int textWidth = (a4 ? 11906 : 12240) - 2 * margin;
        Sink body = new Sink() {
            @Override
            public XWPFParagraph para() {
                return doc.createParagraph();
            }

            @Override
            public int width() {
                return textWidth;
            }

            @Override
            public XWPFTable table(int rows, int cols) {
                return doc.createTable(rows, cols);
            }
        };
        header(body);
        if (src.option("docx-layout", "flow").equalsIgnoreCase("columns-table")) {
            columns(textWidth);
        } else {
            for (Section s : src.sections) {
                section(body, s, false);
            }
        }
        headerFooter();

        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        core.setTitle(ResumeSource.plain(src.name) + " - Resume");
        core.setCreator(ResumeSource.plain(src.name));
        core.setLastModifiedByUser(ResumeSource.plain(src.name));
        core.setCreated(Optional.of(SampleResumeGenerator.fixedDate().getTime()));
        core.setModified(Optional.of(SampleResumeGenerator.fixedDate().getTime()));
        core.setRevision("1");

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.write(bytes);
        doc.close();
        try (OutputStream os = Files.newOutputStream(out)) {
            normalizeZip(bytes.toByteArray(), os);
        }
    }

    // ---- document set-up -----------------------------------------------------------------

    private void setUp() throws XmlException {
        String styleXml = """
            <w:styles xmlns:w="%1$s">
              <w:docDefaults>
                <w:rPrDefault><w:rPr><w:rFonts w:ascii="%2$s" w:hAnsi="%2$s" w:eastAsia="%2$s" w:cs="%2$s"/>
                  <w:sz w:val="%3$d"/><w:szCs w:val="%3$d"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="40" w:line="252" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
              <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="0"/>
                <w:contextualSpacing/></w:pPr><w:rPr><w:b/><w:color w:val="%4$s"/><w:kern w:val="28"/>
                <w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="60"/></w:pPr>
                <w:rPr><w:color w:val="595959"/><w:sz w:val="26"/><w:szCs w:val="26"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>
                <w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="%4$s"/></w:pBdr>
                <w:spacing w:before="220" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:color w:val="%4$s"/><w:sz w:val="25"/><w:szCs w:val="25"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>
                <w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/>
                <w:spacing w:before="120" w:after="20"/><w:outlineLvl w:val="1"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="22"/><w:szCs w:val="22"/></w:rPr></w:style>
              <w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/>
                <w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/>
                <w:contextualSpacing/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/>
                <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/>
                <w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
              <w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/>
                <w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4680"/>
                <w:tab w:val="right" w:pos="9360"/></w:tabs><w:spacing w:after="0"/></w:pPr></w:style>
              <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>
                <w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>
                <w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
                <w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
              <w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>
                <w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
                <w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                <w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                <w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                <w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                <w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/>
                <w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
            </w:styles>""".formatted(W, font, halfPoints, accent);
        doc.createStyles().setStyles(StylesDocument.Factory.parse(styleXml).getStyles());

        if (numbered) {
            String numXml = """
                <w:abstractNum xmlns:w="%s" w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>
                  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="%s"/>
                  <w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="270"/></w:pPr>
                  <w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:hint="default"/></w:rPr></w:lvl>
                </w:abstractNum>""".formatted(W, bullet);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger abs = numbering.addAbstractNum(new XWPFAbstractNum(CTAbstractNum.Factory.parse(numXml,
                new XmlOptions().setLoadReplaceDocumentElement(null))));
            bulletNum = numbering.addNum(abs);
        }

        CTSectPr sect = doc.getDocument().getBody().isSetSectPr() ? doc.getDocument().getBody().getSectPr()
            : doc.getDocument().getBody().addNewSectPr();
        var size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(a4 ? 11906 : 12240));
        size.setH(BigInteger.valueOf(a4 ? 16838 : 15840));
        var mar = sect.addNewPgMar();
        mar.setTop(BigInteger.valueOf(margin));
        mar.setBottom(BigInteger.valueOf(margin));
        mar.setLeft(BigInteger.valueOf(margin));
        mar.setRight(BigInteger.valueOf(margin));
        mar.setHeader(BigInteger.valueOf(540));
        mar.setFooter(BigInteger.valueOf(540));
    }

    // ---- name, headline, contact ---------------------------------------------------------

    private void header(Sink body) throws IOException {
        boolean center = src.option("header-align", "center").equalsIgnoreCase("center");
        boolean contactInHeader = src.option("docx-header", "").equalsIgnoreCase("contact");
        if (src.option("docx-name", "title").equalsIgnoreCase("textbox")) {
            textBox(body.para(), body.width());
        } else {
            XWPFParagraph p = body.para();
            if (styles) {
                p.setStyle("Title");
                p.createRun().setText(src.name);
            } else {
                XWPFRun r = p.createRun();
                r.setText(src.name);
                r.setBold(true);
                r.setFontSize(20);
                r.setColor(accent);
            }
            p.setAlignment(center ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            if (src.headline != null) {
                XWPFParagraph h = body.para();
                if (styles) {
                    h.setStyle("Subtitle");
                    runs(h, src.headline, false, null);
                } else {
                    runs(h, src.headline, false, "595959");
                }
                h.setAlignment(center ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
            }
        }
        if (!contactInHeader) {
            for (String c : src.contact) {
                XWPFParagraph p = body.para();
                p.setAlignment(center ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
                p.setSpacingAfter(0);
                for (XWPFRun r : runs(p, c, false, null)) {
                    r.setFontSize(halfPoints / 2.0 - 0.5);
                }
            }
        }
    }

    /** Name and headline in an inline VML text box (what many resume templates do). */
    private void textBox(XWPFParagraph p, int widthTwips) throws IOException {
        String fill = src.option("textbox-fill", accent);
        String fg = src.option("textbox-text", "FFFFFF");
        String headline = src.headline == null ? "" : """
            <w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr>
            <w:color w:val="%s"/><w:sz w:val="24"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>"""
            .formatted(fg, xml(ResumeSource.plain(src.headline)));
        String run = """
            <w:r xmlns:w="%1$s" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"
                 xmlns:w10="urn:schemas-microsoft-com:office:word">
              <w:pict>
                <v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">
                  <v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/>
                </v:shapetype>
                <v:shape id="NameBox" o:spid="_x0000_s1025" type="#_x0000_t202"
                    style="width:%2$.1fpt;height:62pt;v-text-anchor:middle" fillcolor="#%3$s" stroked="f">
                  <v:textbox inset="7.2pt,5pt,7.2pt,5pt">
                    <w:txbxContent>
                      <w:p><w:pPr><w:spacing w:after="0"/><w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:b/>
                        <w:color w:val="%4$s"/><w:sz w:val="44"/></w:rPr><w:t xml:space="preserve">%5$s</w:t></w:r></w:p>
                      %6$s
                    </w:txbxContent>
                  </v:textbox>
                  <w10:wrap type="topAndBottom"/>
                </v:shape>
              </w:pict>
            </w:r>""".formatted(W, widthTwips / 20.0, fill, fg, xml(src.name), headline);
        try {
            CTR ctr = p.getCTP().addNewR();
            // the parsed <w:r> replaces the new run instead of nesting inside it
            ctr.set(CTR.Factory.parse(run, new XmlOptions().setLoadReplaceDocumentElement(null)));
        } catch (XmlException e) {
            throw new IOException(e);
        }
        p.setAlignment(ParagraphAlignment.CENTER);
        p.setSpacingAfter(120);
    }

    private void headerFooter() {
        String h = src.option("docx-header", "");
        if (!h.isEmpty()) {
            XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
            if (h.equalsIgnoreCase("contact")) {
                for (String c : src.contact) {
                    XWPFParagraph p = header.createParagraph();
                    p.setStyle("Header");
                    p.setAlignment(ParagraphAlignment.CENTER);
                    for (XWPFRun r : runs(p, c, false, "404040")) {
                        r.setFontSize(9);
                    }
                }
            } else {
                fieldText(header.createParagraph(), h, "Header");
            }
        }
        String f = src.option("docx-footer", "");
        if (!f.isEmpty()) {
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            fieldText(footer.createParagraph(), f, "Footer");
        }
    }

    /** Text with {PAGE}/{NUMPAGES} fields, centred. */
    private void fieldText(XWPFParagraph p, String text, String style) {
        p.setStyle(style);
        p.setAlignment(ParagraphAlignment.CENTER);
        String[] parts = text.split("(?=\\{)|(?<=\\})");
        for (String part : parts) {
            if (part.equals("{PAGE}") || part.equals("{NUMPAGES}")) {
                String instr = part.substring(1, part.length() - 1);
                XWPFRun begin = p.createRun();
                begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                XWPFRun code = p.createRun();
                code.getCTR().addNewInstrText().setStringValue(" " + instr + " ");
                XWPFRun sep = p.createRun();
                sep.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
                XWPFRun value = p.createRun();
                value.setText("1");
                value.setFontSize(8.5);
                value.setColor("595959");
                XWPFRun end = p.createRun();
                end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            } else if (!part.isEmpty()) {
                XWPFRun r = p.createRun();
                r.setText(part);
                r.setFontSize(8.5);
                r.setColor("595959");
            }
        }
    }

    // ---- sidebar + main in a layout table -------------------------------------------------

    private void columns(int textWidth) {
        boolean left = !src.option("pdf-layout", "sidebar-left").equalsIgnoreCase("sidebar-right");
        XWPFTable t = doc.createTable(1, 2);
        t.removeBorders();
        t.setWidth("100%");
        XWPFTableRow row = t.getRow(0);
        int sideW = Math.round(textWidth * 0.32f);
        XWPFTableCell side = row.getCell(left ? 0 : 1);
        XWPFTableCell main = row.getCell(left ? 1 : 0);
        side.setWidth(String.valueOf(sideW));
        main.setWidth(String.valueOf(textWidth - sideW));
        side.setColor(src.option("sidebar-fill", "EEF1F5").replace("#", ""));
        Sink sideSink = cellSink(side, sideW - 216);
        Sink mainSink = cellSink(main, textWidth - sideW - 216);
        for (Section s : src.sections) {
            section(s.side() ? sideSink : mainSink, s, s.side());
        }
    }

    private static Sink cellSink(XWPFTableCell cell, int width) {
        return new Sink() {
            private boolean first = true;

            @Override
            public XWPFParagraph para() {
                if (first) {
                    first = false;
                    return cell.getParagraphs().get(0);
                }
                return cell.addParagraph();
            }

            @Override
            public int width() {
                return width;
            }

            @Override
            public XWPFTable table(int rows, int cols) {
                return null;
            }

            @Override
            public boolean inTable() {
                return true;
            }
        };
    }

    // ---- sections ---------------------------------------------------------------------------

    private void section(Sink sink, Section s, boolean side) {
        if (s.heading() != null) {
            XWPFParagraph p = sink.para();
            if (styles) {
                p.setStyle("Heading1");
                p.createRun().setText(s.heading());
            } else {
                XWPFRun r = p.createRun();
                r.setText(s.heading());
                r.setBold(true);
                r.setFontSize(halfPoints / 2.0 + 1.5);
                r.setColor(accent);
                p.setSpacingBefore(200);
                p.setSpacingAfter(60);
                p.setBorderBottom(Borders.SINGLE);
                p.getCTPPr().addNewKeepNext();
            }
            if (side) {
                p.setSpacingBefore(120);
            }
            if (sink.inTable()) {
                // keep-with-next inside a layout cell stops LibreOffice from splitting the row across pages
                p.getCTPPr().addNewKeepNext().setVal(STOnOff1.OFF);
                p.getCTPPr().addNewKeepLines().setVal(STOnOff1.OFF);
            }
        }
        for (Block b : s.blocks()) {
            block(sink, b);
        }
    }

    private void block(Sink sink, Block b) {
        switch (b.kind()) {
            case GAP -> {
            }
            case RULE -> {
                XWPFParagraph p = sink.para();
                p.setBorderBottom(Borders.SINGLE);
                p.setSpacingAfter(80);
            }
            case PARA -> runs(sink.para(), b.text(), false, null);
            case BULLET -> {
                XWPFParagraph p = sink.para();
                if (numbered) {
                    p.setStyle("ListParagraph");
                    p.setNumID(bulletNum);
                    p.setIndentationLeft(360);
                    p.setIndentationHanging(270);
                    p.setSpacingAfter(20);
                    runs(p, b.text(), false, null);
                } else {
                    p.setIndentationLeft(284);
                    p.setIndentationHanging(284);
                    p.setSpacingAfter(20);
                    p.createRun().setText(bullet + "\t");
                    runs(p, b.text(), false, null);
                }
            }
            case ENTRY, SUBENTRY -> {
                boolean main = b.kind() == ResumeSource.Kind.ENTRY;
                XWPFParagraph p = sink.para();
                if (main) {
                    p.setSpacingBefore(100);
                    if (!sink.inTable()) {
                        p.getCTPPr().addNewKeepNext();
                    }
                }
                p.setSpacingAfter(main ? 0 : 40);
                for (XWPFRun r : runs(p, b.text(), main, null)) {
                    r.setItalic(!main);
                }
                if (b.right() != null) {
                    rightTab(p, sink.width());
                    XWPFRun tab = p.createRun();
                    tab.addTab();
                    XWPFRun r = p.createRun();
                    r.setText(ResumeSource.plain(b.right()));
                    r.setItalic(!main);
                    r.setColor("404040");
                }
            }
            case TABLE -> table(sink, b);
            default -> throw new IllegalStateException(b.kind().toString());
        }
    }

    private void table(Sink sink, Block b) {
        List<List<String>> rows = b.rows();
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        XWPFTable t = sink.table(rows.size(), cols);
        if (t == null) { // inside a layout cell: tab-separated lines
            for (List<String> row : rows) {
                runs(sink.para(), String.join("\t", row), false, null);
            }
            return;
        }
        t.setStyleID("TableGrid");
        t.setWidth("100%");
        for (int r = 0; r < rows.size(); r++) {
            boolean header = r == 0 && b.tableHeader();
            XWPFTableRow row = t.getRow(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                String text = c < rows.get(r).size() ? rows.get(r).get(c) : "";
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setSpacingAfter(0);
                runs(p, text, header, null);
                if (header) {
                    cell.setColor("E7ECF2");
                }
            }
        }
        // a little space after the table
        sink.para().setSpacingAfter(0);
    }

    private static void rightTab(XWPFParagraph p, int pos) {
        CTPPr ppr = p.getCTPPr();
        CTTabs tabs = ppr.isSetTabs() ? ppr.getTabs() : ppr.addNewTabs();
        CTTabStop stop = tabs.addNewTab();
        stop.setVal(STTabJc.RIGHT);
        stop.setPos(BigInteger.valueOf(pos));
    }

    /** Adds the line's runs ({@code **bold**} honoured) and returns them. */
    private static List<XWPFRun> runs(XWPFParagraph p, String text, boolean allBold, String color) {
        List<XWPFRun> out = new java.util.ArrayList<>();
        for (Run run : ResumeSource.runs(text)) {
            String[] parts = run.text().split("\t", -1);
            for (int i = 0; i < parts.length; i++) {
                XWPFRun r = p.createRun();
                if (i > 0) {
                    r.addTab();
                }
                r.setText(parts[i]);
                if (allBold || run.bold()) {
                    r.setBold(true);
                }
                if (color != null) {
                    r.setColor(color);
                }
                out.add(r);
            }
        }
        return out;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** Rewrites the zip with fixed entry times so the bytes do not change from run to run. */
    static void normalizeZip(byte[] zip, OutputStream out) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(9);
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(ZIP_TIME);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        }
    }
}
