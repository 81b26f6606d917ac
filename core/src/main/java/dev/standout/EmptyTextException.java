package dev.standout;

/** The document was read but holds no text. Its type is {@link ErrorType#EMPTY_TEXT}. */
public class EmptyTextException extends DocumentException {
    private static final long serialVersionUID = 1L;

    public EmptyTextException(String message) {
        super(ErrorType.EMPTY_TEXT, message);
    }

    public EmptyTextException(String message, Throwable cause) {
        super(ErrorType.EMPTY_TEXT, message, cause);
    }
}
