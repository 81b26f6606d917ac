package dev.standout.robust;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;

/**
 * What every input must do at the front door: {@link Standout#analyze(byte[], String)} returns a result whose
 * contract JSON can be written, or throws a {@link DocumentException} of a type other than {@code INTERNAL} with a
 * message a person can read. Anything else (an unchecked exception, an {@link Error}, an internal failure, a
 * small input that exhausts memory) is a bug: {@link #check} then throws, which the fuzzer reports as a finding.
 */
final class FrontDoor {

    /** An input this small that runs out of memory found an allocation sized from an untrusted length. */
    static final int SMALL_INPUT = 1 << 20;

    private FrontDoor() {
    }

    /** Analyzes {@code bytes} and returns the outcome: {@code "OK"} or the error type's name. */
    static String check(Standout standout, byte[] bytes, String name) {
        Result result;
        try {
            result = standout.analyze(bytes, name);
        } catch (DocumentException e) {
            return failure(e, bytes.length);
        }
        checkOk(result);
        return "OK";
    }

    /** Analyzes text given as a string (the {@code analyze(String)} door). */
    static String checkText(Standout standout, String text) {
        Result result;
        try {
            result = standout.analyze(text);
        } catch (DocumentException e) {
            return failure(e, text.length());
        }
        checkOk(result);
        return "OK";
    }

    private static void checkOk(Result result) {
        if (!result.isOk() || result.text().isBlank()) {
            throw new AssertionError("an OK result must have text: " + result);
        }
        String json = result.toJson();
        if (json.indexOf('\n') >= 0) {
            throw new AssertionError("a record must be one line");
        }
    }

    private static String failure(DocumentException e, int size) {
        if (e.type() == ErrorType.INTERNAL) {
            throw new AssertionError("INTERNAL failure (a bug): " + e.getMessage(), e);
        }
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("failure without a message: " + e.type(), e);
        }
        if (e.type() == ErrorType.OUT_OF_MEMORY && size < SMALL_INPUT) {
            throw new AssertionError("a " + size + "-byte input exhausted memory: " + e.getMessage(), e);
        }
        return e.type().name();
    }
}
