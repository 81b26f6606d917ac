package dev.standout.spark;

import dev.standout.corpus.PoolReader;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Lists the inputs of a job on the driver through Hadoop's file systems (local, HDFS, S3A…), picking the same
 * files, under the same ids and segments and in the same order, as the single-machine readers: {@link PoolReader}
 * for a model build, {@link dev.standout.batch.BatchRunner#listFiles} for a batch.
 */
final class InputListing {
    /** Paths in the order of {@code java.nio} Unix paths: by their UTF-8 bytes, unsigned. */
    static final Comparator<String> PATH_ORDER = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    };

    /** The files of a model build and its JSON-lines files (to be read record by record). */
    record Pool(List<PoolItem> files, List<PoolItem> jsonLines) {
    }

    private InputListing() {
    }

    /** The inputs of a model build, as {@link PoolReader#read} would see them. */
    static Pool forModel(List<String> inputs, Configuration conf) throws IOException {
        List<PoolItem> files = new ArrayList<>();
        List<PoolItem> jsonLines = new ArrayList<>();
        for (String input : inputs) {
            Path p = new Path(input);
            FileSystem fs = p.getFileSystem(conf);
            FileStatus status = status(fs, p, input);
            Path root = status.getPath();
            if (status.isDirectory()) {
                String rootName = root.getName();
                for (Listed f : walk(fs, root)) {
                    java.nio.file.Path rel = java.nio.file.Path.of(f.relative());
                    if (!PoolReader.isPoolFile(rel)) continue;
                    if (PoolReader.isJsonLines(rel)) {
                        jsonLines.add(PoolItem.file(f.relative(), Set.of(), f.status().getPath().toUri(),
                                f.status().getLen()));
                    } else {
                        files.add(PoolItem.file(f.relative(), PoolReader.segmentsOfFile(rootName, rel),
                                f.status().getPath().toUri(), f.status().getLen()));
                    }
                }
            } else if (PoolReader.isJsonLines(java.nio.file.Path.of(root.getName()))) {
                jsonLines.add(PoolItem.file(root.getName(), Set.of(), root.toUri(), status.getLen()));
            } else {
                files.add(PoolItem.file(root.getName(), Set.of(), root.toUri(), status.getLen()));
            }
        }
        return new Pool(files, jsonLines);
    }

    /**
     * The files of a batch, as {@link dev.standout.batch.BatchRunner} lists them: a single file as itself, named by
     * its file name; a folder's regular files below it, hidden ones (any part of the path starting with a dot)
     * left out, named by their path relative to the folder, sorted.
     */
    static List<PoolItem> forBatch(String input, Configuration conf) throws IOException {
        Path p = new Path(input);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus status;
        try {
            status = fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
            throw new IOException("no such folder: " + input, e);
        }
        if (!status.isDirectory()) {
            return List.of(PoolItem.file(status.getPath().getName(), Set.of(), status.getPath().toUri(), status.getLen()));
        }
        List<PoolItem> out = new ArrayList<>();
        for (Listed f : walk(fs, status.getPath())) {
            if (isHidden(f.relative())) continue;
            out.add(PoolItem.file(f.relative(), Set.of(), f.status().getPath().toUri(), f.status().getLen()));
        }
        return out;
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) return true;
        }
        return false;
    }

    private static FileStatus status(FileSystem fs, Path p, String input) throws IOException {
        try {
            return fs.getFileStatus(p);
        } catch (FileNotFoundException e) {
            throw new IOException("no such input: " + input, e);
        }
    }

    private record Listed(String relative, FileStatus status) {
    }

    /** The regular files below a folder, with their paths relative to it, sorted like {@code java.nio} paths. */
    private static List<Listed> walk(FileSystem fs, Path root) throws IOException {
        String prefix = root.toUri().getPath();
        if (!prefix.endsWith("/")) prefix += "/";
        List<Listed> out = new ArrayList<>();
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            if (!f.isFile()) continue;
            String path = f.getPath().toUri().getPath();
            if (!path.startsWith(prefix)) throw new IOException("listed " + path + " outside of " + prefix);
            out.add(new Listed(path.substring(prefix.length()), f));
        }
        out.sort(Comparator.comparing(Listed::relative, PATH_ORDER));
        return out;
    }
}
