package dev.standout;

/** The document is damaged: its structure cannot be read. Its type is {@link ErrorType#CORRUPT}. */
public class CorruptDocumentException extends DocumentException {
    private static final long serialVersionUID = 1L;

    public CorruptDocumentException(String message) {
        super(ErrorType.CORRUPT, message);
    }

    public CorruptDocumentException(String message, Throwable cause) {
        super(ErrorType.CORRUPT, message, cause);
    }
}
