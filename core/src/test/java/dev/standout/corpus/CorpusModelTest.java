package dev.standout.corpus;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CorpusModelTest {
    static byte[] bytes(CorpusModel m) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out);
        return out.toByteArray();
    }

    static CorpusModel pool() {
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 10; i++) b.add(Set.of("skill:python", "cred:aws"), Set.of("software-developer"));
        for (int i = 0; i < 6; i++) b.add(Set.of("skill:python", "skill:excel"), Set.of("accountant"));
        for (int i = 0; i < 3; i++) b.add(Set.of("skill:cobol"), Set.of("tiny"));
        return b.build(5, new ModelInfo("test", "1", "a test pool", "2025-01-01"));
    }

    @Test
    void countsDocumentFrequencyOverallAndPerSegment() {
        CorpusModel m = pool();
        assertThat(m.poolSize()).isEqualTo(19);
        assertThat(m.documentFrequency("skill:python")).isEqualTo(16);
        assertThat(m.documentFrequency("skill:python", "software-developer")).isEqualTo(10);
        assertThat(m.documentFrequency("skill:python", "accountant")).isEqualTo(6);
        assertThat(m.documentFrequency("skill:excel", "software-developer")).isZero();
        assertThat(m.segmentSize("accountant")).isEqualTo(6);
        assertThat(m.label()).isEqualTo("test@1");
    }

    @Test
    void dropsFeaturesAndSegmentsSeenInFewerThanMinCountResumes() {
        CorpusModel m = pool();
        assertThat(m.contains("skill:cobol")).isFalse();
        assertThat(m.documentFrequency("skill:cobol")).isZero();
        assertThat(m.segments()).containsExactly("accountant", "software-developer");
        assertThat(m.segmentSize("tiny")).isZero();
    }

    @Test
    void countsEachFeatureOncePerResume() {
        CorpusModel.Builder b = CorpusModel.builder();
        b.add(Set.of("skill:a"), Set.of());
        CorpusModel m = b.build(1);
        assertThat(m.documentFrequency("skill:a")).isEqualTo(1);
    }

    @Test
    void writesAndLoadsTheSameModel() throws IOException {
        CorpusModel m = pool();
        byte[] b = bytes(m);
        CorpusModel back = CorpusModel.load(new ByteArrayInputStream(b));
        assertThat(back.info()).isEqualTo(m.info());
        assertThat(back.documentFrequencies("")).isEqualTo(m.documentFrequencies(""));
        assertThat(back.documentFrequency("skill:python", "accountant")).isEqualTo(6);
        assertThat(bytes(back)).isEqualTo(b);
    }

    @Test
    void writesAScoreDistributionAndReadsItBack() throws IOException {
        ScoreDistribution.Builder d = ScoreDistribution.builder("s1");
        for (int i = 0; i <= 100; i++) d.add(i, Set.of("accountant"));
        CorpusModel m = pool().withScoreDistribution(d.build(5));
        CorpusModel back = CorpusModel.load(new ByteArrayInputStream(bytes(m)));
        assertThat(back.scoreDistribution()).contains(m.scoreDistribution().orElseThrow());
        assertThat(back.scoreDistribution().orElseThrow().percentile(50.05)).isCloseTo(50, org.assertj.core.data.Offset.offset(1.0));
    }

    @Test
    void refusesPersonalLookingFeaturesAndCountsTheRefusals() {
        CorpusModel.Builder b = CorpusModel.builder();
        for (int i = 0; i < 5; i++) {
            b.add(Set.of("cred:unknown:x@y.com", "theme:https://a.b/c", "theme:ok", "nonamespace"), Set.of());
        }
        CorpusModel m = b.build(1);
        assertThat(m.documentFrequencies("")).containsOnlyKeys("theme:ok");
        assertThat(b.rejectedFeatures()).isEqualTo(15);
    }

    @Test
    void refusesSegmentNamesThatLookPersonal() {
        assertThatThrownBy(() -> CorpusModel.builder().add(Set.of(), Set.of("jane@doe.com")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("jane@doe.com");
    }

    @Test
    void rejectsBadMinCount() {
        assertThatThrownBy(() -> CorpusModel.builder().build(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    }

    @Test
    void mergesBuilders() {
        CorpusModel.Builder a = CorpusModel.builder().add(Set.of("skill:a"), Set.of("x"));
        CorpusModel.Builder b = CorpusModel.builder().add(Set.of("skill:a", "skill:b"), Set.of("x"));
        CorpusModel m = a.merge(b).build(1);
        assertThat(m.poolSize()).isEqualTo(2);
        assertThat(m.documentFrequency("skill:a", "x")).isEqualTo(2);
        assertThat(b.poolSize()).isEqualTo(1);
    }

    @Test
    void rejectsForeignOrDamagedFiles() throws IOException {
        byte[] b = bytes(pool());
        assertThatThrownBy(() -> CorpusModel.load(new ByteArrayInputStream(new byte[] {1, 2, 3})))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("magic");
        byte[] flipped = b.clone();
        flipped[flipped.length / 2] ^= 0x10;
        assertThatThrownBy(() -> CorpusModel.load(new ByteArrayInputStream(flipped)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("checksum");
        byte[] future = b.clone();
        future[11] = 2;
        assertThatThrownBy(() -> CorpusModel.load(new ByteArrayInputStream(future)))
                .isInstanceOf(ModelFormatException.class).hasMessageContaining("version 2");
        assertThatThrownBy(() -> CorpusModel.load(new ByteArrayInputStream(Arrays.copyOf(b, b.length - 9))))
                .isInstanceOf(ModelFormatException.class);
    }

    @Test
    void emptyModelKnowsNothing() {
        CorpusModel m = CorpusModel.empty();
        assertThat(m.poolSize()).isZero();
        assertThat(m.documentFrequency("skill:python")).isZero();
        assertThat(m.scoreDistribution()).isEmpty();
    }

    @Test
    void defaultModelSaysClearlyWhenItIsMissing() {
        if (CorpusModel.class.getResource(CorpusModel.DEFAULT_RESOURCE) != null) {
            assertThat(CorpusModel.defaultModel()).isSameAs(CorpusModel.defaultModel());
        } else {
            assertThatThrownBy(CorpusModel::defaultModel)
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("no default corpus model");
        }
    }

    @Test
    void buildersSurviveSerializationForDistributedMerges() throws Exception {
        CorpusModel.Builder a = CorpusModel.builder().add(Set.of("skill:a"), Set.of("x"));
        java.io.ByteArrayOutputStream bos = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream oos = new java.io.ObjectOutputStream(bos)) {
            oos.writeObject(a);
        }
        CorpusModel.Builder copy;
        try (java.io.ObjectInputStream ois = new java.io.ObjectInputStream(
                new java.io.ByteArrayInputStream(bos.toByteArray()))) {
            copy = (CorpusModel.Builder) ois.readObject();
        }
        CorpusModel.Builder b = CorpusModel.builder().add(Set.of("skill:a"), Set.of("x")).merge(copy);
        assertThat(bytes(b.build(1))).isEqualTo(bytes(a.merge(CorpusModel.builder().add(Set.of("skill:a"),
                Set.of("x"))).build(1)));
    }

    @Test
    void writesAndLoadsFiles(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path file = dir.resolve("pool.model");
        pool().write(file);
        assertThat(CorpusModel.load(file).documentFrequencies("")).isEqualTo(pool().documentFrequencies(""));
    }
}
