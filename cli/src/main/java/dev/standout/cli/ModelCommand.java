package dev.standout.cli;

import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.corpus.PoolDocument;
import dev.standout.score.DifferentiationScorer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code standout model build|info}: builds and inspects corpus-frequency models. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Build or inspect a corpus-frequency model.",
        subcommands = {ModelCommand.Build.class, ModelCommand.Info.class})
final class ModelCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: build or info");
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a model from a pool of resumes.",
                    "INPUT: a folder of resume files (sub-folders named after occupations are segments) or a "
                            + ".jsonl/.jsonl.gz of {id, labels, text} records."})
    static final class Build implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "INPUT", arity = "1..*", description = "folders and .jsonl[.gz] files")
        List<Path> inputs;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
        Path out;

        @Option(names = "--min-count", defaultValue = "5", paramLabel = "K",
                description = "drop features seen in fewer than K resumes (default ${DEFAULT-VALUE})")
        int minCount;

        @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: the machine's cores)")
        Integer threads;

        @Option(names = "--id", defaultValue = "standout-custom", description = "model id (default ${DEFAULT-VALUE})")
        String id;

        @Option(names = "--model-version", defaultValue = "", paramLabel = "VERSION", description = "model version")
        String version;

        @Option(names = "--description", defaultValue = "", description = "what pool the model was built from")
        String description;

        @Option(names = "--created", defaultValue = "", paramLabel = "DATE",
                description = "build date to record (not taken from the clock, so that builds are reproducible)")
        String created;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (minCount < 1) {
                err.println("standout: --min-count must be at least 1: " + minCount);
                return ExitCodes.USAGE;
            }
            for (Path p : inputs) {
                if (!Files.exists(p)) {
                    err.println("standout: no such input: " + p);
                    return ExitCodes.USAGE;
                }
            }
            int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
            if (n < 1) {
                err.println("standout: --threads must be at least 1: " + n);
                return ExitCodes.USAGE;
            }
            Standout standout = Standout.builder().withoutScoring().build();
            ModelBuild.Extractor extractor = doc -> doc.text() != null
                    ? standout.analyze(doc.text()).resume()
                    : standout.analyze(doc.bytes(), doc.id()).resume();
            ModelInfo info = new ModelInfo(id, version, description, created);
            boolean terminal = System.console() != null;
            try (ProgressBar bar = terminal ? new ProgressBarBuilder().setTaskName("Analyzing")
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" resumes", 1).showSpeed().build() : null) {
                ModelBuild.Listener listener = (PoolDocument doc, boolean ok) -> {
                    if (bar != null) bar.step();
                };
                ModelBuild.Outcome outcome = ModelBuild.run(inputs, extractor, DifferentiationScorer::standard,
                        minCount, info, n, listener);
                Path parent = out.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                outcome.model().write(out);
                err.printf("%d resumes counted, %d could not be analyzed; %d features, %d segments; %.1f s; %s%n",
                        outcome.analyzed(), outcome.failed(), outcome.model().featureCount(),
                        outcome.model().segments().size(), outcome.elapsed().toMillis() / 1000.0, out);
                err.flush();
                return ExitCodes.OK;
            } catch (IOException e) {
                err.println("standout: model build failed: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
        }
    }

    @Command(name = "info", mixinStandardHelpOptions = true,
            description = "Describe a model (the embedded default one when FILE is not given).")
    static final class Info implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "0..1", description = "a model file")
        Path file;

        @Option(names = "--features", description = "print every feature, tab-separated, its count last")
        boolean features;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            CorpusModel model;
            try {
                model = file == null ? CorpusModel.defaultModel() : CorpusModel.load(file);
            } catch (IOException | IllegalStateException e) {
                err.println("standout: cannot load the model: " + e.getMessage());
                return ExitCodes.FAILURE;
            }
            if (features) {
                for (Map.Entry<String, Integer> e : model.documentFrequencies("").entrySet()) {
                    out.println(e.getKey() + "\t" + e.getValue());
                }
            } else {
                ModelInfo info = model.info();
                out.println("model:       " + info.label());
                if (!info.description().isEmpty()) out.println("corpus:      " + info.description());
                if (!info.created().isEmpty()) out.println("built:       " + info.created());
                out.println("format:      " + CorpusModel.FORMAT_VERSION);
                out.println("pool size:   " + model.poolSize() + " resumes");
                out.println("min count:   " + model.minCount());
                out.println("features:    " + model.featureCount());
                out.println("percentiles: " + (model.scoreDistribution().isPresent() ? "yes" : "no"));
                out.println("segments:    " + model.segments().size());
                for (String s : model.segments()) out.printf("  %-26s %7d%n", s, model.segmentSize(s));
                out.println("library:     standout " + Standout.version());
            }
            out.flush();
            return ExitCodes.OK;
        }
    }
}
