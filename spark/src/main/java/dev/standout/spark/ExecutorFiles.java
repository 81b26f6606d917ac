package dev.standout.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.io.InputStream;

/** Reads an input file on an executor. */
final class ExecutorFiles {
    private ExecutorFiles() {
    }

    /**
     * The file's bytes, at most {@code max + 1} of them (so that a caller can tell a file that grew past a limit
     * since it was listed without holding all of it).
     */
    static byte[] read(PoolItem item, Configuration conf, long max) throws IOException {
        Path path = new Path(item.path);
        int cap = (int) Math.min(Integer.MAX_VALUE - 16, max + 1);
        try (InputStream in = path.getFileSystem(conf).open(path)) {
            return in.readNBytes(cap);
        }
    }
}
