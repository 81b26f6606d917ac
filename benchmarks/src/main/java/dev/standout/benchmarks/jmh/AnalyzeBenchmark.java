package dev.standout.benchmarks.jmh;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
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
 * One real PDF analyzed from its bytes on one thread, warm: the whole analysis ({@code Standout.analyze}), without
 * scoring and with scoring against the benchmark model (see {@link Models}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzeBenchmark {
    @Param({"off", "on"})
    String scoring;

    private List<byte[]> pdfs;
    private Standout standout;

    @Setup
    public void setup() {
        pdfs = Inputs.pdfs();
        standout = scoring.equals("on") ? Standout.builder().model(Models.model()).build()
                : Standout.builder().withoutScoring().build();
    }

    @Benchmark
    public Result analyze(Cycle c) throws DocumentException {
        int i = c.next(pdfs.size());
        return standout.analyze(pdfs.get(i), "resume-" + i + ".pdf");
    }
}
