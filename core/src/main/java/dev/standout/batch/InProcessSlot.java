package dev.standout.batch;

import dev.standout.ErrorType;
import dev.standout.Result;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A lane that analyzes in this JVM, on a thread of its own, watched by the lane's thread: when a file takes
 * longer than the time limit, the analysis thread is interrupted and abandoned, the file gets a TIMEOUT record
 * and the lane goes on with a fresh thread. An abandoned thread that ignores interruption keeps running (and
 * holding memory) until it ends; the JVM cannot stop it. Memory is guarded only by the parsers' limits and by
 * turning an {@link OutOfMemoryError} into an OUT_OF_MEMORY record, in a heap that every lane shares.
 */
final class InProcessSlot implements Slot {
    private final FileAnalyzer analyzer;
    private final long maxBytes;
    private final Duration timeout;
    private final String threadName;
    private final List<Thread> abandoned;
    private ExecutorService executor;
    private Thread current;

    /**
     * @param abandoned where the lane lists the threads it gave up on (shared between lanes, for the summary)
     */
    InProcessSlot(FileAnalyzer analyzer, long maxBytes, Duration timeout, String threadName,
                  List<Thread> abandoned) {
        this.analyzer = analyzer;
        this.maxBytes = maxBytes;
        this.timeout = timeout;
        this.threadName = threadName;
        this.abandoned = abandoned;
    }

    @Override
    public Outcome analyze(Task task) throws InterruptedException {
        if (executor == null) {
            executor = Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                current = t;
                return t;
            });
        }
        Future<Outcome> f = executor.submit(() -> OneFile.analyze(analyzer, task.path(), task.name(), maxBytes));
        try {
            return f.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            executor.shutdownNow();
            executor = null;
            if (current != null) abandoned.add(current);
            current = null;
            return new Outcome(OneFile.failure(task.path(), task.name(), maxBytes, ErrorType.TIMEOUT,
                    "the analysis took longer than the limit of " + BatchRunner.human(timeout)
                            + "; it was interrupted and abandoned"), null);
        } catch (ExecutionException e) {
            Result r = OneFile.failure(task.path(), task.name(), maxBytes, ErrorType.INTERNAL,
                    "internal error: " + e.getCause());
            return new Outcome(r, null);
        }
    }

    @Override
    public void close() {
        if (executor != null) executor.shutdownNow();
    }
}
