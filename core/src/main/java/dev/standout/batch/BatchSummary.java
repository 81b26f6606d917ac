package dev.standout.batch;

import dev.standout.ErrorType;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a batch run did.
 *
 * @param files              input files (each has exactly one record)
 * @param ok                 files analyzed
 * @param failed             files that failed
 * @param byError            failures by error type, in the order of {@link ErrorType}
 * @param elapsed            wall time of this run, reports included
 * @param analyzed           files analyzed by this run (the others were kept from an interrupted run)
 * @param kept               records kept from an interrupted earlier run
 * @param nearDuplicatePairs pairs of files that are nearly the same resume
 * @param pool               what the resumes were scored against
 * @param poolNote           what the user should know about the pool (e.g. that there is no default model),
 *                           or {@code ""}
 * @param workerStarts       worker processes started ({@link Isolation#PROCESS})
 * @param abandonedThreads   analysis threads given up on after a timeout ({@link Isolation#NONE})
 */
public record BatchSummary(int files, int ok, int failed, Map<ErrorType, Integer> byError, Duration elapsed,
                           int analyzed, int kept, int nearDuplicatePairs, String pool, String poolNote,
                           int workerStarts, int abandonedThreads) {
    public BatchSummary {
        EnumMap<ErrorType, Integer> ordered = new EnumMap<>(ErrorType.class);
        ordered.putAll(byError);
        byError = Collections.unmodifiableMap(ordered);
        Objects.requireNonNull(elapsed, "elapsed");
        pool = pool == null ? "" : pool;
        poolNote = poolNote == null ? "" : poolNote;
    }

    /** Files analyzed per second by this run. */
    public double rate() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : analyzed / s;
    }
}
