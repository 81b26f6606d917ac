package dev.standout.spark;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.batch.NearDuplicateMarks;
import dev.standout.corpus.CorpusModel;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.FormatDetector;
import dev.standout.report.BatchReport.Similar;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import scala.Tuple2;
import scala.Tuple3;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
 * {@link ErrorType}, never a failed task. The analyzed records are kept while the batch's near-duplicates are
 * found across the cluster ({@link #nearDuplicates}), then written with the CLI's marks
 * ({@link NearDuplicateMarks}).
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
        List<Tuple2<Integer, PoolItem>> indexed = new ArrayList<>(files.size());
        for (int i = 0; i < files.size(); i++) indexed.add(new Tuple2<>(i, files.get(i)));
        JavaRDD<Analyzed> analyzed = jsc.parallelize(indexed, Jobs.partitions(partitions, files.size(),
                        jsc.defaultParallelism()))
                .mapPartitions(items -> {
                    Standout standout = modelCast == null
                            ? ExecutorAnalyzers.defaultAnalyzer() : ExecutorAnalyzers.analyzer(modelKey, modelCast);
                    Configuration c = conf.value().get();
                    return Lazily.map(items, t -> Analyzed.of(t._1(), analyzeOne(standout, t._2(), c)));
                }, true)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Broadcast<HashMap<Integer, Marks>> marksCast = null;
        try {
            List<String> names = new ArrayList<>(files.size());
            for (PoolItem f : files) names.add(f.id);
            HashMap<Integer, Marks> marks = new HashMap<>();
            NearDuplicateMarks.similar(names, nearDuplicates(analyzed, NearDuplicateMarks.DEFAULT_THRESHOLD))
                    .forEach((i, similar) -> marks.put(i, Marks.of(similar)));
            Broadcast<HashMap<Integer, Marks>> m = marksCast = jsc.broadcast(marks);
            JavaRDD<String> records = analyzed.mapPartitionsWithIndex(
                    (index, items) -> new Tallied(index, items, m.value(), tallies), true);
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
            analyzed.unpersist(false);
            conf.destroy();
            if (modelCast != null) modelCast.destroy();
            if (marksCast != null) marksCast.destroy();
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

    /**
     * The near-duplicate pairs of the batch, found as {@link dev.standout.batch.BatchRunner} finds them but spread
     * over the cluster: records meet by band key (locality-sensitive hashing), candidate pairs meet their two
     * signatures, and only the pairs that are near-duplicates come back to the driver.
     */
    static List<NearDuplicateMarks.Pair> nearDuplicates(JavaRDD<Analyzed> analyzed, double threshold) {
        JavaPairRDD<Integer, int[]> signatures = analyzed.filter(a -> a.signature != null)
                .mapToPair(a -> new Tuple2<>(a.index, a.signature));
        JavaPairRDD<Integer, Integer> candidates = signatures
                .flatMapToPair(t -> {
                    List<Tuple2<String, Integer>> keys = new ArrayList<>(NearDuplicateMarks.BANDS);
                    for (int band = 0; band < NearDuplicateMarks.BANDS; band++) {
                        keys.add(new Tuple2<>(NearDuplicateMarks.bandKey(t._2(), band), t._1()));
                    }
                    return keys.iterator();
                })
                .groupByKey()
                .flatMapToPair(bucket -> {
                    List<Integer> ids = new ArrayList<>();
                    bucket._2().forEach(ids::add);
                    if (ids.size() < 2) return Collections.emptyIterator();
                    Collections.sort(ids);
                    List<Tuple2<Integer, Integer>> pairs = new ArrayList<>();
                    for (int x = 0; x < ids.size(); x++) {
                        for (int y = x + 1; y < ids.size(); y++) pairs.add(new Tuple2<>(ids.get(x), ids.get(y)));
                    }
                    return pairs.iterator();
                })
                .distinct()
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            if (candidates.isEmpty()) return List.of();
            List<Tuple3<Integer, Integer, Double>> found = candidates
                    .join(signatures)                                           // a -> (b, sig a)
                    .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
                    .join(signatures)                                           // b -> ((a, sig a), sig b)
                    .flatMap(t -> {
                        NearDuplicateMarks.Pair p = NearDuplicateMarks.pair(t._2()._1()._1(), t._2()._1()._2(),
                                t._1(), t._2()._2(), threshold);
                        return p == null ? Collections.emptyIterator()
                                : List.of(new Tuple3<>(p.a(), p.b(), p.similarity())).iterator();
                    })
                    .collect();
            List<NearDuplicateMarks.Pair> pairs = new ArrayList<>(found.size());
            for (Tuple3<Integer, Integer, Double> t : found) {
                pairs.add(new NearDuplicateMarks.Pair(t._1(), t._2(), t._3()));
            }
            pairs.sort(Comparator.comparingInt(NearDuplicateMarks.Pair::a).thenComparingInt(NearDuplicateMarks.Pair::b));
            return pairs;
        } finally {
            candidates.unpersist(false);
        }
    }

    /** One file's record as the executor wrote it, before the batch's marks, and its near-duplicate signature. */
    static final class Analyzed implements Serializable {
        private static final long serialVersionUID = 1L;
        final int index;
        final String record;
        /** the error type's ordinal, or -1 for OK */
        final int failure;
        final int[] signature;

        private Analyzed(int index, String record, int failure, int[] signature) {
            this.index = index;
            this.record = record;
            this.failure = failure;
            this.signature = signature;
        }

        static Analyzed of(int index, Result r) {
            return new Analyzed(index, r.toJson(), r.isOk() ? -1 : r.error().orElseThrow().type().ordinal(),
                    NearDuplicateMarks.signature(r));
        }
    }

    /** A record's near-duplicates, as they travel to the executors. */
    static final class Marks implements Serializable {
        private static final long serialVersionUID = 1L;
        final String[] files;
        final double[] similarities;

        private Marks(String[] files, double[] similarities) {
            this.files = files;
            this.similarities = similarities;
        }

        static Marks of(List<Similar> similar) {
            String[] f = new String[similar.size()];
            double[] s = new double[similar.size()];
            for (int i = 0; i < f.length; i++) {
                f[i] = similar.get(i).file();
                s[i] = similar.get(i).similarity();
            }
            return new Marks(f, s);
        }

        List<Similar> similar() {
            List<Similar> out = new ArrayList<>(files.length);
            for (int i = 0; i < files.length; i++) out.add(new Similar(files[i], similarities[i]));
            return out;
        }
    }

    /**
     * A partition's records as JSON lines with their marks, counted; the counts are handed in when the partition
     * is done.
     */
    private static final class Tallied implements Iterator<String> {
        private final Iterator<Analyzed> records;
        private final Map<Integer, Marks> marks;
        private final Tally tally;
        private final CollectionAccumulator<Tally> tallies;
        private boolean handedIn;

        Tallied(int partition, Iterator<Analyzed> records, Map<Integer, Marks> marks,
                CollectionAccumulator<Tally> tallies) {
            this.records = records;
            this.marks = marks;
            this.tally = new Tally(partition);
            this.tallies = tallies;
        }

        @Override
        public boolean hasNext() {
            boolean more = records.hasNext();
            if (!more && !handedIn) {
                handedIn = true;
                tallies.add(tally);
            }
            return more;
        }

        @Override
        public String next() {
            Analyzed a = records.next();
            if (a.failure < 0) tally.ok++;
            else tally.failed[a.failure]++;
            Marks m = marks.get(a.index);
            return m == null ? a.record : NearDuplicateMarks.mark(a.record, m.similar());
        }
    }
}
