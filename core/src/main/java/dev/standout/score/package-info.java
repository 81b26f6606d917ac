/**
 * The differentiation score: how much a resume stands out from a reference pool, with every point explained.
 *
 * <p>{@link dev.standout.score.DifferentiationScorer} reads commonness {@code p} of each item from a
 * {@link dev.standout.corpus.CorpusModel} (see {@link dev.standout.corpus.Commonness}) and turns it into
 * <b>rarity</b>, the surprisal scaled to [0, 1]:
 * <pre>
 *   ρ(p) = clamp( ln(0.5 / p) / ln(0.5 / 0.001), 0, 1 )
 * </pre>
 * so an item held by half the pool is worth nothing and one held by 0.1% or fewer is fully rare.
 *
 * <h2>Raw points per item</h2>
 * <table>
 *   <caption>Item values</caption>
 *   <tr><th>item</th><th>raw points</th></tr>
 *   <tr><td>credential</td><td>{@code W_kind × L_level × ρ(p)}; W: online course 2, bootcamp 3.5, vendor
 *       certification 4, professional certification 7, license 7, other 2; L: entry/foundational 0.6,
 *       associate/practitioner 0.85, none 1, professional/specialty 1.15, expert/advanced 1.35. One item per
 *       catalog id. An online-course certificate uses {@code ρ_c(p) = clamp(ln(0.2 / p) / ln(0.2 / 0.001), 0, 1)}:
 *       it is worth nothing once one holder in five has it, where the explanation calls a credential too common
 *       to set a resume apart (a course is open to anyone, so only its scarcity signals).</td></tr>
 *   <tr><td>original project</td><td>{@code 20 × (0.25 + 0.75 ρ_T) × ε}, {@code ρ_T} the mean rarity of its two
 *       rarest themes (0.5 without themes), {@code ε = 0.3 + 0.7 (1 − e^(−E))}, {@code E} the summed weights
 *       of its distinct evidence kinds: users, merged contribution, publication 1; release, metric, data,
 *       award, deployment 0.8; link (or a URL) 0.5; other 0.4.</td></tr>
 *   <tr><td>tutorial-archetype project</td><td>{@code 20 × 0.03 × ε}: at most 0.6, whatever its themes.</td></tr>
 *   <tr><td>skill used in a role or project</td><td>{@code 1.5 × ρ(p_used)}, {@code p_used} the share of resumes
 *       that show it in use ({@code skillused:} feature).</td></tr>
 *   <tr><td>skill only listed</td><td>{@code 0.5 × ρ(p) × min(1, 15 / n_listed)}, and all listed skills together
 *       saturate at 2 raw points: {@code X_L' = 2 (1 − e^(−X_L / 2))}, each listed skill scaled by
 *       {@code X_L' / X_L}. Listing a hundred skills buys nothing; more than 40 listed technical and domain
 *       skills raise {@code KEYWORD_STUFFING}. A natural language counts so wherever it stands, but not towards
 *       {@code KEYWORD_STUFFING}.</td></tr>
 *   <tr><td>soft skill (communication, leadership…)</td><td>{@code 0.1 × ρ(p)}, listed or in use; all soft skills
 *       together at most 0.5 raw points. Never counted among the listed skills (no dilution, no
 *       {@code KEYWORD_STUFFING}) and never named by advice. See {@link dev.standout.resume.SkillType}.</td></tr>
 *   <tr><td>degree</td><td>{@code W_level × (0.4 + 0.6 ρ(p))}, {@code p} of level and field in the segment;
 *       W: doctorate 6, master 4.5, bachelor 3, associate 2, diploma 1.5, other 1.</td></tr>
 * </table>
 *
 * <h2>Confidence</h2>
 * Every skill, credential and project carries the extraction's confidence {@code c} in [0, 1] that it is what
 * the resume means ({@link dev.standout.resume.Confidence}). Its raw points are multiplied by
 * <pre>
 *   w(c) = clamp( (c − 0.3) / (0.8 − 0.3), 0, 1 )
 * </pre>
 * before anything else, so the item enters its bucket with less weight: an item at confidence 0.3 or below
 * adds nothing, one at 0.5 two fifths of its worth, one at 0.6 three fifths, and from 0.8 on (every reading the
 * extraction is sure of, all structured input, and every item made without a confidence) the formula is exactly
 * the one below, point for point. Why full weight from 0.8 rather than only at 1: the extraction's confidence in a
 * sure reading depends on the format (a project title set in bold in a PDF is read at 0.9, the same title in a
 * plain text at 0.85 or 0.8), and the same resume as TXT, DOCX and PDF must score within a few points; a ramp up to
 * 1 turned that difference into four points on a rare project.
 * Why: an item the extraction made up is, by construction, rare, so unweighted it would earn the largest
 * contributions; weighted, a doubtful project named after a fragment cannot outrank a real one. Why a ramp
 * from a floor rather than {@code c} itself: a guess at 0.5 is as likely wrong as right, and half of a rare
 * project's 20 raw points would still top most resumes' contributions; the ramp has no jump, so a small change
 * of confidence never moves the score much. Weighing raw points (not contributions after the fact) keeps every
 * property of the allocation: contributions sum to the score, the score falls or stays when a confidence falls,
 * and a doubtful item is taken after the sure ones of its bucket. Duplicates keep the highest confidence of
 * their readings (a credential: the reading worth most after weighing). The listed-skill count that dilutes
 * listed skills and raises {@code KEYWORD_STUFFING} counts every listed skill, whatever its confidence: the list
 * is that long as a reader sees it, and a count that dropped doubtful skills could raise the score when a
 * confidence falls.
 *
 * <p>Below {@link dev.standout.resume.Confidence#UNCERTAIN} (0.5: more likely misread than not) an item's
 * explanation ends with "; read with low confidence from the text (0.40), so it counts for little" ("for
 * nothing" at or below 0.3), advice never names it (no evidence to add to it, no tutorial to replace, no common
 * credential to drop, no listed skill to show in use: the candidate may not have it), and a model build does
 * not count it ({@link dev.standout.corpus.Features}).
 *
 * <h2>From raw points to the score</h2>
 * Raw points, weighed by confidence, are summed per bucket and saturated, {@code g(X) = C · (1 − 2^(−X / H))}:
 * projects C = 45, H = 12; credentials C = 25, H = 10; skills C = 18, H = 6; degrees C = 12, H = 6. The caps sum to 100, so
 * <pre>
 *   score = Σ_buckets g(X_bucket)      in [0, 100)
 * </pre>
 * Within a bucket, items are taken by decreasing raw points (ties by kind, name, id) and each item's
 * contribution is its marginal gain {@code g(before + x) − g(before)}: the contributions sum exactly (up to
 * floating-point rounding) to the score, and the fifth popular certificate visibly adds less than the first.
 *
 * <h2>Percentile</h2>
 * The share of the model's pool scoring lower, read from the pool's own score distribution (the segment's
 * when it has at least 100 scores), when the model carries one made with the same
 * {@link dev.standout.score.DifferentiationScorer#signature() signature}; otherwise 0 and the flag
 * {@code NO_PERCENTILE}.
 *
 * <h2>Explanations</h2>
 * Each item's sentence says what its commonness rests on. When a credential's estimate differs from the share
 * the pool's counts show (because a prior was blended in), it gives the estimate, whom it is about and its
 * basis, then the pool's own share: "held by about 12% of data-science and machine-learning applicants by
 * enrolment figures; fewer than 5 of this pool's 9,767 IT resumes". For an occupation the pool has no resumes
 * of, the population named is the ancestor whose counts were used ("about 5% of IT resumes in the pool").
 *
 * <h2>Advice</h2>
 * Candidates are priced by re-scoring the resume with one change — evidence added to an original project, a
 * tutorial project replaced by an original one with evidence, listed skills shown in use — and given best
 * gain first, with what another online course would add beside an original project's worth; notes on
 * credentials too common to differentiate (held by 20% or more) and on keyword stuffing follow.
 *
 * <p>{@link dev.standout.score.JsonResumeReader} maps a JSON Resume document to the resume records, for
 * callers who hold structured resumes.
 */
package dev.standout.score;
