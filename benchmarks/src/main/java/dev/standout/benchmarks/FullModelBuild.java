package dev.standout.benchmarks;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.score.DifferentiationScorer;
import dev.standout.section.SectionedText;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Builds a corpus model the way {@code standout model build} does ({@link ModelBuild}, deterministic, the library's
 * scorer for calibration), but with the whole extraction ({@link FullExtraction}) for as long as
 * {@code Standout.analyze} does not run all of it itself: the timing of a model build from the florex corpus with
 * everything the model counts, and a realistic model for the scoring and model-load benchmarks.
 *
 * <pre>Usage: FullModelBuild --out FILE [--threads T=2] [--min-count K=5] [INPUT...=the florex corpus]</pre>
 */
public final class FullModelBuild {
    private FullModelBuild() {
    }

    public static void main(String[] args) throws Exception {
        Path out = null;
        int threads = 2;
        int minCount = CorpusModel.DEFAULT_MIN_COUNT;
        List<Path> inputs = new ArrayList<>();
        String shared = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--out" -> out = Path.of(args[++i]);
                case "--threads" -> threads = Integer.parseInt(args[++i]);
                case "--min-count" -> minCount = Integer.parseInt(args[++i]);
                case "--shared" -> shared = args[++i];
                default -> inputs.add(Path.of(args[i]));
            }
        }
        if (out == null) throw new IllegalArgumentException("--out FILE is required");
        if (inputs.isEmpty()) inputs.add(Data.shared(shared).resolve(Data.FLOREX));
        System.out.printf(Locale.ROOT, "model build with the whole extraction: %s, %d threads (%s)%n", inputs, threads,
                Machine.describe());
        Standout standout = Standout.builder().withoutScoring().build();
        FullExtraction extraction = new FullExtraction();
        ModelBuild.Extractor extractor = doc -> {
            Result r = doc.text() != null ? standout.analyze(doc.text()) : standout.analyze(doc.bytes(), doc.id());
            return extraction.extract(new SectionedText(r.text(), r.sections()), r.resume().basics());
        };
        AtomicInteger done = new AtomicInteger();
        long t0 = System.nanoTime();
        ModelBuild.Outcome o = ModelBuild.run(inputs, extractor, DifferentiationScorer::standard, minCount,
                ModelInfo.of("standout-bench", "0"), threads, (doc, ok) -> {
                    int n = done.incrementAndGet();
                    if (n % 2000 == 0) {
                        System.out.printf(Locale.ROOT, "  %d resumes, %.0f s, load %s%n", n,
                                (System.nanoTime() - t0) / 1e9, Machine.loadAverage());
                    }
                });
        o.model().write(out);
        System.out.printf(Locale.ROOT, "%d resumes counted, %d failed; %d features, %d segments; %.1f s (%.1f min);"
                        + " peak RSS %d MB; load %s; %s%n", o.analyzed(), o.failed(), o.model().featureCount(),
                o.model().segments().size(), o.elapsed().toMillis() / 1000.0, o.elapsed().toMillis() / 60000.0,
                Machine.peakRssMb(), Machine.loadAverage(), out);
    }
}
