package dev.standout.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standout.ErrorType;
import dev.standout.Result;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A lane whose files are analyzed in a worker process ({@link WorkerMain}): started on first use, reused for
 * file after file, and replaced when it dies (a crash, an {@link OutOfMemoryError} in its own heap) or when a
 * file takes longer than the time limit (the process is killed with SIGKILL: a parser that ignores
 * interruption cannot outlive it). The file in flight gets a TIMEOUT, OUT_OF_MEMORY or INTERNAL record; the
 * next file gets a fresh worker.
 */
final class ProcessSlot implements Slot {
    /** The line a reader thread queues when the worker's output ends. */
    private static final String EOF = new String("<eof>");
    /** Exit code of a JVM stopped by {@code -XX:+ExitOnOutOfMemoryError}. */
    private static final int EXIT_OOM = 3;
    private static final int EXIT_SIGKILL = 128 + 9;

    private final WorkerSpec spec;
    private final Duration timeout;
    private final long maxBytes;
    private final AtomicInteger starts;
    private final String label;

    private Process process;
    private BufferedWriter toWorker;
    private BlockingQueue<String> fromWorker;
    private Tail stderr;
    private Thread stderrReader;
    private long nextId;

    ProcessSlot(WorkerSpec spec, Duration timeout, long maxBytes, AtomicInteger starts, String label) {
        this.spec = spec;
        this.timeout = timeout;
        this.maxBytes = maxBytes;
        this.starts = starts;
        this.label = label;
    }

    /**
     * How to start a worker.
     *
     * @param command        the command line (java, JVM options, main class, arguments)
     * @param classPath      its class path, passed in {@code CLASSPATH}
     * @param startupTimeout how long it may take to load and answer "ready"
     */
    record WorkerSpec(List<String> command, String classPath, Duration startupTimeout) {
    }

    @Override
    public Outcome analyze(Task task) throws IOException, InterruptedException {
        if (process == null) start();
        long id = ++nextId;
        ObjectNode req = RecordCodec.JSON.createObjectNode();
        req.put("id", id);
        req.put("path", task.path().toAbsolutePath().toString());
        req.put("name", task.name());
        try {
            toWorker.write(RecordCodec.JSON.writeValueAsString(req));
            toWorker.write('\n');
            toWorker.flush();
        } catch (IOException e) {
            // the worker died between two files (killed from outside): this file is innocent, try a fresh one
            stop(true);
            start();
            toWorker.write(RecordCodec.JSON.writeValueAsString(req));
            toWorker.write('\n');
            toWorker.flush();
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            String line = left <= 0 ? null : fromWorker.poll(left, TimeUnit.NANOSECONDS);
            if (line == null) {
                stop(true);
                return new Outcome(OneFile.failure(task.path(), task.name(), maxBytes, ErrorType.TIMEOUT,
                        "the analysis took longer than the limit of " + BatchRunner.human(timeout)
                                + "; its worker process was killed and replaced"), null);
            }
            if (line == EOF) return died(task);
            JsonNode answer;
            try {
                answer = RecordCodec.JSON.readTree(line);
            } catch (IOException e) {
                stderr.add("[stdout] " + line);
                continue; // not the protocol (a library printing to stdout): keep waiting
            }
            if (!answer.isObject() || answer.path("id").asLong(-1) != id || !answer.path("record").isObject()) {
                stderr.add("[stdout] " + line);
                continue;
            }
            Result r;
            int[] sig = null;
            try {
                r = RecordCodec.decode(answer.get("record"));
                if (answer.hasNonNull("minhash")) sig = NearDuplicates.decode(answer.get("minhash").asText());
            } catch (IllegalArgumentException e) {
                r = OneFile.failure(task.path(), task.name(), maxBytes, ErrorType.INTERNAL,
                        "internal error: the worker's answer could not be read: " + e.getMessage());
            }
            if (answer.path("recycle").asBoolean(false)) stop(false);
            return new Outcome(r, sig);
        }
    }

    /** The record of a file whose worker died under it; the next file starts a new worker. */
    private Outcome died(Task task) throws InterruptedException {
        Process p = process;
        int exit = p.waitFor(5, TimeUnit.SECONDS) ? p.exitValue() : -1;
        stderrReader.join(2000); // its last words, e.g. "Terminating due to java.lang.OutOfMemoryError"
        String tail = stderr.text();
        stop(true);
        ErrorType type;
        String message;
        if (exit == EXIT_OOM || tail.contains("OutOfMemoryError")) {
            type = ErrorType.OUT_OF_MEMORY;
            message = "the document exhausted the memory of its worker process (" + heapOf(spec) + "); the worker"
                    + " was replaced";
        } else if (exit == EXIT_SIGKILL) {
            type = ErrorType.OUT_OF_MEMORY;
            message = "the worker process was killed by the operating system (signal 9) while analyzing this "
                    + "document, most likely for lack of memory; the worker was replaced";
        } else {
            type = ErrorType.INTERNAL;
            String last = lastLine(tail);
            message = "internal error: the worker process died while analyzing this document (exit code " + exit
                    + ")" + (last.isEmpty() ? "" : ": " + last) + "; the worker was replaced";
        }
        return new Outcome(OneFile.failure(task.path(), task.name(), maxBytes, type, message), null);
    }

    private static String heapOf(WorkerSpec spec) {
        for (String s : spec.command()) if (s.startsWith("-Xmx")) return "heap " + s.substring(4);
        return "default heap";
    }

    private static String lastLine(String tail) {
        String[] lines = tail.strip().split("\n");
        String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
        return last.length() > 300 ? last.substring(0, 300) + "…" : last;
    }

    private void start() throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(spec.command());
        pb.environment().put("CLASSPATH", spec.classPath());
        pb.redirectInput(ProcessBuilder.Redirect.PIPE);
        pb.redirectOutput(ProcessBuilder.Redirect.PIPE);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        Process p = pb.start();
        starts.incrementAndGet();
        process = p;
        toWorker = new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8));
        fromWorker = new LinkedBlockingQueue<>();
        stderr = new Tail(8192);
        BlockingQueue<String> q = fromWorker;
        Tail t = stderr;
        daemon(label + "-out", () -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) q.add(line);
            } catch (IOException e) {
                // the process is gone
            } finally {
                q.add(EOF);
            }
        });
        stderrReader = daemon(label + "-err", () -> t.drain(p.getErrorStream()));
        String line = fromWorker.poll(spec.startupTimeout().toNanos(), TimeUnit.NANOSECONDS);
        while (line != null && line != EOF && !line.startsWith("{\"ready\"")) {
            t.add("[stdout] " + line);
            line = fromWorker.poll(spec.startupTimeout().toNanos(), TimeUnit.NANOSECONDS);
        }
        if (line == null || line == EOF) {
            boolean exited = p.waitFor(2, TimeUnit.SECONDS);
            stop(true);
            throw new IOException("the worker process did not start"
                    + (line == null ? " within " + BatchRunner.human(spec.startupTimeout()) : "")
                    + (exited ? " (exit code " + p.exitValue() + ")" : "") + ": " + lastLine(t.text())
                    + "; command: " + String.join(" ", spec.command()));
        }
    }

    private static Thread daemon(String name, Runnable r) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
        return t;
    }

    /** Stops the current worker: killed at once, or asked to end (its input closed) and killed if it lingers. */
    private void stop(boolean kill) throws InterruptedException {
        Process p = process;
        process = null;
        if (p == null) return;
        if (!kill) {
            try {
                toWorker.close();
            } catch (IOException e) {
                // it is ending anyway
            }
            if (p.waitFor(5, TimeUnit.SECONDS)) return;
        }
        // what the worker started (a Tesseract process reading a page) goes with it: found before the worker dies,
        // as an orphan is no longer its descendant
        java.util.List<ProcessHandle> children;
        try (java.util.stream.Stream<ProcessHandle> d = p.descendants()) {
            children = d.toList();
        }
        p.destroyForcibly();
        children.forEach(ProcessHandle::destroyForcibly);
        p.waitFor(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws IOException {
        try {
            stop(false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            Process p = process;
            if (p != null) p.destroyForcibly();
        }
    }

    /** The last characters a worker wrote to its standard error, for the record of a crash. */
    static final class Tail {
        private final int capacity;
        private final StringBuilder buf = new StringBuilder();

        Tail(int capacity) {
            this.capacity = capacity;
        }

        synchronized void add(String line) {
            buf.append(line).append('\n');
            trim();
        }

        synchronized String text() {
            return buf.toString();
        }

        private void trim() {
            if (buf.length() > capacity) buf.delete(0, buf.length() - capacity);
        }

        void drain(InputStream in) {
            byte[] b = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(b)) >= 0) {
                    synchronized (this) {
                        buf.append(new String(b, 0, n, StandardCharsets.UTF_8));
                        trim();
                    }
                }
            } catch (IOException e) {
                // the process is gone
            }
        }
    }
}
