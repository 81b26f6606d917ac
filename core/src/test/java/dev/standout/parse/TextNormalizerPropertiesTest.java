package dev.standout.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class TextNormalizerPropertiesTest {

    /** Pieces that exercise every stage: markup, escapes, mojibake, bullets, hyphens, odd spaces. */
    private static final List<String> PIECES = List.of("a", "e", "x", "Java", "dev", "ment", "Skills", "EDUCATION",
            "2020", "5", " ", "  ", "   ", "\n", "\n\n", "\r\n", "\r", "\t", "\u00A0", "\u200B", "\u00AD", "\uFEFF",
            "-", "-\n", " - ", "*", "o ", "?", "\u2022", "\u25CF ", "\uF0B7", "\u00B7", ":", ",", ".", "'", "\"",
            "&amp;", "&lt;", "&gt;", "&#233;", "&", ";", "#", "<", ">", "<span class=\"hl\">", "</span>", "<br>",
            "<p>", "\\xe2\\x80\\xa2", "\\x", "\\", "â€™", "â€", "Ã©", "Ã", "Â", "Â ", "ï¼", "ï»¿", "Ã¢â‚¬â„¢",
            "\u0093", "\u0085", "ﬁ", "Ａ", "＆", "＜", "é", "ü", "Ä", "ß", "São", "“", "’", "–", "e\u0301", "\u2028",
            "\u0001", "state-of-the-", "self-", "Present");

    @Provide
    Arbitrary<String> resumeLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<String> mojibaked() {
        return Arbitraries.strings().withCharRange(' ', '~').withChars("éüß–—’“”•●ﬁ€Ω→★").ofMaxLength(80)
                .map(s -> new String(s.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252")));
    }

    @Property(tries = 3000)
    void normalizingTwiceChangesNothing(@ForAll("resumeLike") String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void normalizingAnyTextTwiceChangesNothing(@ForAll String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
    }

    @Property(tries = 1000)
    void mojibakeIsUndoneAndStable(@ForAll("mojibaked") String text) {
        String once = TextNormalizer.normalize(text);
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        assertThat(once).doesNotContain("Ã", "â€");
    }

    @Property(tries = 1000)
    void outputHasNoTabsCarriageReturnsOrRunsOfSpaces(@ForAll("resumeLike") String text) {
        String out = TextNormalizer.normalize(text);
        assertThat(out).doesNotContain("\t", "\r", "  ", "\n\n\n", "\u00A0", "\u200B", "\u00AD");
        assertThat(out).isEqualTo(out.strip());
    }
}
