package dev.standout.corpus;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CorpusModelMergeProperties {
    record Doc(Set<String> features, Set<String> segments) {
    }

    @Provide
    Arbitrary<List<Doc>> pools() {
        Arbitrary<Set<String>> features = Arbitraries.of("skill:python", "skill:java", "skill:sql", "cred:aws",
                "cred:unknown:pmp", "theme:crop disease", "arch:mnist", "degree:master|cs", "skillused:python",
                "theme:ünïcode", "theme:日本語", "theme:emoji \uD83D\uDE00").set().ofMaxSize(6);
        Arbitrary<Set<String>> segments = Arbitraries.of("accountant", "software-developer", "hr").set().ofMaxSize(2);
        return Arbitraries.integers().between(0, 60).flatMap(n ->
                features.flatMap(f -> segments.map(s -> new Doc(f, s))).list().ofSize(n));
    }

    @Property(tries = 200)
    void anyPartitionMergedInAnyOrderGivesTheSameBytes(@ForAll("pools") List<Doc> pool,
                                                       @ForAll @IntRange(min = 1, max = 6) int parts,
                                                       @ForAll long seed,
                                                       @ForAll @IntRange(min = 1, max = 4) int minCount)
            throws IOException {
        CorpusModel.Builder whole = CorpusModel.builder();
        for (Doc d : pool) whole.add(d.features(), d.segments());
        byte[] expected = CorpusModelTest.bytes(whole.build(minCount, ModelInfo.of("p", "1")));

        Random rnd = new Random(seed);
        List<Doc> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, rnd);
        List<CorpusModel.Builder> builders = new ArrayList<>();
        for (int i = 0; i < parts; i++) builders.add(CorpusModel.builder());
        for (Doc d : shuffled) builders.get(rnd.nextInt(parts)).add(d.features(), d.segments());
        // merge in a random tree shape
        while (builders.size() > 1) {
            CorpusModel.Builder a = builders.remove(rnd.nextInt(builders.size()));
            CorpusModel.Builder b = builders.remove(rnd.nextInt(builders.size()));
            builders.add(a.merge(b));
        }
        byte[] merged = CorpusModelTest.bytes(builders.get(0).build(minCount, ModelInfo.of("p", "1")));
        assertThat(merged).isEqualTo(expected);
    }

    @Property(tries = 100)
    void writtenModelsNeverHoldCountsBelowMinCount(@ForAll("pools") List<Doc> pool,
                                                   @ForAll @IntRange(min = 1, max = 6) int minCount)
            throws IOException {
        CorpusModel.Builder b = CorpusModel.builder();
        for (Doc d : pool) b.add(d.features(), d.segments());
        CorpusModel m = CorpusModel.load(new java.io.ByteArrayInputStream(CorpusModelTest.bytes(b.build(minCount))));
        m.documentFrequencies("").values().forEach(c -> assertThat(c).isGreaterThanOrEqualTo(minCount));
        for (String s : m.segments()) {
            assertThat(m.segmentSize(s)).isGreaterThanOrEqualTo(minCount);
            for (String f : m.documentFrequencies("").keySet()) {
                int c = m.documentFrequency(f, s);
                assertThat(c == 0 || c >= minCount).isTrue();
            }
        }
    }
}
