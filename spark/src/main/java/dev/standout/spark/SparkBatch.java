package dev.standout.spark;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.FormatDetector;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.from_json;

/**
 * Analyzes every file below a folder on a Spark cluster and writes one record per file: the records of
 * {@code standout batch} ({@link dev.standout.batch.BatchRunner}), as JSON lines or as Parquet with the same
 * fields.
 *
 * <p>The driver lists the files as the CLI does (hidden ones left out, sorted) and splits the list into
 * contiguous partitions, so the part files, read in name order, hold the records in the CLI's order:
 * {@code cat OUT/part-*} is the CLI's {@code results.jsonl}. Executors read each file and analyze it with one
 * analyzer per executor JVM. Every failure of a document is a FAILED record with a type from the closed set of
 * {@link ErrorType}, never a failed task.
 */
public final class SparkBatch {
    /** How the records are written. */
    public enum Format {
        /** Text part files of one JSON record per line, exactly the lines of {@code results.jsonl}. */
        JSONL,
        /** Parquet files with the record's fields as columns ({@link ResultSchema}). */
        PARQUET
    }

    /**
     * What a batch did.
     *
     * @param files   files analyzed (one record each)
     * @param ok      records with status OK
     * @param failed  records with status FAILED
     * @param byError failed records by error type
     * @param elapsed wall time on the driver
     */
    public record Summary(long files, long ok, long failed, Map<ErrorType, Long> byError, Duration elapsed) {
        public Summary {
            byError = Collections.unmodifiableMap(byError.isEmpty()
                    ? new EnumMap<>(ErrorType.class) : new EnumMap<>(byError));
        }

        /** Files per second of wall time. */
        public double rate() {
            double s = elapsed.toNanos() / 1e9;
            return s <= 0 ? 0 : files / s;
        }
    }

    private SparkBatch() {
    }

    /**
     * Runs a batch.
     *
     * @param input      a folder (or one file), as a path or URI Spark's Hadoop configuration reads
     * @param out        the output folder; it must not exist unless {@code overwrite}
     * @param format     how to write the records
     * @param model      a model file to score with, or {@code null} for the library's embedded default model
     * @param partitions how many tasks; 0 for a default from the cluster's cores and the number of files
     * @param overwrite  whether to delete {@code out} first when it exists
     * @throws IOException when the input cannot be listed, the model cannot be read or the output is in the way
     */
    public static Summary run(SparkSession spark, String input, String out, Format format, String model,
                              int partitions, boolean overwrite) throws IOException {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(format, "format");
        if (partitions < 0) throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        List<PoolItem> files = InputListing.forBatch(input, hadoop);

        Path outPath = new Path(out);
        FileSystem outFs = outPath.getFileSystem(hadoop);
        if (outFs.exists(outPath)) {
            if (!overwrite) throw new IOException("the output already exists: " + out);
            outFs.delete(outPath, true);
        }
        byte[] modelBytes = model == null ? null : readModel(model, hadoop);

        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
        Broadcast<byte[]> modelCast = modelBytes == null ? null : jsc.broadcast(modelBytes);
        String modelKey = modelCast == null ? null : ExecutorAnalyzers.key(modelCast);
        CollectionAccumulator<Tally> tallies = jsc.sc().collectionAccumulator("standout records by status");
        try {
            JavaRDD<String> records = jsc.parallelize(files, Jobs.partitions(partitions, files.size(),
                            jsc.defaultParallelism()))
                    .mapPartitionsWithIndex((index, items) -> {
                        Standout standout = modelCast == null
                                ? ExecutorAnalyzers.defaultAnalyzer() : ExecutorAnalyzers.analyzer(modelKey, modelCast);
                        Configuration c = conf.value().get();
                        return new Tallied(index, Lazily.map(items, item -> analyzeOne(standout, item, c)),
                                tallies);
                    }, true);
            if (format == Format.JSONL) {
                records.saveAsTextFile(out);
            } else {
                spark.createDataset(records.rdd(), Encoders.STRING())
                        .select(from_json(col("value"), ResultSchema.RESULT,
                                Map.of("mode", "FAILFAST")).as("r"))
                        .select("r.*")
                        .write().parquet(out);
            }
        } finally {
            conf.destroy();
            if (modelCast != null) modelCast.destroy();
        }
        // one tally per partition: a task run twice (speculation, a retry) is counted once
        Map<Integer, Tally> byPartition = new TreeMap<>();
        for (Tally t : tallies.value()) byPartition.put(t.partition, t);
        long ok = 0;
        Map<ErrorType, Long> byError = new EnumMap<>(ErrorType.class);
        for (Tally t : byPartition.values()) {
            ok += t.ok;
            for (ErrorType e : ErrorType.values()) {
                if (t.failed[e.ordinal()] > 0) byError.merge(e, t.failed[e.ordinal()], Long::sum);
            }
        }
        long failed = byError.values().stream().mapToLong(Long::longValue).sum();
        return new Summary(ok + failed, ok, failed, byError, Duration.ofNanos(System.nanoTime() - t0));
    }

    private static byte[] readModel(String model, Configuration conf) throws IOException {
        Path p = new Path(model);
        byte[] bytes;
        try (InputStream in = p.getFileSystem(conf).open(p)) {
            bytes = in.readAllBytes();
        } catch (java.io.FileNotFoundException e) {
            throw new IOException("no such model: " + model, e);
        }
        CorpusModel.load(new ByteArrayInputStream(bytes)); // a bad model fails here, not on every executor
        return bytes;
    }

    /**
     * Analyzes one file into a record, as {@link dev.standout.batch.BatchRunner#analyzeOne} does with a local
     * file; never throws: every failure becomes a FAILED record.
     */
    static Result analyzeOne(Standout standout, PoolItem item, Configuration conf) {
        String name = item.id;
        long max = standout.limits().maxBytes();
        byte[] bytes;
        try {
            if (item.length > max) {
                return Result.failed(name, "", DocumentFormat.UNKNOWN, ErrorType.TOO_LARGE, "file has " + item.length
                        + " bytes, more than the limit of " + max);
            }
            bytes = ExecutorFiles.read(item, conf, max);
        } catch (IOException e) {
            return Result.failed(name, "", DocumentFormat.UNKNOWN, ErrorType.CORRUPT,
                    "the file could not be read: " + e.getMessage());
        }
        String sha = Standout.sha256(bytes);
        try {
            return standout.analyze(bytes, name).withFile(name);
        } catch (DocumentException e) {
            return Result.failed(name, sha, FormatDetector.detect(bytes), e);
        } catch (OutOfMemoryError e) {
            return Result.failed(name, sha, DocumentFormat.UNKNOWN, ErrorType.OUT_OF_MEMORY,
                    "the document exhausted memory");
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return Result.failed(name, sha, DocumentFormat.UNKNOWN, ErrorType.INTERNAL, "internal error: " + e);
        }
    }

    /** Counts of one partition's records. */
    static final class Tally implements Serializable {
        private static final long serialVersionUID = 1L;
        final int partition;
        long ok;
        final long[] failed = new long[ErrorType.values().length];

        Tally(int partition) {
            this.partition = partition;
        }
    }

    /** A partition's records as JSON lines, counted; the counts are handed in when the partition is done. */
    private static final class Tallied implements Iterator<String> {
        private final Iterator<Result> results;
        private final Tally tally;
        private final CollectionAccumulator<Tally> tallies;
        private boolean handedIn;

        Tallied(int partition, Iterator<Result> results, CollectionAccumulator<Tally> tallies) {
            this.results = results;
            this.tally = new Tally(partition);
            this.tallies = tallies;
        }

        @Override
        public boolean hasNext() {
            boolean more = results.hasNext();
            if (!more && !handedIn) {
                handedIn = true;
                tallies.add(tally);
            }
            return more;
        }

        @Override
        public String next() {
            Result r = results.next();
            if (r.isOk()) tally.ok++;
            else tally.failed[r.error().orElseThrow().type().ordinal()]++;
            return r.toJson();
        }
    }
}
