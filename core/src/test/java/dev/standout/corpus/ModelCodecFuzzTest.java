package dev.standout.corpus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import java.util.Set;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** Damaged model files with a valid checksum fail with {@link ModelFormatException}, never anything unchecked. */
class ModelCodecFuzzTest {
    static final byte[] GOOD = good();

    private static byte[] good() {
        try {
            CorpusModel.Builder b = CorpusModel.builder();
            for (int i = 0; i < 20; i++) b.add(Set.of("skill:a", "skill:b" + (i % 3), "theme:x"), Set.of("s" + (i % 2)));
            ScoreDistribution.Builder d = ScoreDistribution.builder("sig");
            for (int i = 0; i < 20; i++) d.add(i * 3.3, Set.of("s" + (i % 2)));
            return CorpusModelTest.bytes(b.build(2, ModelInfo.of("f", "1")).withScoreDistribution(d.build(2)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Property(tries = 2000)
    void damagedFilesFailCleanly(@ForAll long seed, @ForAll @IntRange(min = 1, max = 8) int flips,
                                 @ForAll @IntRange(min = 0, max = 40) int cut) {
        Random rnd = new Random(seed);
        int len = Math.max(16, GOOD.length - cut);
        byte[] b = java.util.Arrays.copyOf(GOOD, len);
        for (int i = 0; i < flips; i++) b[12 + rnd.nextInt(len - 16)] = (byte) rnd.nextInt(256);
        CRC32 crc = new CRC32();
        crc.update(b, 0, len - 4);
        int v = (int) crc.getValue();
        b[len - 4] = (byte) (v >>> 24);
        b[len - 3] = (byte) (v >>> 16);
        b[len - 2] = (byte) (v >>> 8);
        b[len - 1] = (byte) v;
        try {
            CorpusModel m = CorpusModel.load(new ByteArrayInputStream(b));
            assertThat(m.poolSize()).isNotNegative();
        } catch (ModelFormatException expected) {
            // fine
        } catch (IOException e) {
            throw new AssertionError("unexpected " + e, e);
        }
    }
}
