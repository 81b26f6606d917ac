package dev.standout.batch;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.Slot.Outcome;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.FormatDetector;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Analyzing one file into one record, whatever happens; shared by the in-process lanes and the workers. */
final class OneFile {
    /** A short resume analyzed once before the first file, so that lazily loaded models do not eat its time. */
    static final String WARM_UP = "Jordan Example\njordan@example.com\n\nSummary\nData analyst.\n\n"
            + "Experience\nAnalyst, Example Co, 2019 - 2023\nBuilt dashboards in Python and SQL for 40 users.\n\n"
            + "Education\nBachelor of Science in Statistics, Example University, 2018\n\n"
            + "Certifications\nAWS Certified Cloud Practitioner\n";

    private OneFile() {
    }

    /** Analyzes a file; never throws: every failure is a FAILED record. */
    static Outcome analyze(FileAnalyzer analyzer, Path file, String name, long maxBytes) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) return new Outcome(tooLarge(file, name, size, maxBytes), null);
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Outcome(Result.failed(name, "", DocumentFormat.UNKNOWN, ErrorType.CORRUPT,
                    "the file could not be read: " + e.getMessage()), null);
        } catch (OutOfMemoryError e) {
            return new Outcome(Result.failed(name, "", DocumentFormat.UNKNOWN, ErrorType.OUT_OF_MEMORY,
                    "the file could not be held in memory"), null);
        }
        String sha = Standout.sha256(bytes);
        try {
            Result r = analyzer.analyze(bytes, name);
            if (r == null) {
                return new Outcome(Result.failed(name, sha, FormatDetector.detect(bytes), ErrorType.INTERNAL,
                        "internal error: the analyzer returned no result"), null);
            }
            r = r.withFile(name);
            return new Outcome(r, r.isOk() ? NearDuplicates.signature(r.text()) : null);
        } catch (DocumentException e) {
            return new Outcome(Result.failed(name, sha, FormatDetector.detect(bytes), e), null);
        } catch (OutOfMemoryError e) {
            return new Outcome(Result.failed(name, sha, DocumentFormat.UNKNOWN, ErrorType.OUT_OF_MEMORY,
                    "the document would exhaust memory"), null);
        } catch (Throwable t) { // NOPMD: one document must never stop the batch; the failure is its record
            return new Outcome(Result.failed(name, sha, detectQuietly(bytes), ErrorType.INTERNAL,
                    "internal error: " + t), null);
        }
    }

    /** The analyzer warmed up on a built-in resume, so that models load before the first file's clock starts. */
    static void warmUp(FileAnalyzer analyzer) {
        try {
            analyzer.analyze(WARM_UP.getBytes(java.nio.charset.StandardCharsets.UTF_8), "warm-up.txt");
        } catch (DocumentException | RuntimeException | LinkageError e) {
            // the files will show the problem in their own records
        }
    }

    static Result tooLarge(Path file, String name, long size, long maxBytes) {
        return Result.failed(name, sha256Quietly(file), DocumentFormat.UNKNOWN, ErrorType.TOO_LARGE,
                "file has " + size + " bytes, more than the limit of " + maxBytes);
    }

    /** A failure the batch itself decided (timeout, crash of a worker), with hash and format from the file. */
    static Result failure(Path file, String name, long maxBytes, ErrorType type, String message) {
        String sha = "";
        DocumentFormat format = DocumentFormat.UNKNOWN;
        try {
            if (Files.size(file) <= maxBytes) {
                byte[] bytes = Files.readAllBytes(file);
                sha = Standout.sha256(bytes);
                format = detectQuietly(bytes);
            } else {
                sha = sha256(file);
            }
        } catch (IOException | OutOfMemoryError e) {
            // the record goes without hash and format
        }
        return Result.failed(name, sha, format, type, message);
    }

    private static DocumentFormat detectQuietly(byte[] bytes) {
        try {
            return FormatDetector.detect(bytes);
        } catch (RuntimeException | StackOverflowError e) {
            return DocumentFormat.UNKNOWN;
        }
    }

    /** Hex SHA-256 of a file, streamed. */
    static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static String sha256Quietly(Path file) {
        try {
            return sha256(file);
        } catch (IOException e) {
            return "";
        }
    }
}
