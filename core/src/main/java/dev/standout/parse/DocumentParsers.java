package dev.standout.parse;

import dev.standout.DocumentException;
import dev.standout.DocumentTooLargeException;
import dev.standout.EmptyTextException;
import dev.standout.ErrorType;
import dev.standout.UnsupportedFormatException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The front door of parsing: detects a document's format from its bytes and reads its text with the parser
 * registered for that format, enforcing {@link ParseLimits}.
 *
 * <p>{@link #standard()} reads PDF, DOCX, DOC (Word 97–2003), plain text and HTML (by stripping tags; no
 * XML parser, so no external entities), and scans: PDF pages without a text layer and PNG, JPEG and TIFF images, by
 * OCR ({@link OcrOptions}; {@link #standard(OcrOptions)} sets it). RTF, ODT, Word 95 and unrecognized files fail with an
 * {@link UnsupportedFormatException} that names the format. A new format plugs in with
 * {@link #with(DocumentFormat, DocumentParser)}; {@link #without(DocumentFormat)} turns one off.
 *
 * <p>What {@link #parse(byte[], ParseLimits)} guarantees, for any bytes:
 * <ul>
 *   <li>no throwable escapes except a {@link DocumentException}: {@link OutOfMemoryError} becomes
 *       {@code OUT_OF_MEMORY}, failures inside PDFBox/POI become {@code CORRUPT} with a reason a person can
 *       read, certificate-encrypted PDFs become {@code ENCRYPTED}, and a failure in Standout's own code becomes
 *       {@code INTERNAL};</li>
 *   <li>input over {@link ParseLimits#maxBytes()} fails as {@code TOO_LARGE} before anything is parsed;</li>
 *   <li>text beyond {@link ParseLimits#maxChars()} is dropped with {@link Warning#TRUNCATED};</li>
 *   <li>a document without a letter or digit fails with {@link EmptyTextException};</li>
 *   <li>line ends are {@code '\n'} and NUL characters are removed; the text is otherwise raw (no
 *       normalization of ligatures, bullets or hyphenation).</li>
 * </ul>
 *
 * <p>Instances are immutable and thread-safe (the standard parsers are stateless); share one.
 */
public final class DocumentParsers {

    private static final DocumentParsers STANDARD = new DocumentParsers(defaults(OcrOptions.DEFAULT));

    private final Map<DocumentFormat, DocumentParser> parsers;

    private DocumentParsers(Map<DocumentFormat, DocumentParser> parsers) {
        EnumMap<DocumentFormat, DocumentParser> copy = new EnumMap<>(DocumentFormat.class);
        copy.putAll(parsers);
        this.parsers = Collections.unmodifiableMap(copy);
    }

    private static Map<DocumentFormat, DocumentParser> defaults(OcrOptions ocr) {
        Map<DocumentFormat, DocumentParser> m = new EnumMap<>(DocumentFormat.class);
        m.put(DocumentFormat.PDF, new PdfParser(ocr));
        for (DocumentFormat image : List.of(DocumentFormat.PNG, DocumentFormat.JPEG, DocumentFormat.TIFF)) {
            m.put(image, new ImageParser(image, ocr));
        }
        m.put(DocumentFormat.DOCX, new DocxParser());
        m.put(DocumentFormat.DOC, new DocParser());
        m.put(DocumentFormat.TXT, new PlainTextParser());
        m.put(DocumentFormat.HTML, new HtmlParser());
        return m;
    }

    /**
     * Parsers for PDF, DOCX, DOC, TXT and HTML, and for PNG, JPEG and TIFF images, with OCR as
     * {@link OcrOptions#DEFAULT} sets it (where needed, when Tesseract is installed).
     */
    public static DocumentParsers standard() {
        return STANDARD;
    }

    /** The standard parsers, reading scans and images with these OCR options. */
    public static DocumentParsers standard(OcrOptions ocr) {
        Objects.requireNonNull(ocr, "ocr");
        return ocr.equals(OcrOptions.DEFAULT) ? STANDARD : new DocumentParsers(defaults(ocr));
    }

    /** No parsers at all: every document fails as unsupported until parsers are added with {@link #with}. */
    public static DocumentParsers none() {
        return new DocumentParsers(Map.of());
    }

    /** A copy that reads {@code format} with {@code parser} (replacing any parser it had for it). */
    public DocumentParsers with(DocumentFormat format, DocumentParser parser) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(parser, "parser");
        Map<DocumentFormat, DocumentParser> m = new EnumMap<>(DocumentFormat.class);
        m.putAll(parsers);
        m.put(format, parser);
        return new DocumentParsers(m);
    }

    /** A copy that does not read {@code format}: such documents fail with {@link UnsupportedFormatException}. */
    public DocumentParsers without(DocumentFormat format) {
        Objects.requireNonNull(format, "format");
        Map<DocumentFormat, DocumentParser> m = new EnumMap<>(DocumentFormat.class);
        m.putAll(parsers);
        m.remove(format);
        return new DocumentParsers(m);
    }

    /** The formats this instance reads. */
    public Set<DocumentFormat> formats() {
        return parsers.isEmpty() ? Set.of() : Collections.unmodifiableSet(parsers.keySet());
    }

    /** Parses with {@link ParseLimits#DEFAULT}. */
    public ParsedDocument parse(byte[] bytes) throws DocumentException {
        return parse(bytes, ParseLimits.DEFAULT);
    }

    /**
     * Reads a stream to its end (but never more than {@code limits.maxBytes() + 1} bytes) and parses it.
     * The stream is not closed.
     *
     * @throws IOException       if the stream cannot be read
     * @throws DocumentException a typed failure of the document, {@code TOO_LARGE} if it is over the limit
     */
    public ParsedDocument parse(InputStream in, ParseLimits limits) throws IOException, DocumentException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(limits, "limits");
        long cap = limits.maxBytes();
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(cap + 1, 1 << 16));
        byte[] buf = new byte[1 << 16];
        long total = 0;
        int n;
        while ((n = in.read(buf)) >= 0) {
            total += n;
            if (total > cap) {
                throw new DocumentTooLargeException(tooLargeMessage(total, cap, true));
            }
            out.write(buf, 0, n);
        }
        return parse(out.toByteArray(), limits);
    }

    /**
     * Detects the format of {@code bytes} and reads their text.
     *
     * @param bytes  the whole document
     * @param limits the limits to enforce
     * @return the raw text, its format, pages read and warnings
     * @throws DocumentException the typed reason the document cannot be read (see the class description)
     * @throws NullPointerException if an argument is null
     */
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws DocumentException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(limits, "limits");
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentTooLargeException(tooLargeMessage(bytes.length, limits.maxBytes(), false));
        }
        if (bytes.length == 0) {
            throw new EmptyTextException("The file is empty (0 bytes)");
        }
        FormatDetector.Detection detection = FormatDetector.inspect(bytes);
        DocumentFormat format = detection.format();
        DocumentParser parser = parsers.get(format);
        if (parser == null) {
            throw new UnsupportedFormatException(unsupportedMessage(detection));
        }
        ParsedDocument parsed;
        try {
            parsed = parser.parse(bytes, limits);
        } catch (DocumentException e) {
            throw e;
        } catch (Throwable t) { // NOPMD: the contract is that only DocumentException escapes
            throw Failures.map(t, formatName(format));
        }
        if (parsed == null) {
            throw new DocumentException(ErrorType.INTERNAL,
                    "The " + format + " parser returned no result");
        }
        return finish(parsed, format, limits);
    }

    private static ParsedDocument finish(ParsedDocument parsed, DocumentFormat format, ParseLimits limits)
            throws EmptyTextException {
        String cleaned = cleanLineEnds(parsed.text());
        String text = cleaned;
        if (!hasLetterOrDigit(text)) {
            throw new EmptyTextException(formatName(format) + " holds no text"
                    + (parsed.warnings().contains(Warning.NEEDS_OCR) ? " (its pages are images; OCR would be needed)"
                    : ""));
        }
        List<Warning> warnings = new ArrayList<>(parsed.warnings());
        if (text.length() > limits.maxChars()) {
            int cut = limits.maxChars();
            if (Character.isHighSurrogate(text.charAt(cut - 1))) {
                cut--;
            }
            text = text.substring(0, cut);
            warnings.add(Warning.TRUNCATED);
        }
        int pages = Math.max(1, parsed.pages());
        // the parser's lines and their cues stay when cleaning changed nothing; otherwise the text's own cues
        ParsedDocument whole = cleaned.equals(parsed.text())
                ? new ParsedDocument(format, cleaned, pages, warnings, parsed.lines(), parsed.ocr())
                : withOcr(new ParsedDocument(format, cleaned, pages, warnings), parsed.ocr());
        return text.length() < cleaned.length() ? whole.truncated(text.length(), warnings) : whole;
    }

    private static ParsedDocument withOcr(ParsedDocument d, OcrSummary ocr) {
        return ocr == null ? d : new ParsedDocument(d.format(), d.text(), d.pages(), d.warnings(), d.lines(), ocr);
    }

    /** CRLF and CR become LF; NUL characters are removed. */
    static String cleanLineEnds(String s) {
        if (s.indexOf('\r') < 0 && s.indexOf('\0') < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r') {
                b.append('\n');
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c != '\0') {
                b.append(c);
            }
        }
        return b.toString();
    }

    static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    static String formatName(DocumentFormat format) {
        return switch (format) {
            case PDF -> "PDF";
            case DOCX -> "DOCX";
            case DOC -> "DOC";
            case TXT -> "text file";
            case HTML -> "HTML file";
            case RTF -> "RTF file";
            case ODT -> "ODT file";
            case PNG -> "PNG image";
            case JPEG -> "JPEG image";
            case TIFF -> "TIFF image";
            case UNKNOWN -> "file";
        };
    }

    private static String unsupportedMessage(FormatDetector.Detection d) {
        return switch (d.format()) {
            case RTF -> "RTF documents are not supported; save it as PDF or DOCX";
            case ODT -> "ODT (OpenDocument Text) documents are not supported; save it as PDF or DOCX";
            case HTML -> "HTML documents are not supported; save it as PDF or DOCX";
            case UNKNOWN -> {
                String what = d.description();
                String ocr = what.endsWith("image") ? " (Standout reads PNG, JPEG and TIFF images by OCR)" : "";
                yield "The file is " + what + ", not a document Standout reads" + ocr
                        + "; save it as PDF or DOCX";
            }
            default -> d.format() + " documents are not supported here; save it as PDF or DOCX";
        };
    }

    private static String tooLargeMessage(long size, long limit, boolean atLeast) {
        return atLeast
                ? "The file is larger than the limit of " + humanBytes(limit)
                : "The file is " + humanBytes(size) + "; the limit is " + humanBytes(limit);
    }

    static String humanBytes(long n) {
        if (n < 1024) {
            return n + " bytes";
        }
        if (n < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KiB", n / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MiB", n / (1024.0 * 1024.0));
    }
}
