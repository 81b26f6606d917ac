package dev.standout.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regenerates the samples into a temporary folder and checks them against the committed ones,
 * so that a change to resumes-src or the generator that was not followed by a regeneration shows.
 * PDFs are compared by their text and DOCX files by their unzipped parts, not byte for byte, so the
 * test does not depend on the zlib build.
 */
class SampleResumeGeneratorTest {

    private static final Path SRC = Path.of("resumes-src");
    private static final Path RESUMES = Path.of("resumes");
    private static final Path TRIPLETS = Path.of("triplets");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void generate() throws IOException {
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        List<String> tooLong = SampleResumeGenerator.generate(SRC, tmp.resolve("resumes"), tmp.resolve("triplets"), false);
        assertThat(tooLong).as("resumes longer than two pages").isEmpty();
    }

    @Test
    void twelveResumesOneFilePerPersonInMixedFormats() throws IOException {
        List<Path> files = list(tmp.resolve("resumes"));
        assertThat(files).hasSize(12);
        assertThat(files).filteredOn(p -> p.toString().endsWith(".pdf")).hasSizeGreaterThanOrEqualTo(6);
        assertThat(files).filteredOn(p -> p.toString().endsWith(".docx")).hasSizeGreaterThanOrEqualTo(3);
        assertThat(files).filteredOn(p -> p.toString().endsWith(".txt")).hasSizeBetween(1, 2);
        assertThat(list(tmp.resolve("triplets"))).hasSize(9);
    }

    @Test
    void committedSamplesMatchTheSources() throws IOException {
        for (String dir : List.of("resumes", "triplets")) {
            Path committedDir = dir.equals("resumes") ? RESUMES : TRIPLETS;
            for (Path fresh : list(tmp.resolve(dir))) {
                Path committed = committedDir.resolve(fresh.getFileName().toString());
                assertThat(committed).as("committed copy of %s (regenerate the samples)", fresh.getFileName()).exists();
                String name = fresh.getFileName().toString();
                if (name.endsWith(".pdf")) {
                    assertThat(pdfText(committed)).as(name).isEqualTo(pdfText(fresh));
                } else if (name.endsWith(".docx")) {
                    assertThat(zipParts(committed)).as(name).isEqualTo(zipParts(fresh));
                } else {
                    assertThat(Files.readString(committed)).as(name).isEqualTo(Files.readString(fresh));
                }
            }
        }
    }

    @Test
    void tripletsSayTheSameInEveryFormat() throws IOException {
        for (String id : List.of("jordan-whitlock", "mireille-tanaka-boyd", "hannah-meriwether")) {
            String txt = Files.readString(tmp.resolve("triplets").resolve(id + ".txt"));
            String pdf = pdfText(tmp.resolve("triplets").resolve(id + ".pdf"));
            String docx = docxText(tmp.resolve("triplets").resolve(id + ".docx"));
            // the same words in the same order: layout, bullets and punctuation aside
            assertThat(words(pdf)).as(id + ".pdf").isEqualTo(words(txt));
            assertThat(words(docx)).as(id + ".docx").isEqualTo(words(txt));
        }
        String pdf = pdfText(tmp.resolve("triplets").resolve("jordan-whitlock.pdf"));
        assertThat(pdf).contains("Titanic Survival Prediction", "IBM Data Science Professional Certificate");
        String docx = docxText(tmp.resolve("triplets").resolve("mireille-tanaka-boyd.docx"));
        assertThat(docx).contains("2.1M readings", "Certified Analytics Professional (CAP)");
    }

    @Test
    void unencodableCharactersAreReplacedInPdfs() throws IOException {
        String pdf = pdfText(tmp.resolve("resumes").resolve("KaydenBrooks_FrontEnd_Developer.pdf"));
        assertThat(pdf).contains("Front-End Developer \u2022 React").doesNotContain("\u2605");
        String cv = pdfText(tmp.resolve("resumes").resolve("Mireille Tanaka-Boyd CV.pdf"));
        assertThat(cv).contains("Data Analyst -> Data Scientist");
    }

    @Test
    void nameInTheTextBoxIsInTheDocx() throws IOException {
        String docx = docxText(tmp.resolve("resumes").resolve("Marcus Okafor - Project Manager.docx"));
        assertThat(docx).contains("Marcus Okafor", "Project Management Professional (PMP)");
    }

    @Test
    void regeneratingGivesTheSameBytes(@TempDir Path again) throws IOException {
        SampleResumeGenerator.generate(SRC, again.resolve("resumes"), again.resolve("triplets"), false);
        for (String dir : List.of("resumes", "triplets")) {
            for (Path p : list(tmp.resolve(dir))) {
                assertThat(Files.readAllBytes(again.resolve(dir).resolve(p.getFileName().toString())))
                    .as(p.getFileName().toString()).isEqualTo(Files.readAllBytes(p));
            }
        }
    }

    private static List<Path> list(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    private static String pdfText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String docxText(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx);
             XWPFDocument doc = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private static String zipParts(Path zip) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                in.transferTo(bytes);
                sb.append("== ").append(e.getName()).append('\n').append(bytes.toString(StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    private static List<String> words(String s) {
        return List.of(s.split("[^\\p{L}\\p{N}]+")).stream().filter(w -> !w.isEmpty()).toList();
    }
}
