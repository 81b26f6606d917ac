package dev.standout.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.standout.Standout;
import dev.standout.parse.ParseFixtures;

import org.junit.jupiter.api.Timeout;

import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzz tests of the document front door, {@link Standout#analyze(byte[], String)}, one per
 * format, with {@link FrontDoor#check} as the oracle: a result, or a typed failure that is not {@code INTERNAL}.
 *
 * <p>In a normal test run each target replays its saved inputs (seeds made by {@link FuzzSeeds} and any past
 * findings) from {@code src/test/resources/dev/standout/robust/FrontDoorFuzzTestInputs/<method>/}. To fuzz one
 * target (one per run; the libFuzzer corpus it grows is kept in {@code core/.cifuzz-corpus/}, outside git):
 *
 * <pre>
 * JAZZER_FUZZ=1 ./mvnw -B -o -pl core test -Dtest=FrontDoorFuzzTest#fuzzPdf -Djunit.jupiter.execution.timeout.mode=disabled
 * </pre>
 *
 * Each target runs for its {@code maxDuration} (10 minutes; jazzer-junit 0.24 reads the duration only from the
 * annotation). A finding is written to the inputs folder above as {@code crash-<sha1>}: fix the bug and commit the
 * file as a regression input. {@code -Djunit.jupiter.execution.timeout.mode=disabled} keeps JUnit from applying
 * the per-input {@link Timeout} to the whole fuzzing run; Jazzer hands it to libFuzzer as the time limit per
 * input, so an input that takes longer than that is a finding too.
 */
@Timeout(30)
class FrontDoorFuzzTest {

    private static final Standout STANDOUT = Standout.create();

    /** A DOCX whose {@code word/document.xml} the {@link #fuzzDocxXml} target replaces. */
    private static final byte[] DOCX_TEMPLATE = ParseFixtures.simpleDocx("Template paragraph");

    @FuzzTest(maxDuration = "10m")
    void fuzzPdf(byte[] bytes) {
        FrontDoor.check(STANDOUT, bytes, "fuzz.pdf");
    }

    @FuzzTest(maxDuration = "10m")
    void fuzzDocx(byte[] bytes) {
        FrontDoor.check(STANDOUT, bytes, "fuzz.docx");
    }

    /** The XML of a DOCX's main part, inside an otherwise valid package: reaches POI's XML and DocxText. */
    @FuzzTest(maxDuration = "10m")
    void fuzzDocxXml(byte[] documentXml) {
        String xml = new String(documentXml, StandardCharsets.UTF_8);
        FrontDoor.check(STANDOUT, ParseFixtures.rewriteEntry(DOCX_TEMPLATE, "word/document.xml", old -> xml),
                "fuzz.docx");
    }

    @FuzzTest(maxDuration = "10m")
    void fuzzDoc(byte[] bytes) {
        FrontDoor.check(STANDOUT, bytes, "fuzz.doc");
    }

    /** Text and HTML as bytes (format detection, charset guessing, tag stripping) and as a string. */
    @FuzzTest(maxDuration = "10m")
    void fuzzText(byte[] bytes) {
        FrontDoor.check(STANDOUT, bytes, "fuzz.txt");
        FrontDoor.checkText(STANDOUT, new String(bytes, StandardCharsets.UTF_8));
    }
}
