package dev.standout.robust;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.SharedData;
import dev.standout.Standout;
import dev.standout.parse.Warning;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs every file of the hostile corpus ({@code <shared>/data/hostile}: malformed, encrypted, truncated, fuzzed,
 * bomb and wrong-extension files, described one per row in its {@code SOURCES.tsv}) through the front door and
 * checks that each gets the outcome its row makes sensible. The table below holds only what was derived from each
 * row (the outcome and why), never the files' contents; where two outcomes are both right (a fuzzed PDF that
 * opens but holds no text is EMPTY_TEXT; one that does not open is CORRUPT) both are allowed.
 *
 * <p>Whatever the file: nothing but a {@link DocumentException} escapes, no file is {@code INTERNAL}, and each
 * takes less than {@link #MAX_SECONDS} seconds. The outcome table is written to
 * {@code target/hostile-corpus-outcomes.md}. Without the shared folder the test is skipped.
 */
class HostileCorpusTest {

    static final int MAX_SECONDS = 20;

    private static final String OK = "OK";
    private static final String ENCRYPTED = "ENCRYPTED";
    private static final String CORRUPT = "CORRUPT";
    private static final String UNSUPPORTED = "UNSUPPORTED_FORMAT";
    private static final String EMPTY = "EMPTY_TEXT";
    private static final String TOO_LARGE = "TOO_LARGE";

    /** What a file must give: one of {@code outcomes}, and for OK results these warnings among others. */
    record Expect(Set<String> outcomes, Set<Warning> warnings, String why) {
    }

    static final Map<String, Expect> EXPECTED = new LinkedHashMap<>();

    private static void expect(String file, String why, String... outcomes) {
        EXPECTED.put(file, new Expect(Set.of(outcomes), Set.of(), why));
    }

    private static void expectOk(String file, String why, Warning... warnings) {
        EXPECTED.put(file, new Expect(Set.of(OK), Set.of(warnings), why));
    }

    static {
        expect("doc_legacy/Fuzzed.doc", "fuzzed DOC: lengths in the file are absurd", CORRUPT);
        expectOk("doc_legacy/clusterfuzz-testcase-minimized-POIHWPFFuzzer-5074346559012864.doc",
                "OSS-Fuzz HWPF crasher: its structure fails, its raw text pieces are read, flagged partial",
                Warning.PARTIAL_TEXT);
        expect("doc_legacy/empty.doc", "a Word document without text", EMPTY);
        expectOk("doc_legacy/testWORD.doc", "control: an ordinary DOC");
        expect("doc_legacy/testWORD_protected_drm.doc",
                "IRM-protected DOC: only the viewer's notice is readable, the content is encrypted", ENCRYPTED);

        expect("docx_corrupt/OPCCompliance_DerivedPartNameFAIL.docx", "invalid OPC part name", CORRUPT);
        expect("docx_corrupt/clusterfuzz-testcase-minimized-POIXWPFFuzzer-4791943399604224.docx",
                "OSS-Fuzz XWPF crasher; POI reads text from it", OK, CORRUPT);
        expect("docx_corrupt/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5569740188549120.docx",
                "OSS-Fuzz XWPF crasher; POI reads text from it", OK, CORRUPT);
        expect("docx_corrupt/testWORD_truncated.docx", "a 763-byte prefix of a DOCX", CORRUPT);
        expect("docx_corrupt/truncated62886.docx", "a truncated DOCX", CORRUPT);

        expect("docx_password_protected/bug53475-password-is-pass.docx", "agile-encrypted DOCX", ENCRYPTED);
        expectOk("docx_password_protected/documentProtection_forms_no_password.docx",
                "control: editing restrictions only, no password to open");
        expect("docx_password_protected/protected_agile.docx", "agile-encrypted DOCX", ENCRYPTED);
        expect("docx_password_protected/testWORD_protected_passtika.docx", "encrypted DOCX", ENCRYPTED);

        expect("docx_xxe_entities/54764.xlsx", "a spreadsheet (with an entity-expansion bomb)", UNSUPPORTED);
        expect("docx_xxe_entities/CorePropertiesHasEntities.docx",
                "entities in docProps/core.xml: never expanded; the body is read or the file refused", OK, CORRUPT);
        expect("docx_xxe_entities/PackageRelsHasEntities.docx", "entities in _rels/.rels: the package is refused",
                CORRUPT);
        expect("docx_xxe_entities/testXXE.xml", "plain XML is not a resume format", UNSUPPORTED);

        expect("docx_zip_bomb/DERIVED_documentxml-120MB-ratio-above-poi-threshold.docx",
                "120 MB of XML in 1.9 MB, above POI's ratio threshold", TOO_LARGE);
        expect("docx_zip_bomb/DERIVED_poi-recipe_contenttypes-padded.docx",
                "[Content_Types].xml padded with 8 MB of spaces (POI's zip-bomb recipe)", TOO_LARGE);
        expect("docx_zip_bomb/test-zipbomb.xlsx", "a spreadsheet zip bomb", UNSUPPORTED, TOO_LARGE);

        expect("empty_tiny/EmptyDocumentWithHeaderFooter.docx",
                "empty body; header and footer may hold a little text", OK, EMPTY);
        expect("empty_tiny/c-empty.pdf", "a PDF without content", EMPTY);
        expect("empty_tiny/empty.docx", "0 bytes", EMPTY);
        expect("empty_tiny/invalid_22bytes.docx", "22 bytes that are not a ZIP", UNSUPPORTED, CORRUPT);

        expectOk("i18n/ArabicCIDTrueType.pdf", "Arabic CID TrueType text");
        expectOk("i18n/Eastern_Arabic_numbering.docx", "Eastern Arabic digits");
        expectOk("i18n/PDFBOX-4531-bidi-ligature-2.pdf", "Arabic ligatures");
        expectOk("i18n/arabic_numbering.docx", "Arabic list numbering");
        expectOk("i18n/russian_cyrillic.docx", "Russian text");
        expectOk("i18n/vertical.pdf", "vertical CJK writing");

        expect("odt/LibreOfficeWriter_odt_1.3.odt", "ODT is not read", UNSUPPORTED);
        expect("odt/testODT_svgTitleInStyledSpan.odt", "ODT is not read", UNSUPPORTED);
        expect("odt/testOpenOffice2.odt", "ODT is not read", UNSUPPORTED);

        expect("pdf_broken_xref/GHOSTSCRIPT-698804-1-fuzzed.pdf", "bad xref header; no text", EMPTY, CORRUPT);
        expect("pdf_broken_xref/REDHAT-1531897-0.pdf", "bad xref byte widths, no root", CORRUPT);
        expect("pdf_broken_xref/bad-xref-entry.pdf", "a bad xref entry PDFBox repairs", OK, CORRUPT);
        expect("pdf_broken_xref/bug_xrefv4_loop.pdf", "xref /Prev loop; no text", EMPTY, CORRUPT);
        expect("pdf_broken_xref/xref_command_missing.pdf", "'xref' keyword missing; PDFBox repairs", OK, CORRUPT);

        expect("pdf_encrypted_malformed/encrypted_hello_world_r2_bad_okey.pdf",
                "encrypted with a damaged /O key: cannot be opened without a password", ENCRYPTED);

        expect("pdf_encrypted_ownerpw_only/empty_protected.pdf", "owner password only, no text", EMPTY);
        expectOk("pdf_encrypted_ownerpw_only/testPDF_no_extract_no_accessibility_owner_empty.pdf",
                "owner password only with extraction off: read, and flagged (the documented policy)",
                Warning.OWNER_PASSWORD_IGNORED);

        expect("pdf_encrypted_pubkey/AESkeylength128.pdf", "certificate (public-key) encryption", ENCRYPTED);

        expect("pdf_encrypted_userpw/PasswordSample-256bit.pdf",
                "AES-256 with a user password (\"user\", never guessed)", ENCRYPTED);
        expect("pdf_encrypted_userpw/enc-long-password.pdf", "a long user password", ENCRYPTED);
        expect("pdf_encrypted_userpw/encrypted.pdf", "user and owner passwords", ENCRYPTED);
        expect("pdf_encrypted_userpw/pr6531_1.pdf", "user and owner passwords", ENCRYPTED);

        expect("pdf_fuzzed/MissingCatalog.pdf", "no /Root catalog", EMPTY, CORRUPT);
        expect("pdf_fuzzed/bad-content.pdf",
                "fuzzed garbage; no %PDF header in the first 1024 bytes, so not a PDF by content", UNSUPPORTED,
                CORRUPT, EMPTY);
        expect("pdf_fuzzed/bug_1324189.pdf", "fuzz regression, no root", CORRUPT);
        expect("pdf_fuzzed/bug_782596.pdf", "93-byte fuzz regression", CORRUPT);
        expect("pdf_fuzzed/issue-100.pdf", "fuzz crasher", CORRUPT);
        expect("pdf_fuzzed/issue-119.pdf", "fuzz crasher, page tree root not a dictionary", CORRUPT);
        expect("pdf_fuzzed/issue-263.pdf", "fuzz crasher", CORRUPT);
        expect("pdf_fuzzed/poppler-395-0-fuzzed.pdf", "fuzzed, page tree root not a dictionary", CORRUPT);
        expect("pdf_fuzzed/poppler-937-0-fuzzed.pdf", "fuzzed; no text", EMPTY, CORRUPT);
        expect("pdf_fuzzed/qpdf-ossfuzz-23642.pdf", "OSS-Fuzz input; no text", EMPTY, CORRUPT);
        expect("pdf_fuzzed/qpdf-ossfuzz-65681.pdf", "OSS-Fuzz input without any %PDF header: not a PDF by content",
                UNSUPPORTED, CORRUPT);

        expectOk("pdf_huge_page_count/freeculture.pdf", "a real 352-page book: its first pages are read",
                Warning.TRUNCATED);
        expectOk("pdf_huge_page_count/no_page_count.pdf", "page tree without /Count");
        expect("pdf_huge_page_count/poppler-85140-0.pdf", "340 bytes claiming 213,804,087 pages; no text",
                EMPTY, CORRUPT);

        expect("pdf_image_only/JBIG2Image.pdf", "an image page, no text layer", EMPTY);
        expect("pdf_image_only/jpeg_demo.pdf", "an image page (with a little text)", OK, EMPTY);
        // with Tesseract installed, a scan is read by OCR; without it, it is EMPTY_TEXT
        expect("pdf_image_only/testOCR.pdf", "a scanned page: no text layer, read by OCR",
                dev.standout.parse.OcrOptions.DEFAULT.usable() ? OK : EMPTY);

        expect("pdf_recursive_loops/Pages-tree-refs.pdf", "page tree with a circular reference", OK, CORRUPT);
        expect("pdf_recursive_loops/deep-pages.pdf", "deeply nested page tree; no text", EMPTY, CORRUPT);
        expectOk("pdf_recursive_loops/outlines-with-loop.pdf", "a bookmark loop does not matter for text");
        expect("pdf_recursive_loops/poppler-91414-0-53.pdf", "circular references", OK, EMPTY, CORRUPT);

        expectOk("pdf_truncated/DERIVED_testPDF_cut-last-1KB.pdf", "last 1 KB cut: text read, flagged partial",
                Warning.PARTIAL_TEXT);
        expect("pdf_truncated/bad1.pdf", "5 bytes, a word and a line end, no PDF header: text by content", OK,
                CORRUPT);
        expect("pdf_truncated/bug_325_a.pdf", "82-byte truncated fuzz file", CORRUPT);
        expect("pdf_truncated/eof-reading-token.pdf", "EOF inside a token", OK, EMPTY, CORRUPT);

        expect("rtf/testBinControlWord.rtf", "RTF is not read", UNSUPPORTED);
        expect("rtf/testRTF.rtf", "RTF is not read", UNSUPPORTED);
        expect("rtf/testRTFInvalidUnicode.rtf", "RTF is not read", UNSUPPORTED);

        expectOk("wrong_extension/doc_as.docx", "a DOC named .docx: the content decides");
        expect("wrong_extension/jpeg_as.pdf", "a JPEG named .pdf: a photo read by OCR",
                dev.standout.parse.OcrOptions.DEFAULT.usable() ? new String[] {OK, EMPTY} : new String[] {UNSUPPORTED});
        expectOk("wrong_extension/resume_html_as.doc", "an HTML resume named .doc: read as HTML");
        expect("wrong_extension/testWordPerfect_42.doc", "WordPerfect named .doc", UNSUPPORTED);
    }

    private static final Standout STANDOUT = Standout.create();
    private static final List<String> TABLE = Collections.synchronizedList(new ArrayList<>());

    static Path corpus() {
        return SharedData.require("data/hostile");
    }

    static List<String> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .filter(n -> n.contains("/"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void theTableHasARowForEveryFileAndEveryRowOfSourcesTsv() throws IOException {
        Path root = corpus();
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(root.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
            if (!line.isBlank() && !line.startsWith("#")) {
                listed.add(line.substring(0, line.indexOf('\t')));
            }
        }
        assertThat(files(root)).as("files vs SOURCES.tsv").containsExactlyInAnyOrderElementsOf(listed);
        assertThat(EXPECTED.keySet()).as("expectations vs files").containsExactlyInAnyOrderElementsOf(listed);
    }

    @TestFactory
    Stream<DynamicTest> everyHostileFileGetsItsExpectedOutcome() throws IOException {
        Path root = corpus();
        return files(root).stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            byte[] bytes = Files.readAllBytes(root.resolve(name));
            long start = System.nanoTime();
            String outcome;
            String detail;
            List<Warning> warnings = List.of();
            try {
                Result r = STANDOUT.analyze(bytes, name);
                outcome = FrontDoor.check(STANDOUT, bytes, name); // the oracle (a second run: deterministic?)
                warnings = r.warnings();
                detail = r.format() + ", " + r.text().length() + " chars";
            } catch (DocumentException e) {
                outcome = FrontDoor.check(STANDOUT, bytes, name);
                assertThat(outcome).as("same outcome twice").isEqualTo(e.type().name());
                detail = e.getMessage();
            }
            long ms = (System.nanoTime() - start) / 1_000_000;
            Expect expect = EXPECTED.get(name);
            TABLE.add("| " + name + " | " + outcome + (warnings.isEmpty() ? "" : " " + warnings) + " | "
                    + (expect == null ? "(no row)" : String.join(" or ", new TreeSet<>(expect.outcomes())))
                    + " | " + ms + " | " + detail.replace("|", "\\|") + " |");
            assertThat(expect).as("a row for %s", name).isNotNull();
            assertThat(outcome).as("%s (%s): %s", name, expect.why(), detail).isIn(expect.outcomes());
            if (outcome.equals(OK)) {
                assertThat(warnings).as("%s warnings", name).containsAll(expect.warnings());
            }
            assertThat(ms).as("%s took %d ms (two analyses)", name, ms).isLessThan(2L * MAX_SECONDS * 1000);
        }));
    }

    @AfterAll
    static void writeOutcomeTable() throws IOException {
        if (TABLE.isEmpty()) {
            return;
        }
        List<String> rows = new ArrayList<>(TABLE);
        Collections.sort(rows);
        List<String> lines = new ArrayList<>();
        lines.add("| file | outcome | expected | ms (2 runs) | format, size or message |");
        lines.add("|---|---|---|---|---|");
        lines.addAll(rows);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "hostile-corpus-outcomes.md"), lines, StandardCharsets.UTF_8);
    }
}
