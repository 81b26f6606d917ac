package dev.standout.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Where the benchmarks find their inputs: the shared data folder (real resumes, never part of the project) given
 * by {@code --shared DIR}, the system property {@code standout.shared} or the environment variable
 * {@code STANDOUT_SHARED}, else {@code ../shared} when it exists. Benchmarks are not tests: without the folder
 * they stop with a message saying how to point at it.
 */
public final class Data {
    public static final String LIVECAREER = "data/corpus/livecareer";
    public static final String FLOREX = "data/corpus/florex/resume_corpus.jsonl.gz";

    private Data() {
    }

    /** The shared folder; {@code explicit} (from {@code --shared}) wins when not null. */
    public static Path shared(String explicit) {
        String p = explicit;
        if (p == null || p.isBlank()) p = System.getProperty("standout.shared");
        if (p == null || p.isBlank()) p = System.getenv("STANDOUT_SHARED");
        if (p == null || p.isBlank()) p = "../shared";
        Path root = Path.of(p).toAbsolutePath().normalize();
        if (!Files.isDirectory(root.resolve(LIVECAREER))) {
            throw new IllegalStateException("the shared data folder was not found at " + root + " (it needs "
                    + LIVECAREER + "); point at it with --shared DIR, -Dstandout.shared=DIR or STANDOUT_SHARED=DIR");
        }
        return root;
    }

    /** {@link #shared(String)} from the property or environment only. */
    public static Path shared() {
        return shared(null);
    }

    /**
     * {@code n} livecareer PDFs spread over the occupation folders, deterministically: folders in name order, files
     * in name order within each, taken round-robin (the first file of every folder, then the second…).
     */
    public static List<Path> livecareerPdfs(Path shared, int n) {
        Path root = shared.resolve(LIVECAREER);
        List<List<Path>> byFolder = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path d : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(d)) {
                    List<Path> pdfs = files.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".pdf")).sorted().toList();
                    if (!pdfs.isEmpty()) byFolder.add(pdfs);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Path> out = new ArrayList<>(n);
        for (int round = 0; out.size() < n; round++) {
            boolean any = false;
            for (List<Path> f : byFolder) {
                if (round < f.size() && out.size() < n) {
                    out.add(f.get(round));
                    any = true;
                }
            }
            if (!any) break;
        }
        return out;
    }

    /** The bytes of each file. */
    public static List<byte[]> read(List<Path> files) {
        List<byte[]> out = new ArrayList<>(files.size());
        for (Path f : files) {
            try {
                out.add(Files.readAllBytes(f));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }

    /** The texts of the first {@code n} florex records (highlight markup removed). */
    public static List<String> florexTexts(Path shared, int n) {
        ObjectMapper json = new ObjectMapper();
        List<String> out = new ArrayList<>(n);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(shared.resolve(FLOREX)), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                out.add(json.readTree(line).path("text").asText().replace("<span class=\"hl\">", "")
                        .replace("</span>", ""));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The first {@code n} raw florex lines (JSON records), for building a small model. */
    public static List<String> florexLines(Path shared, int n) {
        List<String> out = new ArrayList<>(n);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(shared.resolve(FLOREX)), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) out.add(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
