package dev.standout.corpus;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How common a feature is: the estimated share of the reference pool, or of an occupation, that has it.
 * Immutable and thread-safe; cheap to make.
 *
 * <p>With {@code df} the feature's document frequency in the pool of {@code N} resumes, {@code df_s} in the
 * segment of {@code N_s} resumes (both 0 when below the model's count floor), and an optional outside prior
 * share {@code π} (credentials only, from a {@link PriorSource}):
 * <pre>
 *   p_pool = (df + A) / (N + B)                           additive smoothing toward A/B = 1%
 *   p_up   = p_anc  of the nearest ancestor with at least MIN_ANCESTOR resumes, else p_pool
 *   p_seg  = (df_s + MU · p_up) / (N_s + MU)              segment shrunk toward its ancestor (p_up when N_s = 0)
 *   n      = N_s + MU  with a segment,  N + B  without    the weight of the data estimate
 *   p      = p_seg                                        without a prior
 *   p      = max( (n · p_seg + NU · π) / (n + NU),  λ · π )   with a prior
 *   λ      = LAMBDA                                       for a prior measured against the whole pool
 *   λ      = LAMBDA + (1 − LAMBDA) · MU / (N_s + MU)      for a prior measured against the segment's occupation
 * </pre>
 * {@link #A} = 0.5, {@link #B} = 50: an unseen feature in an empty pool is held by 1%, in a pool of 30,000
 * by about 0.002% — rare, but not infinitely so; a pool's own counts outweigh this smoothing once N is in the
 * hundreds. {@link #MU} = 200: a segment's own share counts as much as its ancestor's once the segment has 200
 * resumes (Dirichlet-prior smoothing as in language-model retrieval, applied level by level down the
 * occupation tree). {@link #NU} = 100: a prior weighs as much as 100 resumes, so it steers thin pools;
 * {@link #LAMBDA} = 0.5: however large the pool, a credential is never estimated below half its prior share,
 * because a pool that predates a popular credential would otherwise call it rare.
 *
 * <h2>Occupations beyond the pool</h2>
 * The segment may be an occupation of {@link Occupations} (say {@code data-scientists}) that the pool has few or
 * no resumes of. Its ancestors are walked up the tree (data scientists → mathematical science occupations →
 * computer and mathematical occupations), each standing for the model segment of its own id or the pool
 * segment placed at it ({@code information-technology} for computer and mathematical occupations); the first
 * with at least {@link #MIN_ANCESTOR} = 30 resumes gives {@code p_up}, itself estimated the same way (so a small
 * ancestor is itself pulled toward its own ancestor or the pool). Why 30: the least size at which segment
 * inference trusts a segment's counts ({@link SegmentInference#MIN_SEGMENT_SIZE}), and the size of the
 * smallest occupation folders of the default pool; why the nearest: the closer the ancestor, the more its
 * resumes resemble the occupation's.
 *
 * <p>The counts an ancestor lends describe a broader population than the occupation (all IT resumes for data
 * scientists). So when the prior was measured against the occupation's own audience
 * ({@link PriorSource.Prior#targeted()}: enrolments against data scientists and analysts), the pool may pull the estimate below the prior
 * only as far as it has resumes of the occupation itself: the floor {@code λ} falls from 1 (no resumes of the
 * occupation: the estimate is at least the prior) to {@code LAMBDA} as {@code N_s} grows (0.75 at 200
 * resumes). A prior measured against the whole pool keeps {@code λ = LAMBDA}.
 *
 * <p>Counts below the model's floor are unknown (between 0 and minCount − 1) and are read as 0.
 */
public final class Commonness {
    /** Additive smoothing numerator (pseudo-resumes having the feature). */
    public static final double A = 0.5;
    /** Additive smoothing denominator (pseudo-resumes in all). */
    public static final double B = 50;
    /**
     * Strength, in resumes, of the ancestor's (or pool's) estimate when shrinking a segment estimate toward it.
     */
    public static final double MU = 200;
    /** Least number of resumes for an ancestor to lend its counts to a segment or occupation below it. */
    public static final int MIN_ANCESTOR = 30;
    /** Strength, in resumes, of an outside prior. */
    public static final double NU = 100;
    /** Floor on a prior-backed estimate, as a share of the prior, once the segment's own resumes dominate. */
    public static final double LAMBDA = 0.5;

    private final CorpusModel model;
    private final PriorSource priors;
    private final Occupations occupations;

    private Commonness(CorpusModel model, PriorSource priors, Occupations occupations) {
        this.model = Objects.requireNonNull(model, "model");
        this.priors = Objects.requireNonNull(priors, "priors");
        this.occupations = occupations;
    }

    /** Commonness from the pool alone, without the occupation tree (segments shrink toward the pool). */
    public static Commonness of(CorpusModel model) {
        return new Commonness(model, PriorSource.none(), null);
    }

    /** Commonness from the pool, blended with outside priors for credentials, without the occupation tree. */
    public static Commonness of(CorpusModel model, PriorSource priors) {
        return new Commonness(model, priors, null);
    }

    /**
     * Commonness from the pool and outside priors, where segments shrink toward their nearest ancestor in
     * {@code occupations} and an occupation the pool lacks borrows its ancestors' counts.
     */
    public static Commonness of(CorpusModel model, PriorSource priors, Occupations occupations) {
        return new Commonness(model, priors, Objects.requireNonNull(occupations, "occupations"));
    }

    public CorpusModel model() {
        return model;
    }

    /**
     * The segment estimates will use: {@code segment} when the model has resumes in it or it is an occupation
     * of the tree, else {@code ""}.
     */
    public String effectiveSegment(String segment) {
        if (segment == null) return "";
        if (model.segmentSize(segment) > 0) return segment;
        return occupations != null && occupations.byId(segment).isPresent() ? segment : "";
    }

    /**
     * The model segment whose counts the estimates for {@code segment} rest on: its own (the model segment of
     * that id, or for an occupation the largest pool segment placed at it) when the model has any, else its
     * nearest ancestor's with at least {@link #MIN_ANCESTOR} resumes (see the class documentation); {@code ""}
     * for the whole pool.
     */
    public String countsSegment(String segment) {
        String seg = effectiveSegment(segment);
        if (seg.isEmpty()) return "";
        String own = own(seg);
        return own.isEmpty() ? ancestor(seg) : own;
    }

    /** How common a feature is in the segment (or the pool when {@code segment} is null or unknown). */
    public Estimate estimate(String feature, String segment) {
        return estimate(feature, segment, Optional.empty());
    }

    /** How common a credential is, by catalog id, with its prior when the prior source has one. */
    public Estimate credential(String credentialId, String segment) {
        List<String> chain = occupations == null || segment == null ? List.of() : occupations.chainOfSegment(segment);
        Optional<PriorSource.Prior> prior = priors.prior(credentialId, chain);
        return estimate(Features.credential(credentialId), segment, prior);
    }

    /** How common a feature is, blended with {@code prior} when present (a share in [0, 1]). */
    public Estimate estimate(String feature, String segment, OptionalDouble prior) {
        return estimate(feature, segment, prior.isPresent()
                ? Optional.of(PriorSource.Prior.of(prior.getAsDouble())) : Optional.empty());
    }

    /** How common a feature is, blended with {@code prior} when present. */
    public Estimate estimate(String feature, String segment, Optional<PriorSource.Prior> prior) {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(prior, "prior");
        int n = model.poolSize();
        int fi = model.indexOf(feature); // one lookup of the feature, one of the segment, for all the counts
        int df = fi < 0 ? 0 : model.documentFrequencyAt(fi);
        double pPool = (df + A) / (n + B);
        String seg = effectiveSegment(segment);
        String own = seg.isEmpty() ? "" : own(seg);
        int si = own.isEmpty() ? -1 : model.segmentIndexOf(own); // the model segment of the segment's own counts
        int ns = si < 0 ? 0 : model.segmentSizeAt(si);
        int dfs = si < 0 || fi < 0 ? 0 : model.documentFrequencyAt(fi, si);
        String up = seg.isEmpty() ? "" : ancestor(seg);
        double pData;
        double weight;
        if (seg.isEmpty()) {
            pData = pPool;
            weight = n + B;
        } else {
            double pUp = up.isEmpty() ? pPool : share(fi, up, pPool);
            pData = (dfs + MU * pUp) / (ns + MU);
            weight = ns + MU;
        }
        double p = pData;
        double pi = Double.NaN;
        String basis = "";
        String audience = "";
        if (prior.isPresent()) {
            PriorSource.Prior pr = prior.get();
            pi = pr.share();
            basis = pr.basis();
            audience = pr.audience();
            double lambda = pr.targeted() && !seg.isEmpty() ? LAMBDA + (1 - LAMBDA) * MU / (ns + MU) : LAMBDA;
            p = Math.max((weight * pData + NU * pi) / (weight + NU), lambda * pi);
        }
        p = Math.max(0, Math.min(1, p));
        String counts = seg.isEmpty() ? "" : own.isEmpty() ? up : own;
        int cs = counts.isEmpty() ? n : model.segmentSize(counts);
        int cdf = counts.isEmpty() || fi < 0 ? 0 : model.documentFrequencyAt(fi, model.segmentIndexOf(counts));
        double countsShare = counts.isEmpty() ? pPool : (cdf + A) / (cs + B);
        return new Estimate(feature, seg, p, pData, pi, df, n, dfs, ns, fi >= 0, model.minCount(), counts, cs,
                countsShare, basis, audience);
    }

    /**
     * The model segment holding a segment's own counts: itself when the model has resumes in it; for an
     * occupation of the tree, the largest pool segment placed at it; else {@code ""}.
     */
    private String own(String segment) {
        if (model.segmentSize(segment) > 0) return segment;
        if (occupations == null || occupations.byId(segment).isEmpty()) return "";
        String best = "";
        int bestSize = 0;
        for (String s : occupations.segmentsAt(segment)) {
            int size = model.segmentSize(s);
            if (size > bestSize) {
                best = s;
                bestSize = size;
            }
        }
        return best;
    }

    /** The data estimate for a model segment, itself shrunk toward its own nearest ancestor. */
    private double share(int fi, String segment, double pPool) {
        int si = model.segmentIndexOf(segment);
        int ns = si < 0 ? 0 : model.segmentSizeAt(si);
        int dfs = si < 0 || fi < 0 ? 0 : model.documentFrequencyAt(fi, si);
        String up = ancestor(segment);
        double pUp = up.isEmpty() ? pPool : share(fi, up, pPool);
        return (dfs + MU * pUp) / (ns + MU);
    }

    /**
     * The nearest strict ancestor of a segment in the occupation tree that the model has at least
     * {@link #MIN_ANCESTOR} resumes of (the model segment of the ancestor's id, else the largest pool segment placed at it), or
     * {@code ""}.
     */
    private String ancestor(String segment) {
        if (occupations == null) return "";
        List<String> chain = occupations.chainOfSegment(segment);
        boolean own = occupations.byId(segment).isPresent(); // an occupation id: its chain starts with itself
        for (int i = own ? 1 : 0; i < chain.size(); i++) {
            String node = chain.get(i);
            String best = "";
            int bestSize = 0;
            if (model.segmentSize(node) > 0) {
                best = node;
                bestSize = model.segmentSize(node);
            }
            for (String s : occupations.segmentsAt(node)) {
                if (s.equals(segment)) continue;
                int size = model.segmentSize(s);
                if (size > bestSize) {
                    best = s;
                    bestSize = size;
                }
            }
            if (!own && i == 0) continue; // a pool segment's own node holds its siblings, not its ancestors
            if (bestSize >= MIN_ANCESTOR && !best.equals(segment)) return best;
        }
        return "";
    }

    /**
     * An estimate and what it rests on.
     *
     * @param feature       the feature
     * @param segment       the segment estimated for (a model segment or an occupation), or {@code ""} for the
     *                      whole pool
     * @param share         the estimated share (0–1) that has the feature
     * @param dataShare     the estimate from the pool alone, before any prior
     * @param prior         the outside prior share, or NaN when there was none
     * @param poolCount     resumes of the pool with the feature (0 when below the floor)
     * @param poolSize      resumes in the pool
     * @param segmentCount  resumes of the segment with the feature (0 when below the floor or no segment)
     * @param segmentSize   resumes in the segment (0 when no segment, or an occupation the pool lacks)
     * @param seen          whether the model counts the feature at all
     * @param minCount      the model's count floor
     * @param countsSegment the model segment whose counts the estimate rests on: the segment's own when the
     *                      model has any (the pool segment placed at an occupation counts as its own), else the
     *                      ancestor that lent its counts; {@code ""} for the whole pool
     * @param countsSize    resumes in {@code countsSegment} (the pool's size when it is {@code ""})
     * @param countsShare   the plain smoothed share of {@code countsSegment} (or the pool): what "this pool's
     *                      resumes" show, for explanations
     * @param priorBasis    what the prior rests on ("enrolment figures", "holder counts"), or {@code ""}
     * @param priorAudience who the prior was measured against ("data-science applicants"), or {@code ""} when
     *                      the prior is measured against the whole pool
     */
    public record Estimate(String feature, String segment, double share, double dataShare, double prior,
                           int poolCount, int poolSize, int segmentCount, int segmentSize, boolean seen,
                           int minCount, String countsSegment, int countsSize, double countsShare, String priorBasis,
                           String priorAudience) {
        /** Whether an outside prior was blended in. */
        public boolean hasPrior() {
            return !Double.isNaN(prior);
        }

        /** Whether the prior, not the pool, made this estimate: it raised the share at least twofold. */
        public boolean priorDominates() {
            return hasPrior() && share >= 2 * dataShare;
        }

        /** Whether the counts came from an ancestor: the pool has no resumes of the segment itself. */
        public boolean borrowed() {
            return segmentSize == 0 && !segment.isEmpty();
        }
    }
}
