package dev.standout.spark;

import dev.standout.DocumentException;
import dev.standout.ErrorType;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelBuild;
import dev.standout.corpus.ModelInfo;
import dev.standout.corpus.PoolDocument;
import dev.standout.corpus.ScoreDistribution;
import dev.standout.parse.ParseLimits;
import dev.standout.score.DifferentiationScorer;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a corpus-frequency model on a Spark cluster: the same model, byte for byte, as {@code standout model
 * build} writes for the same inputs ({@link ModelBuild}), from inputs on any file system Spark reads (local,
 * HDFS, S3A).
 *
 * <p>The driver lists the inputs as {@link dev.standout.corpus.PoolReader} does (folders of resume files whose
 * sub-folders name segments, {@code .jsonl[.gz]} files of {@code {id, labels, text}} records). Executors read
 * and extract the documents with one extractor per executor JVM, slim the resumes as the single-machine build
 * does, and keep them (cached, spilling to disk); per-partition {@link CorpusModel.Builder}s are merged into the
 * counted model, which is broadcast back so that each resume is scored against it, and the merged
 * {@link ScoreDistribution.Builder}s calibrate it. Counting and scoring merge commutatively, so how the pool is
 * split changes nothing in the bytes.
 *
 * <p>A document that cannot be analyzed is left out of the pool and counted by its error type, as on one
 * machine. Unlike one machine, where an unexpected exception stops the build, an internal error or exhausted
 * memory on one document is counted too ({@link ErrorType#INTERNAL}, {@link ErrorType#OUT_OF_MEMORY}): a
 * million-resume job does not die for one of them. A file that cannot be read at all, a broken JSON record or
 * two documents with the same id stop the job, as they stop the single-machine build.
 */
public final class SparkModelBuild {
    /** Makes the extraction the executors run; each executor JVM calls {@link #create()} once per job. */
    public interface ExtractorFactory extends Serializable {
        ModelBuild.Extractor create();

        /** Files larger than this are counted as {@link ErrorType#TOO_LARGE} without being read. */
        default long maxBytes() {
            return ParseLimits.DEFAULT.maxBytes();
        }
    }

    /**
     * The extraction of {@code standout model build}: an analyzer built with
     * {@code Standout.builder().withoutScoring()}, text records analyzed as text, files by their bytes.
     */
    public static final ExtractorFactory STANDARD = new Standard();

    /**
     * What a build produced.
     *
     * @param model    the model, calibrated
     * @param analyzed documents counted into the model
     * @param failed   documents left out because they could not be analyzed
     * @param failures the failed documents by error type
     * @param elapsed  wall time on the driver
     */
    public record Outcome(CorpusModel model, long analyzed, long failed, Map<ErrorType, Long> failures,
                          Duration elapsed) {
        public Outcome {
            failures = Collections.unmodifiableMap(failures.isEmpty()
                    ? new EnumMap<>(ErrorType.class) : new EnumMap<>(failures));
        }
    }

    private SparkModelBuild() {
    }

    /**
     * Runs a build.
     *
     * @param inputs     folders and {@code .jsonl[.gz]} files, as paths or URIs Spark's Hadoop configuration reads
     * @param extractor  the extraction ({@link #STANDARD} for the model the library scores with)
     * @param minCount   features of fewer resumes are dropped (at least 1)
     * @param info       what the model says about itself
     * @param partitions how many tasks to split the documents into; 0 for a default from the cluster's cores
     * @throws IOException when an input cannot be listed or read
     */
    public static Outcome run(SparkSession spark, List<String> inputs, ExtractorFactory extractor, int minCount,
                              ModelInfo info, int partitions) throws IOException {
        Objects.requireNonNull(spark, "spark");
        Objects.requireNonNull(extractor, "extractor");
        Objects.requireNonNull(info, "info");
        if (inputs.isEmpty()) throw new IllegalArgumentException("no inputs");
        if (minCount < 1) throw new IllegalArgumentException("minCount must be at least 1: " + minCount);
        if (partitions < 0) throw new IllegalArgumentException("partitions must not be negative: " + partitions);
        long t0 = System.nanoTime();
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        InputListing.Pool pool = InputListing.forModel(inputs, hadoop);

        Broadcast<HadoopConf> conf = jsc.broadcast(new HadoopConf(hadoop));
        Broadcast<ExtractorFactory> factory = jsc.broadcast(extractor);
        String factoryKey = ExecutorAnalyzers.key(factory);
        long maxBytes = extractor.maxBytes();
        int cores = jsc.defaultParallelism();

        JavaRDD<PoolItem> docs = jsc.parallelize(pool.files(), Jobs.partitions(partitions, pool.files().size(), cores));
        if (!pool.jsonLines().isEmpty()) {
            JavaRDD<PoolItem> records = jsc.parallelize(pool.jsonLines(), pool.jsonLines().size())
                    .mapPartitions(files -> Jobs.flatten(files, f -> JsonLinesReader.open(f, conf.value().get())))
                    .repartition(partitions > 0 ? partitions : 3 * cores);
            docs = docs.union(records);
        }

        JavaRDD<Extracted> extracted = docs.mapPartitions(items -> {
            ModelBuild.Extractor ex = ExecutorAnalyzers.extractor(factoryKey, factory);
            Configuration c = conf.value().get();
            return Lazily.map(items, item -> extract(ex, item, c, maxBytes));
        }).persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Map<ErrorType, Long> failures = new EnumMap<>(ErrorType.class);
            long failed = 0;
            for (Map.Entry<String, Long> e : extracted.map(x -> x.failure == null ? "" : x.failure.name())
                    .countByValue().entrySet()) {
                if (e.getKey().isEmpty()) continue;
                failures.put(ErrorType.valueOf(e.getKey()), e.getValue());
                failed += e.getValue();
            }
            JavaRDD<Extracted> ok = extracted.filter(x -> x.resume != null);
            List<String> duplicates = ok.mapToPair(x -> new Tuple2<>(x.id, 1)).reduceByKey(Integer::sum)
                    .filter(t -> t._2() > 1).keys().take(1);
            if (!duplicates.isEmpty()) {
                throw new IllegalArgumentException("duplicate id in pool: " + duplicates.get(0));
            }

            int depth = Jobs.treeDepth(ok.getNumPartitions());
            CorpusModel.Builder counts = ok.treeAggregate(CorpusModel.builder(),
                    (b, x) -> b.add(ResumeCodec.decode(x.resume), x.segmentSet()),
                    CorpusModel.Builder::merge, depth);
            CorpusModel counted = counts.build(minCount, info);

            Broadcast<byte[]> countedBytes = jsc.broadcast(bytes(counted));
            String countedKey = ExecutorAnalyzers.key(countedBytes);
            ScoreDistribution.Builder scores = ok.treeAggregate(DifferentiationScorer.standard(counted).newDistribution(),
                    (d, x) -> {
                        Set<String> segments = x.segmentSet();
                        double score = ExecutorAnalyzers.calibrationScorer(countedKey, countedBytes)
                                .poolScore(ResumeCodec.decode(x.resume), segments);
                        return d.add(score, segments);
                    },
                    ScoreDistribution.Builder::merge, depth);
            countedBytes.destroy();
            CorpusModel model = counted.withScoreDistribution(scores.build(counted.minCount()));
            return new Outcome(model, counts.poolSize(), failed, failures, Duration.ofNanos(System.nanoTime() - t0));
        } finally {
            extracted.unpersist(false);
            factory.destroy();
            conf.destroy();
        }
    }

    /** Writes a model to a path of any file system of {@code conf}, replacing it. */
    public static void write(CorpusModel model, String out, Configuration conf) throws IOException {
        Path path = new Path(out);
        byte[] b = bytes(model);
        FileSystem fs = path.getFileSystem(conf);
        if (fs instanceof ChecksumFileSystem c) fs = c.getRawFileSystem(); // no .crc file beside a local model
        try (OutputStream o = fs.create(path, true)) {
            o.write(b);
        }
    }

    private static byte[] bytes(CorpusModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        model.write(out);
        return out.toByteArray();
    }

    /** Reads and extracts one document on an executor. */
    static Extracted extract(ModelBuild.Extractor extractor, PoolItem item, Configuration conf, long maxBytes)
            throws IOException {
        PoolDocument doc;
        if (item.text != null) {
            doc = new PoolDocument(item.id, item.segmentSet(), null, item.text);
        } else if (item.length > maxBytes) {
            return Extracted.failed(item, ErrorType.TOO_LARGE);
        } else {
            // a file that cannot be read stops the job, as it stops the single-machine build
            doc = new PoolDocument(item.id, item.segmentSet(), ExecutorFiles.read(item, conf, maxBytes), null);
        }
        try {
            return Extracted.ok(item, ResumeCodec.encode(ModelBuild.slim(extractor.extract(doc))));
        } catch (DocumentException e) {
            return Extracted.failed(item, e.type());
        } catch (IOException e) {
            return Extracted.failed(item, ErrorType.CORRUPT);
        } catch (OutOfMemoryError e) {
            return Extracted.failed(item, ErrorType.OUT_OF_MEMORY);
        } catch (RuntimeException | LinkageError | StackOverflowError e) {
            return Extracted.failed(item, ErrorType.INTERNAL);
        }
    }

    /** One document after extraction: its slim resume encoded, or why it failed. */
    static final class Extracted implements Serializable {
        private static final long serialVersionUID = 1L;
        final String id;
        final String[] segments;
        final byte[] resume;
        final ErrorType failure;

        private Extracted(String id, String[] segments, byte[] resume, ErrorType failure) {
            this.id = id;
            this.segments = segments;
            this.resume = resume;
            this.failure = failure;
        }

        static Extracted ok(PoolItem item, byte[] resume) {
            return new Extracted(item.id, item.segments, resume, null);
        }

        static Extracted failed(PoolItem item, ErrorType type) {
            return new Extracted(item.id, item.segments, null, type);
        }

        Set<String> segmentSet() {
            return Set.of(segments);
        }
    }

    private static final class Standard implements ExtractorFactory {
        private static final long serialVersionUID = 1L;

        @Override
        public ModelBuild.Extractor create() {
            Standout standout = Standout.builder().withoutScoring().build();
            return doc -> doc.text() != null
                    ? standout.analyze(doc.text()).resume()
                    : standout.analyze(doc.bytes(), doc.id()).resume();
        }

        @Override
        public long maxBytes() {
            return ParseLimits.DEFAULT.maxBytes();
        }

        private Object readResolve() {
            return STANDARD;
        }
    }
}
