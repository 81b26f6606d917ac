package dev.standout.cli;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.BatchListener;
import dev.standout.batch.BatchRunner;
import dev.standout.batch.BatchSummary;
import dev.standout.batch.Isolation;
import dev.standout.batch.Pool;
import dev.standout.corpus.CorpusModel;
import dev.standout.report.Reports;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code standout batch DIR --out OUTDIR}: analyzes every file of a folder in parallel into
 * {@code results.jsonl}, {@code results.csv}, {@code summary.json} and {@code report.html}.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Analyze every resume below a folder, in parallel; write one record per file to "
                + "OUTDIR/results.jsonl, and results.csv, summary.json and report.html beside it.",
                "A killed run loses at most the files in flight: run the same command with --resume to finish it."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was analyzed", "1:the run failed", "2:usage error",
                "3:the run completed but some files failed"})
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "folder of resumes (walked recursively; hidden files skipped), "
            + "or one file")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "output folder")
    Path out;

    @Option(names = "--threads", paramLabel = "N", description = "files analyzed at once, one worker JVM each (default: the number of cores)")
    Integer threads;

    @Option(names = "--timeout", paramLabel = "TIME", defaultValue = "60s", converter = DurationConverter.class,
            description = "time limit per file, e.g. 60s, 2m, 500ms (default: ${DEFAULT-VALUE})")
    Duration timeout;

    @Option(names = "--isolation", paramLabel = "MODE", defaultValue = "process",
            description = "process: each thread feeds a worker JVM that is killed and replaced when a file hangs, "
                    + "crashes it or exhausts its heap; none: analyze in this JVM (no start-up cost, but a hung "
                    + "parser keeps its thread). Default: ${DEFAULT-VALUE}")
    IsolationOption isolation;

    @Option(names = "--worker-heap", paramLabel = "SIZE", defaultValue = BatchRunner.DEFAULT_WORKER_HEAP,
            description = "heap of each worker JVM, e.g. 512m, 2g (default: ${DEFAULT-VALUE})")
    String workerHeap;

    @Option(names = "--pool", paramLabel = "POOL", defaultValue = "default",
            description = "what resumes are scored against: default (the embedded model), self (the other resumes "
                    + "of this batch: who stands out among these applicants?), none, or a model FILE. "
                    + "Default: ${DEFAULT-VALUE}")
    String pool;

    @Option(names = "--model", paramLabel = "MODEL", description = "score against this model file (the same as --pool MODEL)")
    java.nio.file.Path model;

    @Option(names = "--resume", description = "continue an interrupted run into the same OUTDIR: keep its intact "
            + "records, analyze the files that have none")
    boolean resume;

    @picocli.CommandLine.Mixin
    OcrCliOptions ocr;

    @Option(names = "--quiet", description = "no progress bar and no summary line")
    boolean quiet;

    enum IsolationOption { none, process }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dir)) {
            err.println("standout: no such folder: " + dir);
            return ExitCodes.USAGE;
        }
        if (threads != null && threads < 1) {
            err.println("standout: --threads must be at least 1: " + threads);
            return ExitCodes.USAGE;
        }
        if (model != null) {
            if (!"default".equals(pool)) {
                err.println("standout: give either --model or --pool, not both");
                return ExitCodes.USAGE;
            }
            pool = model.toString();
        }
        Pool chosen;
        try {
            chosen = pool(pool);
        } catch (IllegalArgumentException e) {
            err.println("standout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Standout.Builder analyzer = Standout.builder();
        Integer refused = ocr.configure(analyzer, err);
        if (refused != null) return refused;
        BatchRunner runner;
        try {
            BatchRunner.Builder b = BatchRunner.builder().standout(analyzer.build()).timeout(timeout)
                    .isolation(isolation == IsolationOption.process ? Isolation.PROCESS : Isolation.NONE)
                    .workerHeap(workerHeap).pool(chosen).workerJvmOptions(sharedArchiveOptions());
            if (threads != null) b.threads(threads);
            runner = b.build();
        } catch (IllegalArgumentException e) {
            err.println("standout: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (!resume && Files.exists(out.resolve(BatchRunner.RESULTS)) && !quiet) {
            err.println("standout: replacing the records in " + out + " (use --resume to continue them instead)");
        }

        boolean terminal = System.console() != null && !quiet;
        AtomicBoolean done = new AtomicBoolean();
        Thread hint = new Thread(() -> {
            if (!done.get()) {
                System.err.println();
                System.err.println("standout: interrupted; the records written so far are in "
                        + out.resolve(BatchRunner.RESULTS) + ". Run the same command with --resume to finish.");
            }
        });
        Runtime.getRuntime().addShutdownHook(hint);
        BatchSummary summary;
        try (Progress progress = terminal ? new Progress() : null) {
            summary = resume ? runner.resume(dir, out, progress == null ? BatchListener.NONE : progress)
                    : runner.run(dir, out, progress == null ? BatchListener.NONE : progress);
        } catch (IOException e) {
            done.set(true);
            err.println("standout: batch failed: " + e.getMessage());
            if (Files.exists(out.resolve(BatchRunner.RESULTS))) {
                err.println("standout: the records written so far are in " + out.resolve(BatchRunner.RESULTS)
                        + "; run the same command with --resume to finish.");
            }
            return ExitCodes.FAILURE;
        } finally {
            done.set(true);
            try {
                Runtime.getRuntime().removeShutdownHook(hint);
            } catch (IllegalStateException e) {
                // already shutting down
            }
        }
        if (!quiet) {
            if (!summary.poolNote().isEmpty()) err.println("standout: note: " + summary.poolNote());
            err.printf(Locale.ROOT, "%d files: %d OK, %d failed%s; %d analyzed in %.1f s (%.1f files/s)%s%s%n",
                    summary.files(), summary.ok(), summary.failed(),
                    summary.byError().isEmpty() ? "" : " " + summary.byError(), summary.analyzed(),
                    summary.elapsed().toMillis() / 1000.0, summary.rate(),
                    summary.kept() > 0 ? ", " + summary.kept() + " kept from the earlier run" : "",
                    summary.nearDuplicatePairs() > 0 ? "; " + summary.nearDuplicatePairs() + " near-duplicate pairs"
                            : "");
            err.println("records in " + out.resolve(BatchRunner.RESULTS) + "; report in " + out.resolve(Reports.HTML));
            err.flush();
        }
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** {@code default}, {@code self}, {@code none} or a model file. */
    static Pool pool(String value) {
        switch (value) {
            case "default":
                return Pool.defaultModel();
            case "self":
                return Pool.self();
            case "none":
                return Pool.none();
            default:
                Path file = Path.of(value);
                if (!Files.isRegularFile(file)) {
                    throw new IllegalArgumentException("--pool must be default, self, none or a model file; no such "
                            + "file: " + value);
                }
                try {
                    return Pool.of(CorpusModel.load(file));
                } catch (IOException e) {
                    throw new IllegalArgumentException("cannot read the model " + value + ": " + e.getMessage(), e);
                }
        }
    }

    /** A duration as people write it: {@code 60}, {@code 60s}, {@code 1.5s}, {@code 500ms}, {@code 2m}, {@code 1h}, or ISO-8601. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|sec|m|min|h)?");

        @Override
        public Duration convert(String value) {
            String v = value.trim().toLowerCase(Locale.ROOT);
            Matcher m = SIMPLE.matcher(v);
            Duration d;
            if (m.matches()) {
                double n = Double.parseDouble(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                double ms = switch (unit) {
                    case "ms" -> n;
                    case "m", "min" -> n * 60_000;
                    case "h" -> n * 3_600_000;
                    default -> n * 1000;
                };
                d = Duration.ofMillis(Math.round(ms));
            } else {
                try {
                    d = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("not a duration (try 60s, 2m or 500ms): '" + value + "'");
                }
            }
            if (d.isNegative() || d.isZero()) throw new IllegalArgumentException("must be positive: '" + value + "'");
            return d;
        }
    }

    /** A terminal progress bar: files done, rate, time left, failures so far. */
    private static final class Progress implements BatchListener, AutoCloseable {
        private ProgressBar bar;
        private int failed;

        @Override
        public void started(int files, int alreadyDone) {
            bar = new ProgressBarBuilder().setTaskName(alreadyDone > 0 ? "Resuming" : "Analyzing")
                    .setInitialMax(files).startsFrom(alreadyDone, Duration.ZERO)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().build();
        }

        @Override
        public void finished(Result result) {
            if (!result.isOk()) failed++;
            bar.step();
            if (failed > 0) bar.setExtraMessage(failed + " failed");
        }

        @Override
        public void finishing() {
            if (bar != null) bar.setExtraMessage((failed > 0 ? failed + " failed; " : "") + "scoring, writing reports");
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }

    /**
     * The class-data sharing options this JVM was started with (the {@code ./standout} launcher's archive), for
     * the worker processes: they run the same class path, so they map the same archive instead of loading and
     * verifying the classes again.
     */
    static List<String> sharedArchiveOptions() {
        List<String> out = new ArrayList<>();
        for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (a.startsWith("-XX:SharedArchiveFile=") || a.startsWith("-Xlog:cds")) out.add(a);
        }
        return out;
    }
}
