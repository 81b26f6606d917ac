package dev.standout.batch;

import dev.standout.Result;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The durable state of a run in its output folder: {@code results.jsonl}, one contract record per line,
 * appended and written through record by record; and {@code .standout/fingerprints.tsv}, the near-duplicate
 * signature of each analyzed document by content hash ({@code sha256 TAB signature}), written before its
 * record. A process killed at any moment leaves every record it finished intact, and at most one torn line at
 * the end, which {@link #read} drops.
 *
 * <p>Records are written through to the operating system, not forced to the disk one by one: a killed
 * process loses nothing it wrote, a power cut may lose the last seconds. {@link #close} forces both files.
 *
 * <p>{@link #append} may be called from several threads; lines never interleave.
 */
final class Journal implements Closeable {
    static final String RESULTS = "results.jsonl";
    static final String STATE_DIR = ".standout";
    static final String FINGERPRINTS = "fingerprints.tsv";

    private final FileChannel results;
    private final FileChannel fingerprints;

    private Journal(FileChannel results, FileChannel fingerprints) {
        this.results = results;
        this.fingerprints = fingerprints;
    }

    /** A record read back: its line as written and what it says. */
    record Entry(String line, Result result) {
    }

    /**
     * What an output folder holds.
     *
     * @param records      intact records by file name, in file order (a later record of a file replaces an
     *                     earlier one)
     * @param fingerprints signatures by content hash
     * @param torn         1 when the last line was cut short (a killed write), else 0
     * @param invalid      complete lines that are no record of this version (dropped)
     */
    record Contents(Map<String, Entry> records, Map<String, int[]> fingerprints, int torn, int invalid) {
        static final Contents EMPTY = new Contents(Map.of(), Map.of(), 0, 0);
    }

    /** Reads an output folder; an absent journal reads as empty. */
    static Contents read(Path outDir) throws IOException {
        Path file = outDir.resolve(RESULTS);
        LinkedHashMap<String, Entry> records = new LinkedHashMap<>();
        int torn = 0;
        int invalid = 0;
        if (Files.exists(file)) {
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int from = 0;
            while (from < all.length()) {
                int nl = all.indexOf('\n', from);
                if (nl < 0) {
                    torn = 1; // the last write was cut short
                    break;
                }
                String line = all.substring(from, nl);
                from = nl + 1;
                if (line.isBlank()) continue;
                try {
                    Result r = RecordCodec.decode(line);
                    records.remove(r.file());
                    records.put(r.file(), new Entry(line, r));
                } catch (IllegalArgumentException e) {
                    invalid++;
                }
            }
        }
        Map<String, int[]> fps = new HashMap<>();
        Path fpFile = outDir.resolve(STATE_DIR).resolve(FINGERPRINTS);
        if (Files.exists(fpFile)) {
            for (String line : Files.readAllLines(fpFile, StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab <= 0) continue;
                try {
                    fps.put(line.substring(0, tab), NearDuplicates.decode(line.substring(tab + 1).trim()));
                } catch (IllegalArgumentException e) {
                    // a torn or foreign line: that document's near-duplicates are not looked for
                }
            }
        }
        return new Contents(records, fps, torn, invalid);
    }

    /**
     * Opens the journal of an output folder for appending, after replacing its contents with {@code kept}
     * (atomically: a process killed meanwhile leaves the old or the new journal, never a mix).
     *
     * @param kept             the lines of records to keep, each without its line end
     * @param keptFingerprints the signatures to keep, by content hash
     */
    static Journal open(Path outDir, Collection<String> kept, Map<String, int[]> keptFingerprints) throws IOException {
        Files.createDirectories(outDir.resolve(STATE_DIR));
        StringBuilder b = new StringBuilder();
        for (String line : kept) b.append(line).append('\n');
        replace(outDir.resolve(RESULTS), b.toString());
        StringBuilder f = new StringBuilder();
        keptFingerprints.forEach((sha, sig) -> f.append(sha).append('\t').append(NearDuplicates.encode(sig)).append('\n'));
        replace(outDir.resolve(STATE_DIR).resolve(FINGERPRINTS), f.toString());
        FileChannel r = FileChannel.open(outDir.resolve(RESULTS), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
        FileChannel fp;
        try {
            fp = FileChannel.open(outDir.resolve(STATE_DIR).resolve(FINGERPRINTS), StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            r.close();
            throw e;
        }
        return new Journal(r, fp);
    }

    /** Appends a record (and, first, the signature of its document when there is one). */
    synchronized void append(String recordLine, String sha256, int[] signature) throws IOException {
        if (signature != null && !sha256.isEmpty()) {
            write(fingerprints, sha256 + '\t' + NearDuplicates.encode(signature) + '\n');
        }
        write(results, recordLine + '\n');
    }

    private static void write(FileChannel ch, String s) throws IOException {
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
        while (buf.hasRemaining()) ch.write(buf);
    }

    @Override
    public synchronized void close() throws IOException {
        try (results; fingerprints) {
            results.force(true);
            fingerprints.force(true);
        }
    }

    /** Writes a file through a temporary sibling and a rename, so readers see the old or the new content. */
    static void replace(Path target, String content) throws IOException {
        replace(target, content.getBytes(StandardCharsets.UTF_8));
    }

    static void replace(Path target, byte[] content) throws IOException {
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(content);
            while (buf.hasRemaining()) ch.write(buf);
            ch.force(true);
        }
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
