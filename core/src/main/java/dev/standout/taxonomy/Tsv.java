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
        List<String[]> rows = new ArrayList<>(1 << 14);
        String line;
        boolean header = false;
        int lineNo = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            if (line.isEmpty()) continue;
            if (line.charAt(0) == '#') {
                if (comments != null) comments.add(line);
                continue;
            }
            if (!header) {
                if (!line.equals(expectedHeader)) {
                    throw new IOException("line " + lineNo + ": expected header '" + expectedHeader + "'");
                }
                header = true;
                continue;
            }
            String[] f = split(line, '\t', columns);
            if (f.length != columns) {
                throw new IOException("line " + lineNo + ": " + f.length + " fields, expected " + columns);
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
