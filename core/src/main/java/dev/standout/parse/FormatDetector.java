package dev.standout.parse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Tells a document's format from its bytes, never from its file name: a DOCX saved as {@code resume.pdf} is a
 * DOCX. Detection is cheap (it reads a ZIP's central directory or an OLE2 file's directory entries, not the
 * documents themselves) and never throws for any input.
 *
 * <ul>
 *   <li>{@link DocumentFormat#PDF}: {@code %PDF-} within the first 1024 bytes (leading junk is tolerated), or
 *       {@code %PDF} at the very start (a damaged header).</li>
 *   <li>{@link DocumentFormat#DOCX}: a ZIP package holding {@code word/document.xml} (or, when a truncated
 *       package lost its part names, whose {@code [Content_Types].xml} names a Word main part); also a password-protected
 *       OOXML package (an OLE2 file with {@code EncryptionInfo} and {@code EncryptedPackage} streams), which the
 *       DOCX parser then reports as encrypted.</li>
 *   <li>{@link DocumentFormat#ODT}: a ZIP package whose {@code mimetype} is OpenDocument text.</li>
 *   <li>{@link DocumentFormat#DOC}: an OLE2 compound file with a {@code WordDocument} stream (Word 97–2003, and
 *       also Word 6/95, which the DOC parser rejects by name).</li>
 *   <li>{@link DocumentFormat#RTF}, {@link DocumentFormat#HTML}: by their opening text, after a byte-order mark
 *       and white space ({@code <!doctype html}, {@code <html}, or a common HTML element such as {@code <div} or
 *       {@code <table} for a saved fragment; an XML declaration or comments may come first).</li>
 *   <li>{@link DocumentFormat#TXT}: UTF-16 with a byte-order mark, valid UTF-8, or otherwise text that is
 *       almost entirely printable as Windows-1252.</li>
 *   <li>{@link DocumentFormat#PNG}, {@link DocumentFormat#JPEG}, {@link DocumentFormat#TIFF}: by their signatures
 *       (a scan or a photo of a resume, read by OCR).</li>
 *   <li>{@link DocumentFormat#UNKNOWN}: anything else, including spreadsheets, presentations, other images and
 *       XML.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FormatDetector {

    private static final int PDF_HEADER_WINDOW = 1024;
    private static final int TEXT_SAMPLE = 64 * 1024;
    private static final int MAX_ZIP_NAMES = 20_000;

    private FormatDetector() {
    }

    /**
     * Detects the format of a document from its content.
     *
     * @param bytes the whole document (or at least its beginning and, for ZIP packages, its end)
     * @return the format; {@link DocumentFormat#UNKNOWN} for empty input or anything not recognized
     * @throws NullPointerException if {@code bytes} is null
     */
    public static DocumentFormat detect(byte[] bytes) {
        return inspect(bytes).format();
    }

    /**
     * What the bytes are: a format and, for formats Standout does not read, a description a person understands
     * ("an Excel workbook (XLSX)") for the error message.
     */
    record Detection(DocumentFormat format, String description) {
        Detection {
            Objects.requireNonNull(format, "format");
            Objects.requireNonNull(description, "description");
        }
    }

    static Detection inspect(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        try {
            return inspectUnchecked(bytes);
        } catch (RuntimeException e) {
            // Detection reads untrusted offsets; every read is bounds-checked, but a slip must not escape.
            return new Detection(DocumentFormat.UNKNOWN, "an unrecognized binary file");
        }
    }

    private static Detection inspectUnchecked(byte[] b) {
        if (b.length == 0) {
            return new Detection(DocumentFormat.UNKNOWN, "an empty file");
        }
        if (startsWith(b, 0, '%', 'P', 'D', 'F')
                || indexOf(b, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0, Math.min(b.length, PDF_HEADER_WINDOW)) >= 0) {
            return new Detection(DocumentFormat.PDF, "a PDF document");
        }
        if (startsWith(b, 0, 0x50, 0x4B, 0x03, 0x04) || startsWith(b, 0, 0x50, 0x4B, 0x05, 0x06)
                || startsWith(b, 0, 0x50, 0x4B, 0x07, 0x08)) {
            return zip(b);
        }
        if (startsWith(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(b);
        }
        Detection binary = knownBinary(b);
        if (binary != null) {
            return binary;
        }
        int start = skipBomAndWhitespace(b);
        if (startsWithIgnoreCase(b, start, "{\\rtf")) {
            return new Detection(DocumentFormat.RTF, "RTF");
        }
        Detection markup = markup(b, start);
        if (markup != null) {
            return markup;
        }
        if (TextDecoding.looksLikeText(b, TEXT_SAMPLE)) {
            return new Detection(DocumentFormat.TXT, "plain text");
        }
        return new Detection(DocumentFormat.UNKNOWN, "an unrecognized binary file");
    }

    // ---------------------------------------------------------------- ZIP packages

    private static Detection zip(byte[] b) {
        ZipListing listing = ZipListing.read(b, MAX_ZIP_NAMES);
        List<String> names = listing.names();
        boolean hasContentTypes = false;
        boolean hasWordPart = false;
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.equals("word/document.xml")) {
                return new Detection(DocumentFormat.DOCX, "a Word document (DOCX)");
            }
            if (lower.equals("[content_types].xml")) {
                hasContentTypes = true;
            } else if (lower.startsWith("word/") && lower.endsWith(".xml")) {
                hasWordPart = true;
            }
        }
        String mimetype = listing.mimetype();
        if (mimetype != null) {
            String m = mimetype.trim();
            if (m.startsWith("application/vnd.oasis.opendocument.text")) {
                return new Detection(DocumentFormat.ODT, "ODT (OpenDocument Text)");
            }
            if (m.startsWith("application/vnd.oasis.opendocument.spreadsheet")) {
                return new Detection(DocumentFormat.UNKNOWN, "an OpenDocument spreadsheet (ODS)");
            }
            if (m.startsWith("application/vnd.oasis.opendocument.presentation")) {
                return new Detection(DocumentFormat.UNKNOWN, "an OpenDocument presentation (ODP)");
            }
            if (m.startsWith("application/epub")) {
                return new Detection(DocumentFormat.UNKNOWN, "an EPUB e-book");
            }
        }
        if (hasContentTypes && hasWordPart) {
            // An OOXML word-processing package whose main part is not at the usual name; POI follows the rels.
            return new Detection(DocumentFormat.DOCX, "a Word document (DOCX)");
        }
        for (String name : names) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.startsWith("xl/")) {
                return new Detection(DocumentFormat.UNKNOWN, "an Excel workbook (XLSX)");
            }
            if (lower.startsWith("ppt/")) {
                return new Detection(DocumentFormat.UNKNOWN, "a PowerPoint presentation (PPTX)");
            }
        }
        if (hasContentTypes) {
            // No telling part names (a truncated package, say): the content types name the main part.
            byte[] types = ZipListing.entryPrefix(b, "[Content_Types].xml", 64 * 1024);
            String t = types == null ? "" : new String(types, StandardCharsets.UTF_8);
            if (t.contains("wordprocessingml.document") || t.contains("ms-word.document")) {
                return new Detection(DocumentFormat.DOCX, "a Word document (DOCX)");
            }
            if (t.contains("spreadsheetml")) {
                return new Detection(DocumentFormat.UNKNOWN, "an Excel workbook (XLSX)");
            }
            if (t.contains("presentationml")) {
                return new Detection(DocumentFormat.UNKNOWN, "a PowerPoint presentation (PPTX)");
            }
        }
        if (names.contains("content.xml") && names.contains("META-INF/manifest.xml")) {
            return new Detection(DocumentFormat.ODT, "ODT (OpenDocument Text)");
        }
        return new Detection(DocumentFormat.UNKNOWN, "a ZIP archive");
    }

    // ---------------------------------------------------------------- OLE2 compound files

    private static Detection ole2(byte[] b) {
        List<String> names = ole2EntryNames(b);
        if (names.contains("EncryptedPackage") && names.contains("EncryptionInfo")) {
            return new Detection(DocumentFormat.DOCX, "a password-protected Office document");
        }
        if (names.contains("WordDocument")) {
            return new Detection(DocumentFormat.DOC, "a Word 97-2003 document (DOC)");
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return new Detection(DocumentFormat.UNKNOWN, "an Excel 97-2003 workbook (XLS)");
        }
        if (names.contains("PowerPoint Document")) {
            return new Detection(DocumentFormat.UNKNOWN, "a PowerPoint 97-2003 presentation (PPT)");
        }
        if (names.contains("__properties_version1.0")) {
            return new Detection(DocumentFormat.UNKNOWN, "an Outlook message (MSG)");
        }
        return new Detection(DocumentFormat.UNKNOWN, "an OLE2 compound file that is not a Word document");
    }

    /**
     * Names of the directory entries of an OLE2 (CFB) file. Directory entries are 128-byte records aligned to
     * 128 bytes in every sector size, so scanning aligned offsets for well-formed entries finds them without
     * following the FAT chains (which hostile files may break or loop).
     */
    static List<String> ole2EntryNames(byte[] b) {
        List<String> names = new ArrayList<>();
        for (int off = 512; off + 128 <= b.length && names.size() < 10_000; off += 128) {
            int nameBytes = u16(b, off + 64);
            int type = b[off + 66] & 0xFF;
            if (nameBytes < 4 || nameBytes > 64 || (nameBytes & 1) != 0 || (type != 1 && type != 2 && type != 5)) {
                continue;
            }
            int chars = nameBytes / 2 - 1;
            if (u16(b, off + chars * 2) != 0) {
                continue; // names are NUL-terminated
            }
            StringBuilder name = new StringBuilder(chars);
            boolean ok = true;
            for (int i = 0; i < chars; i++) {
                int c = u16(b, off + 2 * i);
                if (c == 0) {
                    ok = false;
                    break;
                }
                name.append((char) c);
            }
            if (ok) {
                names.add(name.toString());
            }
        }
        return names;
    }

    // ---------------------------------------------------------------- other formats

    private static Detection knownBinary(byte[] b) {
        if (startsWith(b, 0, 0xFF, 0xD8, 0xFF)) {
            return new Detection(DocumentFormat.JPEG, "a JPEG image");
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return new Detection(DocumentFormat.PNG, "a PNG image");
        }
        if (startsWith(b, 0, 0x89, 'P', 'N', 'G')) {
            return new Detection(DocumentFormat.UNKNOWN, "a damaged PNG image");
        }
        if (startsWith(b, 0, 'G', 'I', 'F', '8')) {
            return new Detection(DocumentFormat.UNKNOWN, "a GIF image");
        }
        if (startsWith(b, 0, 'I', 'I', 0x2A, 0x00) || startsWith(b, 0, 'M', 'M', 0x00, 0x2A)) {
            return new Detection(DocumentFormat.TIFF, "a TIFF image");
        }
        if (startsWith(b, 0, 'I', 'I', 0x2B, 0x00) || startsWith(b, 0, 'M', 'M', 0x00, 0x2B)) {
            return new Detection(DocumentFormat.UNKNOWN, "a BigTIFF image");
        }
        if (startsWith(b, 0, 0xFF, 'W', 'P', 'C')) {
            return new Detection(DocumentFormat.UNKNOWN, "a WordPerfect document");
        }
        if (startsWith(b, 0, 0xDB, 0xA5) || startsWith(b, 0, 0x31, 0xBE, 0x00, 0x00)) {
            return new Detection(DocumentFormat.UNKNOWN, "an old Word (1.x-2.x) document");
        }
        if (startsWith(b, 0, 0x1F, 0x8B)) {
            return new Detection(DocumentFormat.UNKNOWN, "a gzip archive");
        }
        if (startsWith(b, 0, 'R', 'a', 'r', '!')) {
            return new Detection(DocumentFormat.UNKNOWN, "a RAR archive");
        }
        if (startsWith(b, 0, '7', 'z', 0xBC, 0xAF)) {
            return new Detection(DocumentFormat.UNKNOWN, "a 7-Zip archive");
        }
        if (startsWith(b, 0, 'M', 'Z')) {
            return b.length > 64 && !TextDecoding.looksLikeText(b, 4096)
                    ? new Detection(DocumentFormat.UNKNOWN, "a Windows program") : null;
        }
        return null;
    }

    private static Detection markup(byte[] b, int start) {
        int i = start;
        // Skip an XML declaration, processing instructions and comments before the root element.
        for (int guard = 0; guard < 32 && i < b.length; guard++) {
            if (startsWith(b, i, '<', '?')) {
                if (startsWithIgnoreCase(b, i, "<?mso-application")) {
                    return new Detection(DocumentFormat.UNKNOWN, "a Word 2003 XML document");
                }
                int end = indexOf(b, new byte[] {'?', '>'}, i + 2, Math.min(b.length, i + 4096));
                if (end < 0) {
                    break;
                }
                i = skipWhitespace(b, end + 2);
            } else if (startsWith(b, i, '<', '!', '-', '-')) {
                int end = indexOf(b, new byte[] {'-', '-', '>'}, i + 4, Math.min(b.length, i + 65_536));
                if (end < 0) {
                    break;
                }
                i = skipWhitespace(b, end + 3);
            } else {
                break;
            }
        }
        if (startsWithIgnoreCase(b, i, "<!doctype html") || startsWithHtmlTag(b, i)) {
            return new Detection(DocumentFormat.HTML, "HTML");
        }
        if (i > start || startsWith(b, start, '<', '?')) {
            // Had an XML declaration or leading comment but no HTML root: some other XML.
            return new Detection(DocumentFormat.UNKNOWN, "an XML document");
        }
        return null;
    }

    /** Elements an HTML document or fragment (a page saved from a mail or a web form) starts with. */
    private static final List<String> HTML_START_TAGS = List.of("html", "head", "body", "meta", "title", "style",
            "script", "link", "div", "table", "p", "span", "font", "center", "h1", "h2", "h3", "h4", "h5", "h6",
            "ul", "ol", "section", "article", "header", "main", "form", "pre", "br");

    private static boolean startsWithHtmlTag(byte[] b, int i) {
        if (i >= b.length || b[i] != '<') {
            return false;
        }
        for (String tag : HTML_START_TAGS) {
            int end = i + 1 + tag.length();
            if (startsWithIgnoreCase(b, i + 1, tag) && end < b.length
                    && (b[end] == '>' || b[end] == ' ' || b[end] == '/' || b[end] == '\t' || b[end] == '\r'
                    || b[end] == '\n')) {
                return true;
            }
        }
        return false;
    }

    private static int skipBomAndWhitespace(byte[] b) {
        int i = 0;
        if (startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
            i = 3;
        }
        return skipWhitespace(b, i);
    }

    private static int skipWhitespace(byte[] b, int i) {
        while (i < b.length && i < 4096 && (b[i] == ' ' || b[i] == '\t' || b[i] == '\r' || b[i] == '\n'
                || b[i] == '\f')) {
            i++;
        }
        return i;
    }

    // ---------------------------------------------------------------- byte helpers

    static boolean startsWith(byte[] b, int at, int... prefix) {
        if (at < 0 || at + prefix.length > b.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[at + i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    static boolean startsWithIgnoreCase(byte[] b, int at, String ascii) {
        if (at < 0 || at + ascii.length() > b.length) {
            return false;
        }
        for (int i = 0; i < ascii.length(); i++) {
            int c = b[at + i] & 0xFF;
            if (Character.toLowerCase(c) != Character.toLowerCase(ascii.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, byte[] needle, int from, int to) {
        outer:
        for (int i = Math.max(0, from); i + needle.length <= to; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static int u16(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }
}
