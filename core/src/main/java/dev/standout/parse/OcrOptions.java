package dev.standout.parse;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How Standout reads scanned resumes and photos: OCR with <a href="https://github.com/tesseract-ocr/tesseract">
 * Tesseract</a> 4 or 5, run as a child process per page (see {@link Tesseract}). Limits are on by default, as for
 * everything else a stranger's file can make expensive.
 *
 * @param mode        when to OCR (default {@link OcrMode#AUTO})
 * @param language    Tesseract's language code(s), {@code "eng"} by default; several joined by {@code '+'}
 *                    ({@code "eng+fra"}); each must be installed (Debian: {@code tesseract-ocr-eng} …)
 * @param maxPages    most pages of one document read by OCR (default 10); pages past it are not read and the
 *                    document gets {@link Warning#TRUNCATED}
 * @param pageTimeout longest time Tesseract may spend on one page (default 30 s); its process is then destroyed and
 *                    the page counts as unreadable ({@link Warning#PARTIAL_TEXT}, or {@code TIMEOUT} when no page
 *                    gave text)
 * @param maxPixels   most pixels of one page image (default 40,000,000: a letter page at 600 DPI, a 40-megapixel
 *                    photo). An image file over it is {@code TOO_LARGE}, told from its header before anything is
 *                    decoded (a decompression bomb costs nothing); a PDF page is rendered at a lower resolution to fit
 * @param dpi         resolution PDF pages are rendered at, in grey (default 300, Tesseract's best)
 * @param command     the Tesseract executable: a name looked up on the {@code PATH} (default {@code "tesseract"}) or
 *                    a path
 */
public record OcrOptions(OcrMode mode, String language, int maxPages, Duration pageTimeout, long maxPixels, int dpi,
                         String command) {

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_]{2,32}(?:\\+[A-Za-z0-9_]{2,32}){0,7}");

    /** The defaults: AUTO, English, 10 pages, 30 s a page, 40 megapixels, 300 DPI, {@code tesseract}. */
    public static final OcrOptions DEFAULT = new OcrOptions(OcrMode.AUTO, "eng", 10, Duration.ofSeconds(30),
            40_000_000L, 300, "tesseract");

    /** OCR off. */
    public static final OcrOptions NEVER = DEFAULT.withMode(OcrMode.NEVER);

    public OcrOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(pageTimeout, "pageTimeout");
        Objects.requireNonNull(command, "command");
        if (!LANGUAGE.matcher(language).matches()) {
            throw new IllegalArgumentException("not a Tesseract language code (such as eng or eng+fra): '" + language + "'");
        }
        if (maxPages <= 0) throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("pageTimeout must be positive: " + pageTimeout);
        }
        if (maxPixels < 10_000) throw new IllegalArgumentException("maxPixels must be at least 10,000: " + maxPixels);
        if (dpi < 72 || dpi > 600) throw new IllegalArgumentException("dpi must be between 72 and 600: " + dpi);
        if (command.isBlank() || command.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a command: '" + command + "'");
        }
    }

    /** Reads a mode by name, as the command line gives it ({@code auto}, {@code never}, {@code always}). */
    public static OcrMode mode(String name) {
        Objects.requireNonNull(name, "name");
        try {
            return OcrMode.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not an OCR mode (auto, never, always): '" + name + "'", e);
        }
    }

    public OcrOptions withMode(OcrMode v) { return new OcrOptions(v, language, maxPages, pageTimeout, maxPixels, dpi, command); }
    public OcrOptions withLanguage(String v) { return new OcrOptions(mode, v, maxPages, pageTimeout, maxPixels, dpi, command); }
    public OcrOptions withMaxPages(int v) { return new OcrOptions(mode, language, v, pageTimeout, maxPixels, dpi, command); }
    public OcrOptions withPageTimeout(Duration v) { return new OcrOptions(mode, language, maxPages, v, maxPixels, dpi, command); }
    public OcrOptions withMaxPixels(long v) { return new OcrOptions(mode, language, maxPages, pageTimeout, v, dpi, command); }
    public OcrOptions withDpi(int v) { return new OcrOptions(mode, language, maxPages, pageTimeout, maxPixels, v, command); }
    public OcrOptions withCommand(String v) { return new OcrOptions(mode, language, maxPages, pageTimeout, maxPixels, dpi, v); }

    /** Whether OCR runs at all with these options: not {@link OcrMode#NEVER}, and Tesseract has the language. */
    public boolean usable() {
        return mode != OcrMode.NEVER && Tesseract.hasLanguages(command, language);
    }
}
