package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.ErrorType;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** Whatever the bytes, parsing ends in a document or a typed failure, never an unchecked throwable. */
class ParseRobustnessTest {

    private static final DocumentParsers PARSERS = DocumentParsers.standard();

    private static final List<byte[]> SEEDS = List.of(
            Fixtures.simplePdf("Jane Example", "Data Engineer", "Built invented pipelines"),
            PdfParserTest.twoColumnPdf(),
            Fixtures.simpleDocx("Jane Example", "Data Engineer"),
            DocxParserTest.resumeDocx("<w:t>no box</w:t>"),
            DocParserTest.inventedDoc(),
            "Jane Example\nData Engineer\n".getBytes(StandardCharsets.UTF_8),
            "<html><body><p>Jane Example</p></body></html>".getBytes(StandardCharsets.UTF_8));

    private static final List<byte[]> MAGIC = List.of(
            "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII),
            new byte[] {'P', 'K', 3, 4},
            new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1},
            "{\\rtf1 ".getBytes(StandardCharsets.US_ASCII),
            "<html>".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xFF, (byte) 0xFE});

    @Property(tries = 200)
    void arbitraryBytesEndInADocumentOrATypedFailure(@ForAll("arbitraryBytes") byte[] bytes) {
        check(bytes);
    }

    @Property(tries = 200)
    void mutatedDocumentsEndInADocumentOrATypedFailure(@ForAll("mutatedDocuments") byte[] bytes) {
        check(bytes);
    }

    @Provide
    Arbitrary<byte[]> arbitraryBytes() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(4096);
        return Combinators.combine(Arbitraries.of(MAGIC), random, Arbitraries.of(true, false))
                .as((magic, body, prefixed) -> prefixed ? FormatDetectorTest.concat(magic, body) : body);
    }

    @Provide
    Arbitrary<byte[]> mutatedDocuments() {
        return Combinators.combine(
                Arbitraries.of(SEEDS),
                Arbitraries.integers().between(1, 12),
                Arbitraries.longs(),
                Arbitraries.of(Mutation.values()))
                .as(ParseRobustnessTest::mutate);
    }

    enum Mutation { FLIP_BYTES, TRUNCATE, CUT_MIDDLE, DUPLICATE_RANGE }

    static byte[] mutate(byte[] seed, int count, long salt, Mutation mutation) {
        java.util.Random r = new java.util.Random(salt);
        byte[] b = seed.clone();
        switch (mutation) {
            case FLIP_BYTES -> {
                for (int i = 0; i < count * 4; i++) {
                    b[r.nextInt(b.length)] = (byte) r.nextInt(256);
                }
                return b;
            }
            case TRUNCATE -> {
                return Arrays.copyOf(b, 1 + r.nextInt(b.length - 1));
            }
            case CUT_MIDDLE -> {
                int from = r.nextInt(b.length);
                int to = Math.min(b.length, from + 1 + r.nextInt(Math.max(1, b.length / 4)));
                byte[] c = new byte[b.length - (to - from)];
                System.arraycopy(b, 0, c, 0, from);
                System.arraycopy(b, to, c, from, b.length - to);
                return c.length == 0 ? b : c;
            }
            default -> {
                int from = r.nextInt(b.length);
                int len = Math.min(b.length - from, 1 + r.nextInt(512));
                byte[] c = Arrays.copyOf(b, b.length + len);
                System.arraycopy(b, from, c, from + len, b.length - from);
                return c;
            }
        }
    }

    private static void check(byte[] bytes) {
        try {
            ParsedDocument doc = PARSERS.parse(bytes, ParseLimits.DEFAULT);
            assertThat(DocumentParsers.hasLetterOrDigit(doc.text())).isTrue();
            assertThat(doc.text()).doesNotContain("\r", "\0");
        } catch (DocumentException e) {
            assertThat(e.type()).as("%s", e).isNotEqualTo(ErrorType.INTERNAL);
            assertThat(e.getMessage()).isNotBlank();
        } catch (Throwable t) {
            fail("escaped: " + t, t);
        }
    }
}
