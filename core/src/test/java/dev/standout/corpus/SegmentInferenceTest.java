package dev.standout.corpus;

import dev.standout.resume.Resume;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static dev.standout.corpus.Resumes.resume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SegmentInferenceTest {
    /**
     * 100 sales resumes (CRM, negotiation, a business degree) and 100 python-developer resumes (Python, pandas,
     * TensorFlow, a computer-science degree); 5 of each share the other's tools, so nothing is absolute.
     */
    private static final CorpusModel MODEL = model();
    private final SegmentInference inference = new SegmentInference(MODEL, SegmentResolver.standard());

    private static CorpusModel model() {
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 100; i++) {
            boolean crossover = i < 5;
            b.add(Features.of(crossover ? dataPerson() : salesPerson()), Set.of("sales"));
            b.add(Features.of(crossover ? salesPerson() : dataPerson()), Set.of("python-developer"));
        }
        return b.build(1);
    }

    private static Resume salesPerson() {
        return resume().listed("crm", "negotiation", "cold-calling").used("salesforce")
                .degree("bachelor", "Business Administration").build();
    }

    private static Resume dataPerson() {
        return resume().listed("python", "pandas", "tensorflow").used("scikit-learn")
                .degree("bachelor", "Computer Science").build();
    }

    @Test
    void aHeadlineThatTheContentSupportsWins() {
        Resume r = resume().label("Sales Manager").listed("crm", "negotiation", "cold-calling").build();
        assertThat(inference.infer(r)).contains("sales");
    }

    @Test
    void theContentOverrulesAnOldJobTitleThatContradictsEverythingElse() {
        // an aspiring data scientist whose only job was in a shop: the title says sales, the rest says otherwise
        Resume r = resume().label("Aspiring Data Scientist").role("Sales Associate")
                .listed("python", "pandas", "tensorflow").used("scikit-learn")
                .degree("bachelor", "Computer Science").build();
        assertThat(SegmentResolver.standard().resolve(r)).contains("sales");
        assertThat(inference.infer(r)).contains("python-developer");
    }

    @Test
    void aHeadlineNamesAnOccupationThePoolLacksWithinTheSameFamily() {
        // the same pool, its python developers also counted in their parent segment, as florex's are
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 100; i++) {
            boolean crossover = i < 5;
            b.add(Features.of(crossover ? dataPerson() : salesPerson()), Set.of("sales"));
            b.add(Features.of(crossover ? salesPerson() : dataPerson()), Set.of("python-developer", "information-technology"));
            b.add(Features.of(resume().listed("windows-server", "active-directory").used("networking").build()),
                    Set.of("information-technology"));
        }
        SegmentInference withTree = new SegmentInference(b.build(1), SegmentResolver.standard(),
                SegmentInference.TOLERANCE, Occupations.standard());
        Resume r = resume().label("Aspiring Data Scientist").role("Sales Associate")
                .listed("python", "pandas", "tensorflow").used("scikit-learn")
                .degree("bachelor", "Computer Science").build();
        assertThat(withTree.inferPool(r, Set.of()).orElseThrow()).isIn("python-developer", "information-technology");
        // IT sits above data scientists, python developers beside them (both computer and mathematical
        // occupations; the pool has no mathematical science occupation); either way data scientists borrow IT's
        // counts, and the headline's occupation wins
        assertThat(withTree.infer(r)).contains("data-scientists");
        // a headline of another family leaves the pool's segment alone
        Resume nurse = resume().label("Registered Nurse").listed("python", "pandas", "tensorflow")
                .used("scikit-learn").degree("bachelor", "Computer Science").build();
        assertThat(withTree.inferPool(nurse, Set.of())).contains("python-developer");
        assertThat(withTree.infer(nurse)).contains("python-developer");
        // an occupation the pool has a segment for is the pool's business
        Resume dev = resume().label("Python Developer").listed("python", "pandas", "tensorflow").build();
        assertThat(withTree.infer(dev)).contains("python-developer");
        // without the tree, nothing changes
        assertThat(inference.infer(r)).contains("python-developer");
    }

    @Test
    void withoutTitlesTheContentChooses() {
        assertThat(inference.infer(dataPerson())).contains("python-developer");
        assertThat(inference.infer(salesPerson())).contains("sales");
    }

    @Test
    void titlesAloneChooseWhenTheContentSaysTooLittle() {
        Resume r = resume().role("Sales Associate").listed("python").build();
        assertThat(inference.infer(r)).contains("sales");
        assertThat(inference.contentLift(Features.of(r), Set.of())).isEmpty();
    }

    @Test
    void nothingToGoOnMeansTheWholePool() {
        assertThat(inference.infer(Resume.EMPTY)).isEmpty();
        assertThat(inference.infer(resume().role("Volunteer").listed("python").build())).isEmpty();
    }

    @Test
    void anInfiniteToleranceLetsTitlesAlwaysWin() {
        Resume r = resume().role("Sales Associate").listed("python", "pandas", "tensorflow").used("scikit-learn")
                .build();
        assertThat(new SegmentInference(MODEL, SegmentResolver.standard(), Double.POSITIVE_INFINITY).infer(r))
                .contains("sales");
        assertThat(new SegmentInference(MODEL, SegmentResolver.standard(), 0).infer(r))
                .contains("python-developer");
        assertThatThrownBy(() -> new SegmentInference(MODEL, SegmentResolver.standard(), Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anItClassTitleNeedsContentThatIsNotClearlyElsewhere() {
        // "Operations Manager" reads as an IT project manager in the florex title list
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 60; i++) {
            b.add(Features.of(salesPerson()), Set.of("sales"));
            b.add(Features.of(resume().listed("jira", "scrum", "confluence").used("ms-project").build()),
                    Set.of("project-manager", "information-technology"));
        }
        SegmentInference titlesFirst = new SegmentInference(b.build(1), SegmentResolver.standard(),
                Double.POSITIVE_INFINITY);
        assertThat(SegmentResolver.standard().candidates("Operations Manager")).first().isEqualTo("project-manager");
        Resume salesContent = resume().role("Operations Manager").listed("crm", "negotiation", "cold-calling").build();
        Resume pmContent = resume().role("Operations Manager").listed("jira", "scrum", "confluence").build();
        assertThat(titlesFirst.infer(salesContent)).contains("sales");
        assertThat(titlesFirst.infer(pmContent)).contains("project-manager");
        // a title that is not an IT class keeps the tolerance it was given
        assertThat(titlesFirst.infer(resume().role("Sales Manager").listed("jira", "scrum", "confluence").build()))
                .contains("sales");
    }

    @Test
    void liftIsPositiveWhereTheSegmentHasTheFeaturesMoreOftenThanThePool() {
        Map<String, Double> lift = inference.contentLift(Features.of(dataPerson()), Set.of());
        assertThat(lift.keySet()).containsExactly("python-developer", "sales");
        assertThat(lift.get("python-developer")).isPositive();
        assertThat(lift.get("sales")).isNegative();
    }

    @Test
    void leavingOneOutTakesTheResumesOwnCountsAway() {
        // a segment with exactly one resume holding a feature: left out, that resume no longer supports it
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 40; i++) b.add(Features.of(salesPerson()), Set.of("sales"));
        b.add(Features.of(dataPerson()), Set.of("sales"));
        for (int i = 0; i < 40; i++) b.add(Features.of(dataPerson()), Set.of("python-developer"));
        SegmentInference in = new SegmentInference(b.build(1), SegmentResolver.standard());
        Set<String> f = Features.of(dataPerson());
        double with = in.contentLift(f, Set.of()).get("sales");
        double without = in.contentLift(f, Set.of("sales")).get("sales");
        assertThat(without).isLessThan(with);
    }

    @Test
    void theSameResumeAlwaysGetsTheSameSegment() {
        Resume r = resume().label("Aspiring Data Scientist").role("Sales Associate")
                .listed("python", "pandas", "crm").build();
        String first = inference.infer(r).orElse("");
        for (int i = 0; i < 20; i++) assertThat(inference.infer(r).orElse("")).isEqualTo(first);
    }
}
