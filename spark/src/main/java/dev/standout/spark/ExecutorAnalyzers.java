package dev.standout.spark;

import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.score.DifferentiationScorer;
import org.apache.spark.broadcast.Broadcast;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the executors analyze with: built in each executor JVM on first use and shared by every task that runs
 * there (an analyzer is thread-safe, and the NLP models and the taxonomy behind it are loaded once per JVM).
 * Each is keyed by the broadcast it was made from, so that two jobs in one JVM (tests, a notebook) do not mix.
 */
final class ExecutorAnalyzers {
    private static final Map<Long, Object> BY_BROADCAST = new ConcurrentHashMap<>();
    private static volatile Standout defaultAnalyzer;

    private ExecutorAnalyzers() {
    }

    /** The analyzer of the CLI's batch: the embedded default model, default limits. */
    static Standout defaultAnalyzer() {
        Standout s = defaultAnalyzer;
        if (s == null) {
            synchronized (ExecutorAnalyzers.class) {
                s = defaultAnalyzer;
                if (s == null) s = defaultAnalyzer = Standout.create();
            }
        }
        return s;
    }

    /** An analyzer that scores against the model whose file bytes were broadcast. */
    static Standout analyzer(Broadcast<byte[]> model) {
        return get(model.id(), k -> Standout.builder().model(load(model.value())).build(), Standout.class);
    }

    /** The calibration scorer of a counted model whose bytes were broadcast (the scorer the CLI calibrates with). */
    static DifferentiationScorer calibrationScorer(Broadcast<byte[]> model) {
        return get(model.id(), k -> DifferentiationScorer.standard(load(model.value())), DifferentiationScorer.class);
    }

    /** The extractor a broadcast factory makes. */
    static ModelBuild.Extractor extractor(Broadcast<SparkModelBuild.ExtractorFactory> factory) {
        return get(factory.id(), k -> factory.value().create(), ModelBuild.Extractor.class);
    }

    private static <T> T get(long key, Function<Long, T> make, Class<T> type) {
        Object o = BY_BROADCAST.get(key);
        if (o == null) {
            synchronized (BY_BROADCAST) {
                o = BY_BROADCAST.get(key);
                if (o == null) {
                    if (BY_BROADCAST.size() > 16) BY_BROADCAST.clear(); // old jobs' analyzers; rebuilt if asked again
                    o = make.apply(key);
                    BY_BROADCAST.put(key, o);
                }
            }
        }
        return type.cast(o);
    }

    private static CorpusModel load(byte[] bytes) {
        try {
            return CorpusModel.load(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("the broadcast model cannot be read", e);
        }
    }
}
