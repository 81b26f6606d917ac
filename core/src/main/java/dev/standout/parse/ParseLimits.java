package dev.standout.parse;

/**
 * Limits applied to every document, on by default (like Tika's write limit). A document over
 * {@link #maxBytes()} fails as {@code TOO_LARGE}, as does a package over {@link #maxUnzippedBytes()} or
 * {@link #maxZipEntries()}; a PDF over {@link #maxPages()} keeps its first pages, and text beyond
 * {@link #maxChars()} is dropped, both with the {@link Warning#TRUNCATED} warning.
 *
 * @param maxBytes        largest input accepted, in bytes (default 20 MiB)
 * @param maxPages        most pages read from a PDF (default 50); the count the file claims is not trusted:
 *                        pages are counted while walking the page tree
 * @param maxChars        most characters of text kept (default 200,000)
 * @param maxUnzippedBytes most bytes an OOXML package may expand to (default 32 MiB: far above any real resume, low enough that the XML POI then builds fits a small heap)
 * @param maxZipEntries   most entries an OOXML package may have (default 10,000)
 */
public record ParseLimits(long maxBytes, int maxPages, int maxChars, long maxUnzippedBytes, int maxZipEntries) {

    /** The defaults: 20 MiB, 50 pages, 200,000 characters, 32 MiB unzipped, 10,000 zip entries. */
    public static final ParseLimits DEFAULT = new ParseLimits(20L << 20, 50, 200_000, 32L << 20, 10_000);

    public ParseLimits {
        if (maxBytes <= 0) throw new IllegalArgumentException("maxBytes must be positive: " + maxBytes);
        if (maxPages <= 0) throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        if (maxChars <= 0) throw new IllegalArgumentException("maxChars must be positive: " + maxChars);
        if (maxUnzippedBytes <= 0) throw new IllegalArgumentException("maxUnzippedBytes must be positive: " + maxUnzippedBytes);
        if (maxZipEntries <= 0) throw new IllegalArgumentException("maxZipEntries must be positive: " + maxZipEntries);
    }

    public ParseLimits withMaxBytes(long v) { return new ParseLimits(v, maxPages, maxChars, maxUnzippedBytes, maxZipEntries); }
    public ParseLimits withMaxPages(int v) { return new ParseLimits(maxBytes, v, maxChars, maxUnzippedBytes, maxZipEntries); }
    public ParseLimits withMaxChars(int v) { return new ParseLimits(maxBytes, maxPages, v, maxUnzippedBytes, maxZipEntries); }
    public ParseLimits withMaxUnzippedBytes(long v) { return new ParseLimits(maxBytes, maxPages, maxChars, v, maxZipEntries); }
    public ParseLimits withMaxZipEntries(int v) { return new ParseLimits(maxBytes, maxPages, maxChars, maxUnzippedBytes, v); }
}
