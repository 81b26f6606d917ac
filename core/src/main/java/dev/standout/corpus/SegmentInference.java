package dev.standout.corpus;

import dev.standout.resume.Resume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the segment a resume is scored against when the caller names none, from its titles and, where they
 * say little or disagree with everything else on the page, from what the resume holds. Immutable and
 * thread-safe.
 *
 * <p><b>Titles</b> come from a {@link SegmentResolver}: first the headline's ({@code basics.label}, what the
 * person says they are or want to be), then those of the positions held
 * ({@link SegmentResolver#candidatesOfWork}), keeping the segments the model has.
 *
 * <p><b>Content.</b> Otherwise the resume's skills (listed and used), credentials and degrees are weighed
 * against each segment's counts in the model, as a smoothed log-lift averaged over the features the model
 * knows:
 * <pre>
 *   lift(s) = (1/|F|) Σ_{f ∈ F} ln( (df_s(f) + A·p_f) / (n_s + A) / p_f ),   p_f = (df(f) + ½) / (N + 1)
 * </pre>
 * with {@code A} = {@value #SMOOTHING} (a segment's share is pulled towards the pool's share {@code p_f}), over
 * the segments with at least {@value #MIN_SEGMENT_SIZE} resumes. A segment's lift above 0 means its resumes
 * have these features more often than the pool as a whole.
 *
 * <p><b>Choice.</b> The first title segment whose lift is within {@value #TOLERANCE} of the best lift (or that
 * is too small to have one) is chosen, {@value #IT_TOLERANCE} for the title of an IT class when the content's
 * best is not IT: a title wins unless the content says clearly that the resume belongs
 * elsewhere (a data-science graduate whose only job so far was in a shop; a cloud engineer, whose title
 * alone reads as engineering). When
 * no title helps, the segment of the best lift is chosen if at least {@value #MIN_FEATURES} features support
 * it; else none (the whole pool).
 *
 * <p><b>Occupations beyond the pool.</b> With an {@link Occupations} tree, the headline (else the latest
 * position) may name a standard occupation the pool has no segment for: "Aspiring Data Scientist" names data
 * scientists, while the pool knows python developers and IT at large. The occupation replaces the pool segment
 * chosen above when the two agree on the family and the pool lacks the occupation's branch: the segment sits
 * at an ancestor of the occupation and lends it its counts (healthcare → registered nurses), or both are in the same SOC major group, no
 * pool segment sits in the occupation's minor group, and the occupation would borrow the counts of the
 * segment's own parent (python developers and data scientists are both computer and mathematical occupations;
 * no pool segment is a mathematical science occupation; data scientists borrow the counts of IT, the python
 * developers' parent). A network engineer scored as network administrator keeps that segment: the pool has
 * computer occupations. A title that names only an
 * occupation group (an ambiguous one: "data analyst" is several occupations) never replaces a pool segment. With
 * no pool segment chosen, the occupation or group is. A pool segment at or below the occupation is kept: it is as specific and has counts.
 * {@link Commonness} then reads the occupation's counts from its nearest ancestor with enough resumes.
 */
public final class SegmentInference {
    /** Pseudo-count pulling a segment's share of a feature towards the pool's. */
    public static final double SMOOTHING = 20;
    /** Segments smaller than this are chosen from titles only. */
    public static final int MIN_SEGMENT_SIZE = 30;
    /** How far (in mean log-lift per feature) a title's segment may trail the content's best and still win. */
    public static final double TOLERANCE = 1.0;
    /**
     * The tolerance for the title of an IT class (software developer, project manager…) when the content's best
     * segment is not IT: the florex title list, the source of many phrases, has IT classes only, so "operations
     * manager" reads as an IT project manager there.
     */
    public static final double IT_TOLERANCE = 0.25;
    /** Least number of known features for the content to choose a segment. */
    public static final int MIN_FEATURES = 3;

    private static final List<String> CONTENT_NAMESPACES =
            List.of(Features.SKILL, Features.SKILL_USED, Features.CREDENTIAL, Features.DEGREE);

    private final CorpusModel model;
    private final SegmentResolver resolver;
    private final double tolerance;
    private final Occupations occupations;
    private final Commonness counts;

    /** Inference against a model's counts with the default {@link #TOLERANCE}. */
    public SegmentInference(CorpusModel model, SegmentResolver resolver) {
        this(model, resolver, TOLERANCE);
    }

    /**
     * Inference against a model's counts, where a title's segment may trail the content's best lift by
     * {@code tolerance} and still win ({@link Double#POSITIVE_INFINITY}: titles win whenever they name a
     * segment, but for an IT class's title against content that is not IT, which keeps {@link #IT_TOLERANCE};
     * 0: only when the content agrees).
     */
    public SegmentInference(CorpusModel model, SegmentResolver resolver, double tolerance) {
        this(model, resolver, tolerance, null);
    }

    /**
     * Inference as {@link #SegmentInference(CorpusModel, SegmentResolver, double)} that may also name an
     * occupation of {@code occupations} the pool lacks (see the class documentation); {@code occupations} may be
     * null for pool segments only.
     */
    public SegmentInference(CorpusModel model, SegmentResolver resolver, double tolerance, Occupations occupations) {
        this.model = Objects.requireNonNull(model, "model");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        if (!(tolerance >= 0)) throw new IllegalArgumentException("tolerance must be >= 0: " + tolerance);
        this.tolerance = tolerance;
        this.occupations = occupations;
        this.counts = occupations == null ? null : Commonness.of(model, PriorSource.none(), occupations);
    }

    /** The segment to score a resume against, or empty for the whole pool. */
    public Optional<String> infer(Resume resume) {
        return infer(resume, Set.of());
    }

    /**
     * {@link #infer(Resume)} for a resume that was itself counted into the model with {@code ownSegments}: its
     * own counts are taken out of the content's evidence first (leave-one-out), for evaluating the inference on
     * the pool it was built from.
     */
    public Optional<String> infer(Resume resume, Set<String> ownSegments) {
        Optional<String> pool = inferPool(resume, ownSegments);
        if (occupations == null) return pool;
        Optional<Occupations.Occupation> named = occupationNamed(resume);
        if (named.isEmpty()) return pool;
        String o = named.get().id();
        if (pool.isEmpty()) return Optional.of(o);
        if (named.get().isGroup()) return pool; // a title only a group answers to says less than a pool segment
        List<String> segChain = occupations.chainOfSegment(pool.get());
        if (segChain.isEmpty() || segChain.contains(o)) return pool; // outside the tree, or at or below it
        List<String> occChain = occupations.chain(o);
        String at = segChain.get(0); // where the pool segment sits
        if (occChain.contains(at)) { // the segment is an ancestor of the occupation, whose counts it lends
            return pool.get().equals(counts.countsSegment(o)) ? Optional.of(o) : pool;
        }
        // the same major group, the pool has nothing in the occupation's minor group, and the occupation's counts
        // come from the chosen segment's own parent (python developer → IT, whose counts data scientists borrow)
        String major = occChain.get(occChain.size() - 1);
        String minor = occChain.size() >= 2 ? occChain.get(occChain.size() - 2) : o;
        String parent = SegmentResolver.parent(pool.get());
        if (segChain.contains(major) && !occupations.hasSegmentsUnder(minor) && !parent.isEmpty()
                && parent.equals(counts.countsSegment(o))) {
            return Optional.of(o);
        }
        return pool;
    }

    /** The occupation the headline names, else the one the latest position names. */
    public Optional<Occupations.Occupation> occupationNamed(Resume resume) {
        if (occupations == null) return Optional.empty();
        Optional<Occupations.Occupation> o = occupations.ofTitle(resume.basics().label());
        if (o.isEmpty() && !resume.work().isEmpty()) o = occupations.ofTitle(resume.work().get(0).position());
        if (o.isPresent() && !occupations.segmentsAt(o.get().id()).isEmpty()) return Optional.empty(); // a pool segment's
        return o;
    }

    /** {@link #infer(Resume, Set)} among the pool's segments only. */
    public Optional<String> inferPool(Resume resume, Set<String> ownSegments) {
        Objects.requireNonNull(resume, "resume");
        List<String> titles = new ArrayList<>();
        String label = resume.basics().label();
        if (label != null && !label.isBlank()) {
            for (String c : resolver.candidates(label)) {
                if (model.segmentSize(c) > 0) titles.add(c);
            }
        }
        for (String c : resolver.candidatesOfWork(resume)) {
            if (model.segmentSize(c) > 0 && !titles.contains(c)) titles.add(c);
        }
        Map<String, Double> lift = contentLift(Features.of(resume), ownSegments);
        if (lift.isEmpty()) return titles.isEmpty() ? Optional.empty() : Optional.of(titles.get(0));
        Map.Entry<String, Double> best = lift.entrySet().iterator().next();
        boolean bestIsIt = isIt(best.getKey());
        for (String t : titles) {
            Double l = lift.get(t);
            double allowed = isIt(t) && !bestIsIt ? Math.min(tolerance, IT_TOLERANCE) : tolerance;
            if (l == null || best.getValue() - l <= allowed) return Optional.of(t);
        }
        return Optional.of(best.getKey());
    }

    /**
     * The content's mean log-lift per segment, best first (ties by id); empty when fewer than
     * {@value #MIN_FEATURES} of the features are counted by the model.
     *
     * @param features    a resume's features ({@link Features#of})
     * @param ownSegments for a resume that was itself counted into the model, the segments it was counted in:
     *                    its own counts are taken out first (leave-one-out), so that it can be evaluated
     *                    against the model it helped build; empty otherwise
     */
    public Map<String, Double> contentLift(Set<String> features, Set<String> ownSegments) {
        Objects.requireNonNull(features, "features");
        Objects.requireNonNull(ownSegments, "ownSegments");
        int self = ownSegments.isEmpty() ? 0 : 1;
        List<Integer> known = new ArrayList<>();
        for (String f : features) {
            if (!isContent(f)) continue;
            int i = model.indexOf(f);
            if (i >= 0 && model.documentFrequencyAt(i) - self > 0) known.add(i);
        }
        if (known.size() < MIN_FEATURES) return Map.of();
        double n = model.poolSize() - self;
        List<String> segments = model.segments();
        List<Map.Entry<String, Double>> out = new ArrayList<>();
        for (int s = 0; s < segments.size(); s++) {
            String seg = segments.get(s);
            int own = ownSegments.contains(seg) ? 1 : 0;
            double size = model.segmentSizeAt(s) - own;
            if (size < MIN_SEGMENT_SIZE) continue;
            double sum = 0;
            for (int i : known) {
                double p = (model.documentFrequencyAt(i) - self + 0.5) / (n + 1);
                double dfs = Math.max(0, model.documentFrequencyAt(i, s) - own);
                sum += Math.log((dfs + SMOOTHING * p) / (size + SMOOTHING) / p);
            }
            out.add(Map.entry(seg, sum / known.size()));
        }
        out.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Double> ranked = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : out) ranked.put(e.getKey(), e.getValue());
        return Collections.unmodifiableMap(ranked);
    }

    private static boolean isIt(String segment) {
        return segment.equals("information-technology") || !SegmentResolver.parent(segment).isEmpty();
    }

    private static boolean isContent(String feature) {
        for (String ns : CONTENT_NAMESPACES) if (feature.startsWith(ns)) return true;
        return false;
    }
}
