package dev.standout.batch;

import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.Slot.Outcome;
import dev.standout.batch.Slot.Task;
import dev.standout.report.BatchReport;
import dev.standout.report.Reports;
import dev.standout.resume.Resume;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Analyzes every file below a folder, in parallel, each within a time limit, and writes one contract record
 * per file to {@code results.jsonl} in an output folder, with {@code results.csv}, {@code summary.json} and
 * {@code report.html} beside it. One bad file never stops the run; a killed run loses at most the files in
 * flight and can be {@linkplain #resume resumed}. How it works is in the {@linkplain dev.standout.batch package
 * documentation}.
 *
 * <pre>{@code
 * BatchSummary s = BatchRunner.builder().threads(4).isolation(Isolation.PROCESS).pool(Pool.self()).build()
 *         .run(Path.of("applicants"), Path.of("out"), BatchListener.NONE);
 * }</pre>
 *
 * <p>Hidden files and folders (names starting with a dot) are skipped, and so is the output folder when it lies
 * inside the input folder. A runner is immutable; runs into different output folders may go on at once.
 */
public final class BatchRunner {
    /** Name of the record file in the output folder. */
    public static final String RESULTS = Journal.RESULTS;
    /** The default time limit per file. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** The default heap of a worker process. */
    public static final String DEFAULT_WORKER_HEAP = "1g";

    private static final Pattern HEAP = Pattern.compile("[1-9][0-9]*[kKmMgG]?");

    private final Standout standout;
    private final FileAnalyzer analyzer;
    private final Isolation isolation;
    private final int threads;
    private final Duration timeout;
    private final String workerHeap;
    private final List<String> workerJvmOptions;
    private final String workerAnalyzer;
    private final String workerClassPath;
    private final Duration workerStartupTimeout;
    private final Pool pool;
    private final double nearDuplicateThreshold;
    private final boolean reports;

    private BatchRunner(Builder b) {
        this.standout = b.standout == null ? Standout.create() : b.standout;
        this.analyzer = b.analyzer == null ? FileAnalyzer.of(standout) : b.analyzer;
        this.isolation = b.isolation;
        this.threads = b.threads;
        this.timeout = b.timeout;
        this.workerHeap = b.workerHeap;
        this.workerJvmOptions = List.copyOf(b.workerJvmOptions);
        this.workerAnalyzer = b.workerAnalyzer;
        this.workerClassPath = b.workerClassPath;
        this.workerStartupTimeout = b.workerStartupTimeout;
        this.pool = b.pool;
        this.nearDuplicateThreshold = b.nearDuplicateThreshold;
        this.reports = b.reports;
    }

    /** A runner with the defaults: in-process, one thread per core, 60 s per file, the default pool. */
    public BatchRunner(Standout standout) {
        this(new Builder().standout(standout));
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * Analyzes one file into its record, in this thread, exactly as a batch lane does (without the per-file time
     * limit); never throws: every failure is a FAILED record. Other runners (the Spark job) use it to write the
     * same records.
     */
    public Result analyzeOne(Path file, String name) {
        return OneFile.analyze(analyzer, file, name, standout.limits().maxBytes()).result();
    }

    /** The input files of a batch: regular, not hidden, in a stable (sorted) order. */
    public static List<Path> listFiles(Path root) throws IOException {
        return listFiles(root, null);
    }

    private static List<Path> listFiles(Path root, Path skip) throws IOException {
        if (Files.isRegularFile(root)) return List.of(root);
        if (!Files.isDirectory(root)) throw new IOException("no such folder: " + root);
        Path skipAbs = skip == null ? null : skip.toAbsolutePath().normalize();
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(p -> skipAbs == null || !p.toAbsolutePath().normalize().startsWith(skipAbs))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) return true;
        }
        return false;
    }

    /**
     * Runs the batch from scratch: {@code results.jsonl} in the output folder is replaced.
     *
     * @param input  a folder (walked recursively) or a single file
     * @param outDir the output folder, created if needed
     * @throws IOException when the input cannot be listed, the output cannot be written or worker processes
     *                     cannot be started: the run failed (the records written so far stay, and
     *                     {@link #resume} can go on from them)
     */
    public BatchSummary run(Path input, Path outDir, BatchListener listener) throws IOException {
        return execute(input, outDir, listener, false);
    }

    /**
     * Continues an interrupted run into the same output folder: keeps every intact record whose file is still
     * there with the same content (same name and SHA-256), drops a torn last line and records of files that
     * changed or went away, analyzes the rest, and ends, like {@link #run}, with exactly one record per file.
     * Without an earlier run it is the same as {@link #run}.
     */
    public BatchSummary resume(Path input, Path outDir, BatchListener listener) throws IOException {
        return execute(input, outDir, listener, true);
    }

    private BatchSummary execute(Path input, Path outDir, BatchListener listener, boolean resume) throws IOException {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(outDir, "outDir");
        Objects.requireNonNull(listener, "listener");
        Instant started = Instant.now();
        long t0 = System.nanoTime();
        List<Path> files = listFiles(input, outDir);
        boolean folder = Files.isDirectory(input);
        LinkedHashMap<String, Path> byName = new LinkedHashMap<>();
        for (Path f : files) byName.put(folder ? input.relativize(f).toString() : f.getFileName().toString(), f);
        Files.createDirectories(outDir);

        Journal.Contents prior = resume ? Journal.read(outDir) : Journal.Contents.EMPTY;
        List<String> keptLines = new ArrayList<>();
        Map<String, int[]> keptFingerprints = new HashMap<>();
        List<Task> todo = new ArrayList<>();
        for (Map.Entry<String, Path> e : byName.entrySet()) {
            Journal.Entry old = prior.records().get(e.getKey());
            if (old != null && !old.result().sha256().isEmpty()
                    && old.result().sha256().equals(OneFile.sha256Quietly(e.getValue()))) {
                keptLines.add(old.line());
                int[] sig = prior.fingerprints().get(old.result().sha256());
                if (sig != null) keptFingerprints.put(old.result().sha256(), sig);
            } else {
                todo.add(new Task(e.getValue(), e.getKey()));
            }
        }

        PoolScoring upfront = PoolScoring.upfront(pool);
        AtomicInteger workerStarts = new AtomicInteger();
        CopyOnWriteArrayList<Thread> abandoned = new CopyOnWriteArrayList<>();
        try (Journal journal = Journal.open(outDir, keptLines, keptFingerprints)) {
            listener.started(byName.size(), keptLines.size());
            analyzeAll(todo, journal, upfront, listener, workerStarts, abandoned);
        }

        listener.finishing();
        return finish(input, outDir, byName, started, t0, todo.size(), keptLines.size(), workerStarts.get(),
                abandoned.size());
    }

    private void analyzeAll(List<Task> todo, Journal journal, PoolScoring scoring, BatchListener listener,
                            AtomicInteger workerStarts, CopyOnWriteArrayList<Thread> abandoned) throws IOException {
        int lanes = Math.min(threads, todo.size());
        if (lanes == 0) return;
        if (isolation == Isolation.NONE) OneFile.warmUp(analyzer);
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        Object lock = new Object();
        AtomicInteger laneNumber = new AtomicInteger();
        ExecutorService exec = Executors.newFixedThreadPool(lanes, r -> {
            Thread t = new Thread(r, "standout-lane-" + laneNumber.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        List<Future<Void>> futures = new ArrayList<>();
        for (int lane = 1; lane <= lanes; lane++) {
            int n = lane;
            futures.add(exec.submit(() -> {
                try (Slot slot = newSlot(n, workerStarts, abandoned)) {
                    int i;
                    while (!stop.get() && (i = next.getAndIncrement()) < todo.size()) {
                        Outcome o = slot.analyze(todo.get(i));
                        Result r = o.result();
                        boolean scoringFailed = false;
                        try {
                            r = scoring.score(r);
                        } catch (RuntimeException e) {
                            scoringFailed = true;
                        }
                        String line = RecordCodec.encode(r, List.of(), scoringFailed);
                        synchronized (lock) {
                            journal.append(line, r.sha256(), o.signature());
                            listener.finished(r);
                        }
                    }
                } catch (Throwable t) {
                    stop.set(true);
                    throw t;
                }
                return null;
            }));
        }
        exec.shutdown();
        IOException failure = null;
        try {
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (failure == null) {
                        failure = c instanceof IOException io ? io : new IOException("the batch failed: " + c, c);
                    }
                }
            }
        } catch (InterruptedException e) {
            stop.set(true);
            exec.shutdownNow();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("the batch was interrupted");
        }
        if (failure != null) throw failure;
    }

    private Slot newSlot(int lane, AtomicInteger workerStarts, CopyOnWriteArrayList<Thread> abandoned) {
        long maxBytes = standout.limits().maxBytes();
        if (isolation == Isolation.NONE) {
            return new InProcessSlot(analyzer, maxBytes, timeout, "standout-analyze-" + lane, abandoned);
        }
        return new ProcessSlot(workerSpec(), timeout, maxBytes, workerStarts, "standout-worker-" + lane);
    }

    /** The command line of a worker process. */
    ProcessSlot.WorkerSpec workerSpec() {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx" + workerHeap);
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+UseSerialGC");
        // C1 only: each worker JVM compiles the same code for itself, and C2's compiler threads take the cores
        // the lanes need (2 cores, 2 lanes: 300 livecareer PDFs 16.7 s -> 10.9 s, all 1,995 53 s -> 42 s)
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-Djava.awt.headless=true");
        cmd.addAll(workerJvmOptions);
        cmd.add(WorkerMain.class.getName());
        cmd.add("--parent-pid");
        cmd.add(String.valueOf(ProcessHandle.current().pid()));
        cmd.add("--max-bytes");
        cmd.add(String.valueOf(standout.limits().maxBytes()));
        cmd.add("--max-pages");
        cmd.add(String.valueOf(standout.limits().maxPages()));
        cmd.add("--max-chars");
        cmd.add(String.valueOf(standout.limits().maxChars()));
        dev.standout.parse.OcrOptions ocr = standout.ocr();
        if (!ocr.equals(dev.standout.parse.OcrOptions.DEFAULT)) {
            cmd.addAll(List.of("--ocr", ocr.mode().name(), "--ocr-language", ocr.language(),
                    "--ocr-max-pages", String.valueOf(ocr.maxPages()),
                    "--ocr-page-timeout-ms", String.valueOf(ocr.pageTimeout().toMillis()),
                    "--ocr-max-pixels", String.valueOf(ocr.maxPixels()), "--ocr-dpi", String.valueOf(ocr.dpi()),
                    "--ocr-command", ocr.command()));
        }
        if (workerAnalyzer != null) {
            cmd.add("--analyzer");
            cmd.add(workerAnalyzer);
        }
        String cp = workerClassPath != null ? workerClassPath : System.getProperty("java.class.path", "");
        return new ProcessSlot.WorkerSpec(cmd, cp, workerStartupTimeout);
    }

    /** Pass two: scores the pool, flags near-duplicates, rewrites the records in file order, writes the reports. */
    private BatchSummary finish(Path input, Path outDir, LinkedHashMap<String, Path> byName, Instant started, long t0,
                                int analyzed, int kept, int workerStarts, int abandoned) throws IOException {
        Journal.Contents all = Journal.read(outDir);
        List<Result> results = new ArrayList<>(byName.size());
        for (String name : byName.keySet()) {
            Journal.Entry e = all.records().get(name);
            if (e == null) throw new IOException("no record was written for " + name);
            results.add(e.result());
        }

        List<int[]> sigs = new ArrayList<>(results.size());
        for (Result r : results) sigs.add(r.isOk() ? all.fingerprints().get(r.sha256()) : null);
        List<NearDuplicateMarks.Pair> pairs = NearDuplicateMarks.pairs(sigs, nearDuplicateThreshold);
        List<String> names = new ArrayList<>(results.size());
        for (Result r : results) names.add(r.file());
        Map<Integer, List<BatchReport.Similar>> similar = NearDuplicateMarks.similar(names, pairs);
        Set<Integer> repeats = new HashSet<>();
        List<BatchReport.NearDuplicate> dupPairs = new ArrayList<>();
        for (NearDuplicateMarks.Pair p : pairs) {
            dupPairs.add(new BatchReport.NearDuplicate(names.get(p.a()), names.get(p.b()), p.similarity()));
            repeats.add(p.b());
        }

        // a self pool counts each near-duplicate group once: a resume sent twice is not two applicants
        List<Resume> poolResumes = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).isOk() && !repeats.contains(i)) poolResumes.add(results.get(i).resume());
        }
        PoolScoring scoring = PoolScoring.finalFor(pool, poolResumes);

        StringBuilder lines = new StringBuilder();
        List<BatchReport.Entry> entries = new ArrayList<>(results.size());
        Map<ErrorType, Integer> byError = new EnumMap<>(ErrorType.class);
        int ok = 0;
        for (int i = 0; i < results.size(); i++) {
            Result r = results.get(i);
            boolean scoringFailed = false;
            try {
                r = scoring.score(r);
            } catch (RuntimeException e) {
                scoringFailed = true;
                r = PoolScoring.none().score(r);
            }
            List<BatchReport.Similar> near = similar.getOrDefault(i, List.of());
            lines.append(RecordCodec.encode(r, near, scoringFailed)).append('\n');
            entries.add(new BatchReport.Entry(r, near));
            if (r.isOk()) ok++;
            else byError.merge(r.error().orElseThrow().type(), 1, Integer::sum);
        }
        Journal.replace(outDir.resolve(RESULTS), lines.toString());

        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        BatchReport.RunInfo info = new BatchReport.RunInfo(Standout.version(), input.toString(), started, elapsed,
                analyzed, kept, threads, isolation.name().toLowerCase(Locale.ROOT), timeout, scoring.description(),
                scoring.note(), workerStarts, abandoned);
        if (reports) Reports.writeAll(new BatchReport(info, entries, dupPairs), outDir);
        elapsed = Duration.ofNanos(System.nanoTime() - t0);
        return new BatchSummary(results.size(), ok, results.size() - ok, byError, elapsed, analyzed, kept,
                dupPairs.size(), scoring.description(), scoring.note(), workerStarts, abandoned);
    }

    /** A duration as people write it: {@code 60 s}, {@code 1.5 s}, {@code 250 ms}. */
    static String human(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** Settings of a {@link BatchRunner}; each has a default. Not thread-safe. */
    public static final class Builder {
        private Standout standout;
        private FileAnalyzer analyzer;
        private Isolation isolation = Isolation.NONE;
        private int threads = Runtime.getRuntime().availableProcessors();
        private Duration timeout = DEFAULT_TIMEOUT;
        private String workerHeap = DEFAULT_WORKER_HEAP;
        private List<String> workerJvmOptions = List.of();
        private String workerAnalyzer;
        private String workerClassPath;
        private Duration workerStartupTimeout = Duration.ofMinutes(2);
        private Pool pool = Pool.defaultModel();
        private double nearDuplicateThreshold = NearDuplicates.DEFAULT_THRESHOLD;
        private boolean reports = true;

        private Builder() {
        }

        /** The analyzer whose limits (bytes, pages, characters) apply to every file (default: {@link Standout#create()}). */
        public Builder standout(Standout standout) {
            this.standout = Objects.requireNonNull(standout, "standout");
            return this;
        }

        /**
         * Another analysis for {@link Isolation#NONE in-process} runs (default: the {@link #standout} instance's).
         * Worker processes build theirs from a class name: see {@link #workerAnalyzer}.
         */
        public Builder analyzer(FileAnalyzer analyzer) {
            this.analyzer = Objects.requireNonNull(analyzer, "analyzer");
            return this;
        }

        /** Where files are analyzed (default {@link Isolation#NONE}). */
        public Builder isolation(Isolation isolation) {
            this.isolation = Objects.requireNonNull(isolation, "isolation");
            return this;
        }

        /** Files analyzed at once, one worker process each in {@link Isolation#PROCESS} (default: the cores). */
        public Builder threads(int threads) {
            if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
            this.threads = threads;
            return this;
        }

        /** The time limit per file (default 60 s). */
        public Builder timeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("timeout must be positive: " + timeout);
            }
            this.timeout = timeout;
            return this;
        }

        /** The heap of each worker process, as for {@code -Xmx}, e.g. {@code 512m} or {@code 2g} (default 1g). */
        public Builder workerHeap(String heap) {
            Objects.requireNonNull(heap, "heap");
            if (!HEAP.matcher(heap).matches()) {
                throw new IllegalArgumentException("worker heap must look like 512m or 2g: '" + heap + "'");
            }
            this.workerHeap = heap;
            return this;
        }

        /**
         * More JVM options for worker processes, e.g. {@code -XX:ActiveProcessorCount=1}; they come after the
         * defaults ({@code -Xmx}, {@code -XX:+ExitOnOutOfMemoryError}, {@code -XX:+UseSerialGC},
         * {@code -XX:TieredStopAtLevel=1}), so {@code -XX:TieredStopAtLevel=4} gives workers C2 back.
         */
        public Builder workerJvmOptions(List<String> options) {
            this.workerJvmOptions = List.copyOf(options);
            return this;
        }

        /**
         * The {@link FileAnalyzer} class worker processes use (public, with a public constructor without
         * arguments, on the workers' class path); default: {@link Standout} with this runner's limits.
         */
        public Builder workerAnalyzer(String className) {
            Objects.requireNonNull(className, "className");
            if (className.isBlank()) throw new IllegalArgumentException("worker analyzer class must not be blank");
            this.workerAnalyzer = className;
            return this;
        }

        /** The class path of worker processes (default: this JVM's {@code java.class.path}). */
        public Builder workerClassPath(String classPath) {
            this.workerClassPath = Objects.requireNonNull(classPath, "classPath");
            return this;
        }

        /** How long a worker process may take to start and load its models (default 2 min). */
        public Builder workerStartupTimeout(Duration timeout) {
            Objects.requireNonNull(timeout, "timeout");
            if (timeout.isNegative() || timeout.isZero()) {
                throw new IllegalArgumentException("worker startup timeout must be positive: " + timeout);
            }
            this.workerStartupTimeout = timeout;
            return this;
        }

        /** What resumes are scored against (default {@link Pool#defaultModel()}). */
        public Builder pool(Pool pool) {
            this.pool = Objects.requireNonNull(pool, "pool");
            return this;
        }

        /** The estimated Jaccard similarity from which two resumes are near-duplicates (default 0.8). */
        public Builder nearDuplicateThreshold(double threshold) {
            if (!(threshold > 0 && threshold <= 1)) {
                throw new IllegalArgumentException("near-duplicate threshold must be in (0, 1]: " + threshold);
            }
            this.nearDuplicateThreshold = threshold;
            return this;
        }

        /** Whether to write results.csv, summary.json and report.html (default yes). */
        public Builder reports(boolean reports) {
            this.reports = reports;
            return this;
        }

        /**
         * The runner.
         *
         * @throws IllegalStateException when an in-process {@link #analyzer} is set for process isolation
         *                               without a {@link #workerAnalyzer} (the workers could not use it)
         */
        public BatchRunner build() {
            if (isolation == Isolation.PROCESS && analyzer != null && workerAnalyzer == null) {
                throw new IllegalStateException("an analyzer object cannot run in worker processes: name its class"
                        + " with workerAnalyzer(...)");
            }
            return new BatchRunner(this);
        }
    }
}
