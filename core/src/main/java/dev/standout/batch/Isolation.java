package dev.standout.batch;

/**
 * Where a batch analyzes its files.
 *
 * <ul>
 *   <li>{@link #PROCESS}: in worker processes, one per thread, each a JVM with a heap of its own, fed files over
 *       its standard input and output and reused from file to file (see {@link WorkerMain}). A file that takes
 *       longer than the time limit gets its worker killed (SIGKILL: a parser that ignores interruption cannot
 *       outlive it) and a TIMEOUT record; a file that exhausts the worker's heap or crashes it gets an
 *       OUT_OF_MEMORY or INTERNAL record; either way the next file gets a fresh worker. The robust choice for
 *       files from strangers, and the command line's default.</li>
 *   <li>{@link #NONE}: in this JVM, on threads of its own. A watchdog interrupts a file that takes longer than
 *       the time limit, records TIMEOUT and goes on; but a parser that ignores interruption keeps its thread
 *       (and memory) until it ends, and a file that exhausts the heap may hurt the files analyzed beside it.
 *       No start-up cost; the library's default.</li>
 * </ul>
 */
public enum Isolation {
    /** Analyze in this JVM. */
    NONE,
    /** Analyze in worker processes that are replaced when they hang, crash or run out of memory. */
    PROCESS
}
