package dev.standout.corpus;

import java.io.IOException;

/**
 * A corpus-model file could not be read: wrong magic bytes, a version this library does not read, a bad
 * checksum, or contents that break the model's invariants.
 */
public class ModelFormatException extends IOException {
    private static final long serialVersionUID = 1L;

    public ModelFormatException(String message) {
        super(message);
    }
}
