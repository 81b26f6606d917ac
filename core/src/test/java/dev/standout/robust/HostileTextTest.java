package dev.standout.robust;

import dev.standout.Standout;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Text made to hurt the stages after parsing (normalizer, segmenter, contact extractor): about 200,000 characters,
 * the default character limit, of one pathological pattern each. Each must end in a result or a typed failure, in
 * seconds, through both text doors. Two of these once failed: {@code "a.a.a.…@"} overflowed the stack in the
 * contact extractor's URL pattern (a {@link StackOverflowError} escaped {@code analyze}), and lines ending in a
 * hyphen that all join into one word made the normalizer quadratic (17 s).
 */
class HostileTextTest {

    private static final Standout STANDOUT = Standout.create();
    private static final long MAX_MILLIS = 10_000;

    static Map<String, String> texts() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("one word of 199,000 letters", "x".repeat(199_000));
        m.put("lines ending in a hyphen, all joining", "abc-\ndef-\n".repeat(19_000));
        m.put("bullets only", "\u2022 ".repeat(99_000));
        m.put("at signs", "a@".repeat(99_000) + "!");
        m.put("dotted labels before an at sign", "a.".repeat(99_000) + "@");
        m.put("an e-mail domain of 20,000 labels", "x@" + "a.".repeat(20_000) + "com");
        m.put("a web address of 20,000 labels", "www." + "a.".repeat(20_000));
        m.put("digits and spaces", "1 ".repeat(99_000));
        m.put("a phone number without end", "+1 " + "1-".repeat(60_000));
        m.put("years", "1990 ".repeat(39_000));
        m.put("mojibake", "\u00C3\u00A9\u00E2\u20AC\u2122".repeat(40_000));
        m.put("date ranges", "2019 - 2020 \u2013 ".repeat(14_000));
        m.put("schemes", "http://".repeat(28_000) + " x");
        m.put("open parentheses", "(".repeat(99_000) + "x");
        m.put("headings only", "EXPERIENCE\n".repeat(18_000));
        m.put("character references", "&amp;".repeat(39_000));
        m.put("tags", "<b>".repeat(60_000) + "x");
        m.put("soft hyphens and zero-width spaces", "a\u00AD\u200B".repeat(66_000));
        return m;
    }

    @TestFactory
    Stream<DynamicTest> pathologicalTextEndsInSeconds() {
        return texts().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            long start = System.nanoTime();
            FrontDoor.checkText(STANDOUT, e.getValue());
            FrontDoor.check(STANDOUT, e.getValue().getBytes(StandardCharsets.UTF_8), "hostile.txt");
            long ms = (System.nanoTime() - start) / 1_000_000;
            assertThat(ms).as("%s took %d ms", e.getKey(), ms).isLessThan(MAX_MILLIS);
        }));
    }
}
