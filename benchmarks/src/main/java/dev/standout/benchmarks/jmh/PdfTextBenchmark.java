package dev.standout.benchmarks.jmh;

import dev.standout.DocumentException;
import dev.standout.parse.DocumentParsers;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The text of a real PDF: Standout's reader (columns, paragraph gaps, wide gaps as tabs, limits) against PDFBox's
 * plain {@code PDFTextStripper}, which the floor of the end-to-end harness uses.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfTextBenchmark {
    @Param({"standout", "pdfbox"})
    String reader;

    private List<byte[]> pdfs;
    private boolean standout;

    @Setup
    public void setup() {
        pdfs = Inputs.pdfs();
        standout = reader.equals("standout");
    }

    @Benchmark
    public String text(Cycle c) throws IOException, DocumentException {
        byte[] pdf = pdfs.get(c.next(pdfs.size()));
        if (standout) return DocumentParsers.standard().parse(pdf).text();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
