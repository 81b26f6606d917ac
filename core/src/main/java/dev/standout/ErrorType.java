package dev.standout;

/**
 * The closed set of reasons one document can fail. The names are part of the output contract
 * ({@code error.type} in a result record): add none without updating the contract.
 */
public enum ErrorType {
    /** The document needs a password (user password, certificate, or an encrypted OOXML package). */
    ENCRYPTED,
    /** The bytes claim a known format but cannot be read as it (truncated, broken structure). */
    CORRUPT,
    /** A format Standout recognizes but does not read (RTF, ODT, Word 95, images…), or an unknown one. */
    UNSUPPORTED_FORMAT,
    /** The document was read but holds no text (image-only scans, blank pages). */
    EMPTY_TEXT,
    /** A limit was exceeded: bytes, pages, decompressed size or entries of a package. */
    TOO_LARGE,
    /** The document took longer than the per-file time limit. */
    TIMEOUT,
    /** The document would have exhausted memory. */
    OUT_OF_MEMORY,
    /** A bug in Standout or a dependency that no document should trigger. */
    INTERNAL
}
