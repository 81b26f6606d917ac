package dev.standout.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The parse tests' generated documents (invented text only), opened to tests in other packages
 * ({@code dev.standout.robust}) so that they reuse these generators rather than copy them.
 */
public final class ParseFixtures {

    private ParseFixtures() {
    }

    /** A one-page PDF with one line of Helvetica text per argument. */
    public static byte[] simplePdf(String... lines) {
        return Fixtures.simplePdf(lines);
    }

    /** A PDF with one page per entry, each holding the entry's single line of text. */
    public static byte[] pagesPdf(List<String> pageTexts) {
        return Fixtures.pdf(pageTexts.stream()
                .map(t -> List.of(Fixtures.Text.at(72, 72, 11, t)))
                .toList());
    }

    /** A two-column resume page (invented text). */
    public static byte[] twoColumnPdf() {
        return PdfParserTest.twoColumnPdf();
    }

    /** A PDF whose pages are images (null entries) or lines of text. */
    public static byte[] pdfWithImagePages(List<String> pageTexts) {
        return Fixtures.pdfWithImagePages(pageTexts);
    }

    /** Encrypts a PDF with the standard security handler (128-bit, text extraction not permitted). */
    public static byte[] protect(byte[] pdf, String ownerPassword, String userPassword) {
        return Fixtures.protect(pdf, ownerPassword, userPassword);
    }

    /** A DOCX with one paragraph per argument. */
    public static byte[] simpleDocx(String... paragraphs) {
        return Fixtures.simpleDocx(paragraphs);
    }

    /** A DOCX with a header, footer, tables, a nested table, a bullet list and a text box. */
    public static byte[] richDocx() {
        return DocxParserTest.resumeDocx("<w:t>no box</w:t>");
    }

    /** A Word 97 document made from invented text (a test resource). */
    public static byte[] inventedDoc() {
        return DocParserTest.inventedDoc();
    }

    /** Rewrites one entry of a ZIP package; the others are copied unchanged. */
    public static byte[] rewriteEntry(byte[] zip, String name, java.util.function.UnaryOperator<String> change) {
        return Fixtures.rewriteEntry(zip, name, change);
    }

    /** Copies a ZIP and appends an entry of {@code size} zero bytes, streamed. */
    public static byte[] withExtraEntry(byte[] zip, String name, long size) {
        try {
            return DocxParserTest.withExtraEntry(zip, name, size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A password-protected (agile-encrypted) DOCX. */
    public static byte[] encryptedDocx(byte[] docx, String password) {
        try {
            return DocxParserTest.encrypt(docx, password);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The mutations of {@link ParseRobustnessTest}: 0 flips bytes, 1 truncates, 2 cuts a middle range, 3 duplicates one. */
    public static byte[] mutate(byte[] seed, int count, long salt, int mutation) {
        return ParseRobustnessTest.mutate(seed, count, salt,
                ParseRobustnessTest.Mutation.values()[Math.floorMod(mutation, ParseRobustnessTest.Mutation.values().length)]);
    }
}
