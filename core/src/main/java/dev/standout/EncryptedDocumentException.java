package dev.standout;

/** The document is protected by a password or a certificate. Its type is {@link ErrorType#ENCRYPTED}. */
public class EncryptedDocumentException extends DocumentException {
    private static final long serialVersionUID = 1L;

    public EncryptedDocumentException(String message) {
        super(ErrorType.ENCRYPTED, message);
    }

    public EncryptedDocumentException(String message, Throwable cause) {
        super(ErrorType.ENCRYPTED, message, cause);
    }
}
