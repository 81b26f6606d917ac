package dev.standout.parse;

import dev.standout.DocumentTimeoutException;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs the Tesseract command on one page image, the way Apache Tika's {@code TesseractOCRParser} does: a child
 * process per page, its input and output in a fresh private temporary folder, a time limit after which the process
 * is destroyed (forcibly, with any child it started) and waited for, so that no process is ever left behind.
 *
 * <p><b>Why a process and not a Java binding.</b> The maintained bindings (Tess4J, the bytedeco presets) load
 * Tesseract into the JVM through JNA/JNI: a crash in Leptonica or Tesseract on a hostile image would take the JVM
 * (and a batch's other files) down with it, a page that runs too long cannot be stopped (a thread in native code
 * ignores interruption), and they bring a native library per platform (bytedeco: about 40 MB) or need the same Debian
 * package anyway (Tess4J). A process costs about 30 ms to start, against 1–3 s of recognition per page. Measured here
 * with {@code tesseract 5.3.0}: 2.0 s for a letter page at 300 DPI with {@code OMP_THREAD_LIMIT=1}, 9.5 s without it
 * (OpenMP threads fight over two cores), so the child runs with one OpenMP thread; a batch runs pages in parallel
 * through its own workers instead.
 *
 * <p>Input is written as binary PGM (8-bit grey; Leptonica reads it with no decoding cost), output read as hOCR
 * ({@link Hocr}): word boxes, line boxes with Tesseract's estimate of the line's text size (x_size) and baseline,
 * word confidences.
 *
 * <p>Whether the command exists and which languages it has is asked once per command and remembered for the life
 * of the JVM (a cache, not a setting). Thread-safe.
 */
final class Tesseract {
    private static final ConcurrentHashMap<String, Set<String>> LANGUAGES = new ConcurrentHashMap<>();
    private static final long PROBE_SECONDS = 20;

    private Tesseract() {
    }

    /** Whether {@code command} runs and has every language of {@code language} ("eng", "eng+fra"). */
    static boolean hasLanguages(String command, String language) {
        Set<String> installed = LANGUAGES.computeIfAbsent(command, Tesseract::probe);
        if (installed.isEmpty()) return false;
        for (String l : language.split("\\+")) {
            if (!installed.contains(l)) return false;
        }
        return true;
    }

    /** The languages {@code tesseract --list-langs} prints; empty when the command does not run. */
    private static Set<String> probe(String command) {
        Path out = null;
        Process p = null;
        try {
            out = Files.createTempFile("standout-tesseract", ".txt");
            p = new ProcessBuilder(command, "--list-langs").redirectErrorStream(true)
                    .redirectOutput(out.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice())).start();
            if (!p.waitFor(PROBE_SECONDS, TimeUnit.SECONDS) || p.exitValue() != 0) return Set.of();
            List<String> langs = new ArrayList<>();
            for (String line : Files.readAllLines(out, StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (!l.isEmpty() && !l.startsWith("List of") && l.matches("[A-Za-z0-9_]+")) langs.add(l);
            }
            return Set.copyOf(langs);
        } catch (IOException e) {
            return Set.of(); // no such command
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Set.of();
        } finally {
            if (p != null) kill(p);
            if (out != null) {
                try {
                    Files.deleteIfExists(out);
                } catch (IOException ignored) {
                    // a temporary file left in the temporary folder is harmless
                }
            }
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows")
                ? "NUL" : "/dev/null");
    }

    /** Why a page could not be read. */
    static final class PageFailure extends Exception {
        private static final long serialVersionUID = 1L;
        final boolean timedOut;

        PageFailure(String message, boolean timedOut) {
            super(message, null, false, false);
            this.timedOut = timedOut;
        }
    }

    /**
     * Reads one grey page image and returns Tesseract's hOCR.
     *
     * @param page a {@link BufferedImage#TYPE_BYTE_GRAY} image
     * @param dpi  its resolution, or 0 when unknown (Tesseract then estimates it from the text)
     * @throws PageFailure              Tesseract failed on the page or ran past the time limit
     * @throws DocumentTimeoutException the thread was interrupted (a batch's time limit): the process is gone
     * @throws IOException              the temporary folder could not be written
     */
    static String hocr(BufferedImage page, int dpi, OcrOptions options)
            throws PageFailure, DocumentTimeoutException, IOException {
        Path dir = Files.createTempDirectory("standout-ocr"); // private to this user (rwx------ on POSIX)
        Process p = null;
        try {
            Path in = dir.resolve("page.pgm");
            writePgm(page, in);
            Path err = dir.resolve("stderr.txt");
            List<String> cmd = new ArrayList<>(List.of(options.command(), in.toString(), dir.resolve("out").toString(),
                    "-l", options.language(), "--psm", "3"));
            if (dpi > 0) {
                cmd.add("--dpi");
                cmd.add(String.valueOf(dpi));
            }
            cmd.add("hocr");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(err.toFile()).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            pb.environment().put("OMP_THREAD_LIMIT", "1");
            try {
                p = pb.start();
            } catch (IOException e) {
                throw new PageFailure("Tesseract could not be started (" + Failures.reason(e) + ")", false);
            }
            boolean done;
            try {
                done = p.waitFor(options.pageTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DocumentTimeoutException("OCR was interrupted");
            }
            if (!done) {
                throw new PageFailure("OCR of a page took longer than " + options.pageTimeout().toSeconds() + " s",
                        true);
            }
            Path out = dir.resolve("out.hocr");
            if (p.exitValue() != 0 || !Files.isRegularFile(out)) {
                String message = Files.isRegularFile(err) ? lastLine(Files.readString(err, StandardCharsets.UTF_8)) : "";
                throw new PageFailure("Tesseract could not read the page (exit code " + p.exitValue()
                        + (message.isEmpty() ? "" : ": " + message) + ")", false);
            }
            return Files.readString(out, StandardCharsets.UTF_8);
        } finally {
            if (p != null) kill(p);
            deleteTree(dir);
        }
    }

    /** Destroys a process and whatever it started, and waits for it to be gone. */
    static void kill(Process p) {
        if (!p.isAlive()) return;
        try (Stream<ProcessHandle> children = p.descendants()) {
            children.forEach(ProcessHandle::destroyForcibly);
        }
        p.destroyForcibly();
        boolean interrupted = Thread.interrupted();
        try {
            for (int i = 0; i < 50 && p.isAlive(); i++) {
                try {
                    p.waitFor(100, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
    }

    private static String lastLine(String s) {
        String[] lines = s.strip().split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        return last.length() > 160 ? last.substring(0, 160) + "…" : last;
    }

    /** Binary PGM ({@code P5}), 8 bits a pixel. */
    static void writePgm(BufferedImage grey, Path to) throws IOException {
        int w = grey.getWidth();
        int h = grey.getHeight();
        try (OutputStream o = new BufferedOutputStream(Files.newOutputStream(to), 1 << 16)) {
            o.write(("P5\n" + w + " " + h + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            if (grey.getType() == BufferedImage.TYPE_BYTE_GRAY
                    && grey.getRaster().getDataBuffer() instanceof DataBufferByte db
                    && grey.getRaster().getSampleModel() instanceof java.awt.image.PixelInterleavedSampleModel sm
                    && sm.getScanlineStride() == w && grey.getRaster().getSampleModelTranslateX() == 0
                    && grey.getRaster().getSampleModelTranslateY() == 0) {
                o.write(db.getData(), 0, w * h);
            } else {
                byte[] row = new byte[w];
                java.awt.image.Raster r = grey.getRaster();
                int[] px = new int[w];
                for (int y = 0; y < h; y++) {
                    r.getSamples(0, y, w, 1, 0, px);
                    for (int x = 0; x < w; x++) row[x] = (byte) px[x];
                    o.write(row);
                }
            }
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException ignored) {
                    // left in the temporary folder
                }
            });
        } catch (IOException ignored) {
            // nothing more to do
        }
    }
}
