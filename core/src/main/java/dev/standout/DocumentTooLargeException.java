package dev.standout;

/** The document exceeds a configured limit. Its type is {@link ErrorType#TOO_LARGE}. */
public class DocumentTooLargeException extends DocumentException {
    private static final long serialVersionUID = 1L;

    public DocumentTooLargeException(String message) {
        super(ErrorType.TOO_LARGE, message);
    }

    public DocumentTooLargeException(String message, Throwable cause) {
        super(ErrorType.TOO_LARGE, message, cause);
    }
}
