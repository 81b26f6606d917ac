package dev.standout.corpus;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;

import java.text.Normalizer;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FeatureNormalizationProperties {
    /** The definition, without fast paths. */
    static String reference(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return String.join(" ", n.replaceAll("[\\p{Cntrl}\\s\\p{Zs}]+", " ").trim().split(" "));
    }

    @Property(tries = 2000)
    void fastPathsAgreeWithTheDefinition(@ForAll @StringLength(max = 20)
                                         @CharRange(from = 0, to = 0x7F) @Chars({'\u00A0', 'Ｐ', 'İ', 'ß', '\u2003'})
                                         String s) {
        assertThat(Features.normalize(s)).isEqualTo(reference(s));
    }

    @Property(tries = 2000)
    void normalizingTwiceChangesNothing(@ForAll @StringLength(max = 20) String s) {
        String once = Features.normalize(s);
        assertThat(Features.normalize(once)).isEqualTo(once);
    }
}
