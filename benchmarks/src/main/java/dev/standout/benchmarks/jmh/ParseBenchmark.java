package dev.standout.benchmarks.jmh;

import dev.standout.DocumentException;
import dev.standout.benchmarks.Data;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.FormatDetector;
import dev.standout.parse.ParsedDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Format detection and parsing, per document and format: real livecareer PDFs, the DOCX and DOC files of the
 * shared {@code data/files} folder, florex resumes as UTF-8 text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    @Param({"PDF", "DOCX", "DOC", "TXT"})
    String format;

    private List<byte[]> docs;
    private final DocumentParsers parsers = DocumentParsers.standard();

    @Setup
    public void setup() {
        docs = switch (format) {
            case "PDF" -> Inputs.pdfs();
            case "DOCX", "DOC" -> files("." + format.toLowerCase(Locale.ROOT));
            case "TXT" -> Data.florexTexts(Data.shared(), Inputs.DOCS).stream()
                    .map(t -> t.getBytes(StandardCharsets.UTF_8)).toList();
            default -> throw new IllegalArgumentException(format);
        };
        if (docs.isEmpty()) throw new IllegalStateException("no " + format + " inputs");
        DocumentFormat expected = DocumentFormat.valueOf(format);
        List<byte[]> readable = new ArrayList<>();
        for (byte[] d : docs) {
            try {
                if (FormatDetector.detect(d) == expected) {
                    parsers.parse(d);
                    readable.add(d);
                }
            } catch (DocumentException e) {
                // leave it out
            }
        }
        docs = readable;
    }

    private static List<byte[]> files(String suffix) {
        Path root = Data.shared().resolve("data/files");
        try (Stream<Path> s = Files.walk(root)) {
            List<Path> paths = s.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(suffix))
                    .sorted().limit(Inputs.DOCS).toList();
            return Data.read(paths);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public DocumentFormat detect(Cycle c) {
        return FormatDetector.detect(docs.get(c.next(docs.size())));
    }

    @Benchmark
    public ParsedDocument parse(Cycle c) throws DocumentException {
        return parsers.parse(docs.get(c.next(docs.size())));
    }
}
