package dev.standout.cli;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.BatchListener;
import dev.standout.batch.BatchRunner;
import dev.standout.batch.BatchSummary;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code standout batch DIR --out OUTDIR}: analyzes every file of a folder into {@code results.jsonl}. */
@Command(name = "batch", mixinStandardHelpOptions = true,
        description = "Analyze every resume below a folder; write one record per file to OUTDIR/results.jsonl.")
final class BatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "folder of resumes (walked recursively; hidden files skipped)")
    Path dir;

    @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "output folder")
    Path out;

    @Option(names = "--quiet", description = "no progress bar and no summary line")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dir)) {
            err.println("standout: no such folder: " + dir);
            return ExitCodes.USAGE;
        }
        BatchRunner runner = new BatchRunner(Standout.create());
        boolean terminal = System.console() != null && !quiet;
        BatchSummary summary;
        try (Progress progress = terminal ? new Progress() : null) {
            summary = runner.run(dir, out, progress == null ? BatchListener.NONE : progress);
        } catch (IOException e) {
            err.println("standout: batch failed: " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        if (!quiet) {
            err.printf("%d files: %d OK, %d failed %s; %.1f files/s; records in %s%n", summary.files(), summary.ok(),
                    summary.failed(), summary.byError().isEmpty() ? "" : summary.byError(), summary.rate(),
                    out.resolve(BatchRunner.RESULTS));
            err.flush();
        }
        return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /** A terminal progress bar: files done, rate, time left, failures so far. */
    private static final class Progress implements BatchListener, AutoCloseable {
        private ProgressBar bar;
        private int failed;

        @Override
        public void started(int files) {
            bar = new ProgressBarBuilder().setTaskName("Analyzing").setInitialMax(files)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).showSpeed().build();
        }

        @Override
        public void finished(Result result) {
            if (!result.isOk()) failed++;
            bar.step();
            if (failed > 0) bar.setExtraMessage(failed + " failed");
        }

        @Override
        public void close() {
            if (bar != null) bar.close();
        }
    }
}
