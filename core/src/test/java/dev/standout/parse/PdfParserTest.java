package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.EmptyTextException;
import dev.standout.ErrorType;

import dev.standout.parse.Fixtures.Text;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

class PdfParserTest {

    private static final DocumentParsers PARSERS = DocumentParsers.standard();

    static final List<String> LEFT = List.of(
            "EXPERIENCE",
            "Data Engineer, Example Analytics",
            "March 2019 - June 2023",
            "- Built batch pipelines on Apache Spark",
            "- Moved nightly reports to incremental loads",
            "- Cut warehouse costs by a third",
            "- Mentored two junior engineers",
            "Junior Analyst, Sample Retail Company",
            "July 2016 - February 2019",
            "- Wrote SQL reports for store managers",
            "- Automated the weekly sales summary",
            "- Cleaned product data for the catalog",
            "Intern, Placeholder Logistics",
            "June 2015 - August 2015",
            "- Mapped delivery routes in Python",
            "- Documented the routing scripts");

    static final List<String> RIGHT = List.of(
            "SKILLS",
            "Python and pandas",
            "Apache Spark",
            "SQL and dbt",
            "Airflow scheduling",
            "Terraform",
            "EDUCATION",
            "B.Sc. Computer Science",
            "Example University, 2016",
            "CERTIFICATES",
            "Invented Cloud Data Course",
            "Imaginary Kafka Workshop");

    /** A name header over two columns: Experience on the left, Skills and Education on the right. */
    static byte[] twoColumnPdf() {
        List<Text> texts = new ArrayList<>();
        texts.add(Text.bold(230, 60, 20, "Jane Example"));
        texts.add(Text.at(170, 82, 10, "Data Engineer | jane@example.com | Exampletown"));
        float y = 124;
        for (String line : LEFT) {
            boolean heading = line.equals(line.toUpperCase()) && !line.startsWith("-");
            texts.add(heading ? Text.bold(50, y, 12, line) : Text.at(50, y, 10.5f, line));
            y += 14.5f;
        }
        y = 128;
        for (String line : RIGHT) {
            boolean heading = line.equals(line.toUpperCase());
            if (heading && y > 130) {
                y += 8; // space before a heading
            }
            texts.add(heading ? Text.bold(380, y, 12, line) : Text.at(380, y, 10, line));
            y += 16;
        }
        return Fixtures.pdf(List.of(texts));
    }

    @Test
    void readsSingleColumnTextInOrder() throws DocumentException {
        byte[] pdf = Fixtures.simplePdf("Jane Example", "Data Engineer", "Built data pipelines for invented clients");
        ParsedDocument doc = PARSERS.parse(pdf, ParseLimits.DEFAULT);
        assertThat(doc.format()).isEqualTo(DocumentFormat.PDF);
        assertThat(doc.pages()).isEqualTo(1);
        assertThat(doc.text()).isEqualTo("Jane Example\nData Engineer\nBuilt data pipelines for invented clients");
        assertThat(doc.warnings()).isEmpty();
    }

    @Test
    void readsTwoColumnsOneAfterTheOtherBelowTheHeader() throws DocumentException {
        ParsedDocument doc = PARSERS.parse(twoColumnPdf(), ParseLimits.DEFAULT);
        List<String> lines = nonBlankLines(doc.text());

        assertThat(doc.warnings()).contains(Warning.MULTI_COLUMN);
        assertThat(lines.get(0)).isEqualTo("Jane Example");
        assertThat(lines.get(1)).isEqualTo("Data Engineer | jane@example.com | Exampletown");
        int left = Collections.indexOfSubList(lines, LEFT);
        int right = Collections.indexOfSubList(lines, RIGHT);
        assertThat(left).as("left column contiguous and in order in%n%s", doc.text()).isEqualTo(2);
        assertThat(right).as("right column contiguous and in order in%n%s", doc.text()).isEqualTo(2 + LEFT.size());
    }

    @Test
    void keepsRightAlignedDatesOnTheirLines() throws DocumentException {
        List<Text> texts = new ArrayList<>();
        float y = 60;
        texts.add(Text.bold(72, y, 16, "John Sample"));
        y += 30;
        texts.add(Text.bold(72, y, 12, "EXPERIENCE"));
        y += 20;
        String[][] jobs = {
                {"Software Engineer, Example Corp", "2019 \u2013 2021", "Exampletown, EX"},
                {"Developer, Sample Systems", "2016 \u2013 2019", "Sampleville, SV"},
                {"Junior Developer, Demo Labs", "2014 \u2013 2016", "Democity, DC"},
                {"Intern, Placeholder Inc", "2013 \u2013 2014", "Placeton, PL"}};
        for (String[] job : jobs) {
            texts.add(Text.bold(72, y, 10.5f, job[0]));
            texts.add(Text.right(540, y, 10.5f, job[1]));
            y += 14;
            texts.add(Text.at(72, y, 10, "Full-time role"));
            texts.add(Text.right(540, y, 10, job[2]));
            y += 14;
            for (String bullet : List.of("- Shipped invented features", "- Reviewed code weekly",
                    "- Wrote tests for services")) {
                texts.add(Text.at(84, y, 10, bullet));
                y += 13;
            }
            y += 8;
        }
        texts.add(Text.bold(72, y, 12, "EDUCATION"));
        y += 20;
        String[][] degrees = {
                {"M.Sc. Informatics, Example University", "2012 \u2013 2013"},
                {"B.Sc. Informatics, Example University", "2009 \u2013 2012"},
                {"Exchange term, Sample College", "2011"},
                {"High school diploma, Demo School", "2009"}};
        for (String[] d : degrees) {
            texts.add(Text.at(72, y, 10, d[0]));
            texts.add(Text.right(540, y, 10, d[1]));
            y += 13;
        }

        ParsedDocument doc = PARSERS.parse(Fixtures.pdf(List.of(texts)), ParseLimits.DEFAULT);

        assertThat(doc.warnings()).doesNotContain(Warning.MULTI_COLUMN);
        List<String> lines = nonBlankLines(doc.text());
        // one line each; the wide gap before the date is a tab
        assertThat(lines).contains("Software Engineer, Example Corp\t2019 \u2013 2021",
                "Full-time role\tExampletown, EX",
                "Intern, Placeholder Inc\t2013 \u2013 2014",
                "M.Sc. Informatics, Example University\t2012 \u2013 2013",
                "High school diploma, Demo School\t2009");
    }

    @Test
    void keepsALabelValueTableRowByRow() throws DocumentException {
        List<Text> texts = new ArrayList<>();
        float y = 72;
        String[][] rows = {{"Name", "Jane Example"}, {"Email", "jane@example.com"}, {"Phone", "555 0100"},
                {"Languages", "Python, SQL, Scala"}, {"Databases", "PostgreSQL, Cassandra"},
                {"Cloud", "Invented Cloud Platform"}, {"Tools", "Airflow, dbt, Git"},
                {"Methods", "Scrum, code review"}, {"Spoken", "English, Spanish"},
                {"Location", "Exampletown"}, {"Availability", "Two weeks"}, {"Visa", "Not required"}};
        for (String[] row : rows) {
            texts.add(Text.bold(72, y, 11, row[0]));
            texts.add(Text.at(250, y, 11, row[1]));
            y += 18;
        }
        ParsedDocument doc = PARSERS.parse(Fixtures.pdf(List.of(texts)), ParseLimits.DEFAULT);
        assertThat(doc.warnings()).doesNotContain(Warning.MULTI_COLUMN);
        assertThat(nonBlankLines(doc.text())).contains("Name\tJane Example", "Tools\tAirflow, dbt, Git");
    }

    @Test
    void separatesParagraphsByVerticalGaps() throws DocumentException {
        List<Text> texts = List.of(
                Text.at(72, 72, 11, "First paragraph line one"),
                Text.at(72, 86, 11, "First paragraph line two"),
                Text.at(72, 130, 11, "Second paragraph after a gap"));
        ParsedDocument doc = PARSERS.parse(Fixtures.pdf(List.of(texts)), ParseLimits.DEFAULT);
        assertThat(doc.text()).isEqualTo(
                "First paragraph line one\nFirst paragraph line two\n\nSecond paragraph after a gap");
    }

    @Test
    void readsNothingFromAnImagePageWithoutTextWhenOcrIsOn() throws DocumentException {
        org.junit.jupiter.api.Assumptions.assumeTrue(OcrOptions.DEFAULT.usable(), "Tesseract is not installed");
        byte[] pdf = Fixtures.pdfWithImagePages(Arrays.asList(null, "Jane Example, Data Engineer"));
        ParsedDocument doc = PARSERS.parse(pdf, ParseLimits.DEFAULT);
        assertThat(doc.text()).isEqualTo("Jane Example, Data Engineer");
        assertThat(doc.warnings()).as("a picture without words is no text to read").isEmpty();
        assertThat(doc.ocr()).isNull();
    }

    @Test
    void failsWithEmptyTextForAnImageOnlyPdf() {
        byte[] pdf = Fixtures.pdfWithImagePages(Arrays.asList((String) null));
        assertThatThrownBy(() -> PARSERS.parse(pdf, ParseLimits.DEFAULT))
                .isInstanceOf(EmptyTextException.class)
                .hasMessageContaining("OCR");
    }

    @Test
    void warnsThatImagePagesNeedOcrWhenOtherPagesHaveTextAndOcrIsOff() throws DocumentException {
        byte[] pdf = Fixtures.pdfWithImagePages(Arrays.asList(null, "Jane Example, Data Engineer"));
        ParsedDocument doc = DocumentParsers.standard(OcrOptions.NEVER).parse(pdf, ParseLimits.DEFAULT);
        assertThat(doc.text()).isEqualTo("Jane Example, Data Engineer");
        assertThat(doc.warnings()).contains(Warning.NEEDS_OCR);
        assertThat(doc.pages()).isEqualTo(2);
    }

    @Test
    void failsAsEncryptedWithAUserPassword() {
        byte[] pdf = Fixtures.protect(Fixtures.simplePdf("Jane Example"), "owner-secret", "user-secret");
        assertThatThrownBy(() -> PARSERS.parse(pdf, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.ENCRYPTED))
                .hasMessageContaining("password");
    }

    @Test
    void readsAPdfWithOnlyAnOwnerPasswordAndSaysSo() throws DocumentException {
        byte[] pdf = Fixtures.protect(Fixtures.simplePdf("Jane Example", "Data Engineer"), "owner-secret", "");
        ParsedDocument doc = PARSERS.parse(pdf, ParseLimits.DEFAULT);
        assertThat(doc.text()).isEqualTo("Jane Example\nData Engineer");
        assertThat(doc.warnings()).containsExactly(Warning.OWNER_PASSWORD_IGNORED);
    }

    @Test
    void readsTheFirstPagesOfALongDocumentAndWarns() throws DocumentException {
        List<List<Text>> pages = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            pages.add(List.of(Text.at(72, 72, 11, "Invented page number " + i)));
        }
        ParsedDocument doc = PARSERS.parse(Fixtures.pdf(pages), ParseLimits.DEFAULT.withMaxPages(2));
        assertThat(doc.pages()).isEqualTo(2);
        assertThat(doc.text()).contains("Invented page number 1", "Invented page number 2")
                .doesNotContain("Invented page number 3");
        assertThat(doc.warnings()).contains(Warning.TRUNCATED);
    }

    @Test
    void separatesPagesByABlankLine() throws DocumentException {
        List<List<Text>> pages = List.of(List.of(Text.at(72, 72, 11, "Page one text")),
                List.of(Text.at(72, 72, 11, "Page two text")));
        ParsedDocument doc = PARSERS.parse(Fixtures.pdf(pages), ParseLimits.DEFAULT);
        assertThat(doc.text()).isEqualTo("Page one text\n\nPage two text");
    }

    @Test
    void toleratesJunkBeforeTheHeader() throws DocumentException {
        byte[] pdf = Fixtures.simplePdf("Jane Example");
        byte[] junk = "garbage from a mail gateway\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] withJunk = new byte[junk.length + pdf.length];
        System.arraycopy(junk, 0, withJunk, 0, junk.length);
        System.arraycopy(pdf, 0, withJunk, junk.length, pdf.length);
        assertThat(FormatDetector.detect(withJunk)).isEqualTo(DocumentFormat.PDF);
        assertThat(PARSERS.parse(withJunk, ParseLimits.DEFAULT).text()).isEqualTo("Jane Example");
    }

    @Test
    void truncatedPrefixesGiveTypedFailuresOrPartialText() {
        byte[] pdf = twoColumnPdf();
        for (int len = 1; len < pdf.length; len += Math.max(1, pdf.length / 150)) {
            byte[] prefix = Arrays.copyOf(pdf, len);
            try {
                ParsedDocument doc = PARSERS.parse(prefix, ParseLimits.DEFAULT);
                assertThat(doc.text()).isNotBlank();
                if (doc.format() == DocumentFormat.PDF) {
                    assertThat(doc.warnings()).as("prefix of %d bytes", len).contains(Warning.PARTIAL_TEXT);
                }
            } catch (DocumentException e) {
                assertThat(e.type()).as("prefix of %d bytes: %s", len, e.getMessage()).isNotEqualTo(ErrorType.INTERNAL);
            } catch (Throwable t) {
                fail("prefix of " + len + " bytes threw " + t, t);
            }
        }
    }

    static List<String> nonBlankLines(String text) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n")) {
            if (!l.isBlank()) {
                lines.add(l);
            }
        }
        return lines;
    }
}
