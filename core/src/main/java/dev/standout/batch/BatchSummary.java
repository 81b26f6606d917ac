package dev.standout.batch;

import dev.standout.ErrorType;

import java.time.Duration;
import java.util.Map;

/**
 * What a batch run did.
 *
 * @param files    input files seen (each got exactly one record)
 * @param ok       files analyzed
 * @param failed   files that failed
 * @param byError  failures by error type
 * @param elapsed  wall time of the run
 */
public record BatchSummary(int files, int ok, int failed, Map<ErrorType, Integer> byError, Duration elapsed) {
    public BatchSummary {
        byError = Map.copyOf(byError);
    }

    /** Files per second over the run. */
    public double rate() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : files / s;
    }
}
