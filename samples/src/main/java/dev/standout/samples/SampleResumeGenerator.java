package dev.standout.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.stream.Stream;

/**
 * Renders the sample resumes of {@code samples/resumes-src} (light markup, see {@link ResumeSource})
 * into an applicant folder and into cross-format triplets.
 *
 * <pre>
 * SampleResumeGenerator [--src DIR] [--triplets DIR] [OUT_DIR]
 * </pre>
 *
 * <p>{@code OUT_DIR} (default {@code samples/resumes}) gets one file per person, in the format the
 * source's {@code @publish} option names (pdf, docx or txt) and under its {@code @file} name.
 * {@code --triplets} (default {@code samples/triplets}) gets {@code ID.txt}, {@code ID.docx} and
 * {@code ID.pdf} of every source marked {@code @triplet: yes}. Run from the repository root or
 * from {@code samples/}. The output is byte-for-byte the same from run to run.
 */
public final class SampleResumeGenerator {

    private SampleResumeGenerator() {
    }

    /** The date written into every generated document's metadata. */
    static Calendar fixedDate() {
        GregorianCalendar c = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
        c.clear();
        c.set(2025, Calendar.JANUARY, 15, 12, 0, 0);
        return c;
    }

    public static void main(String[] args) throws IOException {
        // POI logs through Log4j; without a provider it complains on stderr
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        Path base = Files.isDirectory(Path.of("samples", "resumes-src")) ? Path.of("samples") : Path.of(".");
        Path src = base.resolve("resumes-src");
        Path triplets = base.resolve("triplets");
        Path out = base.resolve("resumes");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--src" -> src = Path.of(args[++i]);
                case "--triplets" -> triplets = Path.of(args[++i]);
                case "-h", "--help" -> {
                    System.out.println("usage: SampleResumeGenerator [--src DIR] [--triplets DIR] [OUT_DIR]");
                    return;
                }
                default -> out = Path.of(args[i]);
            }
        }
        List<String> problems = generate(src, out, triplets, true);
        if (!problems.isEmpty()) {
            System.err.println("longer than two pages: " + problems);
        }
    }

    /**
     * Renders every {@code *.txt} of {@code src}; returns the resumes longer than two pages.
     *
     * @param verbose whether to print each file written
     */
    static List<String> generate(Path src, Path out, Path triplets, boolean verbose) throws IOException {
        if (!Files.isDirectory(src)) {
            throw new IOException("no source folder " + src.toAbsolutePath());
        }
        Files.createDirectories(out);
        Files.createDirectories(triplets);

        List<Path> sources;
        try (Stream<Path> files = Files.list(src)) {
            sources = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        List<String> problems = new ArrayList<>();
        for (Path file : sources) {
            ResumeSource r = ResumeSource.read(file);
            String publish = r.option("publish", "pdf").toLowerCase(Locale.ROOT);
            Path target = out.resolve(r.option("file", r.id) + "." + publish);
            int pages = write(r, publish, target);
            if (verbose) {
                System.out.printf("%-44s %s%n", out.getFileName().resolve(target.getFileName()), pages > 0 ? pages + " page(s)" : "");
            }
            if (pages > 2) {
                problems.add(r.id + ": " + pages + " pages");
            }
            if (r.flag("triplet")) {
                for (String format : List.of("txt", "docx", "pdf")) {
                    Path t = triplets.resolve(r.id + "." + format);
                    write(r, format, t);
                    if (verbose) {
                        System.out.println(triplets.getFileName().resolve(t.getFileName()));
                    }
                }
            }
        }
        return problems;
    }

    private static int write(ResumeSource r, String format, Path target) throws IOException {
        switch (format) {
            case "pdf" -> {
                return PdfRenderer.render(r, target);
            }
            case "docx" -> DocxRenderer.render(r, target);
            case "txt" -> Files.writeString(target, TextRenderer.render(r), StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(r.id + ": unknown @publish " + format);
        }
        return 0;
    }
}
