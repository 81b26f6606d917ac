package dev.standout.spark;

import dev.standout.corpus.PoolDocument;
import dev.standout.corpus.PoolReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * Reads a {@code .jsonl} or {@code .jsonl.gz} pool file on an executor, one record per line, lazily: the records
 * and their numbers (blank lines not counted) are those of {@link PoolReader}, which makes each of them. A
 * broken record stops the job, as it stops the single-machine build: the pool would be silently smaller.
 */
final class JsonLinesReader implements Iterator<PoolItem>, AutoCloseable {
    private final BufferedReader reader;
    private final String source;
    private long n;
    private PoolItem next;
    private boolean first = true;

    private JsonLinesReader(BufferedReader reader, String source) {
        this.reader = reader;
        this.source = source;
    }

    /** The records of one pool file; the file is closed when they run out. */
    static Iterator<PoolItem> open(PoolItem file, Configuration conf) throws IOException {
        Path path = new Path(file.path);
        InputStream in = path.getFileSystem(conf).open(path, 1 << 16);
        try {
            if (path.getName().toLowerCase(Locale.ROOT).endsWith(".gz")) in = new GZIPInputStream(in, 1 << 16);
        } catch (IOException e) {
            in.close();
            throw e;
        }
        return new JsonLinesReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16),
                file.path.getPath());
    }

    @Override
    public boolean hasNext() {
        if (next != null) return true;
        try {
            String line;
            while ((line = reader.readLine()) != null) {
                if (first && line.startsWith("\uFEFF")) line = line.substring(1);
                first = false;
                if (blank(line)) continue;
                PoolDocument doc = PoolReader.jsonRecord(line, ++n, source);
                next = PoolItem.text(doc.id(), doc.segments(), doc.text());
                return true;
            }
            close();
            return false;
        } catch (IOException e) {
            closeQuietly();
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public PoolItem next() {
        if (!hasNext()) throw new NoSuchElementException();
        PoolItem p = next;
        next = null;
        return p;
    }

    /** White space as JSON knows it: what a parser skips between records. */
    private static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') return false;
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private void closeQuietly() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // the read error is the one to report
        }
    }
}
