package dev.standout;

/** The document took longer than the time limit. Its type is {@link ErrorType#TIMEOUT}. */
public class DocumentTimeoutException extends DocumentException {
    private static final long serialVersionUID = 1L;

    public DocumentTimeoutException(String message) {
        super(ErrorType.TIMEOUT, message);
    }

    public DocumentTimeoutException(String message, Throwable cause) {
        super(ErrorType.TIMEOUT, message, cause);
    }
}
