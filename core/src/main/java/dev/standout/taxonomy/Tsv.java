package dev.standout.taxonomy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading of the taxonomy TSV files: {@code #} comment lines, one header row, then rows of tab-separated fields. */
final class Tsv {
    private Tsv() {
    }

    /** Rows of a resource; the header row must be {@code expectedHeader}. Comment lines go to {@code comments}. */
    static List<String[]> read(BufferedReader in, String expectedHeader, int columns, List<String> comments)
            throws IOException {
        StringBuilder sb = new StringBuilder(1 << 20);
        char[] buf = new char[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) sb.append(buf, 0, n);
        return parse(sb.toString(), expectedHeader, columns, comments);
    }

    static List<String[]> parse(String text, String expectedHeader, int columns, List<String> comments)
            throws IOException {
        List<String[]> rows = new ArrayList<>(1 << 14);
        boolean header = false;
        int lineNo = 0;
        int pos = 0;
        int len = text.length();
        while (pos < len) {
            int nl = text.indexOf('\n', pos);
            int end = nl < 0 ? len : nl;
            int e = end > pos && text.charAt(end - 1) == '\r' ? end - 1 : end;
            lineNo++;
            int b = pos;
            pos = end + 1;
            if (e == b) continue;
            if (text.charAt(b) == '#') {
                if (comments != null) comments.add(text.substring(b, e));
                continue;
            }
            if (!header) {
                if (!text.regionMatches(b, expectedHeader, 0, expectedHeader.length())
                        || e - b != expectedHeader.length()) {
                    throw new IOException("line " + lineNo + ": expected header '" + expectedHeader + "'");
                }
                header = true;
                continue;
            }
            String[] f = new String[columns];
            int k = 0;
            int s = b;
            for (int i = b; i <= e && k < columns; i++) {
                if (i == e || text.charAt(i) == '\t') {
                    if (k == columns - 1 && i != e) continue; // the last field runs to the end of the line
                    f[k++] = text.substring(s, i);
                    s = i + 1;
                }
            }
            if (k != columns || text.indexOf('\t', b) < 0 && columns > 1) {
                throw new IOException("line " + lineNo + ": " + k + " fields, expected " + columns);
            }
            if (f[columns - 1].indexOf('\t') >= 0) {
                throw new IOException("line " + lineNo + ": too many fields, expected " + columns);
            }
            rows.add(f);
        }
        if (!header) throw new IOException("no header row");
        return rows;
    }

    static String[] split(String s, char sep, int expected) {
        String[] out = new String[Math.max(expected, 1)];
        int n = 0;
        int b = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || s.charAt(i) == sep) {
                if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
                out[n++] = s.substring(b, i);
                b = i + 1;
            }
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    static List<String> splitList(String s) {
        if (s.isEmpty()) return List.of();
        return List.of(split(s, '|', 8));
    }

    static List<String> commaList(String s) {
        if (s.isEmpty()) return List.of();
        return List.of(split(s, ',', 4));
    }

    static BufferedReader resource(Class<?> anchor, String name) {
        InputStream in = anchor.getResourceAsStream(name);
        if (in == null) throw new UncheckedIOException(new IOException("missing resource " + name));
        return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
    }
}
