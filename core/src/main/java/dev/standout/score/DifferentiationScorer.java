package dev.standout.score;

import dev.standout.corpus.Commonness;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.Features;
import dev.standout.corpus.Occupations;
import dev.standout.corpus.PriorSource;
import dev.standout.corpus.ScoreDistribution;
import dev.standout.corpus.SegmentInference;
import dev.standout.corpus.SegmentResolver;
import dev.standout.resume.Certificate;
import dev.standout.resume.Confidence;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Education;
import dev.standout.resume.Evidence;
import dev.standout.resume.Project;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;
import dev.standout.resume.SkillType;
import dev.standout.score.Allocation.Bucket;
import dev.standout.score.Allocation.Raw;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Scores how much a resume stands out from the pool of a {@link CorpusModel}: rare credentials of weighty
 * kinds, original projects with evidence and skills shown in use raise the score; what everybody has adds
 * next to nothing. Every point is explained, and the analysis says what would raise the score most. The
 * formula is in the {@linkplain dev.standout.score package documentation}.
 *
 * <p>Immutable and thread-safe; cheap to construct (it holds references only), so make one per model and
 * share it. The same resume and segment always give the same {@link Analysis}, whatever the order of the
 * resume's lists.
 */
public final class DifferentiationScorer implements Scorer {
    /** The name and version of the scoring formula; part of {@link #signature()}. */
    public static final String ALGORITHM = "differentiation/1";

    /** Flag: more listed skills than the stuffing threshold. */
    public static final String KEYWORD_STUFFING = "KEYWORD_STUFFING";
    /** Flag: the model's pool is empty, so commonness comes from smoothing and priors alone. */
    public static final String EMPTY_MODEL = "EMPTY_MODEL";
    /** Flag: the model has no score distribution made by this scorer, so the percentile is 0. */
    public static final String NO_PERCENTILE = "NO_PERCENTILE";
    /** Flag: the segment asked for has no resumes in the model; the whole pool was used. */
    public static final String SEGMENT_NOT_IN_MODEL = "SEGMENT_NOT_IN_MODEL";
    /** Flag: the resume has no credential, project, skill or degree to score. */
    public static final String NO_ITEMS = "NO_ITEMS";

    /** Commonness at or above which a credential is called too common to set a resume apart. */
    static final double COMMON = 0.2;
    /** The commonness of the themes of the hypothetical original project advice compares with. */
    static final double HYPOTHETICAL_THEME_SHARE = 0.02;
    /** The commonness of the hypothetical extra online course advice compares with. */
    static final double HYPOTHETICAL_COURSE_SHARE = 0.05;
    static final List<String> HYPOTHETICAL_EVIDENCE = List.of("LINK", "METRIC", "USERS");

    private final CorpusModel model;
    private final Occupations occupations;
    private final Commonness commonness;
    private final SegmentInference inference;
    private final int stuffingThreshold;
    private final int maxAdvice;
    private final String signature;

    private DifferentiationScorer(Builder b) {
        this.model = b.model;
        this.occupations = b.occupations;
        this.commonness = Commonness.of(b.model, b.priors, b.occupations);
        this.inference = new SegmentInference(b.model, b.resolver, SegmentInference.TOLERANCE, b.occupations);
        this.stuffingThreshold = b.stuffingThreshold;
        this.maxAdvice = b.maxAdvice;
        this.signature = ALGORITHM + ";listedCap=" + Rules.LISTED_CAP;
    }

    /** A scorer with default settings. */
    public static DifferentiationScorer of(CorpusModel model) {
        return builder(model).build();
    }

    /**
     * The scorer the library uses: default settings plus the credential catalog's outside priors
     * ({@link CatalogPriors#standard()}). Calibrate a model with this scorer when it is meant for the library.
     */
    public static DifferentiationScorer standard(CorpusModel model) {
        return builder(model).priors(CatalogPriors.standard()).build();
    }

    /** A builder for a scorer on {@code model}. */
    public static Builder builder(CorpusModel model) {
        return new Builder(model);
    }

    public CorpusModel model() {
        return model;
    }

    /**
     * Names the scoring formula and the settings that change scores. A model's score distribution is used for
     * percentiles only when it was made by a scorer with the same signature. Outside priors are not part of
     * it: calibrate with the priors you score with.
     */
    public String signature() {
        return signature;
    }

    /**
     * The segment a resume is scored against: {@code segment} (or its {@linkplain SegmentResolver#canonical
     * canonical id}, so {@code "Software_Developer"} works) when the model has resumes in it; else the standard
     * occupation it names ({@code "data-scientists"}, {@code "data scientist"}, {@code "15-2051.00"}; see
     * {@link Occupations}), whose counts come from its nearest ancestor the pool has enough resumes of; when
     * {@code segment} is null, the segment or occupation {@link SegmentInference} chooses from the resume's
     * titles and content; else {@code ""} (the whole pool).
     */
    public String segmentFor(Resume resume, String segment) {
        if (segment != null) {
            String s = segment.trim();
            if (s.isEmpty()) return "";
            if (model.segmentSize(s) > 0) return s;
            String c = SegmentResolver.canonical(s);
            if (model.segmentSize(c) > 0) return c;
            return occupations.byId(s).or(() -> occupations.byId(c)).or(() -> occupations.byCode(s))
                    .or(() -> occupations.ofTitle(s)).map(Occupations.Occupation::id).orElse("");
        }
        return inference.infer(resume).orElse("");
    }

    @Override
    public Analysis score(Resume resume, String segment) {
        Objects.requireNonNull(resume, "resume");
        String seg = segmentFor(resume, segment);
        Scoring s = new Scoring(resume, seg);
        Allocation.Result result = Allocation.allocate(s.raws);

        List<ScoredItem> items = new ArrayList<>(s.raws.size());
        for (int i = 0; i < s.raws.size(); i++) {
            Raw r = s.raws.get(i);
            items.add(new ScoredItem(r.kind(), r.name(), r.id(), r.commonness(), result.points()[i],
                    Phrases.withConfidence(r.explanation(), r.confidence())));
        }
        items.sort(Comparator.comparingDouble(ScoredItem::contribution).reversed()
                .thenComparing(ScoredItem::kind).thenComparing(ScoredItem::name).thenComparing(ScoredItem::id)
                .thenComparing(ScoredItem::explanation).thenComparingDouble(ScoredItem::commonness));

        TreeSet<String> flags = new TreeSet<>();
        if (s.listedCount > stuffingThreshold) flags.add(KEYWORD_STUFFING);
        if (model.poolSize() == 0) flags.add(EMPTY_MODEL);
        if (segment != null && !segment.isBlank() && seg.isEmpty()) flags.add(SEGMENT_NOT_IN_MODEL);
        if (s.raws.isEmpty()) flags.add(NO_ITEMS);

        double score = result.score();
        double percentile = 0;
        Optional<ScoreDistribution> dist = model.scoreDistribution();
        if (dist.isPresent() && dist.get().scorer().equals(signature) && dist.get().count() > 0) {
            percentile = dist.get().percentile(score, commonness.countsSegment(seg));
        } else {
            flags.add(NO_PERCENTILE);
        }
        List<String> advice = new Advisor(s, result, seg).advice();
        return new Analysis(score, percentile, seg, model.label(), items, advice, List.copyOf(flags));
    }

    /**
     * The score a pool resume gets when calibrating: scored against the first of its {@code segments} (sorted)
     * that the model has, or against the inferred segment when it has none.
     */
    public double poolScore(Resume resume, Set<String> segments) {
        String seg = null;
        for (String s : new TreeSet<>(segments)) {
            if (model.segmentSize(s) > 0) {
                seg = s;
                break;
            }
        }
        return score(resume, seg).score();
    }

    /** An empty score-distribution builder for this scorer (merge per-partition builders, then build). */
    public ScoreDistribution.Builder newDistribution() {
        return ScoreDistribution.builder(signature);
    }

    /**
     * The model with the pool's own score distribution attached, so that percentiles can be given: the second
     * pass over a pool already counted into the model. Deterministic: the same pool gives the same model
     * bytes, whatever its order.
     *
     * @param pool       the resumes the model was built from
     * @param segmentsOf each resume's segments, as given to the model builder
     */
    public CorpusModel calibrate(Iterable<Resume> pool, Function<? super Resume, ? extends Set<String>> segmentsOf) {
        ScoreDistribution.Builder d = newDistribution();
        for (Resume r : pool) {
            Set<String> segs = segmentsOf.apply(r);
            d.add(poolScore(r, segs), segs);
        }
        return model.withScoreDistribution(d.build(model.minCount()));
    }

    // ------------------------------------------------------------------------------------------------------

    /** Everything computed for one resume before allocation, kept for the advice. */
    final class Scoring {
        final String segment;
        final List<Raw> raws = new ArrayList<>();
        final List<ProjectInfo> projects = new ArrayList<>();
        final List<SkillInfo> listedSkills = new ArrayList<>();
        final List<CredentialInfo> credentials = new ArrayList<>();
        int listedCount;

        Scoring(Resume resume, String segment) {
            this.segment = segment;
            credentials(resume);
            projects(resume);
            skills(resume);
            degrees(resume);
        }

        private void credentials(Resume resume) {
            // one item per catalog id; duplicates keep the entry worth most (then by a total order of its fields)
            TreeMap<String, CredentialInfo> byId = new TreeMap<>();
            for (Certificate c : resume.certificates()) {
                String key = Features.credential(c.id());
                Commonness.Estimate e = commonness.credential(c.id(), segment);
                double v = Rules.credential(c.kind(), c.level(), e.share());
                CredentialInfo ci = new CredentialInfo(c, e, v);
                byId.merge(key, ci, (a, b) -> CredentialInfo.PREFERRED.compare(a, b) <= 0 ? a : b);
            }
            for (CredentialInfo ci : byId.values()) {
                Certificate c = ci.cert;
                Commonness.Estimate e = ci.estimate;
                StringBuilder x = new StringBuilder(Phrases.kind(c.kind(), c.level())).append(" held by ");
                if (e.hasPrior() && !Phrases.share(e.share()).equals(Phrases.share(e.countsShare()))) {
                    // the blended estimate is not the pool's share: say what it is and what it rests on
                    x.append(Phrases.share(e.share())).append(" of ").append(Phrases.whom(e)).append(" by ");
                    if (e.priorAudience().isEmpty()) x.append("this pool's counts and ");
                    x.append(e.priorBasis().isEmpty() ? "outside figures" : e.priorBasis())
                            .append("; ").append(Phrases.poolShare(e));
                } else {
                    x.append(Phrases.shareOf(e));
                }
                if (e.share() >= COMMON) x.append("; too common to set a resume apart");
                ci.index = raws.size();
                raws.add(new Raw(ItemKind.CERTIFICATE, Bucket.CREDENTIAL, false, c.name(), c.id(),
                        ci.estimate.share(), ci.value, x.toString(), c.confidence()));
                credentials.add(ci);
            }
        }

        private void projects(Resume resume) {
            for (Project p : resume.projects()) {
                SortedSet<String> kinds = Features.evidenceKinds(p);
                double strength = Rules.evidenceStrength(kinds);
                ProjectInfo pi;
                String x;
                if (!p.archetype().isBlank()) {
                    Commonness.Estimate e = commonness.estimate(Features.archetype(p.archetype()), segment);
                    double v = Rules.archetypeProject(strength);
                    String arch = Features.normalize(p.archetype()).replace('-', ' ').replace('_', ' ');
                    x = "a tutorial classic (" + arch + "): " + Phrases.shareOf(e) + " have one";
                    pi = new ProjectInfo(p, true, Rules.THEMELESS_RARITY, strength, raws.size());
                    raws.add(new Raw(ItemKind.PROJECT, Bucket.PROJECT, false, p.name(), Features.archetype(p.archetype()),
                            e.share(), v, x, p.confidence()));
                } else {
                    // rarity of the themes: mean of the two rarest distinct themes
                    TreeMap<String, Commonness.Estimate> themes = new TreeMap<>();
                    for (String t : p.themes()) {
                        String f = Features.theme(t);
                        if (Features.acceptable(f)) {
                            themes.put(f, commonness.estimate(f, segment));
                        }
                    }
                    List<Commonness.Estimate> es = new ArrayList<>(themes.values());
                    es.sort(Comparator.comparingDouble(Commonness.Estimate::share)
                            .thenComparing(Commonness.Estimate::feature));
                    double rho;
                    double shown;
                    if (es.isEmpty()) {
                        rho = Rules.THEMELESS_RARITY;
                        shown = Rules.commonnessOfRarity(rho);
                    } else {
                        int k = Math.min(2, es.size());
                        double sumR = 0;
                        double sumLog = 0;
                        for (int i = 0; i < k; i++) {
                            sumR += Rules.rarity(es.get(i).share());
                            sumLog += Math.log(es.get(i).share());
                        }
                        rho = sumR / k;
                        shown = Math.exp(sumLog / k);
                    }
                    double v = Rules.originalProject(rho, strength);
                    StringBuilder b = new StringBuilder("an original project ");
                    if (strength >= Rules.REAL_EVIDENCE) {
                        b.append("with evidence (").append(Phrases.evidence(kinds)).append(")");
                    } else if (!kinds.isEmpty()) {
                        b.append("with little evidence (").append(Phrases.evidence(kinds))
                                .append("; no users, metrics or release)");
                    } else {
                        b.append("without evidence of outcome (users, metrics, a link, a release)");
                    }
                    if (es.isEmpty()) {
                        b.append("; no themes to compare with the pool");
                    } else {
                        Commonness.Estimate first = es.get(0);
                        b.append("; its themes appear in ").append(Phrases.share(shown)).append(" of ")
                                .append(Phrases.population(first.borrowed() ? first.countsSegment() : segment));
                    }
                    x = b.toString();
                    pi = new ProjectInfo(p, false, rho, strength, raws.size());
                    raws.add(new Raw(ItemKind.PROJECT, Bucket.PROJECT, false, p.name(), "", Math.min(1, shown), v, x,
                            p.confidence()));
                }
                projects.add(pi);
            }
        }

        private void skills(Resume resume) {
            // one item per skill id; USED wins over LISTED; the smallest name is shown; the highest confidence counts
            TreeMap<String, Skill> byId = new TreeMap<>();
            for (Skill s : resume.skills()) {
                String key = Features.skill(s.id());
                byId.merge(key, s, (a, b) -> {
                    Evidence ev = a.evidence() == Evidence.USED || b.evidence() == Evidence.USED
                            ? Evidence.USED : Evidence.LISTED;
                    int c = a.name().compareTo(b.name());
                    Skill first = c < 0 || (c == 0 && a.id().compareTo(b.id()) <= 0) ? a : b;
                    return new Skill(first.id(), first.name(), first.type(), ev, List.of(),
                            Math.max(a.confidence(), b.confidence()));
                });
            }
            // soft skills and natural languages never count towards keyword stuffing (see SkillType)
            for (Skill s : byId.values()) if (s.evidence() == Evidence.LISTED && countsAsListed(s)) listedCount++;
            double softTotal = 0;
            List<Integer> soft = new ArrayList<>();
            for (Skill s : byId.values()) {
                if (s.type() == SkillType.SOFT) {
                    Commonness.Estimate e = commonness.estimate(Features.skill(s.id()), segment);
                    double v = Rules.SOFT_WEIGHT * Rules.rarity(e.share());
                    softTotal += v;
                    soft.add(raws.size());
                    raws.add(new Raw(ItemKind.SKILL, Bucket.SKILL, false, s.name(), s.id(), e.share(), v,
                            "a soft skill, which counts for little; " + Phrases.shareOf(e) + " list it"));
                    continue;
                }
                if (s.type() == SkillType.LANGUAGE) {
                    Commonness.Estimate e = commonness.estimate(Features.skill(s.id()), segment);
                    double v = Rules.LISTED_WEIGHT * Rules.rarity(e.share());
                    raws.add(new Raw(ItemKind.SKILL, Bucket.SKILL, true, s.name(), s.id(), e.share(), v,
                            "a language; " + Phrases.shareOf(e) + " list it"));
                    continue;
                }
                Commonness.Estimate used = commonness.estimate(Features.skillUsed(s.id()), segment);
                double usedValue = Rules.USED_WEIGHT * Rules.rarity(used.share());
                if (s.evidence() == Evidence.USED) {
                    String x = "shown in use; " + Phrases.shareOf(used) + " show it in use";
                    raws.add(new Raw(ItemKind.SKILL, Bucket.SKILL, false, s.name(), s.id(), used.share(), usedValue, x,
                            s.confidence()));
                } else {
                    Commonness.Estimate e = commonness.estimate(Features.skill(s.id()), segment);
                    double v = Rules.LISTED_WEIGHT * Rules.rarity(e.share());
                    String x = "listed only; " + Phrases.shareOf(e) + " list it";
                    if (listedCount > Rules.LISTED_CAP) {
                        x += "; one of " + listedCount + " listed skills, so it counts for little";
                    }
                    if (!Confidence.uncertain(s.confidence())) {
                        listedSkills.add(new SkillInfo(s, raws.size(), usedValue, used.share()));
                    }
                    raws.add(new Raw(ItemKind.SKILL, Bucket.SKILL, true, s.name(), s.id(), e.share(), v, x,
                            s.confidence()));
                }
            }
            if (softTotal > Rules.SOFT_CAP) {
                // all soft skills together are worth at most SOFT_CAP raw points
                double f = Rules.SOFT_CAP / softTotal;
                for (int i : soft) {
                    Raw r = raws.get(i);
                    raws.set(i, new Raw(r.kind(), r.bucket(), false, r.name(), r.id(), r.commonness(),
                            r.value() * f, r.explanation()));
                }
            }
        }

        /** Technical and domain skills count among the listed skills; soft skills and languages do not. */
        private boolean countsAsListed(Skill s) {
            return s.type() == SkillType.TECHNICAL || s.type() == SkillType.DOMAIN;
        }

        private void degrees(Resume resume) {
            for (Education ed : resume.education()) {
                if (ed.level().isBlank() && ed.area().isBlank()) continue;
                Commonness.Estimate e = commonness.estimate(Features.degree(ed), segment);
                double v = Rules.degree(ed.level(), e.share());
                String what = Phrases.degree(ed.level(), ed.area());
                String x = what + ": " + Phrases.shareOf(e) + " have one";
                String name = !ed.studyType().isBlank() ? ed.studyType() + (ed.area().isBlank() ? "" : ", " + ed.area())
                        : Phrases.capitalize(what.substring(what.indexOf(' ') + 1));
                raws.add(new Raw(ItemKind.DEGREE, Bucket.DEGREE, false, name, Features.degree(ed), e.share(), v, x));
            }
        }

        /** The raw value of a hypothetical original project with evidence: what advice compares with. */
        double hypotheticalProject() {
            return Rules.originalProject(Rules.rarity(HYPOTHETICAL_THEME_SHARE),
                    Rules.evidenceStrength(HYPOTHETICAL_EVIDENCE));
        }

        double hypotheticalCourse() {
            return Rules.credential(CredentialKind.ONLINE_COURSE, "", HYPOTHETICAL_COURSE_SHARE);
        }
    }

    record ProjectInfo(Project project, boolean archetype, double themeRarity, double evidence, int index) {
    }

    /** Which tutorial project advice names: by name, then a total order of the project's fields. */
    private static final Comparator<ProjectInfo> TUTORIAL_ORDER = Comparator
            .comparing((ProjectInfo p) -> p.project().name())
            .thenComparing(p -> p.project().toString());

    record SkillInfo(Skill skill, int index, double usedValue, double usedShare) {
    }

    static final class CredentialInfo {
        /**
         * Worth most (weighed by confidence) first, then by name, kind, level, issuer, date and confidence: a total
         * order, so input order never shows.
         */
        static final Comparator<CredentialInfo> PREFERRED = Comparator
                .comparingDouble((CredentialInfo c) -> -c.value * Rules.confidenceWeight(c.cert.confidence()))
                .thenComparing(c -> c.cert.name()).thenComparing(c -> c.cert.kind())
                .thenComparing(c -> c.cert.level()).thenComparing(c -> c.cert.issuer())
                .thenComparing(c -> c.cert.date()).thenComparing(c -> c.cert.id())
                .thenComparingDouble(c -> -c.cert.confidence());
        final Certificate cert;
        final Commonness.Estimate estimate;
        final double value;
        int index;

        CredentialInfo(Certificate cert, Commonness.Estimate estimate, double value) {
            this.cert = cert;
            this.estimate = estimate;
            this.value = value;
        }
    }

    /** Writes the advice: candidates with the points they would add, best first. */
    private final class Advisor {
        private final Scoring s;
        private final Allocation.Result result;
        private final String segment;
        private final List<Candidate> out = new ArrayList<>();

        Advisor(Scoring s, Allocation.Result result, String segment) {
            this.s = s;
            this.result = result;
            this.segment = segment;
        }

        List<String> advice() {
            projectEvidence();
            originalProject();
            commonCredentials();
            listedSkills();
            stuffing();
            out.sort(Comparator.comparingDouble(Candidate::priority).reversed().thenComparing(Candidate::text));
            List<String> texts = new ArrayList<>();
            for (Candidate c : out) {
                if (texts.size() >= maxAdvice) break;
                if (!texts.contains(c.text)) texts.add(c.text);
            }
            return texts;
        }

        private double gain(List<Raw> changed) {
            return Allocation.score(changed) - result.score();
        }

        private List<Raw> replace(int index, double value) {
            List<Raw> copy = new ArrayList<>(s.raws);
            Raw r = copy.get(index);
            copy.set(index, new Raw(r.kind(), r.bucket(), r.listed(), r.name(), r.id(), r.commonness(), value,
                    r.explanation(), r.confidence()));
            return copy;
        }

        private List<Raw> plus(Bucket bucket, ItemKind kind, double value) {
            List<Raw> copy = new ArrayList<>(s.raws);
            copy.add(new Raw(kind, bucket, false, "\uFFFFhypothetical", "", 0, value, ""));
            return copy;
        }

        /** Original projects short of real evidence: what users, a metric and a link would add. */
        private void projectEvidence() {
            for (ProjectInfo p : s.projects) {
                if (p.archetype() || p.evidence() >= Rules.REAL_EVIDENCE || uncertain(p)) continue;
                TreeSet<String> kinds = new TreeSet<>(Features.evidenceKinds(p.project()));
                kinds.addAll(HYPOTHETICAL_EVIDENCE);
                double v = Rules.originalProject(p.themeRarity(), Rules.evidenceStrength(kinds));
                double g = gain(replace(p.index(), v));
                if (g < 0.05) continue;
                double course = gain(plus(Bucket.CREDENTIAL, ItemKind.CERTIFICATE, s.hypotheticalCourse()));
                add(g, "Add evidence to project " + Phrases.quote(p.project().name())
                        + ": the users it served, a number it moved, a link to the code or a release, a merged pull "
                        + "request; that could add about " + Phrases.points(g) + " points"
                        + (g >= 2 * course ? ", far more than another online course (about "
                        + Phrases.points(course) + " points)." : "."));
            }
        }

        /** Only tutorial projects, or no project at all: an original project with evidence. */
        private void originalProject() {
            boolean original = false;
            ProjectInfo tutorial = null;
            for (ProjectInfo p : s.projects) {
                if (uncertain(p)) continue; // advice never builds on an item that may be misread
                if (!p.archetype()) original = true;
                if (p.archetype() && (tutorial == null || TUTORIAL_ORDER.compare(p, tutorial) < 0)) tutorial = p;
            }
            if (original) return; // evidence for it is the better advice, see projectEvidence()
            double course = gain(plus(Bucket.CREDENTIAL, ItemKind.CERTIFICATE, s.hypotheticalCourse()));
            if (tutorial != null) {
                double g = gain(replace(tutorial.index(), s.hypotheticalProject()));
                String arch = Features.normalize(tutorial.project().archetype());
                add(g, "Project " + Phrases.quote(tutorial.project().name()) + " is a tutorial classic (" + arch
                        + ") that countless course-takers have built; an original project with evidence (data you gathered, users "
                        + "served, a merged pull request) would add about " + Phrases.points(g)
                        + " points, far more than another online course (about " + Phrases.points(course) + " points).");
            } else {
                double g = gain(plus(Bucket.PROJECT, ItemKind.PROJECT, s.hypotheticalProject()));
                add(g, "An original project with evidence (data you gathered, users served, a merged pull request) "
                        + "would add about " + Phrases.points(g) + " points; another online course would add about "
                        + Phrases.points(course) + " points.");
            }
        }

        /** Credentials too common to differentiate: informational, ranked after real gains. */
        private void commonCredentials() {
            List<CredentialInfo> common = new ArrayList<>();
            for (CredentialInfo c : s.credentials) {
                if (c.estimate.share() >= COMMON && !Confidence.uncertain(c.cert.confidence())) common.add(c);
            }
            if (common.isEmpty()) return;
            common.sort(Comparator.comparingDouble((CredentialInfo c) -> -c.estimate.share())
                    .thenComparing(c -> c.cert.name()));
            double pts = 0;
            List<String> names = new ArrayList<>();
            for (CredentialInfo c : common) {
                pts += result.points()[c.index];
                if (names.size() < 3) names.add(Phrases.quote(c.cert.name()));
            }
            if (common.size() > 3) names.add((common.size() - 3) + " more");
            CredentialInfo top = common.get(0);
            String text = Phrases.list(names) + (common.size() == 1 ? " is" : " are") + " held by "
                    + (common.size() == 1 ? "" : "up to ") + Phrases.share(top.estimate.share()) + " of "
                    + Phrases.whom(top.estimate) + " and " + (common.size() == 1 ? "adds" : "add")
                    + (Phrases.points(pts).equals(Phrases.points(0)) ? " nothing: "
                    : " only " + Phrases.points(pts) + " points: ")
                    + (common.size() == 1 ? "it no longer sets" : "they no longer set")
                    + " you apart; another such course would do less than one project with evidence.";
            add(0.5, text);
        }

        /** Listed-only skills that would count more shown in use. */
        private void listedSkills() {
            if (s.listedSkills.isEmpty()) return;
            List<SkillInfo> best = new ArrayList<>(s.listedSkills);
            best.sort(Comparator.comparingDouble((SkillInfo k) -> -(k.usedValue() - s.raws.get(k.index()).value())
                            * Rules.confidenceWeight(k.skill().confidence()))
                    .thenComparing(k -> k.skill().name()).thenComparing(k -> k.skill().id()));
            best = best.subList(0, Math.min(3, best.size()));
            List<Raw> changed = new ArrayList<>(s.raws);
            List<String> names = new ArrayList<>();
            for (SkillInfo k : best) {
                Raw r = changed.get(k.index());
                changed.set(k.index(), new Raw(r.kind(), r.bucket(), false, r.name(), r.id(), k.usedShare(),
                        k.usedValue(), r.explanation(), r.confidence()));
                names.add(k.skill().name());
            }
            double g = gain(changed);
            if (g < 0.05) return;
            add(g, "Show " + Phrases.list(names) + " in use: " + (names.size() == 1 ? "it appears" : "they appear")
                    + " only in your skills list; naming " + (names.size() == 1 ? "it" : "them")
                    + " in a role or project where you applied " + (names.size() == 1 ? "it" : "them")
                    + " could add about " + Phrases.points(g) + " points.");
        }

        private void stuffing() {
            if (s.listedCount <= stuffingThreshold) return;
            add(1.0, "Trim the skills list: " + s.listedCount + " skills are listed; beyond " + Rules.LISTED_CAP
                    + " they add nothing and read as keyword stuffing. Keep the ones you can show in use.");
        }

        private boolean uncertain(ProjectInfo p) {
            return Confidence.uncertain(p.project().confidence());
        }

        private void add(double priority, String text) {
            out.add(new Candidate(priority, text));
        }
    }

    private record Candidate(double priority, String text) {
    }

    /**
     * Settings of a {@link DifferentiationScorer}; each may be set once. Not thread-safe; the scorer it builds
     * is.
     */
    public static final class Builder {
        private final CorpusModel model;
        private PriorSource priors = PriorSource.none();
        private SegmentResolver resolver;
        private Occupations occupations;
        private int stuffingThreshold = Rules.STUFFING_THRESHOLD;
        private int maxAdvice = 5;
        private final Set<String> set = new TreeSet<>();

        private Builder(CorpusModel model) {
            this.model = Objects.requireNonNull(model, "model");
        }

        private void once(String setting) {
            if (!set.add(setting)) throw new IllegalStateException(setting + " was already set");
        }

        /** Outside prevalence priors for credentials, by catalog id (default: none). */
        public Builder priors(PriorSource priors) {
            once("priors");
            this.priors = Objects.requireNonNull(priors, "priors");
            return this;
        }

        /** How to infer a segment when the caller gives none (default: {@link SegmentResolver#standard()}). */
        public Builder segmentResolver(SegmentResolver resolver) {
            once("segmentResolver");
            this.resolver = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The occupation tree for occupations beyond the pool's segments and for shrinking a segment toward its
         * ancestors (default: {@link Occupations#standard()}).
         */
        public Builder occupations(Occupations occupations) {
            once("occupations");
            this.occupations = Objects.requireNonNull(occupations, "occupations");
            return this;
        }

        /** Number of listed skills above which {@value #KEYWORD_STUFFING} is flagged (default 40). */
        public Builder stuffingThreshold(int listedSkills) {
            once("stuffingThreshold");
            if (listedSkills < 1) throw new IllegalArgumentException("stuffingThreshold must be ≥ 1: " + listedSkills);
            this.stuffingThreshold = listedSkills;
            return this;
        }

        /** Most advice lines given (default 5). */
        public Builder maxAdvice(int lines) {
            once("maxAdvice");
            if (lines < 0) throw new IllegalArgumentException("maxAdvice must be ≥ 0: " + lines);
            this.maxAdvice = lines;
            return this;
        }

        public DifferentiationScorer build() {
            if (resolver == null) resolver = SegmentResolver.standard();
            if (occupations == null) occupations = Occupations.standard();
            return new DifferentiationScorer(this);
        }
    }
}
