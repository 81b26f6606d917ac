package dev.standout;

/** The document is in a format Standout does not read. Its type is {@link ErrorType#UNSUPPORTED_FORMAT}. */
public class UnsupportedFormatException extends DocumentException {
    private static final long serialVersionUID = 1L;

    public UnsupportedFormatException(String message) {
        super(ErrorType.UNSUPPORTED_FORMAT, message);
    }

    public UnsupportedFormatException(String message, Throwable cause) {
        super(ErrorType.UNSUPPORTED_FORMAT, message, cause);
    }
}
