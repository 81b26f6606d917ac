package dev.standout.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** Charset guessing for byte streams that carry text: byte-order marks, UTF-8 validity, Windows-1252. */
final class TextDecoding {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** The charset a text file's bytes are most likely in. */
    static Charset guessCharset(byte[] b) {
        if (FormatDetector.startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
            return StandardCharsets.UTF_8;
        }
        if (FormatDetector.startsWith(b, 0, 0xFF, 0xFE)) {
            return StandardCharsets.UTF_16LE;
        }
        if (FormatDetector.startsWith(b, 0, 0xFE, 0xFF)) {
            return StandardCharsets.UTF_16BE;
        }
        return isValidUtf8(b, 0, b.length, false) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Decodes text bytes: a BOM decides, then UTF-8 if the bytes are valid UTF-8, else Windows-1252. */
    static String decode(byte[] b) {
        Charset cs = guessCharset(b);
        int skip = 0;
        if (cs == StandardCharsets.UTF_8 && FormatDetector.startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
            skip = 3;
        } else if (cs == StandardCharsets.UTF_16LE || cs == StandardCharsets.UTF_16BE) {
            skip = 2;
        }
        return new String(b, skip, b.length - skip, cs);
    }

    /**
     * Whether the first {@code sample} bytes look like text: UTF-16 with a BOM, or (UTF-8 or Windows-1252) with
     * almost no control characters.
     */
    static boolean looksLikeText(byte[] b, int sample) {
        if (FormatDetector.startsWith(b, 0, 0xFF, 0xFE) || FormatDetector.startsWith(b, 0, 0xFE, 0xFF)) {
            return b.length % 2 == 0 || b.length > sample;
        }
        int n = Math.min(b.length, sample);
        if (n == 0) {
            return false;
        }
        boolean utf8 = isValidUtf8(b, 0, n, n < b.length);
        int suspicious = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1A) {
                    suspicious++;
                }
            } else if (c == 0x7F) {
                suspicious++;
            } else if (!utf8 && (c == 0x81 || c == 0x8D || c == 0x8F || c == 0x90 || c == 0x9D)) {
                suspicious++; // undefined in Windows-1252
            }
        }
        return suspicious <= Math.max(1, n / 100);
    }

    /**
     * Strict UTF-8 validation of {@code b[from, to)}. When {@code truncated}, a multi-byte sequence cut off at
     * {@code to} is accepted (the sample ends mid-character).
     */
    static boolean isValidUtf8(byte[] b, int from, int to, boolean truncated) {
        int i = from;
        while (i < to) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                i++;
                continue;
            }
            int need;
            int min;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
                min = 0x80;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                min = 0x800;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                min = 0x10000;
            } else {
                return false;
            }
            if (i + need >= to) {
                if (!truncated) {
                    return false;
                }
                // a sequence cut off by the end of the sample: check what is there
                for (int k = i + 1; k < to; k++) {
                    if ((b[k] & 0xC0) != 0x80) {
                        return false;
                    }
                }
                return true;
            }
            int cp = c & (0x3F >> need);
            for (int k = 1; k <= need; k++) {
                int cc = b[i + k] & 0xFF;
                if ((cc & 0xC0) != 0x80) {
                    return false;
                }
                cp = cp << 6 | cc & 0x3F;
            }
            if (cp < min || cp > 0x10FFFF || cp >= 0xD800 && cp <= 0xDFFF) {
                return false;
            }
            i += need + 1;
        }
        return true;
    }
}
