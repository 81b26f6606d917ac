package dev.standout.benchmarks.jmh;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.benchmarks.FullExtraction;
import dev.standout.section.SectionedText;
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

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One real PDF analyzed from its bytes on one thread, warm: {@code standout} is {@code Standout.analyze} as the
 * library runs it; {@code full} adds every extractor ({@link FullExtraction}) for as long as analyze does not run
 * them all itself.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzeBenchmark {
    @Param({"standout", "full"})
    String analysis;

    private List<byte[]> pdfs;
    private Standout standout;
    private FullExtraction full;

    @Setup
    public void setup() {
        pdfs = Inputs.pdfs();
        standout = analysis.equals("full") ? Standout.builder().withoutScoring().build() : Standout.create();
        full = analysis.equals("full") ? new FullExtraction() : null;
    }

    @Benchmark
    public Object analyze(Cycle c) throws DocumentException {
        int i = c.next(pdfs.size());
        Result r = standout.analyze(pdfs.get(i), "resume-" + i + ".pdf");
        if (full == null || !r.isOk()) return r;
        return full.extract(new SectionedText(r.text(), r.sections()), r.resume().basics());
    }
}
