package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.DocumentTimeoutException;
import dev.standout.EncryptedDocumentException;
import dev.standout.ErrorType;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/** Turns whatever a parser or its library threw into a typed {@link DocumentException}. */
final class Failures {

    private static final int MAX_REASON = 200;
    private static final java.util.regex.Pattern CLASS_PREFIX =
            java.util.regex.Pattern.compile("^(?:[a-z_][\\w$]*\\.)+[A-Z][\\w$]*(?:Exception|Error)?:\\s*(?:error:\\s*)?");

    private Failures() {
    }

    /**
     * Maps a throwable that escaped a parser to the contract's error types.
     *
     * <ul>
     *   <li>{@link OutOfMemoryError} → OUT_OF_MEMORY;</li>
     *   <li>{@link StackOverflowError} → CORRUPT (a structure nested beyond reason);</li>
     *   <li>a missing BouncyCastle class ({@link NoClassDefFoundError}; PDFBox needs it only for
     *       certificate-encrypted PDFs) → ENCRYPTED;</li>
     *   <li>a runtime exception thrown from Standout's own code → INTERNAL (a bug to fix);</li>
     *   <li>any other exception, thrown inside a library while reading the document → CORRUPT;</li>
     *   <li>other errors → INTERNAL.</li>
     * </ul>
     */
    static DocumentException map(Throwable t, String formatName) {
        if (t instanceof DocumentException de) {
            return de;
        }
        if (t instanceof OutOfMemoryError) {
            return new DocumentException(ErrorType.OUT_OF_MEMORY,
                    "Reading the " + formatName + " would exhaust the memory available (" + reason(t) + ")", t);
        }
        if (t instanceof StackOverflowError) {
            return new CorruptDocumentException(
                    formatName + " is damaged: its structure is nested too deeply to read", t);
        }
        if (isMissingCryptoProvider(t)) {
            return new EncryptedDocumentException(
                    formatName + " is encrypted with a certificate (public key); it cannot be read without it", t);
        }
        if (t instanceof InterruptedException || t instanceof InterruptedIOException
                || t instanceof ClosedByInterruptException) {
            return new DocumentTimeoutException("Reading the " + formatName + " was interrupted", t);
        }
        if (t instanceof Error) {
            return new DocumentException(ErrorType.INTERNAL,
                    "Internal error while reading the " + formatName + ": " + t, t);
        }
        if (t instanceof RuntimeException && thrownByStandout(t)) {
            return new DocumentException(ErrorType.INTERNAL,
                    "Internal error while reading the " + formatName + ": " + t, t);
        }
        return new CorruptDocumentException(formatName + " is damaged: " + reason(t), t);
    }

    /** Whether the throwable (or a cause) is a NoClassDefFoundError for a BouncyCastle class. */
    static boolean isMissingCryptoProvider(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof LinkageError && String.valueOf(c.getMessage()).contains("bouncycastle")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the innermost frame outside the JDK belongs to Standout: then the exception is our bug, not the
     * document's fault (an NPE in {@code Objects.requireNonNull} called by our code counts as ours).
     */
    static boolean thrownByStandout(Throwable t) {
        for (StackTraceElement e : t.getStackTrace()) {
            String c = e.getClassName();
            if (c.startsWith("java.") || c.startsWith("javax.") || c.startsWith("jdk.") || c.startsWith("sun.")
                    || c.startsWith("com.sun.")) {
                continue;
            }
            return c.startsWith("dev.standout.");
        }
        return false;
    }

    /** A short, single-line reason: the message of the throwable (or its class name). */
    static String reason(Throwable t) {
        String m = t.getMessage();
        if (m == null || m.isBlank()) {
            Throwable c = t.getCause();
            if (c != null && c != t && c.getMessage() != null && !c.getMessage().isBlank()) {
                m = c.getMessage();
            } else {
                m = t.getClass().getSimpleName();
            }
        }
        m = m.strip().replaceAll("\\s+", " ");
        // "org.apache.xmlbeans.XmlException: error: ..." says nothing to a person: drop class-name prefixes
        String previous;
        do {
            previous = m;
            m = CLASS_PREFIX.matcher(m).replaceFirst("");
        } while (!m.equals(previous) && !m.isEmpty());
        if (m.isEmpty()) {
            m = t.getClass().getSimpleName();
        }
        return m.length() > MAX_REASON ? m.substring(0, MAX_REASON) + "…" : m;
    }
}
