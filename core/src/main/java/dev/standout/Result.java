package dev.standout;

import dev.standout.internal.ResultJson;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.OcrSummary;
import dev.standout.parse.Warning;
import dev.standout.resume.Resume;
import dev.standout.score.Analysis;
import dev.standout.section.Section;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of analyzing one resume: either {@link Status#OK} with the extracted resume (and its analysis
 * once scored), or {@link Status#FAILED} with a typed error. Immutable and safe to share.
 *
 * <p>{@link #toJson()} gives the record of the output contract ({@code result.schema.json}): one line of
 * {@code results.jsonl}, and what {@code standout analyze --format json} prints.
 */
public final class Result {
    /** Whether the document could be analyzed. */
    public enum Status { OK, FAILED }

    /** Why a document failed: a contract error type and a message a person understands. */
    public record Error(ErrorType type, String message) {
        public Error {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(message, "message");
            if (message.isBlank()) throw new IllegalArgumentException("message must not be blank");
        }
    }

    private final String file;
    private final String sha256;
    private final Status status;
    private final DocumentFormat format;
    private final Error error;
    private final List<Warning> warnings;
    private final String text;
    private final List<Section> sections;
    private final Resume resume;
    private final Analysis analysis;
    private final OcrSummary ocr;

    private Result(String file, String sha256, Status status, DocumentFormat format, Error error,
                   List<Warning> warnings, String text, List<Section> sections, Resume resume, Analysis analysis) {
        this(file, sha256, status, format, error, warnings, text, sections, resume, analysis, null);
    }

    private Result(String file, String sha256, Status status, DocumentFormat format, Error error,
                   List<Warning> warnings, String text, List<Section> sections, Resume resume, Analysis analysis,
                   OcrSummary ocr) {
        this.file = Objects.requireNonNull(file, "file");
        this.sha256 = sha256 == null ? "" : sha256;
        this.status = status;
        this.format = format == null ? DocumentFormat.UNKNOWN : format;
        this.error = error;
        this.warnings = List.copyOf(warnings);
        this.text = text == null ? "" : text;
        this.sections = List.copyOf(sections);
        this.resume = resume;
        this.analysis = analysis;
        this.ocr = ocr;
    }

    /** A successful result. */
    public static Result ok(String file, String sha256, DocumentFormat format, List<Warning> warnings, String text,
                            List<Section> sections, Resume resume, Analysis analysis) {
        return new Result(file, sha256, Status.OK, format, null, warnings, text, sections,
                Objects.requireNonNull(resume, "resume"), analysis);
    }

    /** A failed result for a document that could not be analyzed. */
    public static Result failed(String file, String sha256, DocumentFormat format, ErrorType type, String message) {
        return new Result(file, sha256, Status.FAILED, format, new Error(type, message), List.of(), "", List.of(),
                null, null);
    }

    /** A failed result from the exception that {@code analyze} threw. */
    public static Result failed(String file, String sha256, DocumentFormat format, DocumentException e) {
        return failed(file, sha256, format, e.type(), e.getMessage());
    }

    /** The same result under another file name (batch records name files relative to the batch root). */
    public Result withFile(String newFile) {
        return new Result(newFile, sha256, status, format, error, warnings, text, sections, resume, analysis, ocr);
    }

    /** The same result, its text read (in part) by OCR as {@code summary} says. */
    public Result withOcr(OcrSummary summary) {
        if (status != Status.OK) throw new IllegalStateException("a failed result has no text");
        return new Result(file, sha256, status, format, error, warnings, text, sections, resume, analysis,
                Objects.requireNonNull(summary, "summary"));
    }

    /** The same result with an analysis attached. */
    public Result withAnalysis(Analysis newAnalysis) {
        if (status != Status.OK) throw new IllegalStateException("a failed result has no analysis");
        return new Result(file, sha256, status, format, error, warnings, text, sections, resume, newAnalysis, ocr);
    }

    public String file() { return file; }

    /** Hex SHA-256 of the input bytes ({@code ""} when the input was a string or could not be read). */
    public String sha256() { return sha256; }

    public Status status() { return status; }

    public boolean isOk() { return status == Status.OK; }

    /** The format detected from the content. */
    public DocumentFormat format() { return format; }

    /** The error of a failed result. */
    public Optional<Error> error() { return Optional.ofNullable(error); }

    public List<Warning> warnings() { return warnings; }

    /** The normalized text that all offsets refer to ({@code ""} for a failed result). */
    public String text() { return text; }

    /** The sections of {@link #text()}, in order. */
    public List<Section> sections() { return sections; }

    /** The extracted resume; {@link Resume#EMPTY} for a failed result. */
    public Resume resume() { return resume == null ? Resume.EMPTY : resume; }

    /** What OCR read, when some of the text came from OCR (with the warning {@link Warning#OCR}). */
    public Optional<OcrSummary> ocr() { return Optional.ofNullable(ocr); }

    /** The differentiation analysis, when the result was scored. */
    public Optional<Analysis> analysis() { return Optional.ofNullable(analysis); }

    /** The contract's JSON record, on one line. */
    public String toJson() {
        return ResultJson.write(this, false);
    }

    /** The contract's JSON record, indented for people. */
    public String toPrettyJson() {
        return ResultJson.write(this, true);
    }

    @Override
    public String toString() {
        return "Result[" + file + ", " + status + (error != null ? ", " + error.type() : "") + "]";
    }
}
