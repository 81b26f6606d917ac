/**
 * The corpus-frequency model: how common each credential, skill, degree, project theme and tutorial archetype
 * is in a pool of resumes, overall and per occupation segment.
 *
 * <h2>Features</h2>
 * {@link dev.standout.corpus.Features#of(dev.standout.resume.Resume)} is the single definition of what is
 * counted: namespaced strings such as {@code cred:aws-saa}, {@code cred:unknown:google data analytics},
 * {@code skill:python}, {@code skillused:python}, {@code degree:master|computer science},
 * {@code theme:crop disease detection}, {@code arch:mnist}. The model builder and the scorer both use it.
 *
 * <h2>Counting</h2>
 * {@link dev.standout.corpus.CorpusModel.Builder} counts, per feature, the resumes that have it (document
 * frequency {@code df}), overall and per segment. Builders merge by adding counts (a commutative monoid), and
 * {@code build(minCount)} keeps only features seen in at least {@code minCount} resumes (5 by default at the
 * command line), and per-segment counts and segments of at least that size. The model file is a small
 * versioned binary (magic {@code STDOUTCM}, format version 1, front-coded sorted features, varints, CRC-32;
 * see {@link dev.standout.corpus.CorpusModel}); the same pool gives the same bytes however it was split and
 * ordered. Features that look like an e-mail address, phone number or URL are refused by the builder and
 * again on writing.
 *
 * <h2>Commonness</h2>
 * {@link dev.standout.corpus.Commonness} turns counts into the estimated share {@code p} of the pool (or
 * segment, or occupation) that has a feature. With {@code N} resumes in the pool, {@code N_s} in the segment,
 * {@code df} and {@code df_s} the feature's counts (0 when below the floor) and {@code π} an optional outside
 * prior share (credentials only):
 * <pre>
 *   p_pool = (df + 0.5) / (N + 50)
 *   p_up   = the estimate of the segment's nearest ancestor with at least 30 resumes, else p_pool
 *   p_seg  = (df_s + 200 · p_up) / (N_s + 200)            (= p_pool without a segment)
 *   n      = N_s + 200 with a segment, N + 50 without
 *   p      = p_seg                                          without a prior
 *   p      = max((n · p_seg + 100 · π) / (n + 100), λ · π)  with a prior
 *   λ      = 0.5, or 0.5 + 0.5 · 200 / (N_s + 200) for a prior measured against the occupation's audience
 * </pre>
 * The constants are {@code A = 0.5}, {@code B = 50} (an unseen feature of an empty pool is held by 1%),
 * {@code MU = 200} (a segment of 200 resumes weighs as much as its ancestor), {@code MIN_ANCESTOR = 30} (the
 * least ancestor that lends its counts), {@code NU = 100} (a prior weighs as much as 100 resumes) and
 * {@code LAMBDA = 0.5} (a pool that predates a popular credential cannot push it below half its prior; a prior
 * measured against the occupation itself cannot be pushed below it at all where the pool has none of the
 * occupation's resumes). The reasons are in {@link dev.standout.corpus.Commonness}. Priors come through
 * {@link dev.standout.corpus.PriorSource}, for instance from course enrolment counts via
 * {@link dev.standout.corpus.EnrolmentPrior}: {@code π = min(0.5, enrolled × 142/70 × 0.1 × 0.2 / 5,000,000)}
 * (2020 enrolments brought to 2023, to those who list the certificate and to U.S. learners, over U.S. computer and
 * mathematical jobs), or measured
 * against the occupations a credential addresses ({@code dev.standout.score.CatalogPriors}).
 *
 * <h2>Segments and occupations</h2>
 * Segment ids are lower-case hyphenated occupation names: the ten florex IT classes
 * ({@code software-developer}, {@code security-analyst}, …, parent {@code information-technology}) and the
 * 24 livecareer occupations ({@code accountant}, {@code healthcare}, …).
 * {@link dev.standout.corpus.SegmentResolver} infers one from a resume's headline and positions, and
 * {@link dev.standout.corpus.SegmentInference} checks it against the resume's content. Beyond them,
 * {@link dev.standout.corpus.Occupations} holds the O*NET-SOC occupations and SOC groups
 * ({@code data-scientists} → {@code mathematical-science-occupations} →
 * {@code computer-and-mathematical-occupations}), their title phrases, and where each pool segment sits among
 * them; an occupation the pool lacks is scored with its nearest ancestor's counts.
 *
 * <h2>Score distribution</h2>
 * A model may carry its pool's own scores ({@link dev.standout.corpus.ScoreDistribution}: a histogram of 1000
 * bins over 0–100, overall and per segment, mergeable), attached with
 * {@link dev.standout.corpus.CorpusModel#withScoreDistribution} after a second pass that scores every pool
 * resume; percentiles are read from it.
 *
 * <p>Everything here is immutable and thread-safe once built, except the builders.
 */
package dev.standout.corpus;
