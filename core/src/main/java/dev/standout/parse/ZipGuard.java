package dev.standout.parse;

import dev.standout.CorruptDocumentException;
import dev.standout.DocumentException;
import dev.standout.DocumentTooLargeException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks a ZIP package against {@link ParseLimits#maxZipEntries()} and {@link ParseLimits#maxUnzippedBytes()}
 * before a library opens it, without touching POI's JVM-wide zip-bomb settings ({@code ZipSecureFile}).
 *
 * <p>First the sizes the central directory declares are summed (free, and it stops an honest bomb at once);
 * then every entry is actually inflated through a small buffer, counting entries and bytes, and the scan stops
 * as soon as a limit is passed. Declared sizes can lie; inflated bytes cannot. The scan reads entries the way
 * POI does (local headers, in order), so it sees what POI will see. Nothing is kept: memory stays at one
 * buffer whatever the package expands to.
 *
 * <p>{@link ZipInputStream} checks each entry's CRC, which POI does not: a package with a damaged entry fails
 * here as {@code CORRUPT} even where POI might have read some text from it.
 */
final class ZipGuard {

    private static final int BUFFER = 64 * 1024;

    private ZipGuard() {
    }

    /**
     * Fails with {@code TOO_LARGE} if the package has too many entries or expands to too many bytes, and with
     * {@code CORRUPT} if it is not a readable ZIP.
     *
     * @param what the format name for messages ("DOCX")
     */
    static void check(byte[] bytes, ParseLimits limits, String what) throws DocumentException {
        ZipListing listing = ZipListing.read(bytes, limits.maxZipEntries() + 1);
        if (listing.declaredEntries() > limits.maxZipEntries()
                || listing.names().size() > limits.maxZipEntries()) {
            throw tooManyEntries(what, limits);
        }
        if (listing.declaredUncompressed() > limits.maxUnzippedBytes()) {
            throw tooBig(what, limits);
        }
        int entries = 0;
        long total = 0;
        byte[] buffer = new byte[BUFFER];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxZipEntries()) {
                    throw tooManyEntries(what, limits);
                }
                if (entry.isDirectory()) {
                    continue;
                }
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > limits.maxUnzippedBytes()) {
                        throw tooBig(what, limits);
                    }
                }
            }
        } catch (java.io.EOFException e) {
            throw new CorruptDocumentException(what + " is damaged: the file is cut short (truncated)", e);
        } catch (IOException | IllegalArgumentException e) {
            // ZipException (bad header, bad deflate data), EOF in a truncated file, a malformed entry name
            throw new CorruptDocumentException(what + " is damaged: it is not a readable ZIP package ("
                    + Failures.reason(e) + ")", e);
        }
        if (entries == 0) {
            throw new CorruptDocumentException(what + " is damaged: its ZIP package holds no entries");
        }
    }

    private static DocumentTooLargeException tooManyEntries(String what, ParseLimits limits) {
        return new DocumentTooLargeException("The " + what + " package has more than " + limits.maxZipEntries()
                + " entries (the limit); it may be a zip bomb");
    }

    private static DocumentTooLargeException tooBig(String what, ParseLimits limits) {
        return new DocumentTooLargeException("The " + what + " expands to more than "
                + DocumentParsers.humanBytes(limits.maxUnzippedBytes()) + " when unzipped (the limit); it may be a "
                + "zip bomb");
    }
}
