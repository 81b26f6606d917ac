package dev.standout.robust;

import dev.standout.DocumentException;
import dev.standout.DocumentTooLargeException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.ParseFixtures;
import dev.standout.parse.ParseLimits;
import dev.standout.parse.ParsedDocument;
import dev.standout.parse.Warning;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile files this test makes itself (so that a clone without the shared corpus still meets every failure
 * type), each through the front door {@link Standout#analyze(byte[], String)}: encrypted PDFs made with PDFBox's
 * API, a certificate-encrypted PDF written by hand, PDFs that lie about their page count, an evasive zip bomb and
 * a package with too many entries, documents over each limit, and truncated prefixes of good files of every
 * format. The parse package's own tests cover the same ground one parser at a time; these hold the promise at the
 * door callers use.
 */
class GeneratedHostileFilesTest {

    private static final Standout STANDOUT = Standout.create();

    // ------------------------------------------------------------------ encryption

    @Test
    void aPdfWithAUserPasswordIsEncryptedAtOnceAndNoPasswordIsGuessed() {
        // "user" is the password a naive dispatcher guesses; Standout tries only the empty password
        for (String userPassword : List.of("user", "password", "1234", "owner-secret")) {
            byte[] pdf = ParseFixtures.protect(ParseFixtures.simplePdf("Jane Example"), "owner-secret", userPassword);
            long start = System.nanoTime();
            assertFailsAs(pdf, "locked.pdf", ErrorType.ENCRYPTED, "password");
            assertThat(millisSince(start)).as("password %s", userPassword).isLessThan(2_000);
        }
    }

    @Test
    void aPdfWithOnlyAnOwnerPasswordIsReadAndFlaggedAsRestricted() throws DocumentException {
        byte[] pdf = ParseFixtures.protect(ParseFixtures.simplePdf("Jane Example", "Data Engineer"), "owner-secret",
                "");
        Result r = STANDOUT.analyze(pdf, "restricted.pdf");
        assertThat(r.isOk()).isTrue();
        assertThat(r.text()).contains("Jane Example");
        assertThat(r.warnings()).contains(Warning.OWNER_PASSWORD_IGNORED);
        assertThat(r.toJson()).contains("OWNER_PASSWORD_IGNORED");
    }

    @Test
    void aCertificateEncryptedPdfIsEncryptedNotALinkageError() {
        // No BouncyCastle on the class path (as in a plain install): PDFBox's public-key handler cannot even load
        byte[] pdf = certificateEncryptedPdf();
        assertFailsAs(pdf, "certificate.pdf", ErrorType.ENCRYPTED, "certificate");
    }

    @Test
    void aPasswordProtectedDocxIsEncrypted() {
        byte[] docx = ParseFixtures.encryptedDocx(ParseFixtures.simpleDocx("Jane Example"), "invented-password");
        assertFailsAs(docx, "locked.docx", ErrorType.ENCRYPTED, "password");
    }

    @Test
    void anIrmProtectedDocIsEncryptedNotItsNotice() throws IOException {
        // Word writes the content, encrypted, to a DRMContent stream and a notice to the WordDocument stream
        byte[] doc;
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new ByteArrayInputStream(ParseFixtures.inventedDoc()))) {
            fs.getRoot().createDocument("\u0009DRMContent", new ByteArrayInputStream(new byte[4096]));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            doc = out.toByteArray();
        }
        assertFailsAs(doc, "irm.doc", ErrorType.ENCRYPTED, "Rights Management");
    }

    /** A one-page PDF whose trailer says it is encrypted for certificate holders (Adobe.PubSec). */
    static byte[] certificateEncryptedPdf() {
        MiniPdf pdf = MiniPdf.textPage("1", "Jane Example");
        int encrypt = pdf.add("<< /Filter /Adobe.PubSec /SubFilter /adbe.pkcs7.s5 /V 4 /R 4 /Length 128"
                + " /CF << /DefaultCryptFilter << /CFM /AESV2 /Recipients [<3003020100>] >> >>"
                + " /StmF /DefaultCryptFilter /StrF /DefaultCryptFilter >>");
        String id = "<0123456789ABCDEF0123456789ABCDEF>";
        return pdf.trailer("/Encrypt " + encrypt + " 0 R /ID [" + id + " " + id + "]").bytes();
    }

    // ------------------------------------------------------------------ pages

    @Test
    void aPdfClaimingTenBillionPagesIsReadQuicklyForWhatItHas() throws DocumentException {
        for (String claim : List.of("10000000000", "2147483647", "-1", "1e12")) {
            byte[] pdf = MiniPdf.textPage(claim, "Jane Example", "Data Engineer").bytes();
            long start = System.nanoTime();
            Result r = STANDOUT.analyze(pdf, "claims.pdf");
            assertThat(millisSince(start)).as("claim %s", claim).isLessThan(5_000);
            assertThat(r.text()).as("claim %s", claim).contains("Jane Example");
        }
    }

    @Test
    void aPageTreeListingOnePageAHundredThousandTimesStopsAtThePageLimit() throws DocumentException {
        MiniPdf pdf = MiniPdf.textPage("100000", "Jane Example");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            kids.append("3 0 R ");
        }
        byte[] bytes = replaceObject(pdf, 2, "<< /Type /Pages /Kids [" + kids + "] /Count 100000 >>");
        long start = System.nanoTime();
        ParseLimits limits = ParseLimits.DEFAULT.withMaxPages(5);
        ParsedDocument doc = DocumentParsers.standard().parse(bytes, limits);
        assertThat(millisSince(start)).isLessThan(10_000);
        assertThat(doc.pages()).isLessThanOrEqualTo(5);
        Result r = Standout.builder().maxPages(5).build().analyze(bytes, "kids.pdf");
        assertThat(r.text()).contains("Jane Example");
    }

    @Test
    void aLongPdfKeepsItsFirstPagesAndSaysItWasTruncated() throws DocumentException {
        List<String> pages = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            pages.add("Invented page number " + i);
        }
        byte[] pdf = ParseFixtures.pagesPdf(pages);
        Result byDefault = STANDOUT.analyze(pdf, "long.pdf");
        assertThat(byDefault.warnings()).contains(Warning.TRUNCATED);
        assertThat(byDefault.text()).contains("Invented page number 50").doesNotContain("Invented page number 51");
        Result three = Standout.builder().maxPages(3).build().analyze(pdf, "long.pdf");
        assertThat(three.warnings()).contains(Warning.TRUNCATED);
        assertThat(three.text()).contains("Invented page number 3").doesNotContain("Invented page number 4");
    }

    // ------------------------------------------------------------------ characters and bytes

    @Test
    void textBeyondTheCharacterLimitIsDroppedWithTruncatedAtEveryDoor() throws DocumentException {
        String line = "Built invented pipelines with Python and SQL for example teams\n";
        String longText = "Jane Example\n" + line.repeat(4_000); // about 256,000 characters
        Result text = STANDOUT.analyze(longText.getBytes(StandardCharsets.UTF_8), "long.txt");
        assertThat(text.warnings()).contains(Warning.TRUNCATED);
        assertThat(text.text().length()).isLessThanOrEqualTo(ParseLimits.DEFAULT.maxChars());

        Standout small = Standout.builder().maxChars(1_000).build();
        String[] paragraphs = new String[200];
        Arrays.fill(paragraphs, line.strip());
        Result docx = small.analyze(ParseFixtures.simpleDocx(paragraphs), "long.docx");
        assertThat(docx.warnings()).contains(Warning.TRUNCATED);
        assertThat(docx.text().length()).isLessThanOrEqualTo(1_000);
        Result string = small.analyze(longText);
        assertThat(string.warnings()).contains(Warning.TRUNCATED);
        assertThat(string.text().length()).isLessThanOrEqualTo(1_000);
    }

    @Test
    void bytesOverTheLimitAreTooLargeAtEveryDoorBeforeParsing(@TempDir Path dir) throws IOException {
        Standout small = Standout.builder().maxBytes(500).build();
        byte[] pdf = ParseFixtures.simplePdf("Jane Example", "Data Engineer");
        assertThat(pdf.length).isGreaterThan(500);
        Path file = dir.resolve("big.pdf");
        Files.write(file, pdf);
        assertThatThrownBy(() -> small.analyze(pdf, "big.pdf")).isInstanceOf(DocumentTooLargeException.class);
        assertThatThrownBy(() -> small.analyze(file)).isInstanceOf(DocumentTooLargeException.class);
        assertThatThrownBy(() -> small.analyze(new ByteArrayInputStream(pdf), "big.pdf"))
                .isInstanceOf(DocumentTooLargeException.class);
    }

    // ------------------------------------------------------------------ zip bombs

    @Test
    void anEvasiveZipBombFailsFastAsTooLarge() throws DocumentException {
        // ~48 MiB of varied XML: deflates far less than a run of zeros, so POI's default ratio check (0.01)
        // would let it through and the XML would be built in memory
        byte[] bomb = docxWithBigBody(48L << 20);
        double ratio = bomb.length / (double) (48L << 20);
        assertThat(ratio).as("compression ratio").isGreaterThan(0.01);
        long start = System.nanoTime();
        assertFailsAs(bomb, "bomb.docx", ErrorType.TOO_LARGE, "zip bomb");
        assertThat(millisSince(start)).isLessThan(5_000);
    }

    @Test
    void theUnzippedLimitIsSetPerInstance() throws DocumentException {
        byte[] docx = docxWithBigBody(2L << 20);
        Standout strict = Standout.builder().limits(ParseLimits.DEFAULT.withMaxUnzippedBytes(1L << 20)).build();
        assertThatThrownBy(() -> strict.analyze(docx, "big.docx"))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.type()).isEqualTo(ErrorType.TOO_LARGE));
        Result r = STANDOUT.analyze(docx, "big.docx");
        assertThat(r.isOk()).isTrue();
        assertThat(r.warnings()).contains(Warning.TRUNCATED);
    }

    @Test
    void aPackageWithMoreEntriesThanTheLimitFailsFastAsTooLarge() throws IOException {
        byte[] docx = ParseFixtures.simpleDocx("Jane Example");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            for (int i = 0; i <= ParseLimits.DEFAULT.maxZipEntries(); i++) {
                out.putNextEntry(new ZipEntry("customXml/item" + i + ".xml"));
                out.closeEntry();
            }
        }
        long start = System.nanoTime();
        assertFailsAs(bytes.toByteArray(), "entries.docx", ErrorType.TOO_LARGE, "entries");
        assertThat(millisSince(start)).isLessThan(5_000);
    }

    /** A valid DOCX whose document.xml holds about {@code size} bytes of numbered paragraphs. */
    static byte[] docxWithBigBody(long size) {
        byte[] template = ParseFixtures.simpleDocx("Jane Example");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(template));
             ZipOutputStream out = new ZipOutputStream(bytes)) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                if (!e.getName().equals("word/document.xml")) {
                    in.transferTo(out);
                } else {
                    String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                    int body = xml.indexOf("<w:body>") + "<w:body>".length();
                    out.write(xml.substring(0, body).getBytes(StandardCharsets.UTF_8));
                    long written = 0;
                    java.util.Random random = new java.util.Random(42);
                    while (written < size) {
                        byte[] p = ("<w:p><w:r><w:t>Invented skill " + random.nextInt(1_000_000) + " and tool "
                                + Long.toHexString(random.nextLong()) + "</w:t></w:r></w:p>")
                                .getBytes(StandardCharsets.UTF_8);
                        out.write(p);
                        written += p.length;
                    }
                    out.write(xml.substring(body).getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    // ------------------------------------------------------------------ truncation

    @Test
    void everyTruncatedPrefixOfAGoodFileEndsInAResultOrATypedFailure() {
        Map<String, byte[]> good = new LinkedHashMap<>();
        good.put("resume.pdf", ParseFixtures.twoColumnPdf());
        good.put("handwritten.pdf", MiniPdf.simple("Jane Example", "Data Engineer"));
        good.put("resume.docx", ParseFixtures.richDocx());
        good.put("resume.doc", ParseFixtures.inventedDoc());
        good.put("resume.txt", FuzzSeeds.RESUME_TEXT.getBytes(StandardCharsets.UTF_16));
        good.put("resume.html", ("<html><body><h1>Jane Example</h1><p>Data Engineer</p></body></html>")
                .getBytes(StandardCharsets.UTF_8));
        Map<String, Integer> outcomes = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : good.entrySet()) {
            byte[] bytes = e.getValue();
            for (int len = 0; len < bytes.length; len += Math.max(1, bytes.length / 80)) {
                String outcome = FrontDoor.check(STANDOUT, Arrays.copyOf(bytes, len), e.getKey());
                outcomes.merge(e.getKey() + " " + outcome, 1, Integer::sum);
            }
        }
        assertThat(outcomes.keySet()).as("outcomes seen: %s", outcomes)
                .anyMatch(k -> k.endsWith(" CORRUPT")).anyMatch(k -> k.endsWith(" EMPTY_TEXT"));
    }

    // ------------------------------------------------------------------ helpers

    private static void assertFailsAs(byte[] bytes, String name, ErrorType type, String messagePart) {
        assertThatThrownBy(() -> STANDOUT.analyze(bytes, name))
                .isInstanceOfSatisfying(DocumentException.class, e -> {
                    assertThat(e.type()).as(e.getMessage()).isEqualTo(type);
                    assertThat(e.getMessage()).containsIgnoringCase(messagePart);
                });
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Rewrites object {@code number} of a hand-written PDF. */
    private static byte[] replaceObject(MiniPdf pdf, int number, String body) {
        MiniPdf copy = new MiniPdf();
        List<String> objects = pdf.objects();
        for (int i = 0; i < objects.size(); i++) {
            copy.add(i + 1 == number ? body : objects.get(i));
        }
        return copy.bytes();
    }
}
