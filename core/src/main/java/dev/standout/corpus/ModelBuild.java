package dev.standout.corpus;

import dev.standout.DocumentException;
import dev.standout.resume.Basics;
import dev.standout.resume.Certificate;
import dev.standout.resume.Education;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.score.DifferentiationScorer;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Builds a corpus-frequency model from a pool of resumes on one machine: reads the inputs
 * ({@link PoolReader}), extracts each resume on {@code threads} threads, counts features into a
 * {@link CorpusModel.Builder}, drops features of fewer than {@code minCount} resumes, and attaches the pool's
 * own score distribution (a second pass over the extracted resumes, kept in memory without their mentions).
 *
 * <p>The output is deterministic: the resumes are counted and scored in id order whatever the thread timing,
 * so the same inputs give a byte-identical model.
 */
public final class ModelBuild {
    /** Turns one pool document into its extracted resume. */
    @FunctionalInterface
    public interface Extractor {
        Resume extract(PoolDocument document) throws DocumentException, IOException;
    }

    /** Hears how the build goes. Called from worker threads. */
    public interface Listener {
        /** One document is done ({@code ok} false when it could not be analyzed). */
        void analyzed(PoolDocument document, boolean ok);
    }

    /**
     * What a build produced.
     *
     * @param model    the model, calibrated
     * @param analyzed documents counted into the model
     * @param failed   documents that could not be analyzed (left out of the pool)
     * @param elapsed  wall time
     */
    public record Outcome(CorpusModel model, int analyzed, int failed, Duration elapsed) {
    }

    private ModelBuild() {
    }

    /**
     * Runs a build.
     *
     * @param inputs    folders of resume files and/or {@code .jsonl[.gz]} files
     * @param extractor the extraction (the same as the analyzer that will score against the model)
     * @param scorerFor makes the scorer that calibrates the model (the same as the one that will use it)
     * @param minCount  features of fewer resumes are dropped (at least 1)
     * @param info      what the model says about itself
     * @param threads   worker threads (at least 1)
     */
    public static Outcome run(List<Path> inputs, Extractor extractor,
                              Function<CorpusModel, DifferentiationScorer> scorerFor, int minCount, ModelInfo info,
                              int threads, Listener listener) throws IOException {
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(scorerFor, "scorerFor");
        Objects.requireNonNull(info, "info");
        if (minCount < 1) throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
        if (threads < 1) throw new IllegalArgumentException("threads must be at least 1: " + threads);
        long t0 = System.nanoTime();
        Map<String, Entry> byId = new TreeMap<>();
        AtomicInteger failed = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "standout-model-build");
            t.setDaemon(true);
            return t;
        });
        Semaphore inFlight = new Semaphore(threads * 4);
        List<Future<?>> futures = new ArrayList<>();
        try {
            PoolReader.read(inputs, doc -> {
                inFlight.acquireUninterruptibly();
                futures.add(pool.submit(() -> {
                    try {
                        Resume r = slim(extractor.extract(doc));
                        synchronized (byId) {
                            Entry previous = byId.putIfAbsent(doc.id(), new Entry(r, doc.segments()));
                            if (previous != null) throw new IllegalArgumentException("duplicate id in pool: " + doc.id());
                        }
                        if (listener != null) listener.analyzed(doc, true);
                    } catch (DocumentException | IOException e) {
                        failed.incrementAndGet();
                        if (listener != null) listener.analyzed(doc, false);
                    } finally {
                        inFlight.release();
                    }
                    return null;
                }));
            });
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    if (c instanceof RuntimeException re) throw re;
                    if (c instanceof Error er) throw er;
                    throw new IllegalStateException(c);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }

        CorpusModel.Builder builder = CorpusModel.builder();
        List<Resume> resumes = new ArrayList<>(byId.size());
        Map<Resume, Set<String>> segments = new IdentityHashMap<>();
        for (Entry e : byId.values()) {
            builder.add(e.resume(), e.segments());
            resumes.add(e.resume());
            segments.put(e.resume(), e.segments());
        }
        CorpusModel counted = builder.build(minCount, info);
        CorpusModel calibrated = scorerFor.apply(counted).calibrate(resumes, segments::get);
        return new Outcome(calibrated, byId.size(), failed.get(), Duration.ofNanos(System.nanoTime() - t0));
    }

    private record Entry(Resume resume, Set<String> segments) {
    }

    /**
     * The resume without its mentions and long texts: all that counting and scoring need, in less memory. The
     * pool is counted and calibrated on slim resumes, so a distributed build must slim them too to write the
     * same model.
     */
    public static Resume slim(Resume r) {
        List<Skill> skills = r.skills().stream()
                .map(s -> new Skill(s.id(), s.name(), s.type(), s.evidence(), List.of(), s.confidence())).toList();
        List<Certificate> certs = r.certificates().stream()
                .map(c -> new Certificate(c.id(), c.name(), c.kind(), c.level(), c.issuer(), "", List.of(),
                        c.confidence())).toList();
        List<Project> projects = r.projects().stream()
                .map(p -> new Project(p.name(), "", p.keywords(), p.url(), List.of(), p.evidence(), p.archetype(),
                        p.themes(), List.of(), p.confidence())).toList();
        List<Education> education = r.education().stream()
                .map(e -> new Education(e.institution(), e.area(), e.studyType(), e.level(), e.endDate(), List.of()))
                .toList();
        List<Work> work = r.work().stream()
                .map(w -> new Work(w.name(), w.position(), w.startDate(), w.endDate(), w.current(), "", List.of()))
                .toList();
        Basics basics = new Basics("", r.basics().label(), "", "", "", List.of()); // the label names a segment
        return new Resume(basics, work, education, skills, certs, projects);
    }
}
