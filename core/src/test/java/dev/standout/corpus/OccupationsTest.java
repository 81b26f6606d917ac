package dev.standout.corpus;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** The occupation tree, titles, and commonness for occupations the pool lacks. Self-contained. */
class OccupationsTest {
    private static InputStream text(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    /** A small tree: data scientists and statisticians under math, software developers under computer, both under 15. */
    static Occupations small() throws IOException {
        String tree = """
                # test tree
                O\tcomputer-and-mathematical-occupations\t15-0000\tComputer and Mathematical Occupations\t
                O\tcomputer-occupations\t15-1200\tComputer Occupations\tcomputer-and-mathematical-occupations
                O\tmathematical-science-occupations\t15-2000\tMathematical Science Occupations\tcomputer-and-mathematical-occupations
                O\tsoftware-developers\t15-1252.00\tSoftware Developers\tcomputer-occupations
                O\tdata-scientists\t15-2051.00\tData Scientists\tmathematical-science-occupations
                O\tstatisticians\t15-2041.00\tStatisticians\tmathematical-science-occupations
                T\tdata scientist\t15-2051.00
                T\tsoftware engineer\t15-1252.00
                T\tstatistician\t15-2041.00
                T\tsenior statistician\t15-2041.00
                """;
        String pool = "it\t15-0000\npy\t15-1252.00\n";
        return Occupations.load(text(tree), text(pool));
    }

    @Test
    void aTitleNamesAnOccupationWithItsParentChain() throws IOException {
        Occupations o = small();
        assertThat(o.ofTitle("Aspiring Data Scientist | Machine Learning Enthusiast").map(Occupations.Occupation::id))
                .contains("data-scientists");
        assertThat(o.chain("data-scientists"))
                .containsExactly("data-scientists", "mathematical-science-occupations", "computer-and-mathematical-occupations");
        assertThat(o.chainOfSegment("py")).containsExactly("software-developers", "computer-occupations",
                "computer-and-mathematical-occupations");
        assertThat(o.byCode("15-2000").map(Occupations.Occupation::display)).contains("mathematical science occupations");
        assertThat(o.ofTitle("Shop Assistant")).isEmpty();
        assertThat(o.ofTitle("")).isEmpty();
    }

    @Test
    void theFirstPartThatNamesSomethingWinsAndTheLongestPhraseInIt() throws IOException {
        Occupations o = small();
        assertThat(o.ofTitle("Team Player / Software Engineer, Data Scientist").map(Occupations.Occupation::id))
                .contains("software-developers");
        assertThat(o.ofTitle("Senior Statistician").map(Occupations.Occupation::code)).contains("15-2041.00");
    }

    @Test
    void rejectsAnUnknownParentOrCode() {
        assertThatThrownBy(() -> Occupations.load(text("O\ta\t1\tA\tnope\n"), text("")))
                .isInstanceOf(IOException.class).hasMessageContaining("nope");
        assertThatThrownBy(() -> Occupations.load(text("O\ta\t1\tA\t\nT\tx\t2\n"), text("")))
                .isInstanceOf(IOException.class).hasMessageContaining("unknown code 2");
        assertThatThrownBy(() -> Occupations.load(text("O\ta\t1\tA\t\n"), text("seg\t9\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("9");
    }

    @Test
    void theShippedTreeKnowsTheArticlesCase() {
        Occupations o = Occupations.standard();
        assertThat(o.ofTitle("Aspiring Data Scientist | Machine Learning Enthusiast").map(Occupations.Occupation::id))
                .contains("data-scientists");
        assertThat(o.chain("data-scientists")).containsExactly("data-scientists",
                "mathematical-science-occupations", "computer-and-mathematical-occupations");
        assertThat(o.ofTitle("Registered Nurse").map(Occupations.Occupation::code)).contains("29-1141.00");
        // every pool segment is placed in the tree
        for (String s : SegmentResolver.IT_SEGMENTS) assertThat(o.chainOfSegment(s)).as(s).isNotEmpty();
        for (String s : SegmentResolver.OCCUPATION_SEGMENTS) assertThat(o.chainOfSegment(s)).as(s).isNotEmpty();
    }

    /** 1,000 IT resumes ("it"), 400 of them python developers ("py"); {@code dfIt} of the IT ones hold cred:x. */
    private static CorpusModel itPool(int dfIt, int dfPy) {
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 3_000; i++) {
            boolean it = i < 1_000;
            boolean py = i < 400;
            boolean has = py ? i < dfPy : it && i - 400 < dfIt - dfPy;
            b.add(has ? Set.of("cred:x") : Set.of("skill:filler"), py ? Set.of("it", "py") : it ? Set.of("it") : Set.of());
        }
        return b.build(1);
    }

    @Test
    void anOccupationThePoolLacksBorrowsItsNearestAncestorsCounts() throws IOException {
        CorpusModel m = itPool(100, 0); // 10% of IT resumes, none of them python developers; 3.3% of the pool
        Commonness c = Commonness.of(m, PriorSource.none(), small());
        Commonness.Estimate ds = c.estimate("cred:x", "data-scientists");
        assertThat(ds.segment()).isEqualTo("data-scientists");
        assertThat(ds.countsSegment()).isEqualTo("it");
        assertThat(ds.borrowed()).isTrue();
        assertThat(ds.share()).isCloseTo(c.estimate("cred:x", "it").share(), within(1e-12));
        assertThat(ds.share()).isCloseTo(0.1, within(0.015));
        // without the tree, the occupation is unknown and the pool speaks
        assertThat(Commonness.of(m).estimate("cred:x", "data-scientists").share()).isCloseTo(100.5 / 3050, within(1e-9));
        // a pool segment is shrunk toward its ancestor, not the pool: 0 of 400 python developers, 10% of IT
        double py = c.estimate("cred:x", "py").share();
        assertThat(py).isCloseTo((0 + Commonness.MU * c.estimate("cred:x", "it").share()) / (400 + Commonness.MU),
                within(1e-12));
        assertThat(c.countsSegment("data-scientists")).isEqualTo("it");
        assertThat(c.countsSegment("py")).isEqualTo("py");
    }

    @Test
    void aPriorMeasuredAgainstTheOccupationIsTheFloorWhereThePoolHasNoneOfIt() throws IOException {
        CorpusModel m = itPool(2, 0); // the pool predates the course: 0.2% of IT resumes
        PriorSource targeted = new PriorSource() {
            @Override
            public java.util.OptionalDouble prior(String id) {
                return java.util.OptionalDouble.of(0.01);
            }

            @Override
            public Optional<Prior> prior(String id, List<String> chain) {
                return chain.contains("data-scientists")
                        ? Optional.of(new Prior(0.07, "enrolment figures", "data-science applicants"))
                        : Optional.of(Prior.of(0.01));
            }
        };
        Commonness c = Commonness.of(m, targeted, small());
        Commonness.Estimate ds = c.credential("x", "data-scientists");
        assertThat(ds.share()).isCloseTo(0.07, within(1e-12)); // λ = 1: no resumes of data scientists
        assertThat(ds.priorAudience()).isEqualTo("data-science applicants");
        assertThat(ds.countsShare()).isLessThan(0.005);
        // against IT at large the whole-pool prior applies, and 1,000 resumes pull it to half
        Commonness.Estimate it = c.credential("x", "it");
        assertThat(it.priorAudience()).isEmpty();
        assertThat(it.share()).isLessThan(0.01);
    }

    @Test
    void theTargetedFloorRelaxesAsTheOccupationsOwnResumesGrow() {
        for (int own : new int[] {0, 200, 2_000}) {
            CorpusModel.Builder b = CorpusModel.builder();
            for (int i = 0; i < own; i++) b.add(Set.of("skill:filler"), Set.of("data-scientists"));
            for (int i = 0; i < 1_000; i++) b.add(Set.of("skill:filler"), Set.of());
            PriorSource p = new PriorSource() {
                @Override
                public java.util.OptionalDouble prior(String id) {
                    return java.util.OptionalDouble.empty();
                }

                @Override
                public Optional<Prior> prior(String id, List<String> chain) {
                    return Optional.of(new Prior(0.1, "enrolment figures", "data-science applicants"));
                }
            };
            Commonness c = Commonness.of(b.build(1), p, Occupations.standard());
            double lambda = Commonness.LAMBDA + (1 - Commonness.LAMBDA) * Commonness.MU / (own + Commonness.MU);
            assertThat(c.credential("x", "data-scientists").share()).as("own " + own).isCloseTo(lambda * 0.1, within(1e-9));
        }
    }
}
