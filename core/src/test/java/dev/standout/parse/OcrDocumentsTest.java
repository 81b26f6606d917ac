package dev.standout.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;

/**
 * Images as documents: sizes checked before decoding, hostile images, OCR turned off or missing, Tesseract failing or
 * hanging (its process never left behind), and one small page really read (skipped without Tesseract). The scanned
 * sample resumes are read in the samples module's {@code ScannedResumesTest}.
 */
class OcrDocumentsTest {
    private static final boolean TESSERACT = OcrOptions.DEFAULT.usable();

    /** A small page of invented resume text: a bold title, two bullets, a plain line. */
    static BufferedImage page() {
        BufferedImage img = new BufferedImage(1800, 700, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 54));
        g.drawString("Certifications", 100, 120);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 42));
        g.fillOval(110, 205, 16, 16);
        g.drawString("Certified Kubernetes Administrator, 2023", 160, 225);
        g.fillOval(110, 285, 16, 16);
        g.drawString("AWS Certified Solutions Architect Associate", 160, 305);
        g.drawString("Jane Example worked on cloud platforms for six years.", 100, 420);
        g.dispose();
        return img;
    }

    static byte[] encode(BufferedImage img, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(img, format, out)) throw new IllegalStateException("no writer for " + format);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static ErrorType failure(DocumentParsers parsers, byte[] bytes) {
        try {
            parsers.parse(bytes, ParseLimits.DEFAULT);
            return null;
        } catch (DocumentException e) {
            return e.type();
        }
    }

    // ---------------------------------------------------------------- sizes and hostile images

    @Test
    void readsImageSizesFromTheirHeaders() throws Exception {
        BufferedImage img = new BufferedImage(321, 123, BufferedImage.TYPE_BYTE_GRAY);
        assertThat(ImageHeader.sizes(encode(img, "png"), DocumentFormat.PNG)).containsExactly(new ImageHeader.Size(321, 123));
        assertThat(ImageHeader.sizes(encode(img, "jpeg"), DocumentFormat.JPEG)).containsExactly(new ImageHeader.Size(321, 123));
        assertThat(ImageHeader.sizes(encode(img, "tiff"), DocumentFormat.TIFF)).containsExactly(new ImageHeader.Size(321, 123));
        assertThat(FormatDetector.detect(encode(img, "png"))).isEqualTo(DocumentFormat.PNG);
        assertThat(FormatDetector.detect(encode(img, "jpeg"))).isEqualTo(DocumentFormat.JPEG);
        assertThat(FormatDetector.detect(encode(img, "tiff"))).isEqualTo(DocumentFormat.TIFF);
    }

    /** A PNG whose header claims 100,000 × 100,000 pixels, with a few bytes of data: a decompression bomb. */
    static byte[] pngBomb() {
        byte[] png = encode(new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY), "png");
        byte[] b = Arrays.copyOf(png, png.length);
        for (int at : new int[] {16, 20}) {
            b[at] = 0;
            b[at + 1] = 0x01;
            b[at + 2] = (byte) 0x86;
            b[at + 3] = (byte) 0xA0; // 100,000
        }
        return b;
    }

    @Test
    void refusesADecompressionBombAtOnceAsTooLarge() {
        long start = System.nanoTime();
        for (OcrOptions o : List.of(OcrOptions.DEFAULT, OcrOptions.NEVER)) {
            assertThatThrownBy(() -> DocumentParsers.standard(o).parse(pngBomb(), ParseLimits.DEFAULT))
                    .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE))
                    .hasMessageContaining("100,000 × 100,000");
        }
        // a JPEG whose frame claims 65,535 × 65,535
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xC0, 0, 11, 8, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, 1, 1, 0x11, 0, (byte) 0xFF, (byte) 0xD9};
        assertThat(failure(DocumentParsers.standard(), jpeg)).isEqualTo(ErrorType.TOO_LARGE);
        // a TIFF whose first page is 200,000 × 300 (LONG width and SHORT length tags)
        byte[] tiff = {'I', 'I', 42, 0, 8, 0, 0, 0, 2, 0, 0, 1, 4, 0, 1, 0, 0, 0, 0x40, 0x0D, 0x03, 0, 1, 1, 3, 0, 1, 0, 0,
                0, 0x2C, 0x01, 0, 0, 0, 0, 0, 0};
        assertThat(failure(DocumentParsers.standard(), tiff)).isEqualTo(ErrorType.TOO_LARGE);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("nothing decoded").isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void failsAsCorruptForATruncatedImageAndAsUnsupportedForANonImageNamedPng() throws Exception {
        byte[] png = encode(page(), "png");
        byte[] truncated = Arrays.copyOf(png, png.length / 3);
        assertThat(failure(DocumentParsers.standard(), truncated))
                .isEqualTo(TESSERACT ? ErrorType.CORRUPT : ErrorType.UNSUPPORTED_FORMAT);
        assertThat(failure(DocumentParsers.standard(), Arrays.copyOf(png, 20))).as("a header cut short")
                .isEqualTo(ErrorType.CORRUPT);
        byte[] random = new byte[4096];
        new java.util.Random(3).nextBytes(random);
        random[0] = 0x13;
        // the name says PNG; the bytes are not an image: the format is told from the content
        assertThatThrownBy(() -> Standout.builder().withoutScoring().build().analyze(random, "resume.png"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.UNSUPPORTED_FORMAT));
    }

    @Test
    void saysWhyAnImageIsNotReadWithoutOcr() throws DocumentException {
        byte[] png = encode(page(), "png");
        assertThatThrownBy(() -> DocumentParsers.standard(OcrOptions.NEVER).parse(png, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.UNSUPPORTED_FORMAT))
                .hasMessageContaining("PNG image").hasMessageContaining("turned off");
        OcrOptions missing = OcrOptions.DEFAULT.withCommand("standout-no-such-tesseract");
        assertThat(missing.usable()).isFalse();
        assertThatThrownBy(() -> DocumentParsers.standard(missing).parse(png, ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.UNSUPPORTED_FORMAT))
                .hasMessageContaining("not installed");
        // a PDF page that is an image keeps the old warning when OCR cannot run
        byte[] pdf = Fixtures.pdfWithImagePages(Arrays.asList(null, "Jane Example, Data Engineer"));
        assertThat(DocumentParsers.standard(missing).parse(pdf, ParseLimits.DEFAULT).warnings())
                .containsExactly(Warning.NEEDS_OCR);
        assertThatThrownBy(() -> Standout.builder().ocr(missing.withMode(OcrMode.ALWAYS)).build())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("standout-no-such-tesseract");
    }

    // ---------------------------------------------------------------- Tesseract failing or hanging

    /** A stand-in for Tesseract: lists English, then runs {@code body} on a page. POSIX shells only. */
    private static OcrOptions fake(Path dir, String body) throws IOException {
        Assumptions.assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path script = dir.resolve("fake-tesseract-" + Math.abs(body.hashCode()));
        Files.writeString(script, "#!/bin/sh\nif [ \"$1\" = --list-langs ]; then echo 'List of available languages'; "
                + "echo eng; exit 0; fi\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return OcrOptions.DEFAULT.withCommand(script.toString()).withPageTimeout(Duration.ofSeconds(1));
    }

    private static long sleepers() {
        try (var d = ProcessHandle.current().descendants()) {
            return d.filter(h -> h.info().command().map(c -> c.endsWith("sleep")).orElse(false)).count();
        }
    }

    @Test
    void destroysATesseractThatRunsPastTheTimeLimitAndLeavesNoProcess(@TempDir Path dir) throws Exception {
        OcrOptions hanging = fake(dir, "exec sleep 60");
        long start = System.nanoTime();
        assertThat(failure(DocumentParsers.standard(hanging), encode(page(), "png"))).isEqualTo(ErrorType.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
        assertThat(sleepers()).as("no process left behind").isZero();
    }

    @Test
    void stopsOcrWhenTheThreadIsInterrupted(@TempDir Path dir) throws Exception {
        OcrOptions hanging = fake(dir, "exec sleep 60").withPageTimeout(Duration.ofSeconds(60));
        AtomicReference<ErrorType> outcome = new AtomicReference<>();
        Thread t = new Thread(() -> outcome.set(failure(DocumentParsers.standard(hanging), encode(page(), "png"))));
        t.start();
        Thread.sleep(1500);
        t.interrupt();
        t.join(20_000);
        assertThat(t.isAlive()).isFalse();
        assertThat(outcome.get()).isEqualTo(ErrorType.TIMEOUT);
        assertThat(sleepers()).as("no process left behind").isZero();
    }

    @Test
    void failsAsCorruptWhenTesseractCannotReadThePage(@TempDir Path dir) throws Exception {
        OcrOptions failing = fake(dir, "echo 'Error in pixReadStream: Unknown format' >&2; exit 1");
        assertThatThrownBy(() -> DocumentParsers.standard(failing).parse(encode(page(), "png"), ParseLimits.DEFAULT))
                .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.type()).isEqualTo(ErrorType.CORRUPT))
                .hasMessageContaining("Unknown format");
    }

    // ---------------------------------------------------------------- a page really read

    @Test
    void readsAPageImageWithItsCuesAndConfidence() throws Exception {
        Assumptions.assumeTrue(TESSERACT, "Tesseract with English is not installed: skipped");
        byte[] png = encode(page(), "png");
        ParsedDocument doc = DocumentParsers.standard().parse(png, ParseLimits.DEFAULT);
        assertThat(doc.format()).isEqualTo(DocumentFormat.PNG);
        assertThat(doc.warnings()).containsExactly(Warning.OCR);
        assertThat(doc.ocr().pages()).isEqualTo(1);
        assertThat(doc.ocr().confidence()).isGreaterThan(0.85);
        List<ParsedLine> lines = doc.lines().stream().filter(l -> !l.text().isBlank()).toList();
        assertThat(lines).extracting(ParsedLine::text).containsExactly("Certifications",
                "• Certified Kubernetes Administrator, 2023", "• AWS Certified Solutions Architect Associate",
                "Jane Example worked on cloud platforms for six years.");
        assertThat(lines.get(0).style().titleCue()).as("bold and larger").isTrue();
        assertThat(lines.get(1).style().listItem()).isTrue();
        assertThat(lines.get(3).style().titleCue()).isFalse();
        assertThat(lines.get(1).confidence()).isGreaterThan(0.8f);

        Result r = Standout.builder().withoutScoring().build().analyze(png, "scan.png");
        assertThat(r.ocr()).isPresent();
        assertThat(r.resume().certificates()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.confidence()).isGreaterThan(0.5));
        assertThat(r.toJson()).contains("\"format\":\"PNG\"").contains("\"OCR\"").contains("\"ocr\":{\"pages\":1");
        assertThat(dev.standout.ContractSchema.errorsAgainstThisVersion(r.toJson())).isEmpty();
    }
}
