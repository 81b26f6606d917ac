package dev.standout.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.OcrOptions;
import dev.standout.parse.Warning;
import dev.standout.resume.Certificate;
import dev.standout.resume.Project;

/**
 * Scanned versions of the sample resumes (made in the test: rendered at 150–300 DPI, turned by under a degree, with
 * noise; see {@link ScanFixtures}) read by OCR name the same credentials and projects as the born-digital PDF and
 * score within five points of it: one test per input kind (image-only PDF, mixed PDF, PNG, JPEG, multi-page TIFF).
 * Each scan is analyzed once (OCR is 1–3 s a page). Skips with a message where Tesseract is not installed.
 */
class ScannedResumesTest {
    private static final Path RESUMES = Path.of("resumes");
    private static final Standout STANDOUT = Standout.create();
    private static final Map<String, Result> BORN_DIGITAL = new ConcurrentHashMap<>();

    @BeforeAll
    static void needsTesseract() {
        Assumptions.assumeTrue(OcrOptions.DEFAULT.usable(),
                "Tesseract with English ('tesseract-ocr', 'tesseract-ocr-eng') is not installed: OCR tests skipped");
    }

    private static byte[] pdf(String name) throws Exception {
        return Files.readAllBytes(RESUMES.resolve(name));
    }

    private static Result bornDigital(String name) {
        return BORN_DIGITAL.computeIfAbsent(name, n -> {
            try {
                return STANDOUT.analyze(RESUMES.resolve(n));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void assertSameItems(String name, Result scanned, DocumentFormat format) {
        Result original = bornDigital(name);
        assertThat(scanned.format()).isEqualTo(format);
        assertThat(scanned.warnings()).contains(Warning.OCR).doesNotContain(Warning.NEEDS_OCR);
        assertThat(scanned.ocr()).isPresent();
        assertThat(scanned.ocr().get().confidence()).as("mean word confidence").isGreaterThan(0.8);
        assertThat(certificates(scanned)).as("credentials of scanned %s", name).isEqualTo(certificates(original));
        assertThat(projects(scanned)).as("projects of scanned %s", name).isEqualTo(projects(original));
        assertThat(scanned.analysis().orElseThrow().score()).as("score of scanned %s", name)
                .isCloseTo(original.analysis().orElseThrow().score(), Offset.offset(5.0));
    }

    private static Set<String> certificates(Result r) {
        return r.resume().certificates().stream().map(Certificate::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> projects(Result r) {
        return r.resume().projects().stream().map(p -> p.name().toLowerCase(java.util.Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void readsAnImageOnlyPdfAsTheBornDigitalOne() throws Exception {
        String name = "Jordan_Whitlock_Resume.pdf";
        List<BufferedImage> pages = ScanFixtures.scan(pdf(name), 300, 0.7, 1);
        Result scanned = STANDOUT.analyze(ScanFixtures.imagePdf(pages, 300, true), "scan.pdf");
        assertThat(scanned.ocr().get().pages()).isEqualTo(2);
        assertSameItems(name, scanned, DocumentFormat.PDF);
    }

    @Test
    void readsTheScannedPageOfAMixedPdfAndKeepsTheTextOfTheOthers() throws Exception {
        String name = "KaydenBrooks_FrontEnd_Developer.pdf";
        byte[] original = pdf(name);
        BufferedImage second = ScanFixtures.scan(original, 300, -0.5, 2).get(1);
        Result scanned = STANDOUT.analyze(ScanFixtures.mixedPdf(original, 1, second, 300), "mixed.pdf");
        assertThat(scanned.ocr().get().pages()).as("only the image page is read by OCR").isEqualTo(1);
        assertSameItems(name, scanned, DocumentFormat.PDF);
    }

    @Test
    void readsAPngScan() throws Exception {
        String name = "Mireille Tanaka-Boyd CV.pdf";
        BufferedImage page = ScanFixtures.scan(pdf(name), 300, 0.4, 3).get(0);
        assertSameItems(name, STANDOUT.analyze(ScanFixtures.image(page, "png"), "scan.png"), DocumentFormat.PNG);
    }

    @Test
    void readsAJpegPhotoAt200Dpi() throws Exception {
        String name = "LuciaFerreiraDunn_CPA.pdf";
        BufferedImage page = ScanFixtures.scan(pdf(name), 200, -0.8, 4).get(0);
        assertSameItems(name, STANDOUT.analyze(ScanFixtures.image(page, "jpeg"), "photo.jpg"), DocumentFormat.JPEG);
    }

    @Test
    void readsAMultiPageTiffAt150Dpi() throws Exception {
        String name = "resume_tobias_grennell.pdf";
        List<BufferedImage> pages = ScanFixtures.scan(pdf(name), 150, 0.3, 5);
        Result scanned = STANDOUT.analyze(ScanFixtures.images(pages, "tiff"), "scan.tif");
        assertSameItems(name, scanned, DocumentFormat.TIFF);
    }
}
