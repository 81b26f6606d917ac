package dev.standout.benchmarks;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.BatchListener;
import dev.standout.batch.BatchRunner;
import dev.standout.batch.BatchSummary;
import dev.standout.batch.Isolation;
import dev.standout.parse.OcrOptions;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * OCR throughput, end to end ({@code benchmarks/run dev.standout.benchmarks.OcrRate [--threads 2] [--rounds 3]
 * [--files 100] [--scanned-every 10]}).
 *
 * <ol>
 *   <li><b>OCR pages per second</b>: the born-digital sample PDFs ({@code samples/resumes}) scanned (rendered at 300
 *       DPI in grey, turned by half a degree, with noise, wrapped as image-only PDFs of JPEG pages, as scanners write
 *       them), each analyzed by {@code Standout.create().analyze} (parse, OCR, sections, extraction, score) on a pool
 *       of {@code --threads} threads; pages read by OCR over wall time, median of the rounds.</li>
 *   <li><b>Batch rate</b>: a folder of {@code --files} files where one in {@code --scanned-every} is such a scan and
 *       the rest born-digital PDFs (livecareer PDFs from the shared folder when it is there, else the samples), run
 *       by {@code BatchRunner} as {@code standout batch} runs it (worker processes, {@code --threads} lanes); the
 *       same folder with the born-digital originals in place of the scans as the baseline. Files per second, median
 *       of the rounds.</li>
 * </ol>
 */
public final class OcrRate {
    private OcrRate() {
    }

    public static void main(String[] args) throws Exception {
        int threads = 2;
        int rounds = 3;
        int files = 100;
        int every = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                case "--files" -> files = Integer.parseInt(args[++i]);
                case "--scanned-every" -> every = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument: " + args[i]);
            }
        }
        if (!OcrOptions.DEFAULT.usable()) {
            System.out.println("Tesseract with English is not installed: nothing to measure");
            return;
        }
        System.out.println(Machine.describe());
        List<Path> samples;
        try (Stream<Path> s = Files.list(Path.of("samples/resumes"))) {
            samples = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        Path dir = Files.createTempDirectory("standout-ocr-bench");
        try {
            List<Path> scans = new ArrayList<>();
            int pages = 0;
            for (int i = 0; i < samples.size(); i++) {
                byte[] pdf = Files.readAllBytes(samples.get(i));
                List<BufferedImage> scanned = scan(pdf, 300, i % 2 == 0 ? 0.5 : -0.5, i);
                pages += scanned.size();
                Path f = dir.resolve("scans/scan-" + i + ".pdf");
                Files.createDirectories(f.getParent());
                Files.write(f, imagePdf(scanned, 300));
                scans.add(f);
            }
            Standout standout = Standout.create();
            standout.analyze(samples.get(0)); // models loaded before the clock starts
            List<Double> rates = new ArrayList<>();
            List<Double> cpus = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                long start = System.nanoTime();
                double cpu0 = cpuSeconds();
                int read = analyzeAll(standout, scans, threads);
                double s = (System.nanoTime() - start) / 1e9;
                double cpu = (cpuSeconds() - cpu0) / Math.max(1, read);
                rates.add(read / s);
                cpus.add(cpu);
                System.out.printf(Locale.ROOT, "OCR round %d: %d scanned files, %d pages read by OCR (of %d) in %.1f s:"
                        + " %.2f pages/s with %d threads; %.2f CPU s a page (this JVM and Tesseract); load %s%n", r + 1,
                        scans.size(), read, pages, s, read / s, threads, cpu, Machine.loadAverage());
            }
            System.out.printf(Locale.ROOT, "OCR pages per second, median of %d rounds: %.2f; CPU seconds a page, "
                    + "median: %.2f (so about %.2f pages/s on %d idle cores)%n", rounds, median(rates), median(cpus),
                    threads / median(cpus), threads);
            // the scans against their born-digital PDFs: credentials, projects, score
            for (int i = 0; i < samples.size(); i++) {
                Result pdf = standout.analyze(samples.get(i));
                Result scan = standout.analyze(scans.get(i));
                System.out.printf(Locale.ROOT, "%-40s score %6.2f scanned %6.2f (%+.2f), OCR confidence %.2f, "
                        + "credentials %s, projects %s%n", samples.get(i).getFileName(), score(pdf), score(scan),
                        score(scan) - score(pdf), scan.ocr().map(o -> o.confidence()).orElse(0.0),
                        same(ids(pdf.resume().certificates().stream().map(c -> c.id()))
                                , ids(scan.resume().certificates().stream().map(c -> c.id()))),
                        same(ids(pdf.resume().projects().stream().map(x -> x.name().toLowerCase(Locale.ROOT))),
                                ids(scan.resume().projects().stream().map(x -> x.name().toLowerCase(Locale.ROOT)))));
            }

            // the batch folders: born-digital PDFs, one file in `every` a scan (or its born-digital original)
            Path shared = null;
            try {
                shared = Data.shared();
            } catch (IllegalStateException e) {
                System.out.println("no shared folder: the samples stand for the born-digital files");
            }
            List<Path> digital = shared != null ? Data.livecareerPdfs(shared, files) : samples;
            Path mixed = Files.createDirectories(dir.resolve("mixed"));
            Path plain = Files.createDirectories(dir.resolve("plain"));
            int scannedFiles = 0;
            for (int i = 0; i < files; i++) {
                String name = String.format(Locale.ROOT, "%04d.pdf", i);
                if (i % every == every - 1) {
                    int k = scannedFiles++ % scans.size();
                    Files.copy(scans.get(k), mixed.resolve(name));
                    Files.copy(samples.get(k), plain.resolve(name));
                } else {
                    Path f = digital.get(i % digital.size());
                    Files.copy(f, mixed.resolve(name));
                    Files.copy(f, plain.resolve(name));
                }
            }
            System.out.printf(Locale.ROOT, "batch folders: %d files, %d of them scanned (%s born-digital)%n", files,
                    scannedFiles, digital == samples ? "samples as" : "livecareer PDFs as");
            List<Double> mixedRates = new ArrayList<>();
            List<Double> plainRates = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                plainRates.add(batch(plain, dir.resolve("out-plain-" + r), threads, "born-digital only", r));
                mixedRates.add(batch(mixed, dir.resolve("out-mixed-" + r), threads, "one in " + every + " scanned", r));
            }
            double m = median(mixedRates);
            double p = median(plainRates);
            System.out.printf(Locale.ROOT, "batch files per second, medians of %d rounds: %.2f with one file in %d "
                    + "scanned, %.2f born-digital only (%.2fx)%n", rounds, m, every, p, m / p);
        } finally {
            try (Stream<Path> s = Files.walk(dir)) {
                s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static double score(Result r) {
        return r.analysis().map(a -> a.score()).orElse(Double.NaN);
    }

    private static java.util.SortedSet<String> ids(Stream<String> s) {
        return s.collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String same(java.util.SortedSet<String> a, java.util.SortedSet<String> b) {
        if (a.equals(b)) return "same (" + a.size() + ")";
        java.util.SortedSet<String> missing = new java.util.TreeSet<>(a);
        missing.removeAll(b);
        java.util.SortedSet<String> extra = new java.util.TreeSet<>(b);
        extra.removeAll(a);
        return "DIFFER (missing " + missing + ", extra " + extra + ")";
    }

    /** CPU seconds of this JVM and its finished children (Linux /proc/self/stat), 0 elsewhere. */
    private static double cpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // fields 14-17 of the file (utime, stime, cutime, cstime) are 11-14 after the command
            long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]) + Long.parseLong(f[13]) + Long.parseLong(f[14]);
            return ticks / 100.0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static int analyzeAll(Standout standout, List<Path> files, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (Path f : files) {
                done.add(pool.submit(() -> {
                    Result r = standout.analyze(f);
                    return r.ocr().map(o -> o.pages()).orElse(0);
                }));
            }
            int pages = 0;
            for (Future<Integer> d : done) pages += d.get();
            return pages;
        } finally {
            pool.shutdownNow();
        }
    }

    private static double batch(Path in, Path out, int threads, String what, int round) throws IOException {
        BatchRunner runner = BatchRunner.builder().standout(Standout.create()).isolation(Isolation.PROCESS)
                .threads(threads).build();
        long start = System.nanoTime();
        BatchSummary s = runner.run(in, out, BatchListener.NONE);
        double secs = (System.nanoTime() - start) / 1e9;
        double rate = s.files() / secs;
        System.out.printf(Locale.ROOT, "batch round %d, %s: %d files (%d OK) in %.1f s: %.2f files/s; load %s%n",
                round + 1, what, s.files(), s.ok(), secs, rate, Machine.loadAverage());
        return rate;
    }

    private static double median(List<Double> v) {
        List<Double> s = new ArrayList<>(v);
        s.sort(null);
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    /** A PDF's pages as scans: rendered in grey, turned, with noise (as in the samples' tests). */
    static List<BufferedImage> scan(byte[] pdf, int dpi, double degrees, long seed) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(doc);
            Random random = new Random(seed);
            List<BufferedImage> pages = new ArrayList<>();
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
                Graphics2D g = out.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, out.getWidth(), out.getHeight());
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
                g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
                g.drawImage(page, 0, 0, null);
                g.dispose();
                WritableRaster r = out.getRaster();
                int[] row = new int[out.getWidth()];
                for (int y = 0; y < out.getHeight(); y++) {
                    r.getSamples(0, y, row.length, 1, 0, row);
                    for (int x = 0; x < row.length; x++) {
                        row[x] = Math.max(0, Math.min(255, row[x] * 235 / 255 + 10 + (int) Math.round(random.nextGaussian() * 12)));
                    }
                    r.setSamples(0, y, row.length, 1, 0, row);
                }
                pages.add(out);
            }
            return pages;
        }
    }

    static byte[] imagePdf(List<BufferedImage> pages, int dpi) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage img : pages) {
                float w = img.getWidth() * 72f / dpi;
                float h = img.getHeight() * 72f / dpi;
                PDPage page = new PDPage(new PDRectangle(w, h));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(JPEGFactory.createFromImage(doc, img, 0.8f), 0, 0, w, h);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
