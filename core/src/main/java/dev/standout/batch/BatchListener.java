package dev.standout.batch;

import dev.standout.Result;

/**
 * Hears how a batch run goes, e.g. to drive a progress bar. Calls never overlap (they are made one at a time)
 * but may come from different threads.
 */
public interface BatchListener {
    /**
     * The files have been listed.
     *
     * @param files       input files in all
     * @param alreadyDone files whose records were kept from an interrupted earlier run
     */
    default void started(int files, int alreadyDone) {
    }

    /** One file is done: its record is written. */
    default void finished(Result result) {
    }

    /** Every file is done; the pool is being scored and the reports written. */
    default void finishing() {
    }

    /** A listener that does nothing. */
    BatchListener NONE = new BatchListener() {
    };
}
