package dev.standout.batch;

import dev.standout.Result;

/** Hears how a batch run goes, e.g. to drive a progress bar. Called from the thread that runs the batch. */
public interface BatchListener {
    /** The files have been listed. */
    default void started(int files) {
    }

    /** One file is done (its record is written). */
    default void finished(Result result) {
    }

    /** A listener that does nothing. */
    BatchListener NONE = new BatchListener() {
    };
}
