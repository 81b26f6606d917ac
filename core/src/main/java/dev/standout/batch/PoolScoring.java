package dev.standout.batch;

import dev.standout.Result;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelInfo;
import dev.standout.resume.Resume;
import dev.standout.score.DifferentiationScorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** A {@link Pool} made ready to score: the scorer, the segment to ask for, and what to tell the user. */
final class PoolScoring {
    /** How many resumes the default model weighs as in a {@link Pool#self() self} pool. */
    static final int PRIOR_WEIGHT = 50;
    /** The count floor of a self pool's model (it never leaves memory, so the privacy floor does not apply). */
    static final int SELF_MIN_COUNT = 2;

    private final DifferentiationScorer scorer;
    private final String segment;
    private final String description;
    private final String note;

    private PoolScoring(DifferentiationScorer scorer, String segment, String description, String note) {
        this.scorer = scorer;
        this.segment = segment;
        this.description = description;
        this.note = note;
    }

    /** Whether records get an analysis. */
    boolean scores() {
        return scorer != null;
    }

    /** What the pool was, e.g. {@code "self: 120 resumes + standout-default@1 (weight 50)"}. */
    String description() {
        return description;
    }

    /** What the user should know, e.g. that there is no default model; {@code ""} when nothing. */
    String note() {
        return note;
    }

    /** The result with this pool's analysis (or none); unchanged when it is not OK. */
    Result score(Result r) {
        if (!r.isOk()) return r;
        if (scorer == null) {
            return r.analysis().isEmpty() ? r : Result.ok(r.file(), r.sha256(), r.format(), r.warnings(), r.text(),
                    r.sections(), r.resume(), null);
        }
        return r.withAnalysis(scorer.score(r.resume(), segment));
    }

    static PoolScoring none() {
        return new PoolScoring(null, null, "none", "");
    }

    /**
     * The scoring known before any file is read: the pool's model, or for a self pool the default model (the
     * batch's own model replaces it once every file is read).
     */
    static PoolScoring upfront(Pool pool) {
        return switch (pool.kind()) {
            case NONE -> none();
            case MODEL -> ofModel(pool.model().orElseThrow(), "model");
            case DEFAULT, SELF -> defaultModel().map(m -> ofModel(m, "default"))
                    .orElseGet(() -> new PoolScoring(null, null, "default (absent)", noDefaultNote()));
        };
    }

    /** The final scoring of a pool, given the batch's analyzed resumes. */
    static PoolScoring finalFor(Pool pool, List<Resume> batch) {
        if (pool.kind() != Pool.Kind.SELF) return upfront(pool);
        return self(batch, defaultModel());
    }

    private static PoolScoring ofModel(CorpusModel m, String what) {
        return new PoolScoring(DifferentiationScorer.of(m), null, what + ": " + m.label() + " (" + m.poolSize()
                + " resumes)", "");
    }

    static Optional<CorpusModel> defaultModel() {
        try {
            return Optional.of(CorpusModel.defaultModel());
        } catch (IllegalStateException e) {
            return Optional.empty();
        }
    }

    static String noDefaultNote() {
        return "this build of Standout has no default model, so records carry no analysis; score against the "
                + "batch itself (pool self) or against a model file";
    }

    /**
     * The self pool: a model counted from the batch, plus {@value #PRIOR_WEIGHT} virtual resumes that hold the
     * features of the default model in its proportions (when there is a default model), with count floor
     * {@value #SELF_MIN_COUNT}, calibrated on the batch.
     */
    static PoolScoring self(List<Resume> batch, Optional<CorpusModel> prior) {
        CorpusModel.Builder b = CorpusModel.builder();
        for (Resume r : batch) b.add(r, Set.of());
        String priorLabel = "";
        int virtual = 0;
        if (prior.isPresent() && prior.get().poolSize() > 0) {
            CorpusModel d = prior.get();
            virtual = PRIOR_WEIGHT;
            List<TreeSet<String>> virtuals = new ArrayList<>(virtual);
            for (int i = 0; i < virtual; i++) virtuals.add(new TreeSet<>());
            int next = 0;
            for (Map.Entry<String, Integer> e : d.documentFrequencies("").entrySet()) {
                long c = Math.min(virtual, Math.round((double) virtual * e.getValue() / d.poolSize()));
                for (int i = 0; i < c; i++) virtuals.get((next + i) % virtual).add(e.getKey());
                next = (int) ((next + c) % virtual);
            }
            for (TreeSet<String> v : virtuals) b.add(v, Set.of());
            priorLabel = d.label();
        }
        String id = "batch-self";
        String desc = "the batch's own " + batch.size() + " resumes"
                + (priorLabel.isEmpty() ? "" : " blended with " + priorLabel + " weighing " + virtual + " resumes");
        CorpusModel model = b.build(SELF_MIN_COUNT, new ModelInfo(id, priorLabel.isEmpty() ? ""
                : "with-" + priorLabel, desc, ""));
        DifferentiationScorer first = DifferentiationScorer.of(model);
        CorpusModel calibrated = first.calibrate(batch, r -> Set.of());
        String note = priorLabel.isEmpty() && !batch.isEmpty()
                ? "no default model to blend with: commonness comes from this batch alone" : "";
        return new PoolScoring(DifferentiationScorer.of(calibrated), "", "self: " + desc, note);
    }
}
