package dev.standout.benchmarks;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.extract.SkillModel;
import dev.standout.nlp.NlpPipeline;
import dev.standout.score.CatalogPriors;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.SkillTaxonomy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What a fresh process pays before and during its first file, step by step in wall time. By default the
 * resources are loaded one by one first (the skills gazetteer, its mention model, the credential catalog, the
 * tokenizer, the part-of-speech model, the catalog priors, the corpus model), then the file is analyzed twice;
 * with {@code --as-is} the file is analyzed as a user's first call would, everything loading on demand. Run it in
 * a fresh JVM:
 *
 * <pre>Usage: ColdStart FILE [MODEL] [--as-is]</pre>
 */
public final class ColdStart {
    private ColdStart() {
    }

    private static <T> T step(String name, Callable<T> c) throws Exception {
        long t0 = System.nanoTime();
        T v = c.call();
        System.out.printf(Locale.ROOT, "  %-44s %7.0f ms%n", name, (System.nanoTime() - t0) / 1e6);
        return v;
    }

    public static void main(String[] args) throws Exception {
        double jvm = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        boolean asIs = false;
        Path file = null;
        Path modelFile = null;
        for (String a : args) {
            if (a.equals("--as-is")) asIs = true;
            else if (file == null) file = Path.of(a);
            else modelFile = Path.of(a);
        }
        if (file == null) throw new IllegalArgumentException("usage: ColdStart FILE [MODEL] [--as-is]");
        System.out.printf(Locale.ROOT, "cold start, fresh JVM (load %s)%n  %-44s %7.0f ms%n", Machine.loadAverage(),
                "JVM start to main", jvm);
        long t0 = System.nanoTime();
        Path m = modelFile;
        Path f = file;
        if (!asIs) {
            step("SkillTaxonomy.defaultTaxonomy()", SkillTaxonomy::defaultTaxonomy);
            step("SkillModel.standard()", SkillModel::standard);
            step("CredentialCatalog.defaultCatalog()", CredentialCatalog::defaultCatalog);
            step("NlpPipeline tokenizer", () -> NlpPipeline.shared().tokenize("Warm up."));
            step("NlpPipeline part-of-speech model", () -> NlpPipeline.shared().preloadTagger());
            step("CatalogPriors.standard()", CatalogPriors::standard);
        }
        CorpusModel model = m == null ? null : step("CorpusModel.load(" + m.getFileName() + ")",
                () -> CorpusModel.load(m));
        Standout standout = step("Standout built", () -> model == null ? Standout.create()
                : Standout.builder().model(model).build());
        Result r = step(asIs ? "first analyze (everything loads on demand)" : "first analyze (resources loaded)",
                () -> standout.analyze(f));
        step("second analyze", () -> standout.analyze(f));
        System.out.printf(Locale.ROOT, "  %-44s %7.0f ms (%d skills, %d projects, %s)%n", "total since main",
                (System.nanoTime() - t0) / 1e6, r.resume().skills().size(), r.resume().projects().size(),
                r.analysis().map(a -> "scored").orElse("not scored"));
    }
}
