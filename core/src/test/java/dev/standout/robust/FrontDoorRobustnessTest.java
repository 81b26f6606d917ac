package dev.standout.robust;

import dev.standout.Standout;
import dev.standout.parse.ParseFixtures;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Properties of the whole front door, {@link Standout#analyze(byte[], String)} and {@link Standout#analyze(String)}:
 * whatever the input (random bytes behind a format's magic number, truncated and mutated documents of every
 * format, arbitrary Unicode, resume-like text made of odd pieces) the outcome is a result whose JSON can be
 * written or a typed failure that is not {@code INTERNAL} ({@link FrontDoor#check}). Where
 * {@code ParseRobustnessTest} stops at the parsers, these go on through normalization, sections and extraction.
 */
class FrontDoorRobustnessTest {

    private static final Standout STANDOUT = Standout.create();

    private static final List<byte[]> SEEDS = new ArrayList<>();

    static {
        for (Map<String, byte[]> seeds : FuzzSeeds.seeds().values()) {
            SEEDS.addAll(seeds.values());
        }
        SEEDS.add(ParseFixtures.twoColumnPdf());
    }

    private static final List<byte[]> MAGIC = List.of(
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {'P', 'K', 3, 4},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            "<html><body>".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xFF, (byte) 0xFE},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});

    @Property(tries = 150)
    void mutatedDocumentsOfEveryFormatEndInAResultOrATypedFailure(@ForAll("mutated") byte[] bytes) {
        FrontDoor.check(STANDOUT, bytes, "mutated.bin");
    }

    @Property(tries = 150)
    void randomBytesBehindAMagicNumberEndInAResultOrATypedFailure(@ForAll("magic") byte[] bytes) {
        FrontDoor.check(STANDOUT, bytes, "random.bin");
    }

    @Property(tries = 200)
    void anyUnicodeTextEndsInAResultOrATypedFailure(@ForAll("unicode") String text) {
        FrontDoor.checkText(STANDOUT, text);
        FrontDoor.check(STANDOUT, text.getBytes(StandardCharsets.UTF_8), "text.txt");
    }

    @Property(tries = 200)
    void resumeLikeTextMadeOfOddPiecesEndsInAResultOrATypedFailure(@ForAll("resumeLike") String text) {
        FrontDoor.checkText(STANDOUT, text);
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        return Combinators.combine(Arbitraries.of(SEEDS), Arbitraries.integers().between(1, 12), Arbitraries.longs(),
                Arbitraries.integers().between(0, 3)).as(ParseFixtures::mutate);
    }

    @Provide
    Arbitrary<byte[]> magic() {
        return Combinators.combine(Arbitraries.of(MAGIC), Arbitraries.bytes().array(byte[].class).ofMaxSize(4096))
                .as((m, body) -> {
                    byte[] b = new byte[m.length + body.length];
                    System.arraycopy(m, 0, b, 0, m.length);
                    System.arraycopy(body, 0, b, m.length, body.length);
                    return b;
                });
    }

    @Provide
    Arbitrary<String> unicode() {
        return Arbitraries.strings().all().ofMaxLength(3000); // unpaired surrogates, controls, every plane
    }

    /** Lines of pieces that the normalizer, the segmenter and the extractors look for, in odd combinations. */
    @Provide
    Arbitrary<String> resumeLike() {
        Arbitrary<String> piece = Arbitraries.of(
                "Jane Example", "EXPERIENCE", "Education", "Skills:", "SUMMARY", "Projects", "Certifications",
                "jane@example.com", "@", "a@b", "+1 (555) 010-2030", "555", "https://", "www.", "linkedin.com/in/",
                "github.com/", "Jan 2020 - Present", "2019 –", "– 2021", "01/2020", "13/13/1313", "1900-2100",
                "present", "•", "", "-", "*", "o", "\u00A7", "\uF0B7", "\uFFFD", "\t", "  ", "\u200B", "\u00AD",
                "fi", "\uFB01", "Ã©", "â€™", "&amp;", "&#x1F600;", "&", ";", "\\", "B.Sc.", "M.S.", "Ph.D.",
                "Data Engineer at Example", "Developed", "pipe-", "line", "Python", "C++", "C#", ".NET", "(", ")",
                "[", "]", "|", ":", "0", "9999999999999999999999", "\u0661\u0662\u0663", "\u4E2D\u6587",
                "\uD83D\uDE00", "\uD800", "\uDC00", "\u0000", "\u001B", "\r", "\u2028", "\u000C");
        Arbitrary<String> line = piece.list().ofMaxSize(8).map(p -> String.join(" ", p));
        return line.list().ofMaxSize(60).map(l -> String.join("\n", l));
    }
}
