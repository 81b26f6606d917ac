package dev.standout.taxonomy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reading of the taxonomy TSV files: {@code #} comment lines, one header row, then rows of tab-separated fields. */
final class Tsv {
    private Tsv() {
    }

    /** The whole resource as bytes. */
    static byte[] resourceBytes(Class<?> anchor, String name) throws IOException {
        try (InputStream in = anchor.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            return in.readAllBytes();
        }
    }

    /**
     * Rows of UTF-8 bytes, decoded field by field: cheaper than decoding the whole text, since a handful of
     * non-ASCII characters would make the whole string a UTF-16 one.
     */
    static List<String[]> parse(byte[] data, String expectedHeader, int columns, List<String> comments)
            throws IOException {
        List<String[]> rows = new ArrayList<>(1 << 14);
        boolean header = false;
        int lineNo = 0;
        int pos = 0;
        int len = data.length;
        while (pos < len) {
            int nl = indexOf(data, (byte) '\n', pos, len);
            int end = nl < 0 ? len : nl;
            int e = end > pos && data[end - 1] == '\r' ? end - 1 : end;
            lineNo++;
            int b = pos;
            pos = end + 1;
            if (e == b) continue;
            if (data[b] == '#') {
                if (comments != null) comments.add(new String(data, b, e - b, StandardCharsets.UTF_8));
                continue;
            }
            if (!header) {
                if (!new String(data, b, e - b, StandardCharsets.UTF_8).equals(expectedHeader)) {
                    throw new IOException("line " + lineNo + ": expected header '" + expectedHeader + "'");
                }
                header = true;
                continue;
            }
            String[] f = new String[columns];
            int k = 0;
            int from = b;
            while (k < columns - 1) {
                int tab = indexOf(data, (byte) '\t', from, e);
                if (tab < 0) break;
                f[k++] = new String(data, from, tab - from, StandardCharsets.UTF_8);
                from = tab + 1;
            }
            if (k != columns - 1 || indexOf(data, (byte) '\t', from, e) >= 0) {
                throw new IOException("line " + lineNo + ": wrong number of fields, expected " + columns);
            }
            f[k] = new String(data, from, e - from, StandardCharsets.UTF_8);
            rows.add(f);
        }
        if (!header) throw new IOException("no header row");
        return rows;
    }

    private static int indexOf(byte[] data, byte b, int from, int to) {
        for (int i = from; i < to; i++) if (data[i] == b) return i;
        return -1;
    }

    /** Rows of a text; the header row must be {@code expectedHeader}. Comment lines go to {@code comments}. */
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
            int from = b;
            while (k < columns - 1) {
                int tab = text.indexOf('\t', from);
                if (tab < 0 || tab >= e) break;
                f[k++] = text.substring(from, tab);
                from = tab + 1;
            }
            if (k != columns - 1) {
                throw new IOException("line " + lineNo + ": " + (k + 1) + " fields, expected " + columns);
            }
            f[k] = text.substring(from, e);
            if (f[k].indexOf('\t') >= 0) {
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
        while (true) {
            int i = s.indexOf(sep, b);
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            if (i < 0) {
                out[n++] = s.substring(b);
                break;
            }
            out[n++] = s.substring(b, i);
            b = i + 1;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    /**
     * Builds the matcher over the alias column of rows, on a helper thread so that it overlaps with the building
     * of the entries on the caller's; {@link java.util.concurrent.FutureTask#get()} joins it.
     */
    static java.util.concurrent.FutureTask<GazetteerMatcher> matcherAsync(List<String[]> rows, int idColumn,
                                                                         int aliasColumn) {
        return matcherAsync(rows, idColumn, aliasColumn, null, null, null);
    }

    /**
     * As {@link #matcherAsync(List, int, int)}, but first tries the binary trie {@code binaryResource} next to
     * {@code anchor}, which is used when it was built from exactly {@code source} under the current format.
     */
    static java.util.concurrent.FutureTask<GazetteerMatcher> matcherAsync(List<String[]> rows, int idColumn,
                                                                         int aliasColumn, Class<?> anchor,
                                                                         String binaryResource, byte[] source) {
        java.util.concurrent.FutureTask<GazetteerMatcher> task = new java.util.concurrent.FutureTask<>(() -> {
            if (binaryResource != null) {
                try (InputStream in = anchor.getResourceAsStream(binaryResource)) {
                    if (in != null) {
                        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
                        crc.update(source);
                        try {
                            java.util.Optional<GazetteerMatcher> m =
                                    GazetteerMatcher.read(in.readAllBytes(), source.length, crc.getValue());
                            if (m.isPresent()) return m.get();
                        } catch (IOException | RuntimeException e) {
                            // a damaged file: build from the source instead
                        }
                    }
                }
            }
            return buildMatcher(rows, idColumn, aliasColumn);
        });
        Thread t = new Thread(task, "standout-taxonomy-load");
        t.setDaemon(true);
        t.start();
        return task;
    }

    /** The matcher over the alias column of rows, built alias by alias. */
    static GazetteerMatcher buildMatcher(List<String[]> rows, int idColumn, int aliasColumn) {
        GazetteerMatcher.Builder b = GazetteerMatcher.builder();
        for (String[] f : rows) {
            String id = f[idColumn];
            String aliases = f[aliasColumn];
            int from = 0;
            int n = aliases.length();
            while (from < n) {
                int bar = aliases.indexOf('|', from);
                int end = bar < 0 ? n : bar;
                boolean ambiguous = false;
                boolean cs = false;
                int i = from;
                for (; i < end; i++) {
                    char c = aliases.charAt(i);
                    if (c == '~') ambiguous = true;
                    else if (c == '=') cs = true;
                    else break;
                }
                if (i < end) b.add(id, aliases.substring(i, end), ambiguous, cs);
                from = end + 1;
            }
        }
        return b.build();
    }

    static GazetteerMatcher join(java.util.concurrent.FutureTask<GazetteerMatcher> task) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while loading", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw new IOException(e.getCause());
        }
    }

    static List<String> splitList(String s) {
        if (s.isEmpty()) return List.of();
        return List.of(split(s, '|', 8));
    }

    static List<String> commaList(String s) {
        if (s.isEmpty()) return List.of();
        return List.of(split(s, ',', 4));
    }
}
