package dev.standout.batch;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.FormatDetector;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Analyzes every file below a folder and writes one contract record per file to {@code results.jsonl},
 * appending and flushing record by record, so that one bad file never stops the run and a killed run loses at
 * most the file in flight. Hidden files (names starting with a dot) and hidden folders are skipped.
 *
 * <p>A runner is immutable; {@link #run} may be called from several threads for different output folders.
 */
public final class BatchRunner {
    /** Name of the record file in the output folder. */
    public static final String RESULTS = "results.jsonl";

    private final Standout standout;

    public BatchRunner(Standout standout) {
        this.standout = Objects.requireNonNull(standout, "standout");
    }

    /** The input files of a batch: regular, not hidden, in a stable (sorted) order. */
    public static List<Path> listFiles(Path root) throws IOException {
        if (Files.isRegularFile(root)) return List.of(root);
        if (!Files.isDirectory(root)) throw new IOException("no such folder: " + root);
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /**
     * Runs the batch.
     *
     * @param root   a folder (or a single file)
     * @param outDir the output folder, created if needed; {@code results.jsonl} in it is replaced
     * @throws IOException when the input cannot be listed or the output cannot be written (the run failed)
     */
    public BatchSummary run(Path root, Path outDir, BatchListener listener) throws IOException {
        long t0 = System.nanoTime();
        List<Path> files = listFiles(root);
        listener.started(files.size());
        Files.createDirectories(outDir);
        Map<ErrorType, Integer> byError = new EnumMap<>(ErrorType.class);
        int ok = 0;
        try (BufferedWriter out = Files.newBufferedWriter(outDir.resolve(RESULTS), StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
            for (Path file : files) {
                String name = Files.isDirectory(root) ? root.relativize(file).toString() : file.getFileName().toString();
                Result r = analyzeOne(file, name);
                out.write(r.toJson());
                out.write('\n');
                out.flush();
                if (r.isOk()) ok++;
                else byError.merge(r.error().orElseThrow().type(), 1, Integer::sum);
                listener.finished(r);
            }
        }
        return new BatchSummary(files.size(), ok, files.size() - ok, byError, Duration.ofNanos(System.nanoTime() - t0));
    }

    /** Analyzes one file into a record; never throws: every failure becomes a FAILED record. */
    public Result analyzeOne(Path file, String name) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > standout.limits().maxBytes()) {
                return Result.failed(name, "", DocumentFormat.UNKNOWN, ErrorType.TOO_LARGE, "file has " + size
                        + " bytes, more than the limit of " + standout.limits().maxBytes());
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return Result.failed(name, "", DocumentFormat.UNKNOWN, ErrorType.CORRUPT,
                    "the file could not be read: " + e.getMessage());
        }
        String sha = Standout.sha256(bytes);
        try {
            return standout.analyze(bytes, name).withFile(name);
        } catch (DocumentException e) {
            return Result.failed(name, sha, FormatDetector.detect(bytes), e);
        } catch (OutOfMemoryError e) {
            return Result.failed(name, sha, DocumentFormat.UNKNOWN, ErrorType.OUT_OF_MEMORY,
                    "the document exhausted memory");
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return Result.failed(name, sha, DocumentFormat.UNKNOWN, ErrorType.INTERNAL, "internal error: " + e);
        }
    }
}
