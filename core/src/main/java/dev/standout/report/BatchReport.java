package dev.standout.report;

import dev.standout.Result;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the reports of a batch show: the run, every file's record and the near-duplicate pairs. Immutable.
 *
 * @param run            how the run went
 * @param entries        one per input file, in file order
 * @param nearDuplicates the near-duplicate pairs, by file order of the first file
 */
public record BatchReport(RunInfo run, List<Entry> entries, List<NearDuplicate> nearDuplicates) {
    public BatchReport {
        Objects.requireNonNull(run, "run");
        entries = List.copyOf(entries);
        nearDuplicates = List.copyOf(nearDuplicates);
    }

    /**
     * One file.
     *
     * @param result  its record
     * @param similar the files of the batch that are nearly the same resume, most similar first
     */
    public record Entry(Result result, List<Similar> similar) {
        public Entry {
            Objects.requireNonNull(result, "result");
            similar = List.copyOf(similar);
        }
    }

    /** Another file of the batch and its estimated similarity (Jaccard of word 5-grams, 0–1). */
    public record Similar(String file, double similarity) {
        public Similar {
            Objects.requireNonNull(file, "file");
        }
    }

    /** Two files that are nearly the same resume. */
    public record NearDuplicate(String file, String other, double similarity) {
        public NearDuplicate {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(other, "other");
        }
    }

    /**
     * How a run went.
     *
     * @param version      the Standout version
     * @param input        the folder (or file) analyzed, as given
     * @param started      when this run (or its last resumption) started
     * @param elapsed      the wall time of this run
     * @param analyzed     files analyzed by this run
     * @param kept         records kept from an interrupted earlier run ({@code --resume})
     * @param threads      files analyzed at once
     * @param isolation    {@code none} or {@code process}
     * @param timeout      the time limit per file
     * @param pool         what the resumes were scored against
     * @param poolNote     what the reader should know about the pool, or {@code ""}
     * @param workerStarts worker processes started (one per lane, plus one per replaced worker)
     * @param abandoned    analysis threads given up on after a timeout (in-process isolation)
     */
    public record RunInfo(String version, String input, Instant started, Duration elapsed, int analyzed, int kept,
                          int threads, String isolation, Duration timeout, String pool, String poolNote,
                          int workerStarts, int abandoned) {
        public RunInfo {
            Objects.requireNonNull(version, "version");
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(started, "started");
            Objects.requireNonNull(elapsed, "elapsed");
            Objects.requireNonNull(isolation, "isolation");
            Objects.requireNonNull(timeout, "timeout");
            Objects.requireNonNull(pool, "pool");
            poolNote = poolNote == null ? "" : poolNote;
        }

        /** Files analyzed per second by this run. */
        public double rate() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : analyzed / s;
        }
    }
}
