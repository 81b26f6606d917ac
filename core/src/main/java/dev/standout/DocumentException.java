package dev.standout;

import java.util.Objects;

/**
 * A document could not be analyzed for a reason that lies in the document, not in the caller's code.
 * Each subclass stands for one {@link ErrorType}; {@link #type()} tells which without {@code instanceof}.
 *
 * <p>Like Tika's exception family, this is checked: a stranger's upload failing is an expected outcome that
 * callers must handle. Mistakes of the caller (a null path, a negative limit) are unchecked
 * {@link IllegalArgumentException}s or {@link NullPointerException}s instead.
 */
public class DocumentException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ErrorType type;

    public DocumentException(ErrorType type, String message) {
        this(type, message, null);
    }

    public DocumentException(ErrorType type, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.type = Objects.requireNonNull(type, "type");
    }

    /** The contract's error type of this failure. */
    public ErrorType type() {
        return type;
    }
}
