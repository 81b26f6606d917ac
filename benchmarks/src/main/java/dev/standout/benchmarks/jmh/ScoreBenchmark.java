package dev.standout.benchmarks.jmh;

import dev.standout.corpus.CorpusModel;
import dev.standout.resume.Resume;
import dev.standout.score.Analysis;
import dev.standout.score.DifferentiationScorer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Scoring an already extracted resume (items, allocation, percentile, advice) against a corpus model, and loading
 * that model from its bytes. The model: {@code -Dbench.model=FILE}, else the embedded default, else one counted
 * from the benchmark's resumes (see {@link Models}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoreBenchmark {
    private List<Resume> resumes;
    private DifferentiationScorer scorer;
    private byte[] modelBytes;

    @Setup
    public void setup() {
        resumes = Inputs.resumes();
        modelBytes = Models.bytes();
        CorpusModel model = Models.model();
        scorer = DifferentiationScorer.standard(model);
        System.out.println("\nmodel: " + Models.description() + ", " + model + ", " + modelBytes.length + " bytes");
    }

    @Benchmark
    public Analysis score(Cycle c) {
        return scorer.score(resumes.get(c.next(resumes.size())), null);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public CorpusModel loadModel() throws IOException {
        return CorpusModel.load(new ByteArrayInputStream(modelBytes));
    }
}
