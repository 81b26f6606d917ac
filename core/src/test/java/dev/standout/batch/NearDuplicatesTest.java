package dev.standout.batch;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NearDuplicatesTest {
    static String randomResume(Random rnd, int words) {
        String[] vocab = ("python java sql led team built designed managed sales customer growth revenue cloud aws "
                + "azure data analysis report budget project delivered reduced improved launched trained hired "
                + "mentored engineers nurses patients teachers students school hospital bank loans audit tax "
                + "marketing campaign social media brand design figma kitchen menu chef flights pilots safety")
                .split(" ");
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) b.append(vocab[rnd.nextInt(vocab.length)]).append(i % 12 == 11 ? "\n" : " ");
        return b.toString();
    }

    @Test
    void theSameTextIsADuplicateWhateverItsCaseAndPunctuation() {
        String text = randomResume(new Random(1), 400);
        int[] a = NearDuplicates.signature(text);
        int[] b = NearDuplicates.signature(text.toUpperCase().replace(" ", " , "));
        assertThat(NearDuplicates.similarity(a, b)).isEqualTo(1.0);
    }

    @Test
    void aResumeWithAFewChangesIsANearDuplicateAndOthersAreNot() {
        Random rnd = new Random(7);
        String base = randomResume(rnd, 600);
        String edited = "Jane Roe\njane@example.org\n" + base.replace("python", "kotlin").substring(0, base.length() - 40);
        String other = randomResume(rnd, 600);
        int[] s0 = NearDuplicates.signature(base);
        assertThat(NearDuplicates.similarity(s0, NearDuplicates.signature(edited))).isGreaterThan(0.6);
        assertThat(NearDuplicates.similarity(s0, NearDuplicates.signature(other))).isLessThan(0.1);
    }

    @Test
    void pairsFindsOnlyTheDuplicates() {
        Random rnd = new Random(3);
        List<int[]> sigs = new ArrayList<>();
        String dup = randomResume(rnd, 300);
        for (int i = 0; i < 40; i++) sigs.add(NearDuplicates.signature(randomResume(rnd, 300)));
        sigs.set(5, NearDuplicates.signature(dup));
        sigs.set(31, NearDuplicates.signature(dup + " references on request"));
        sigs.set(12, null); // a failed file
        List<NearDuplicateMarks.Pair> pairs = NearDuplicates.pairs(sigs, 0.8);
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).a()).isEqualTo(5);
        assertThat(pairs.get(0).b()).isEqualTo(31);
        assertThat(pairs.get(0).similarity()).isGreaterThan(0.9);
    }

    @Test
    void signaturesSurviveEncoding() {
        int[] s = NearDuplicates.signature("one two three four five six seven");
        assertThat(NearDuplicates.decode(NearDuplicates.encode(s))).isEqualTo(s);
        assertThat(NearDuplicates.signature(" ,. ")).isNull();
        assertThat(Arrays.stream(NearDuplicates.signature("a")).distinct().count()).isGreaterThan(100);
    }
}
