package dev.standout.corpus;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How common a feature is: the estimated share of the reference pool, or of an occupation segment, that has
 * it. Immutable and thread-safe; cheap to make.
 *
 * <p>With {@code df} the feature's document frequency in the pool of {@code N} resumes, {@code df_s} in the
 * segment of {@code N_s} resumes (both 0 when below the model's count floor), and an optional outside prior
 * share {@code π} (credentials only, from a {@link PriorSource}):
 * <pre>
 *   p_pool = (df + A) / (N + B)                           additive smoothing toward A/B = 1%
 *   p_seg  = (df_s + MU · p_pool) / (N_s + MU)            segment shrunk toward the pool (p_pool when N_s = 0)
 *   n      = N_s + MU  with a segment,  N + B  without    the weight of the data estimate
 *   p      = p_seg                                        without a prior
 *   p      = max( (n · p_seg + NU · π) / (n + NU),  LAMBDA · π )   with a prior
 * </pre>
 * {@link #A} = 0.5, {@link #B} = 50: an unseen feature in an empty pool is held by 1%, in a pool of 30,000
 * by about 0.002% — rare, but not infinitely so; a pool's own counts outweigh this smoothing once N is in the
 * hundreds. {@link #MU} = 200: a segment's own share counts as much as the pool's once the segment has 200
 * resumes (Dirichlet-prior smoothing as in language-model retrieval). {@link #NU} = 100: a prior weighs as
 * much as 100 resumes, so it steers thin pools; {@link #LAMBDA} = 0.5: however large the pool, a credential
 * is never estimated below half its prior share, because a pool that predates a popular credential would
 * otherwise call it rare.
 *
 * <p>Counts below the model's floor are unknown (between 0 and minCount − 1) and are read as 0.
 */
public final class Commonness {
    /** Additive smoothing numerator (pseudo-resumes having the feature). */
    public static final double A = 0.5;
    /** Additive smoothing denominator (pseudo-resumes in all). */
    public static final double B = 50;
    /** Strength, in resumes, of the pool estimate when shrinking a segment estimate toward it. */
    public static final double MU = 200;
    /** Strength, in resumes, of an outside prior. */
    public static final double NU = 100;
    /** Floor on a prior-backed estimate, as a share of the prior. */
    public static final double LAMBDA = 0.5;

    private final CorpusModel model;
    private final PriorSource priors;

    private Commonness(CorpusModel model, PriorSource priors) {
        this.model = Objects.requireNonNull(model, "model");
        this.priors = Objects.requireNonNull(priors, "priors");
    }

    /** Commonness from the pool alone. */
    public static Commonness of(CorpusModel model) {
        return new Commonness(model, PriorSource.none());
    }

    /** Commonness from the pool, blended with outside priors for credentials. */
    public static Commonness of(CorpusModel model, PriorSource priors) {
        return new Commonness(model, priors);
    }

    public CorpusModel model() {
        return model;
    }

    /** The segment estimates will use: {@code segment} when the model has resumes in it, else {@code ""}. */
    public String effectiveSegment(String segment) {
        return segment != null && model.segmentSize(segment) > 0 ? segment : "";
    }

    /** How common a feature is in the segment (or the pool when {@code segment} is null or unknown). */
    public Estimate estimate(String feature, String segment) {
        return estimate(feature, segment, OptionalDouble.empty());
    }

    /** How common a credential is, by catalog id, with its prior when the prior source has one. */
    public Estimate credential(String credentialId, String segment) {
        OptionalDouble prior = priors.prior(credentialId);
        return estimate(Features.credential(credentialId), segment, prior);
    }

    /** How common a feature is, blended with {@code prior} when present (a share in [0, 1]). */
    public Estimate estimate(String feature, String segment, OptionalDouble prior) {
        Objects.requireNonNull(feature, "feature");
        int n = model.poolSize();
        int fi = model.indexOf(feature); // one lookup of the feature, one of the segment, for all the counts
        int df = fi < 0 ? 0 : model.documentFrequencyAt(fi);
        double pPool = (df + A) / (n + B);
        int si = model.segmentIndexOf(segment); // a segment the model knows has resumes (at least minCount)
        String seg = si < 0 ? "" : segment;
        int ns = si < 0 ? 0 : model.segmentSizeAt(si);
        int dfs = si < 0 || fi < 0 ? 0 : model.documentFrequencyAt(fi, si);
        double pData;
        double weight;
        if (seg.isEmpty()) {
            pData = pPool;
            weight = n + B;
        } else {
            pData = (dfs + MU * pPool) / (ns + MU);
            weight = ns + MU;
        }
        double p = pData;
        double pi = Double.NaN;
        if (prior.isPresent()) {
            pi = prior.getAsDouble();
            if (!(pi >= 0 && pi <= 1)) throw new IllegalArgumentException("prior must be in [0, 1]: " + pi);
            p = Math.max((weight * pData + NU * pi) / (weight + NU), LAMBDA * pi);
        }
        p = Math.max(0, Math.min(1, p));
        return new Estimate(feature, seg, p, pData, pi, df, n, dfs, ns, fi >= 0, model.minCount());
    }

    /**
     * An estimate and what it rests on.
     *
     * @param feature      the feature
     * @param segment      the segment used, or {@code ""} for the whole pool
     * @param share        the estimated share (0–1) that has the feature
     * @param dataShare    the estimate from the pool alone, before any prior
     * @param prior        the outside prior share, or NaN when there was none
     * @param poolCount    resumes of the pool with the feature (0 when below the floor)
     * @param poolSize     resumes in the pool
     * @param segmentCount resumes of the segment with the feature (0 when below the floor or no segment)
     * @param segmentSize  resumes in the segment (0 when no segment)
     * @param seen         whether the model counts the feature at all
     * @param minCount     the model's count floor
     */
    public record Estimate(String feature, String segment, double share, double dataShare, double prior,
                           int poolCount, int poolSize, int segmentCount, int segmentSize, boolean seen,
                           int minCount) {
        /** Whether an outside prior was blended in. */
        public boolean hasPrior() {
            return !Double.isNaN(prior);
        }

        /** Whether the prior, not the pool, made this estimate: it raised the share at least twofold. */
        public boolean priorDominates() {
            return hasPrior() && share >= 2 * dataShare;
        }
    }
}
