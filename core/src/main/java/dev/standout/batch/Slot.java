package dev.standout.batch;

import dev.standout.Result;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;

/**
 * One lane of a batch: analyzes one file at a time, within the time limit, in this JVM or in a worker
 * process. Used by one thread.
 */
interface Slot extends Closeable {
    /**
     * Analyzes one file. A failure of the file (including a timeout or a crash of the worker) is a FAILED
     * record, never an exception.
     *
     * @throws IOException when the slot cannot work at all (a worker process cannot be started): the run fails
     */
    Outcome analyze(Task task) throws IOException, InterruptedException;

    /** A file to analyze: where it is and the name its record gets. */
    record Task(Path path, String name) {
    }

    /**
     * What analyzing a file gave.
     *
     * @param result    its record
     * @param signature its near-duplicate signature, or {@code null}
     */
    record Outcome(Result result, int[] signature) {
    }
}
