package dev.standout.corpus;

import org.junit.jupiter.api.Test;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The title tokenizer's fast paths give what its definition (the regular expressions below) gives. */
class SegmentTokensTest {
    /** The definition: NFKD without marks, lower case, "i.t." as "it", split on [^a-z0-9+#]+, words from a letter. */
    static List<String> definition(String title) {
        String s = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        s = s.replaceAll("\\bi\\.\\s?t\\b\\.?", "it");
        List<String> out = new ArrayList<>();
        for (String t : s.split("[^a-z0-9+#]+")) {
            if (!t.isEmpty() && t.charAt(0) >= 'a' && t.charAt(0) <= 'z') out.add(t);
        }
        return out;
    }

    @Test
    void titlesAreCutAsTheDefinitionSays() {
        for (String t : List.of("Sr. Java Developer", "I.T. Manager", "i.t support", "C++/C# Engineer", "  ",
                "Développeur Front-End", "ＪＡＶＡ developer", "QA & Test Lead (Contract)", "3D Artist", "AI/ML",
                "Head of I. T.", "it.", "Ingénieur Réseau", "")) {
            assertThat(SegmentResolver.tokens(t)).as(t).isEqualTo(definition(t));
        }
    }

    @Test
    void randomTitlesAreCutAsTheDefinitionSays() {
        String alphabet = "abcitIT.. -/+#09ÉéñÑüß\u0301ＡＪ\t,()&";
        Random r = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = r.nextInt(24);
            for (int i = 0; i < len; i++) b.append(alphabet.charAt(r.nextInt(alphabet.length())));
            String t = b.toString();
            assertThat(SegmentResolver.tokens(t)).as(t).isEqualTo(definition(t));
        }
    }
}
