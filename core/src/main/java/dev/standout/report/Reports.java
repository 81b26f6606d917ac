package dev.standout.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Writes the reports of a batch: {@value #CSV}, {@value #SUMMARY} and {@value #HTML}. Each file is written
 * whole to a temporary sibling and renamed, so a reader never sees half a report. Stateless and thread-safe.
 */
public final class Reports {
    public static final String CSV = "results.csv";
    public static final String SUMMARY = "summary.json";
    public static final String HTML = "report.html";

    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Reports() {
    }

    /** Writes all three reports into a folder (which must exist), replacing earlier ones. */
    public static void writeAll(BatchReport report, Path dir) throws IOException {
        Objects.requireNonNull(report, "report");
        PoolStats stats = new PoolStats(report);
        write(dir.resolve(CSV), csv(report));
        write(dir.resolve(SUMMARY), summary(report, stats));
        write(dir.resolve(HTML), HtmlReport.render(report, stats));
    }

    /** {@code results.csv}: one row per file. */
    public static String csv(BatchReport report) {
        StringBuilder b = new StringBuilder();
        try {
            CsvReport.write(report, b);
        } catch (IOException e) {
            throw new UncheckedIOException("a StringBuilder does not fail", e);
        }
        return b.toString();
    }

    /** {@code summary.json}: the run in numbers. */
    public static String summaryJson(BatchReport report) {
        return summary(report, new PoolStats(report));
    }

    /** {@code report.html}: the page people look at. */
    public static String html(BatchReport report) {
        return HtmlReport.render(report, new PoolStats(report));
    }

    private static String summary(BatchReport report, PoolStats stats) {
        try {
            return PRETTY.writeValueAsString(SummaryReport.build(report, stats)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a JSON tree", e);
        }
    }

    private static void write(Path target, String content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.writeString(tmp, content, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
