package dev.standout.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    private static final Charset CP1252 = Charset.forName("windows-1252");

    /**
     * What a UTF-8 text looks like after being decoded as Windows-1252 by mistake, the way browsers and most tools
     * do it: the five bytes Windows-1252 leaves undefined become the C1 controls of the same value.
     */
    private static String mojibake(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int v = b & 0xFF;
            String c = new String(new byte[] {b}, CP1252);
            out.append(c.equals("\uFFFD") ? String.valueOf((char) v) : c);
        }
        return out.toString();
    }

    private static String normalize(String s) {
        return TextNormalizer.normalize(s);
    }

    @Nested
    class Mojibake {
        @Test
        void repairsQuotesAndDashesDecodedAsWindows1252() {
            assertThat(normalize("donâ€™t stop â€“ itâ€”works")).isEqualTo("don't stop \u2013 it\u2014works");
            assertThat(normalize("â€œquotedâ€\u009D text")).isEqualTo("\"quoted\" text");
        }

        @Test
        void repairsAccentedLettersDecodedAsWindows1252() {
            assertThat(normalize("cafÃ© rÃ©sumÃ© Ã¼ber SeÃ±or")).isEqualTo("café résumé über Señor");
        }

        @Test
        void repairsAnyTextRoundTrippedThroughWindows1252() {
            String original = "Zoë Ångström – naïve café, Kraków, Dvořák, Ελληνικά, Москва";
            assertThat(normalize(mojibake(original))).isEqualTo(original);
        }

        @Test
        void repairsBulletsToTheOneBullet() {
            assertThat(normalize("â€¢ Built the pipeline")).isEqualTo("• Built the pipeline");
            assertThat(normalize(mojibake("\u25CF Built the pipeline"))).isEqualTo("• Built the pipeline");
        }

        @Test
        void dropsTheOrphanOfANoBreakSpace() {
            assertThat(normalize("Skills:Â Java,Â Python Â Â end")).isEqualTo("Skills: Java, Python end");
            assertThat(normalize("Lead\u00C2\u00A0Engineer")).isEqualTo("Lead Engineer");
        }

        @Test
        void foldsFullwidthFormsDecodedAsWindows1252() {
            assertThat(normalize(mojibake("Company\uFF08ACME\uFF09"))).isEqualTo("Company(ACME)");
            // the last byte of U+FF0D is undefined in Windows-1252; renderers leave a zero-width space
            assertThat(normalize("Company Name \u00EF\u00BC\u200B City")).isEqualTo("Company Name - City");
        }

        @Test
        void guessesABytelostInDecodingFromWhatIsCommon() {
            // Java's own decoder and PDF renderers leave U+FFFD or a zero-width space for undefined bytes
            assertThat(normalize("â€œhiâ€\uFFFD and â—\uFFFD item")).isEqualTo("\"hi\" and • item");
            assertThat(normalize("polÃ\u200Bticas")).isEqualTo("políticas");
        }

        @Test
        void repairsEastAsianTextButNoLoneIdeographAmidLatinText() {
            assertThat(normalize(mojibake("简历 Java 工程师"))).isEqualTo("简历 Java 工程师");
        }

        @Test
        void repairsTextEncodedTwice() {
            assertThat(normalize(mojibake(mojibake("it’s a “test” — ok")))).isEqualTo("it's a \"test\" \u2014 ok");
        }

        @Test
        void readsC1ControlsAsWindows1252() {
            assertThat(normalize("\u0093quoted\u0094 \u0096 more\u0085")).isEqualTo("\"quoted\" \u2013 more\u2026");
        }

        @Test
        void decodesLiteralByteEscapes() {
            assertThat(normalize("\\xe2\\x80\\xa2 Led a team of \\xc3\\xa9l\\xc3\\xa8ves"))
                    .isEqualTo("• Led a team of élèves");
        }

        @ParameterizedTest
        @ValueSource(strings = {"Ärzte ohne Grenzen", "São Paulo", "Straße „Fuß“", "naïve façade", "Ørsted Ål",
            "ÂGE D'OR", "Crème brûlée", "Zürich – Genève", "SÃO PAULO", "MÜNCHEN, ÖSTERREICH", "Café…” à Lyon",
            "Åros, Norway", "Москва, Россия", "Αθήνα"})
        void leavesLegitimateAccentedTextAlone(String text) {
            String expected = text.replace('\u201E', '"').replace('\u201C', '"').replace('\u201D', '"');
            assertThat(normalize(text)).isEqualTo(expected);
        }
    }

    @Nested
    class Characters {
        @Test
        void foldsLigaturesAndFullwidthLetters() {
            assertThat(normalize("ﬁle ﬂow eﬀort eﬃcient ﬄ")).isEqualTo("file flow effort efficient ffl");
            assertThat(normalize("ＡＷＳ　Ｃｅｒｔｉｆｉｅｄ：１２３")).isEqualTo("AWS Certified:123");
        }

        @Test
        void removesZeroWidthCharactersAndTheBom() {
            assertThat(normalize("\uFEFFJa\u200Bva\u200C Sp\u200Dring\u2060")).isEqualTo("Java Spring");
        }

        @Test
        void turnsUnicodeSpacesAndTabsIntoOneSpace() {
            assertThat(normalize("a\u00A0b\u2003c\u202Fd\te\t\t f")).isEqualTo("a b c d e f");
        }

        @Test
        void removesSoftHyphens() {
            assertThat(normalize("soft\u00ADware engi\u00ADneer")).isEqualTo("software engineer");
        }

        @Test
        void joinsAWordSplitBySoftHyphenAtALineBreak() {
            assertThat(normalize("develop\u00AD\nment of tools")).isEqualTo("development of tools");
        }

        @Test
        void foldsTypographicQuotesAndHyphens() {
            assertThat(normalize("‘single’ “double” co\u2010op 5\u22123")).isEqualTo("'single' \"double\" co-op 5-3");
        }

        @Test
        void composesDecomposedAccents() {
            assertThat(normalize("e\u0301cole")).isEqualTo("\u00E9cole");
        }
    }

    @Nested
    class Bullets {
        @ParameterizedTest
        @ValueSource(strings = {"• ", "●", "▪ ", "◦ ", "■ ", "► ", "✓ ", "➢ ", "❖ ", "\uF0B7 ", "\uF0A7\t", "o ",
            "* ", "- ", "– ", "· ", "? ", "» ", "§ ", "Ø ", "•   ", "-- ", "> "})
        void makesEveryListMarkerAtLineStartTheSameBullet(String marker) {
            assertThat(normalize("Intro\n" + marker + "Managed a team")).isEqualTo("Intro\n• Managed a team");
        }

        @Test
        void keepsADashThatStartsADateRangeContinuation() {
            assertThat(normalize("Jan 2019\n- Present\n- 2021")).isEqualTo("Jan 2019\n- Present\n- 2021");
        }

        @Test
        void joinsABulletAloneOnItsLineToTheNextLine() {
            assertThat(normalize("\u25CF\nBuilt a compiler\n\u25CF\n\nShipped it"))
                    .isEqualTo("• Built a compiler\n• Shipped it");
        }

        @Test
        void separatesABulletGluedToItsText() {
            assertThat(normalize("•Built a compiler\n-Shipped it")).isEqualTo("• Built a compiler\n• Shipped it");
        }

        @Test
        void mapsBulletGlyphsInsideALineToTheBulletToo() {
            assertThat(normalize("Java ● Python ▪ SQL · Go")).isEqualTo("Java • Python • SQL • Go");
        }

        @Test
        void leavesHyphenatedWordsAndNumbersAlone() {
            assertThat(normalize("-5% cost\no'clock\nout-of-the-box")).isEqualTo("-5% cost\no'clock\nout-of-the-box");
        }
    }

    @Nested
    class Hyphenation {
        @Test
        void joinsAWordHyphenatedAcrossLines() {
            assertThat(normalize("Led the develop-\nment of a parser")).isEqualTo("Led the development of a parser");
        }

        @Test
        void keepsTheHyphenOfACompoundBrokenAtItsHyphen() {
            assertThat(normalize("a state-of-the-\nart system")).isEqualTo("a state-of-the-art system");
            assertThat(normalize("a highly self-\nmotivated engineer")).isEqualTo("a highly self-motivated engineer");
            assertThat(normalize("send an e-\nmail")).isEqualTo("send an e-mail");
        }

        @Test
        void doesNotJoinWhenEitherSideIsNotALowercaseLetter() {
            assertThat(normalize("Jan-\n2020")).isEqualTo("Jan-\n2020");
            assertThat(normalize("Python-\nDjango")).isEqualTo("Python-\nDjango");
            assertThat(normalize("2019-\npresent")).isEqualTo("2019-\npresent");
            assertThat(normalize("skills -\nmore")).isEqualTo("skills -\nmore");
        }

        @Test
        void doesNotJoinAcrossABlankLine() {
            assertThat(normalize("develop-\n\nment")).isEqualTo("develop-\n\nment");
        }
    }

    @Nested
    class Whitespace {
        @Test
        void unifiesLineEndsAndCollapsesSpacesAndBlankLines() {
            assertThat(normalize("  Name  \r\n\r\n\r\n\r\nSkills:   Java ,  Go \rEnd\u2028x\n\n\n"))
                    .isEqualTo("Name\n\nSkills: Java , Go\nEnd\nx");
        }

        @Test
        void returnsEmptyForBlankInput() {
            assertThat(normalize("")).isEmpty();
            assertThat(normalize(" \n\t\u00A0\u200B\n ")).isEmpty();
        }

        @Test
        void restoresLineBreaksOfATextFlattenedToOneLine() {
            String flat = "Jane Roe  Software Engineer  jane@example.org    SUMMARY  Builds reliable systems "
                    + "for payments and logistics at scale, with a taste for simple designs.  EXPERIENCE  "
                    + "Staff Engineer, Acme  2019 - Present  • Led the rewrite of the billing platform  "
                    + "• Cut costs by a third  EDUCATION  B.S. Computer Science, State University, 2012";
            assertThat(normalize(flat)).isEqualTo("Jane Roe\nSoftware Engineer\njane@example.org\nSUMMARY\n"
                    + "Builds reliable systems for payments and logistics at scale, with a taste for simple designs.\n"
                    + "EXPERIENCE\nStaff Engineer, Acme\n2019 - Present\n• Led the rewrite of the billing platform\n"
                    + "• Cut costs by a third\nEDUCATION\nB.S. Computer Science, State University, 2012");
        }

        @Test
        void keepsDoubleSpacesInsideOrdinaryTextAsOneSpace() {
            assertThat(normalize("Line one  with gap\nLine two")).isEqualTo("Line one with gap\nLine two");
        }
    }

    @Nested
    class Markup {
        @Test
        void stripsSearchHitSpansKeepingTheirText() {
            assertThat(normalize("Senior <span class=\"hl\">Java</span> <span class=\"hl\">Developer</span> at X"))
                    .isEqualTo("Senior Java Developer at X");
        }

        @Test
        void turnsBlockTagsIntoLineBreaks() {
            assertThat(normalize("<p>Skills</p><ul><li>Java</li><li>Go</li></ul>Done<br/>x"))
                    .isEqualTo("Skills\nJava\nGo\nDone\nx");
        }

        @Test
        void decodesCharacterReferences() {
            assertThat(normalize("R&amp;D &lt;2 years&gt; caf&#233; &#x2022; &nbsp;x &copy; &unknown;"))
                    .isEqualTo("R&D <2 years> café • x © &unknown;");
        }

        @Test
        void leavesComparisonsAndUnknownTagsAlone() {
            assertThat(normalize("a < b and c > d; List<String> x")).isEqualTo("a < b and c > d; List<String> x");
        }

        @Test
        void doesNotDecodeAnEscapedReferenceTwice() {
            String once = normalize("&amp;lt;tag&amp;gt;");
            assertThat(once).isEqualTo("&amp;lt;tag&amp;gt;");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Senior Software Engineer | Senior Software Engineer",
        "C++ / C# / .NET | C++ / C# / .NET",
        "jane.doe@example.com | jane.doe@example.com",
        "+1 (555) 010-9999 | +1 (555) 010-9999",
    })
    void leavesCleanTextAsItIs(String in, String out) {
        assertThat(normalize(in)).isEqualTo(out);
    }
}
