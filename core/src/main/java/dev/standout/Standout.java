package dev.standout;

import dev.standout.extract.ResumeExtractor;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.DocumentParsers;
import dev.standout.parse.Layout;
import dev.standout.parse.OcrMode;
import dev.standout.parse.OcrOptions;
import dev.standout.parse.ParseLimits;
import dev.standout.parse.ParsedDocument;
import dev.standout.parse.TextNormalizer;
import dev.standout.parse.Warning;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.SegmentResolver;
import dev.standout.resume.Mention;
import dev.standout.resume.Resume;
import dev.standout.score.Analysis;
import dev.standout.score.DifferentiationScorer;
import dev.standout.score.JsonResumeReader;
import dev.standout.taxonomy.SkillEntry;
import dev.standout.taxonomy.SkillTaxonomy;
import dev.standout.extract.ProjectExtractor;
import dev.standout.extract.CredentialExtractor;
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
    /**
     * Word confidence at which OCR is taken to have read an item as surely as a text layer; below it, an item's
     * confidence is scaled down in proportion (see {@link #ocrConfidence}).
     */
    static final double OCR_SURE = 0.9;

    private final ParseLimits limits;
    private final OcrOptions ocr;
    private final Scoring scoring;
    private final String segment;
    private final DocumentParsers parsers;
    private final SectionSegmenter segmenter;
    private final ContactExtractor contacts;
    private final ResumeExtractor extractor;

    private Standout(Builder b) {
        this.limits = b.limits;
        this.ocr = b.ocr;
        this.scoring = b.scoring;
        this.segment = b.segment;
        this.parsers = DocumentParsers.standard(b.ocr);
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

    /** How scans and images are read (OCR). */
    public OcrOptions ocr() {
        return ocr;
    }

    /**
     * Analyzes a resume file. The format is detected from the content, not the name.
     *
     * @throws DocumentException a typed failure of this document (encrypted, corrupt, unsupported, empty, too large)
     * @throws IOException       the file could not be read
     */
    public Result analyze(Path file) throws DocumentException, IOException {
        Objects.requireNonNull(file, "file");
        if (!Files.isRegularFile(file)) throw new IOException("not a regular file: " + file);
        long size = Files.size(file);
        if (size > limits.maxBytes()) {
            throw new DocumentTooLargeException("file has " + size + " bytes, more than the limit of "
                    + limits.maxBytes());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            // the size may change while reading: never read more than the limit allows
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxBytes() + 1));
        }
        if (bytes.length > limits.maxBytes()) {
            throw new DocumentTooLargeException("file grew beyond the limit of " + limits.maxBytes() + " bytes");
        }
        return analyzeBytes(file.toString(), bytes);
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
        return analyzeDocument("text", "", new ParsedDocument(DocumentFormat.TXT, raw, 1, warnings));
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
        return analyzeDocument(name, sha256(bytes), doc);
    }

    private Result analyzeDocument(String name, String sha, ParsedDocument doc) throws DocumentException {
        String text;
        SectionedText sectioned;
        Resume resume;
        Analysis analysis;
        try {
            text = TextNormalizer.normalize(doc.text());
            if (text.isBlank()) throw new EmptyTextException("the document holds no text");
            Layout layout = Layout.align(text, doc);
            sectioned = segmenter.segment(text, layout);
            resume = extractor.extract(sectioned, contacts.extract(sectioned));
            if (layout.fromOcr()) resume = ocrConfidence(resume, layout);
            analysis = analysisOf(resume);
        } catch (OutOfMemoryError e) {
            throw new DocumentException(ErrorType.OUT_OF_MEMORY, "analyzing the text would exhaust memory", e);
        } catch (RuntimeException | StackOverflowError e) {
            // a bug of ours on this text: a typed failure of this document, never an unchecked escape
            throw new DocumentException(ErrorType.INTERNAL, "internal error while analyzing the text: " + e, e);
        }
        Result result = Result.ok(name, sha, doc.format(), doc.warnings(), text, sectioned.sections(), resume, analysis);
        return doc.ocr() == null ? result : result.withOcr(doc.ocr());
    }

    /**
     * The confidence of items read from OCR'd lines: an item's extraction confidence times
     * {@code min(1, q / 0.9)}, where {@code q} is how well OCR read its best-read mention (the mean word confidence of
     * the lines it stands on, by characters). A skill, credential or project read from clean scanned lines (Tesseract
     * gives 0.9 and above there) keeps its confidence, so a clean scan scores as the born-digital file does; one read
     * from lines at 0.6 keeps two thirds of it, and the scorer's weight then discounts it (below 0.5 it is marked as
     * read with low confidence and left out of advice and model builds).
     */
    static Resume ocrConfidence(Resume resume, Layout layout) {
        return new Resume(resume.basics(), resume.work(), resume.education(),
                resume.skills().stream().map(x -> x.withConfidence(scaled(x.confidence(), x.mentions(), layout))).toList(),
                resume.certificates().stream()
                        .map(x -> x.withConfidence(scaled(x.confidence(), x.mentions(), layout))).toList(),
                resume.projects().stream()
                        .map(x -> x.withConfidence(scaled(x.confidence(), x.mentions(), layout))).toList());
    }

    private static double scaled(double confidence, List<Mention> mentions, Layout layout) {
        if (mentions.isEmpty()) return confidence;
        double best = 0;
        for (Mention m : mentions) best = Math.max(best, layout.confidence(m.start(), m.end()));
        return Math.round(confidence * Math.min(1.0, best / OCR_SURE) * 100) / 100.0;
    }

    private Analysis analysisOf(Resume resume) {
        DifferentiationScorer scorer = scoring.scorer();
        return scorer == null ? null : scorer.score(resume, segment);
    }

    /**
     * Scores a resume that is already structured (for instance read from JSON Resume with
     * {@link #readJsonResume(String)}), without parsing anything.
     *
     * @throws IllegalStateException when this analyzer has no model to score with
     */
    public Analysis score(Resume resume) {
        Objects.requireNonNull(resume, "resume");
        DifferentiationScorer scorer = scoring.scorer();
        if (scorer == null) throw new IllegalStateException("this analyzer has no corpus model to score with");
        return scorer.score(resume, segment);
    }

    /**
     * Reads a JSON Resume document (<a href="https://jsonresume.org/schema">jsonresume.org</a>) the way the
     * extraction would have read the same resume: certificate names are resolved against the credential catalog
     * in any of their spellings (or read by the credential patterns), skill names against the skills taxonomy,
     * and each project gets its tutorial archetype, themes and outcome evidence from its text. See
     * {@link JsonResumeReader} for the mapping.
     *
     * @throws IOException when the document is not JSON or not a JSON Resume object
     */
    public static Resume readJsonResume(String json) throws IOException {
        return JsonResumes.READER.parse(Objects.requireNonNull(json, "json"));
    }

    /** The standard JSON Resume reader, with the library's catalog, taxonomy and project extractor as hooks. */
    private static final class JsonResumes {
        static final JsonResumeReader READER = reader();

        private static JsonResumeReader reader() {
            CredentialExtractor credentials = new CredentialExtractor();
            SkillTaxonomy taxonomy = SkillTaxonomy.defaultTaxonomy();
            ProjectExtractor projects = new ProjectExtractor();
            return JsonResumeReader.builder()
                    .certificateResolver(name -> credentials.resolve(name).orElse(null))
                    .skillIds(name -> {
                        List<SkillEntry> e = taxonomy.byAlias(name);
                        return e.isEmpty() ? null : e.get(0).id();
                    })
                    .skillTypes(id -> taxonomy.byId(id).map(SkillEntry::type).orElse(null))
                    .projectHook(projects::complete)
                    .build();
        }
    }

    /** The model this analyzer scores against, when it has one. */
    public java.util.Optional<CorpusModel> model() {
        DifferentiationScorer scorer = scoring.scorer();
        return scorer == null ? java.util.Optional.empty() : java.util.Optional.of(scorer.model());
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

    /** Where the scorer comes from: the embedded default model (loaded once per JVM), a given model, or none. */
    private interface Scoring {
        DifferentiationScorer scorer();

        Scoring NONE = () -> null;
        Scoring DEFAULT = DefaultScoring::get;

        static Scoring of(CorpusModel model) {
            DifferentiationScorer s = DifferentiationScorer.standard(model);
            return () -> s;
        }
    }

    private static final class DefaultScoring {
        private static volatile DifferentiationScorer scorer;
        private static volatile boolean missing;

        static DifferentiationScorer get() {
            if (missing) return null;
            DifferentiationScorer s = scorer;
            if (s == null) {
                synchronized (DefaultScoring.class) {
                    s = scorer;
                    if (s == null && !missing) {
                        try {
                            s = scorer = DifferentiationScorer.standard(CorpusModel.defaultModel());
                        } catch (IllegalStateException e) {
                            missing = true; // a build without the embedded model: results carry no analysis
                        }
                    }
                }
            }
            return s;
        }
    }

    /** Settings of an analyzer; each has a default. Not thread-safe; {@link #build()} may be called repeatedly. */
    public static final class Builder {
        private ParseLimits limits = ParseLimits.DEFAULT;
        private OcrOptions ocr = OcrOptions.DEFAULT;
        private Scoring scoring = Scoring.DEFAULT;
        private String segment;

        /**
         * Scores against this model instead of the embedded default one (load one with
         * {@link CorpusModel#load(Path)}).
         */
        public Builder model(CorpusModel model) {
            this.scoring = Scoring.of(Objects.requireNonNull(model, "model"));
            return this;
        }

        /** Extracts without scoring: results carry no analysis. */
        public Builder withoutScoring() {
            this.scoring = Scoring.NONE;
            return this;
        }

        /**
         * Compares every resume with this occupation segment of the pool (e.g. {@code "data-scientist"},
         * {@code "accountant"}); by default the segment is inferred from the resume's titles.
         */
        public Builder segment(String segment) {
            Objects.requireNonNull(segment, "segment");
            String c = SegmentResolver.canonical(segment);
            if (c.isEmpty()) throw new IllegalArgumentException("not a segment name: '" + segment + "'");
            this.segment = c;
            return this;
        }

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

        /**
         * When scans and images are read by OCR with Tesseract (default {@link OcrMode#AUTO}: where needed, when
         * Tesseract is installed).
         */
        public Builder ocr(OcrMode mode) {
            ocr = ocr.withMode(Objects.requireNonNull(mode, "mode"));
            return this;
        }

        /** The Tesseract language(s) OCR reads, such as {@code "eng"} (the default) or {@code "eng+deu"}. */
        public Builder ocrLanguage(String language) {
            ocr = ocr.withLanguage(Objects.requireNonNull(language, "language"));
            return this;
        }

        /** All OCR settings at once: mode, language, pages, time and pixels a page, resolution, command. */
        public Builder ocr(OcrOptions options) {
            ocr = Objects.requireNonNull(options, "options");
            return this;
        }

        /**
         * @throws IllegalStateException when OCR is {@link OcrMode#ALWAYS} and Tesseract, or its language, is not
         *                               installed
         */
        public Standout build() {
            if (ocr.mode() == OcrMode.ALWAYS && !ocr.usable()) {
                throw new IllegalStateException("OCR is set to always, but the Tesseract command '" + ocr.command()
                        + "' with language '" + ocr.language() + "' is not installed");
            }
            return new Standout(this);
        }
    }
}
