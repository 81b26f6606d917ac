package dev.standout.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** hOCR reading and the cues OCR lines carry, on hOCR written by hand: no Tesseract needed. */
class OcrLinesTest {

    private static String word(int x0, int y0, int x1, int y1, int conf, String text) {
        return "<span class='ocrx_word' id='w' title='bbox " + x0 + " " + y0 + " " + x1 + " " + y1 + "; x_wconf " + conf
                + "'>" + text + "</span>\n";
    }

    private static String line(int x0, int y0, int x1, int y1, double slope, int offset, String words) {
        return "<span class='ocr_line' id='l' title=\"bbox " + x0 + " " + y0 + " " + x1 + " " + y1 + "; baseline "
                + slope + " " + offset + "; x_size 40; x_descenders 9; x_ascenders 8\">\n" + words + "</span>\n";
    }

    private static String page(String... lines) {
        return "<div class='ocr_page' id='page_1' title='image \"p\"; bbox 0 0 2550 3300; ppageno 0'>\n"
                + "<div class='ocr_carea' id='b' title=\"bbox 0 0 2550 3300\"><p class='ocr_par' id='p' title=\"bbox 0 0 1 1\">\n"
                + String.join("", lines) + "</p></div></div>";
    }

    @Test
    void readsWordsBoxesConfidencesAndEntities() {
        Hocr.Page p = Hocr.read(page(line(200, 300, 900, 340, 0, -9,
                word(200, 300, 400, 331, 96, "R&amp;D") + word(420, 300, 600, 340, 71, "&lt;Lead&gt;"))));
        assertThat(p.width()).isEqualTo(2550);
        assertThat(p.lines()).hasSize(1);
        Hocr.Line l = p.lines().get(0);
        assertThat(l.words()).extracting(Hocr.Word::text).containsExactly("R&D", "<Lead>");
        assertThat(l.words()).extracting(Hocr.Word::conf).containsExactly(96, 71);
        assertThat(l.size()).isEqualTo(40.0);
        assertThat(l.baseAt(200)).isEqualTo(331.0);
        assertThat(p.words()).isEqualTo(2);
    }

    @Test
    void turnsAMisreadBulletIntoABulletAndDropsSpecksAndNoise() {
        Hocr.Page p = Hocr.read(page(
                // "e" read from a bullet, floating above the baseline
                line(222, 1136, 1200, 1175, 0, -9, word(222, 1147, 233, 1158, 55, "e")
                        + word(263, 1136, 424, 1166, 96, "Relevant") + word(440, 1136, 700, 1166, 95, "coursework")),
                // a title, a 2x2 speck and low-confidence marks in the gap, then its date
                line(200, 1300, 2340, 1345, 0, -9, word(200, 1300, 400, 1336, 96, "Titanic")
                        + word(420, 1300, 700, 1336, 96, "Prediction") + word(1142, 1300, 1144, 1302, 83, "-")
                        + word(1300, 1310, 1360, 1330, 6, "oe") + word(2200, 1300, 2340, 1336, 96, "2023"))));
        List<PdfPageReader.Line> lines = OcrLines.lines(p, null, 300);
        assertThat(lines).extracting(PdfPageReader.Line::text)
                .containsExactly("• Relevant coursework", "Titanic Prediction\t2023");
        assertThat(lines.get(0).textLeft()).isGreaterThan(lines.get(0).left());
        assertThat(lines.get(0).conf()).as("the bullet glyph does not count").isCloseTo(0.955f,
                org.assertj.core.data.Offset.offset(0.001f));
    }

    @Test
    void keepsARealWordThatOpensALine() {
        Hocr.Page p = Hocr.read(page(line(200, 300, 900, 340, 0, -9,
                word(200, 300, 230, 331, 90, "A") + word(250, 300, 600, 331, 96, "Certified"))));
        assertThat(OcrLines.lines(p, null, 300)).extracting(PdfPageReader.Line::text).containsExactly("A Certified");
    }

    @Test
    void measuresIndentsOnATurnedPageAsOnAStraightOne() {
        double slope = 0.0175; // a page turned by one degree
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            int y = 400 + 60 * i;
            int left = (i % 2 == 0 ? 200 : 320) - (int) Math.round(y * slope); // every other line indented 120 px
            int bottom = y + 40 - (int) Math.round(0 * slope);
            lines.append(line(left, y, left + 1500, bottom + 26, slope, -9, word(left, y, left + 300, bottom, 96, "Words")
                    + word(left + 320, y + 6, left + 700, bottom + 6, 96, "on") + word(left + 720, y + 12, left + 1500,
                    bottom + 12, 96, "line")));
        }
        List<PdfPageReader.Line> read = OcrLines.lines(Hocr.read(page(lines.toString())), null, 300);
        assertThat(read).hasSize(6);
        float indent = read.get(1).left() - read.get(0).left();
        float drift = read.get(2).left() - read.get(0).left();
        assertThat(indent).as("120 px at 300 DPI is 28.8 pt").isCloseTo(28.8f, org.assertj.core.data.Offset.offset(2f));
        assertThat(drift).as("lines at the margin stay at the margin").isCloseTo(0f, org.assertj.core.data.Offset.offset(2f));
    }
}
