package dev.standout;

import dev.standout.extract.ResumeExtractor;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.ParseLimits;
import dev.standout.parse.ParsedDocument;
import dev.standout.parse.TextNormalizer;
import dev.standout.parse.Warning;
import dev.standout.resume.Resume;
import dev.standout.section.ContactExtractor;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * The front door: reads a resume and tells what it holds and how much it stands out.
 *
 * <pre>{@code
 * Standout standout = Standout.create();
 * Result result = standout.analyze(Path.of("resume.pdf"));
 * System.out.println(result.toJson());
 * }</pre>
 *
 * <p>An instance is immutable and thread-safe: build one and share it between threads. Building one is cheap;
 * the heavy resources it uses (NLP models, the taxonomy, the corpus model) are loaded once per JVM and shared.
 *
 * <p>Bad documents throw a checked {@link DocumentException} whose {@link DocumentException#type() type} is one
 * of the contract's error types; {@link IOException} means the input could not be read at all. Caller mistakes
 * (a null argument) throw unchecked exceptions.
 */
public final class Standout {
    private final ParseLimits limits;
    private final DocumentParsers parsers;
    private final SectionSegmenter segmenter;
    private final ContactExtractor contacts;
    private final ResumeExtractor extractor;

    private Standout(Builder b) {
        this.limits = b.limits;
        this.parsers = DocumentParsers.standard();
        this.segmenter = new SectionSegmenter();
        this.contacts = new ContactExtractor();
        this.extractor = new ResumeExtractor();
    }

    /** An analyzer with the default settings: default limits, the embedded default model. */
    public static Standout create() {
        return builder().build();
    }

    /** A builder for an analyzer with other settings. */
    public static Builder builder() {
        return new Builder();
    }

    /** The limits applied to every document. */
    public ParseLimits limits() {
        return limits;
    }

    /**
     * Analyzes a resume file. The format is detected from the content, not the name.
     *
     * @throws DocumentException a typed failure of this document (encrypted, corrupt, unsupported, empty, too large)
     * @throws IOException       the file could not be read
     */
    public Result analyze(Path file) throws DocumentException, IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new DocumentTooLargeException("file has " + size + " bytes, more than the limit of "
                    + limits.maxBytes());
        }
        return analyzeBytes(file.toString(), Files.readAllBytes(file));
    }

    /**
     * Analyzes a resume read from a stream, which is read to its end but not closed.
     *
     * @param fileName the name reported in the result (not used to detect the format)
     * @throws DocumentException a typed failure of this document
     * @throws IOException       the stream could not be read
     */
    public Result analyze(InputStream in, String fileName) throws DocumentException, IOException {
        Objects.requireNonNull(in, "in");
        Objects.requireNonNull(fileName, "fileName");
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1);
        byte[] bytes = in.readNBytes(cap);
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentTooLargeException("stream has more than the limit of " + limits.maxBytes() + " bytes");
        }
        return analyzeBytes(fileName, bytes);
    }

    /**
     * Analyzes resume text that is already extracted (plain text, any line breaks).
     *
     * @throws EmptyTextException the text is blank
     */
    public Result analyze(String text) throws DocumentException {
        Objects.requireNonNull(text, "text");
        List<Warning> warnings = new ArrayList<>();
        String raw = text;
        if (raw.length() > limits.maxChars()) {
            raw = raw.substring(0, limits.maxChars());
            warnings.add(Warning.TRUNCATED);
        }
        return analyzeText("text", "", DocumentFormat.TXT, raw, warnings);
    }

    /**
     * Analyzes a resume held in memory.
     *
     * @param fileName the name reported in the result (not used to detect the format)
     * @throws DocumentException a typed failure of this document
     */
    public Result analyze(byte[] bytes, String fileName) throws DocumentException {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(fileName, "fileName");
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentTooLargeException("document has " + bytes.length + " bytes, more than the limit of "
                    + limits.maxBytes());
        }
        return analyzeBytes(fileName, bytes);
    }

    private Result analyzeBytes(String name, byte[] bytes) throws DocumentException {
        ParsedDocument doc = parsers.parse(bytes, limits);
        return analyzeText(name, sha256(bytes), doc.format(), doc.text(), doc.warnings());
    }

    private Result analyzeText(String name, String sha, DocumentFormat format, String raw, List<Warning> warnings)
            throws DocumentException {
        String text = TextNormalizer.normalize(raw);
        if (text.isBlank()) throw new EmptyTextException("the document holds no text");
        SectionedText sectioned = segmenter.segment(text);
        Resume resume = extractor.extract(sectioned, contacts.extract(sectioned));
        return Result.ok(name, sha, format, warnings, text, sectioned.sections(), resume, null);
    }

    /** The version of this library, e.g. {@code 0.1.0}. */
    public static String version() {
        return Version.VERSION;
    }

    private static final class Version {
        static final String VERSION = load();

        private static String load() {
            java.util.Properties p = new java.util.Properties();
            try (InputStream in = Standout.class.getResourceAsStream("version.properties")) {
                if (in != null) p.load(in);
            } catch (IOException e) {
                return "unknown";
            }
            return p.getProperty("version", "unknown");
        }
    }

    /** Hex SHA-256 of some bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Settings of an analyzer; each has a default. Not thread-safe; {@link #build()} may be called repeatedly. */
    public static final class Builder {
        private ParseLimits limits = ParseLimits.DEFAULT;

        private Builder() {
        }

        /** All limits at once. */
        public Builder limits(ParseLimits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /** Largest document accepted, in bytes (default 20 MiB). */
        public Builder maxBytes(long maxBytes) {
            if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
            limits = limits.withMaxBytes(maxBytes);
            return this;
        }

        /** Most pages read from a PDF (default 50). */
        public Builder maxPages(int maxPages) {
            if (maxPages <= 0) throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
            limits = limits.withMaxPages(maxPages);
            return this;
        }

        /** Most characters of text kept; the rest is dropped with a TRUNCATED warning (default 200,000). */
        public Builder maxChars(int maxChars) {
            if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
            limits = limits.withMaxChars(maxChars);
            return this;
        }

        public Standout build() {
            return new Standout(this);
        }
    }
}
