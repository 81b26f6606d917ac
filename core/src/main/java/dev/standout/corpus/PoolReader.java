package dev.standout.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Reads the inputs of a model build: a folder of resume files, or a {@code .jsonl} / {@code .jsonl.gz} file of
 * {@code {"id": ..., "labels": [...], "text": ...}} records (the shape of the florex corpus).
 *
 * <p>Segments: a record's {@code labels}, made canonical; a file's folder names (the input folder's own name
 * included) that are known segments (the livecareer corpus keeps one folder per occupation). A known IT segment also counts for
 * its parent, {@code information-technology}.
 */
public final class PoolReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> KNOWN = knownSegments();

    private PoolReader() {
    }

    private static Set<String> knownSegments() {
        Set<String> s = new TreeSet<>(SegmentResolver.IT_SEGMENTS);
        s.addAll(SegmentResolver.OCCUPATION_SEGMENTS);
        return Set.copyOf(s);
    }

    /** Whether a path is a JSON-lines pool file (by name: {@code .jsonl} or {@code .jsonl.gz}). */
    public static boolean isJsonLines(Path p) {
        String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".jsonl") || n.endsWith(".jsonl.gz");
    }

    /** Segments of labels: canonical ids, plus the parent of each. */
    public static Set<String> segmentsOf(Iterable<String> labels) {
        TreeSet<String> out = new TreeSet<>();
        for (String label : labels) {
            String c = SegmentResolver.canonical(label);
            if (c.isEmpty()) continue;
            out.add(c);
            String parent = SegmentResolver.parent(c);
            if (!parent.isEmpty()) out.add(parent);
        }
        return out;
    }

    /**
     * Reads every document of the inputs in a stable order and hands it to {@code sink}, one at a time (the
     * caller may hand them to worker threads).
     *
     * @throws IOException when an input cannot be read (a broken JSON line is an error too: the pool would be
     *                     silently smaller otherwise)
     */
    public static void read(List<Path> inputs, Consumer<PoolDocument> sink) throws IOException {
        Objects.requireNonNull(sink, "sink");
        for (Path input : inputs) {
            if (Files.isDirectory(input)) readFolder(input, sink);
            else if (isJsonLines(input)) readJsonLines(input, sink);
            else if (Files.isRegularFile(input)) {
                sink.accept(new PoolDocument(input.getFileName().toString(), Set.of(), Files.readAllBytes(input), null));
            } else throw new IOException("no such input: " + input);
        }
    }

    private static void readFolder(Path root, Consumer<PoolDocument> sink) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> isPoolFile(root.relativize(p)))
                    .sorted().toList();
        }
        Path rootName = root.toAbsolutePath().normalize().getFileName();
        String rootNameString = rootName == null ? "" : rootName.toString();
        for (Path f : files) {
            if (isJsonLines(f)) {
                readJsonLines(f, sink);
                continue;
            }
            Path rel = root.relativize(f);
            sink.accept(new PoolDocument(rel.toString().replace('\\', '/'), segmentsOfFile(rootNameString, rel),
                    Files.readAllBytes(f), null));
        }
    }

    /**
     * Whether a file found below an input folder belongs to the pool: its path relative to the folder does not
     * start with a dot, its name does not start with a dot, and it is not a {@code SOURCE.txt}. (For readers of
     * other file systems, such as the Spark jobs, that must pick the same files.)
     */
    public static boolean isPoolFile(Path relative) {
        Path name = relative.getFileName();
        return name != null && !relative.toString().startsWith(".") && !name.toString().startsWith(".")
                && !name.toString().equalsIgnoreCase("SOURCE.txt");
    }

    /**
     * The segments of a file at {@code relative} below an input folder whose own name is {@code rootName}: the
     * folder's name and the names of the folders between it and the file, where they are known segments, made
     * canonical, with their parents.
     */
    public static Set<String> segmentsOfFile(String rootName, Path relative) {
        List<String> labels = new ArrayList<>();
        String rootSegment = SegmentResolver.canonical(rootName);
        if (KNOWN.contains(rootSegment)) labels.add(rootSegment); // the input is one occupation's folder
        for (int i = 0; i < relative.getNameCount() - 1; i++) {
            String c = SegmentResolver.canonical(relative.getName(i).toString());
            if (KNOWN.contains(c)) labels.add(c);
        }
        return segmentsOf(labels);
    }

    private static void readJsonLines(Path file, Consumer<PoolDocument> sink) throws IOException {
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             InputStream in = file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".gz")
                     ? new GZIPInputStream(raw, 1 << 16) : raw;
             JsonParser parser = JSON.getFactory().createParser(in)) {
            Iterator<JsonNode> it = JSON.readValues(parser, JsonNode.class);
            long n = 0;
            while (true) {
                JsonNode node;
                try {
                    if (!it.hasNext()) break;
                    node = it.next();
                } catch (RuntimeException e) {
                    throw new IOException(file + ": record " + (n + 1) + " is not valid JSON: " + e.getMessage(), e);
                }
                n++;
                sink.accept(record(node, n, file.toString()));
            }
        }
    }

    /**
     * One record of a JSON-lines pool file, given as its line: what {@link #read} makes of the {@code n}-th
     * record (counted from 1, blank lines not counted) of the file named {@code source}. (For readers that
     * split such files, such as the Spark jobs.)
     *
     * @throws IOException when the line is not a JSON record with a {@code "text"}, as {@link #read} throws
     */
    public static PoolDocument jsonRecord(String line, long n, String source) throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (IOException | RuntimeException e) {
            throw new IOException(source + ": record " + n + " is not valid JSON: " + e.getMessage(), e);
        }
        if (node == null || node.isMissingNode()) throw new IOException(source + ": record " + n + " is empty");
        return record(node, n, source);
    }

    private static PoolDocument record(JsonNode node, long n, String source) throws IOException {
        JsonNode text = node.get("text");
        if (text == null || !text.isTextual()) {
            throw new IOException(source + ": record " + n + " has no \"text\"");
        }
        String id = node.hasNonNull("id") ? node.get("id").asText() : Long.toString(n);
        List<String> labels = new ArrayList<>();
        JsonNode l = node.get("labels");
        if (l != null && l.isArray()) l.forEach(x -> labels.add(x.asText()));
        return new PoolDocument(id, segmentsOf(labels), null, text.asText());
    }
}
