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
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What the executors analyze with: built in each executor JVM on first use and shared by every task that runs
 * there (an analyzer is thread-safe, and the NLP models and the taxonomy behind it are loaded once per JVM).
 * Each is kept under a {@linkplain #key key} the driver made for the job, so that jobs in one JVM (tests, a
 * notebook, local mode) never share one. Broadcast ids alone would not do: every Spark context numbers its
 * broadcasts from zero, so a job of a later context in the same JVM would be handed what an earlier context's job
 * with the same broadcast id made (another extraction, another model).
 */
final class ExecutorAnalyzers {
    private static final Map<String, Object> BY_KEY = new ConcurrentHashMap<>();
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

    /**
     * On the driver: the key under which executors keep what they make from {@code broadcast} for one job, unique
     * in every JVM (a random UUID with the broadcast's id).
     */
    static String key(Broadcast<?> broadcast) {
        return UUID.randomUUID() + "/" + broadcast.id();
    }

    /** An analyzer that scores against the model whose file bytes were broadcast under {@code key}. */
    static Standout analyzer(String key, Broadcast<byte[]> model) {
        return get(key, k -> Standout.builder().model(load(model.value())).build(), Standout.class);
    }

    /**
     * The calibration scorer of a counted model whose bytes were broadcast under {@code key} (the scorer the CLI
     * calibrates with).
     */
    static DifferentiationScorer calibrationScorer(String key, Broadcast<byte[]> model) {
        return get(key, k -> DifferentiationScorer.standard(load(model.value())), DifferentiationScorer.class);
    }

    /** The extractor a factory broadcast under {@code key} makes. */
    static ModelBuild.Extractor extractor(String key, Broadcast<SparkModelBuild.ExtractorFactory> factory) {
        return get(key, k -> factory.value().create(), ModelBuild.Extractor.class);
    }

    private static <T> T get(String key, Function<String, T> make, Class<T> type) {
        Object o = BY_KEY.get(key);
        if (o == null) {
            synchronized (BY_KEY) {
                o = BY_KEY.get(key);
                if (o == null) {
                    if (BY_KEY.size() > 16) BY_KEY.clear(); // old jobs' analyzers; rebuilt if asked again
                    o = make.apply(key);
                    BY_KEY.put(key, o);
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
