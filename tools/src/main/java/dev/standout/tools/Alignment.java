package dev.standout.tools;

import java.util.Arrays;

/**
 * Maps offsets of a raw text to offsets of its normalized form. The normalizer changes spaces, bullets, quotes and
 * broken encodings, but keeps the letters and digits in order; so the two texts are aligned on their letters and
 * digits (lower-cased), greedily, skipping ahead where a few characters were dropped or changed.
 */
public final class Alignment {
    private static final int WINDOW = 6;
    private static final int MAX_SKIP = 80;

    /** normalized offset of each raw offset that holds a letter or digit, else -1 */
    private final int[] map;
    private final String raw;
    private final String normalized;

    private Alignment(int[] map, String raw, String normalized) {
        this.map = map;
        this.raw = raw;
        this.normalized = normalized;
    }

    public static Alignment of(String raw, String normalized) {
        int[] a = significant(raw);
        int[] b = significant(normalized);
        int[] map = new int[raw.length() + 1];
        Arrays.fill(map, -1);
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (same(raw, a[i], normalized, b[j])) {
                map[a[i]] = b[j];
                i++;
                j++;
                continue;
            }
            int skipA = -1;
            int skipB = -1;
            for (int k = 1; k <= MAX_SKIP && skipA < 0 && skipB < 0; k++) {
                if (window(raw, a, i + k, normalized, b, j)) skipA = k;
                else if (window(raw, a, i, normalized, b, j + k)) skipB = k;
            }
            if (skipA > 0) i += skipA;
            else if (skipB > 0) j += skipB;
            else {
                i++;
                j++;
            }
        }
        return new Alignment(map, raw, normalized);
    }

    private static boolean window(String ra, int[] a, int i, String rb, int[] b, int j) {
        if (i + WINDOW > a.length || j + WINDOW > b.length) return false;
        for (int k = 0; k < WINDOW; k++) if (!same(ra, a[i + k], rb, b[j + k])) return false;
        return true;
    }

    private static boolean same(String a, int i, String b, int j) {
        return Character.toLowerCase(a.charAt(i)) == Character.toLowerCase(b.charAt(j));
    }

    private static int[] significant(String s) {
        int[] out = new int[s.length()];
        int n = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isLetterOrDigit(s.charAt(i))) out[n++] = i;
        return Arrays.copyOf(out, n);
    }

    /** The normalized span of raw span [start, end), or null when none of its letters could be placed. */
    public int[] span(int start, int end) {
        int first = -1;
        int last = -1;
        int firstRaw = -1;
        int lastRaw = -1;
        for (int k = start; k < end && k < map.length; k++) {
            if (map[k] >= 0) {
                if (first < 0) {
                    first = map[k];
                    firstRaw = k;
                }
                last = map[k];
                lastRaw = k;
            }
        }
        if (first < 0 || last < first) return null;
        // characters around the letters that the normalized text kept as they were: "C++", ".NET"
        int s = first;
        for (int k = firstRaw - 1; k >= start && s > 0 && raw.charAt(k) == normalized.charAt(s - 1); k--) s--;
        int e = last + 1;
        for (int k = lastRaw + 1; k < end && e < normalized.length() && raw.charAt(k) == normalized.charAt(e); k++) e++;
        return new int[]{s, e};
    }
}
