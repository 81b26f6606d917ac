package dev.standout.score;

import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.PriorSource;
import dev.standout.corpus.ScoreDistribution;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Resume;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static dev.standout.corpus.Resumes.resume;
import static dev.standout.score.Fixtures.SEG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class DifferentiationScorerTest {
    private final CorpusModel model = Fixtures.pool(2000)
            .with("cred:coursera-ml", 0.41)
            .with("cred:aws-ccp", 0.30)
            .with("cred:aws-sap", 0.01)
            .with("cred:cpa", 0.01)
            .with("cred:state-bar", 0.01)
            .with("cred:bootcamp-x", 0.01)
            .with("cred:course-x", 0.01)
            .with("cred:vendor-x", 0.01)
            .with("theme:todo list", 0.2)
            .with("theme:crop disease detection", 0.002)
            .with("arch:mnist", 0.12)
            .with("skill:python", 0.6)
            .with("skillused:python", 0.3)
            .with("skill:rust", 0.03)
            .with("skillused:rust", 0.01)
            .with("degree:master|computer science", 0.08)
            .with("degree:bachelor|computer science", 0.5)
            .build();
    private final DifferentiationScorer scorer = DifferentiationScorer.of(model);

    private double score(Resume r) {
        return scorer.score(r, SEG).score();
    }

    @Test
    void scoresCommonCertificateBelowOriginalProject() {
        Resume course = resume().cert("coursera-ml", CredentialKind.ONLINE_COURSE).build();
        Resume project = resume().project("Crop doctor", List.of("crop disease detection"), List.of("USERS", "METRIC"), "")
                .build();
        assertThat(score(project)).isGreaterThan(10 * score(course));
    }

    @Test
    void explainsCommonnessInAReadableSentence() {
        Analysis a = scorer.score(resume().cert("coursera-ml", CredentialKind.ONLINE_COURSE).build(), SEG);
        assertThat(a.items()).singleElement().satisfies(i -> {
            assertThat(i.commonness()).isCloseTo(0.41, within(0.01));
            assertThat(i.explanation()).isEqualTo("an online-course certificate held by about 41% of software "
                    + "developer resumes in the pool; too common to set a resume apart");
        });
        assertThat(a.segment()).isEqualTo(SEG);
        assertThat(a.model()).isEqualTo("fixture@1");
    }

    @Test
    void aDoubtfulProjectSaysSoAndFallsBelowTheRealOne() {
        Resume r = resume()
                .project("Crop doctor", List.of("crop disease detection"), List.of("USERS", "METRIC"), "")
                .project("Company Name", List.of("crop disease detection"), List.of("USERS", "METRIC"), "")
                .build();
        Resume doubtful = new Resume(r.basics(), r.work(), r.education(), r.skills(), r.certificates(),
                List.of(r.projects().get(0).withConfidence(0.95), r.projects().get(1).withConfidence(0.4)));
        Analysis a = scorer.score(doubtful, SEG);
        assertThat(a.items()).extracting(ScoredItem::name).containsExactly("Crop doctor", "Company Name");
        assertThat(a.items().get(0).explanation()).doesNotContain("confidence");
        assertThat(a.items().get(1).explanation()).endsWith(
                "; read with low confidence from the text (0.40), so it counts for little");
        assertThat(a.items().get(1).contribution()).isPositive()
                .isLessThan(a.items().get(0).contribution() / 5);
        assertThat(String.join(" ", a.advice())).doesNotContain("Company Name");
    }

    @Test
    void aCourseTooCommonToSetAResumeApartAddsNothingWhereACertificationStillCounts() {
        Analysis course = scorer.score(resume().cert("coursera-ml", CredentialKind.ONLINE_COURSE).build(), SEG);
        assertThat(course.items()).singleElement().satisfies(i -> {
            assertThat(i.explanation()).endsWith("too common to set a resume apart");
            assertThat(i.contribution()).isZero();
        });
        assertThat(course.advice()).anySatisfy(s -> assertThat(s).startsWith("\u201Ccoursera-ml\u201D is held by "
                + "about 41% of software developer resumes in the pool and adds nothing: it no longer sets you apart"));
        // a certification's exam still sorts its holders at that commonness (aws-ccp is held by 30%)
        Analysis cert = scorer.score(resume().cert("aws-ccp", CredentialKind.VENDOR_CERTIFICATION).build(), SEG);
        assertThat(cert.items()).singleElement().satisfies(i -> assertThat(i.contribution()).isPositive());
    }

    @Test
    void aCoursesRarityReachesNothingAtTheCommonThresholdAndIsFullWhereOtherKindsAre() {
        assertThat(Rules.credentialRarity(CredentialKind.ONLINE_COURSE, DifferentiationScorer.COMMON)).isZero();
        assertThat(Rules.credentialRarity(CredentialKind.ONLINE_COURSE, 0.3)).isZero();
        assertThat(Rules.credentialRarity(CredentialKind.ONLINE_COURSE, Rules.P_LO)).isEqualTo(1.0);
        assertThat(Rules.credentialRarity(CredentialKind.ONLINE_COURSE, 0)).isEqualTo(1.0);
        // ln(0.2 / 0.02) / ln(0.2 / 0.001): half-way in surprisal between the threshold and full rarity
        assertThat(Rules.credentialRarity(CredentialKind.ONLINE_COURSE, 0.02))
                .isCloseTo(Math.log(10) / Math.log(200), within(1e-12));
        for (CredentialKind k : CredentialKind.values()) {
            if (k == CredentialKind.ONLINE_COURSE) continue;
            for (double p : new double[]{0, 0.001, 0.05, 0.2, 0.4, 0.6}) {
                assertThat(Rules.credentialRarity(k, p)).isEqualTo(Rules.rarity(p));
            }
        }
        for (double p = 0.0005; p < 0.6; p *= 1.3) {
            assertThat(Rules.credentialRarity(CredentialKind.ONLINE_COURSE, p)).isLessThanOrEqualTo(Rules.rarity(p));
        }
    }

    @Test
    void credentialKindsRankAtTheSameRarity() {
        double course = score(resume().cert("course-x", CredentialKind.ONLINE_COURSE).build());
        double bootcamp = score(resume().cert("bootcamp-x", CredentialKind.BOOTCAMP).build());
        double vendor = score(resume().cert("vendor-x", CredentialKind.VENDOR_CERTIFICATION).build());
        double professional = score(resume().cert("cpa", CredentialKind.PROFESSIONAL_CERTIFICATION).build());
        double license = score(resume().cert("state-bar", CredentialKind.LICENSE).build());
        assertThat(course).isLessThan(bootcamp);
        assertThat(bootcamp).isLessThanOrEqualTo(vendor);
        assertThat(vendor).isLessThan(professional);
        assertThat(professional).isCloseTo(license, within(1e-9));
    }

    @Test
    void expertCertificationHeldByFewBeatsEntryLevelHeldByMany() {
        double expert = score(resume().cert("aws-sap", CredentialKind.VENDOR_CERTIFICATION, "expert").build());
        double entry = score(resume().cert("aws-ccp", CredentialKind.VENDOR_CERTIFICATION, "foundational").build());
        assertThat(expert).isGreaterThan(5 * entry);
    }

    @Test
    void tutorialProjectIsWorthNearlyNothing() {
        Analysis a = scorer.score(resume().project(Fixtures.tutorial("Digits", "mnist")).build(), SEG);
        assertThat(a.score()).isLessThan(1.5);
        assertThat(a.items().get(0).explanation())
                .isEqualTo("a tutorial classic (mnist): about 12% of software developer resumes in the pool have one");
        assertThat(a.advice()).first().asString().contains("tutorial classic").contains("original project");
    }

    @Test
    void evidenceRaisesAProjectsValue() {
        double none = score(resume().project("Crop doctor", List.of("crop disease detection"), List.of(), "").build());
        double link = score(resume().project("Crop doctor", List.of("crop disease detection"), List.of("LINK"), "").build());
        double users = score(resume().project("Crop doctor", List.of("crop disease detection"),
                List.of("LINK", "USERS", "METRIC"), "").build());
        assertThat(none).isLessThan(link);
        assertThat(link).isLessThan(users);
        assertThat(users).isGreaterThan(2 * none);
    }

    @Test
    void rareThemesBeatCommonOnes() {
        double common = score(resume().project("Todo", List.of("todo list"), List.of("USERS"), "").build());
        double rare = score(resume().project("Crop", List.of("crop disease detection"), List.of("USERS"), "").build());
        assertThat(rare).isGreaterThan(common);
    }

    @Test
    void oneOriginalEvidencedProjectBeatsSeveralPopularCertificates() {
        Resume certs = resume()
                .cert("coursera-ml", CredentialKind.ONLINE_COURSE)
                .cert("aws-ccp", CredentialKind.VENDOR_CERTIFICATION)
                .cert("unknown:popular-1", CredentialKind.ONLINE_COURSE)
                .build();
        // popular-1 is unseen (rare) in the pool: make it popular through a prior
        DifferentiationScorer withPrior = DifferentiationScorer.builder(model)
                .priors(PriorSource.of(Map.of("unknown:popular-1", 0.3))).build();
        Resume project = resume().project("Crop doctor", List.of("crop disease detection"), List.of("DATA"), "").build();
        assertThat(withPrior.score(project, SEG).score()).isGreaterThan(withPrior.score(certs, SEG).score());
    }

    @Test
    void addingPopularCertificatesBarelyMovesTheScore() {
        Resume base = resume().project("Crop doctor", List.of("crop disease detection"), List.of("USERS"), "").build();
        Resume more = resume().project("Crop doctor", List.of("crop disease detection"), List.of("USERS"), "")
                .cert("coursera-ml", CredentialKind.ONLINE_COURSE).cert("aws-ccp", CredentialKind.VENDOR_CERTIFICATION)
                .build();
        assertThat(score(more) - score(base)).isBetween(0.0, 1.0);
    }

    @Test
    void usedSkillsCountMoreThanListedOnes() {
        double listed = score(resume().listed("rust").build());
        double used = score(resume().used("rust").build());
        assertThat(used).isGreaterThan(2 * listed);
        Analysis a = scorer.score(resume().listed("rust").build(), SEG);
        assertThat(a.advice()).anySatisfy(s -> assertThat(s).startsWith("Show rust in use"));
    }

    @Test
    void listingAHundredSkillsBuysNothingAndIsFlagged() {
        String[] hundred = new String[100];
        for (int i = 0; i < 100; i++) hundred[i] = "skill-" + i;
        Analysis a = scorer.score(resume().listed(hundred).build(), SEG);
        Analysis fifteen = scorer.score(resume().listed(java.util.Arrays.copyOf(hundred, 15)).build(), SEG);
        assertThat(a.score()).isCloseTo(fifteen.score(), within(1e-9));
        assertThat(a.score()).isLessThan(4);
        assertThat(a.flags()).contains(DifferentiationScorer.KEYWORD_STUFFING);
        assertThat(a.advice()).anySatisfy(s -> assertThat(s).startsWith("Trim the skills list: 100 skills"));
    }

    @Test
    void degreesCountModestlyByLevelAndRarity() {
        double master = score(resume().degree("master", "Computer Science").build());
        double bachelor = score(resume().degree("bachelor", "Computer Science").build());
        assertThat(master).isGreaterThan(bachelor).isLessThan(6);
        assertThat(scorer.score(resume().degree("master", "Computer Science").build(), SEG).items().get(0).explanation())
                .isEqualTo("a master's degree in Computer Science: about 8% of software developer resumes in the pool have one");
    }

    @Test
    void contributionsSumToTheScore() {
        Analysis a = scorer.score(resume().cert("aws-sap", CredentialKind.VENDOR_CERTIFICATION, "professional")
                .used("python", "rust").listed("go").degree("master", "Computer Science")
                .project("Crop doctor", List.of("crop disease detection"), List.of("USERS"), "")
                .project(Fixtures.tutorial("Digits", "mnist")).build(), SEG);
        assertThat(a.items().stream().mapToDouble(ScoredItem::contribution).sum()).isCloseTo(a.score(), within(1e-9));
        for (int i = 1; i < a.items().size(); i++) {
            assertThat(a.items().get(i).contribution()).isLessThanOrEqualTo(a.items().get(i - 1).contribution());
        }
    }

    @Test
    void adviceAsksForEvidenceOnAProjectWithout() {
        Analysis a = scorer.score(resume().project("Crop doctor", List.of("crop disease detection"), List.of(), "")
                .build(), SEG);
        assertThat(a.advice()).first().asString().startsWith("Add evidence to project \u201CCrop doctor\u201D");
    }

    @Test
    void adviceSaysAnOriginalProjectDoesMoreThanAnotherCourse() {
        Analysis a = scorer.score(resume().cert("coursera-ml", CredentialKind.ONLINE_COURSE).build(), SEG);
        assertThat(a.advice()).first().asString().startsWith("An original project with evidence")
                .contains("another online course would add about");
        assertThat(a.advice()).anySatisfy(s -> assertThat(s).contains("\u201Ccoursera-ml\u201D is held by about 41%"));
    }

    @Test
    void percentileComesFromThePoolsOwnDistribution() {
        List<Resume> pool = new ArrayList<>();
        for (int i = 0; i < 50; i++) pool.add(resume().cert("coursera-ml", CredentialKind.ONLINE_COURSE).build());
        for (int i = 0; i < 50; i++) {
            pool.add(resume().project("Crop doctor", List.of("crop disease detection"), List.of("USERS"), "").build());
        }
        CorpusModel calibrated = scorer.calibrate(pool, r -> Set.of(SEG));
        DifferentiationScorer s = DifferentiationScorer.of(calibrated);
        assertThat(s.score(Resume.EMPTY, SEG).percentile()).isZero();
        assertThat(s.score(pool.get(0), SEG).percentile()).isBetween(0.0, 50.0);
        assertThat(s.score(pool.get(99), SEG).percentile()).isBetween(50.0, 100.0);
        assertThat(s.score(pool.get(0), SEG).flags()).doesNotContain(DifferentiationScorer.NO_PERCENTILE);
        assertThat(scorer.score(pool.get(0), SEG).flags()).contains(DifferentiationScorer.NO_PERCENTILE);
    }

    @Test
    void ignoresADistributionMadeByAnotherScorer() {
        ScoreDistribution.Builder d = ScoreDistribution.builder("other/1");
        d.add(10, Set.of());
        DifferentiationScorer s = DifferentiationScorer.of(model.withScoreDistribution(d.build(1)));
        Analysis a = s.score(resume().used("rust").build(), SEG);
        assertThat(a.percentile()).isZero();
        assertThat(a.flags()).contains(DifferentiationScorer.NO_PERCENTILE);
    }

    @Test
    void infersTheSegmentFromTitlesWhenTheModelHasIt() {
        Resume r = resume().label("Senior Software Engineer").used("rust").build();
        assertThat(scorer.score(r, null).segment()).isEqualTo(SEG);
        // an occupation the model has no segment of: named from the title, its counts those of the whole pool
        Analysis nurse = scorer.score(resume().label("Registered Nurse").used("rust").build(), null);
        assertThat(nurse.segment()).isEqualTo("registered-nurses");
        assertThat(nurse.items().get(0).explanation()).contains("resumes in the pool").doesNotContain("nurses");
        assertThat(nurse.score()).isEqualTo(scorer.score(resume().used("rust").build(), "").score());
    }

    @Test
    void flagsASegmentTheModelDoesNotHave() {
        Analysis a = scorer.score(resume().used("rust").build(), "astronaut");
        assertThat(a.segment()).isEmpty();
        assertThat(a.flags()).contains(DifferentiationScorer.SEGMENT_NOT_IN_MODEL);
    }

    @Test
    void priorMakesAPopularNewCourseCommonInAnOldPool() {
        Resume r = resume().cert("unknown:ai for everyone", CredentialKind.ONLINE_COURSE).build();
        double without = score(r);
        DifferentiationScorer s = DifferentiationScorer.builder(model)
                .priors(PriorSource.of(Map.of("unknown:ai for everyone", 0.3))).build();
        Analysis a = s.score(r, SEG);
        assertThat(a.score()).isLessThan(without / 3);
        // the sentence gives the blended estimate and what it rests on, then the pool's own share
        assertThat(a.items().get(0).explanation())
                .containsPattern("held by about \\d+% of .* by this pool's counts and outside figures; "
                        + "(under|fewer than|about) .* this pool's .*resumes");
    }

    @Test
    void emptyModelStillScoresAndSaysSo() {
        Analysis a = DifferentiationScorer.of(CorpusModel.empty()).score(resume().used("rust").build(), null);
        assertThat(a.score()).isPositive();
        assertThat(a.flags()).contains(DifferentiationScorer.EMPTY_MODEL, DifferentiationScorer.NO_PERCENTILE);
        assertThat(a.model()).isEqualTo("empty");
    }

    @Test
    void emptyResumeScoresZero() {
        Analysis a = scorer.score(Resume.EMPTY, SEG);
        assertThat(a.score()).isZero();
        assertThat(a.items()).isEmpty();
        assertThat(a.flags()).contains(DifferentiationScorer.NO_ITEMS);
    }

    @Test
    void builderSettingsAreCheckedAndSetOnce() {
        assertThatThrownBy(() -> DifferentiationScorer.builder(model).maxAdvice(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
        assertThatThrownBy(() -> DifferentiationScorer.builder(model).maxAdvice(1).maxAdvice(2))
                .isInstanceOf(IllegalStateException.class);
        assertThat(DifferentiationScorer.builder(model).maxAdvice(0).build()
                .score(resume().listed("rust").build(), SEG).advice()).isEmpty();
    }

    @Test
    void acceptsSegmentNamesInOtherSpellings() {
        assertThat(scorer.score(resume().used("rust").build(), "Software_Developer").segment()).isEqualTo(SEG);
    }

    @Test
    void isSafeToShareBetweenThreads() throws Exception {
        List<Resume> resumes = new ArrayList<>();
        java.util.Random rnd = new java.util.Random(5);
        for (int i = 0; i < 200; i++) resumes.add(RandomResumes.next(rnd, 30));
        List<Analysis> expected = resumes.stream().map(r -> scorer.score(r, null)).toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<Analysis>> futures = new ArrayList<>();
            for (int round = 0; round < 5; round++) {
                for (Resume r : resumes) futures.add(pool.submit(() -> scorer.score(r, null)));
            }
            for (int i = 0; i < futures.size(); i++) {
                assertThat(futures.get(i).get()).isEqualTo(expected.get(i % resumes.size()));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
