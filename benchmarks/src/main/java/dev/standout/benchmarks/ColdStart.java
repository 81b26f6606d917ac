package dev.standout.benchmarks;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.nlp.NlpPipeline;
import dev.standout.score.CatalogPriors;
import dev.standout.score.DifferentiationScorer;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.SkillTaxonomy;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * What a fresh process pays before and during its first file, step by step in wall time: the JVM's own start,
 * the first PDF analyzed (PDFBox's classes and fonts), the skills gazetteer, the credential catalog, the
 * tokenizer, the part-of-speech model, the catalog priors, the corpus model, then the whole extraction and
 * scoring of the first file once everything is loaded. Run it in a fresh JVM:
 *
 * <pre>Usage: ColdStart FILE [MODEL]</pre>
 */
public final class ColdStart {
    private static long last = System.nanoTime();

    private ColdStart() {
    }

    private static <T> T step(String name, Callable<T> c) throws Exception {
        long t0 = System.nanoTime();
        T v = c.call();
        System.out.printf(Locale.ROOT, "  %-44s %7.0f ms%n", name, (System.nanoTime() - t0) / 1e6);
        last = System.nanoTime();
        return v;
    }

    public static void main(String[] args) throws Exception {
        double jvm = (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime());
        System.out.printf(Locale.ROOT, "cold start, fresh JVM (load %s)%n  %-44s %7.0f ms%n", Machine.loadAverage(),
                "JVM start to main", jvm);
        long t0 = System.nanoTime();
        Path file = Path.of(args[0]);
        Standout standout = Standout.builder().withoutScoring().build();
        Result r = step("first analyze (parse, sections, contacts)", () -> standout.analyze(file));
        step("SkillTaxonomy.defaultTaxonomy()", SkillTaxonomy::defaultTaxonomy);
        step("CredentialCatalog.defaultCatalog()", CredentialCatalog::defaultCatalog);
        step("NlpPipeline tokenizer", () -> NlpPipeline.shared().tokenize("Warm up."));
        step("NlpPipeline part-of-speech model", () -> NlpPipeline.shared().preloadTagger());
        step("CatalogPriors.standard()", CatalogPriors::standard);
        CorpusModel model = step(args.length > 1 ? "CorpusModel.load(" + args[1] + ")" : "CorpusModel.defaultModel()",
                () -> {
                    try {
                        return args.length > 1 ? CorpusModel.load(Path.of(args[1])) : CorpusModel.defaultModel();
                    } catch (IllegalStateException e) {
                        return null;
                    }
                });
        FullExtraction x = step("FullExtraction (extractors built)", FullExtraction::new);
        var resume = step("first extraction, all loaded", () ->
                x.extract(new SectionedText(r.text(), r.sections()), r.resume().basics()));
        if (model != null) {
            DifferentiationScorer s = DifferentiationScorer.standard(model);
            step("first score", () -> s.score(resume, null));
        }
        System.out.printf(Locale.ROOT, "  %-44s %7.0f ms (%d skills, %d projects)%n", "total since main",
                (System.nanoTime() - t0) / 1e6, resume.skills().size(), resume.projects().size());
    }
}
