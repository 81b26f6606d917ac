package dev.standout.benchmarks.jmh;

import dev.standout.nlp.NlpPipeline;
import dev.standout.nlp.Sentence;
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
 * The CoreNLP annotators Standout runs, over a whole real resume (about a thousand tokens): {@code tokenize}
 * ({@code tokenize,ssplit}) and {@code tag} ({@code tokenize,ssplit,pos,lemma}), which the library runs on project
 * text only. The ratio of the two is what tagging a whole resume instead would cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class NlpBenchmark {
    @Param({"tokenize", "tag"})
    String annotators;

    private List<String> texts;
    private final NlpPipeline nlp = NlpPipeline.shared();
    private boolean tag;

    @Setup
    public void setup() {
        texts = Inputs.normalized();
        tag = annotators.equals("tag");
        if (tag) nlp.preloadTagger();
    }

    @Benchmark
    public List<Sentence> annotate(Cycle c) {
        String t = texts.get(c.next(texts.size()));
        return tag ? nlp.tag(t) : nlp.tokenize(t);
    }
}
