package dev.standout.spark;

import dev.standout.Standout;
import dev.standout.corpus.ModelInfo;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code standout-spark}: the CLI's {@code model build} and {@code batch} as Spark jobs. Run it with
 * {@code spark-submit --class dev.standout.spark.Main} on a cluster, or with {@code ./standout-spark} (a driver in
 * this JVM with a local master). Exit codes as the CLI's: 0 done, 1 failed, 2 usage, 3 some files failed.
 */
@Command(name = "standout-spark", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Build a corpus-frequency model or analyze a batch of resumes on Apache Spark.",
        subcommands = {Main.ModelCommand.class, Main.BatchCommand.class})
public final class Main implements Runnable {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    static final int SOME_FAILED = 3;

    @Spec
    CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code. */
    static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: model or batch");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"standout-spark " + Standout.version() + " (Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ")"};
        }
    }

    /** Where the driver connects and how the work is split. */
    static final class SparkOptions {
        @Option(names = "--master", paramLabel = "URL",
                description = "Spark master, e.g. local[2] (default: spark-submit's, else local[*])")
        String master;

        @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
                description = "tasks to split the documents into (default: from the cores and the file count)")
        int partitions;

        @Option(names = "--conf", paramLabel = "KEY=VALUE", description = "a Spark setting (repeatable)")
        Map<String, String> conf = new java.util.LinkedHashMap<>();

        SparkConf sparkConf(String app) {
            SparkConf c = new SparkConf(); // spark.* system properties: what spark-submit passes
            if (master != null) c.setMaster(master);
            else if (!c.contains("spark.master")) c.setMaster("local[*]");
            conf.forEach(c::set);
            c.setIfMissing("spark.app.name", app);
            if (c.get("spark.master").startsWith("local")) {
                c.setIfMissing("spark.ui.enabled", "false");
                c.setIfMissing("spark.driver.host", "127.0.0.1");
                c.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
                if (System.console() != null) c.setIfMissing("spark.ui.showConsoleProgress", "true");
            }
            return c;
        }

        /** The Hadoop settings the session will have, for checking inputs before starting it. */
        static Configuration hadoopConf(SparkConf c) {
            Configuration h = new Configuration();
            for (Tuple2<String, String> kv : c.getAll()) {
                if (kv._1().startsWith("spark.hadoop.")) h.set(kv._1().substring("spark.hadoop.".length()), kv._2());
            }
            return h;
        }
    }

    private static boolean exists(String path, Configuration conf, PrintWriter err, String what) {
        try {
            Path p = new Path(path);
            if (p.getFileSystem(conf).exists(p)) return true;
            err.println("standout-spark: no such " + what + ": " + path);
        } catch (IOException | IllegalArgumentException e) {
            err.println("standout-spark: cannot read " + path + ": " + e.getMessage());
        }
        return false;
    }

    private static String message(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        String m = root.getMessage();
        return m == null ? root.toString() : m;
    }

    @Command(name = "model", mixinStandardHelpOptions = true, description = "Build a corpus-frequency model.",
            subcommands = {BuildCommand.class})
    static final class ModelCommand implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: build");
        }
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = {"Build a model from a pool of resumes: the same bytes as `standout model build`.",
                    "INPUT: a folder of resume files (sub-folders named after occupations are segments) or a "
                            + ".jsonl/.jsonl.gz of {id, labels, text} records; any path Spark reads "
                            + "(hdfs://, s3a://, file:)."})
    static final class BuildCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SparkOptions sparkOptions;

        @Parameters(paramLabel = "INPUT", arity = "1..*", description = "folders and .jsonl[.gz] files")
        List<String> inputs;

        @Option(names = "--out", required = true, paramLabel = "FILE", description = "the model file to write")
        String out;

        @Option(names = "--min-count", defaultValue = "5", paramLabel = "K",
                description = "drop features seen in fewer than K resumes (default ${DEFAULT-VALUE})")
        int minCount;

        @Option(names = "--id", defaultValue = "standout-custom", description = "model id (default ${DEFAULT-VALUE})")
        String id;

        @Option(names = "--model-version", defaultValue = "", paramLabel = "VERSION", description = "model version")
        String version;

        @Option(names = "--description", defaultValue = "", description = "what pool the model was built from")
        String description;

        @Option(names = "--created", defaultValue = "", paramLabel = "DATE",
                description = "build date to record (not taken from the clock, so that builds are reproducible)")
        String created;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            if (minCount < 1) {
                err.println("standout-spark: --min-count must be at least 1: " + minCount);
                return USAGE;
            }
            if (sparkOptions.partitions < 0) {
                err.println("standout-spark: --partitions must not be negative: " + sparkOptions.partitions);
                return USAGE;
            }
            ModelInfo info;
            try {
                info = new ModelInfo(id, version, description, created);
            } catch (IllegalArgumentException e) {
                err.println("standout-spark: " + e.getMessage());
                return USAGE;
            }
            SparkConf conf = sparkOptions.sparkConf("standout model build");
            Configuration hadoop = SparkOptions.hadoopConf(conf);
            for (String input : inputs) {
                if (!exists(input, hadoop, err, "input")) return USAGE;
            }
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            try {
                SparkModelBuild.Outcome o = SparkModelBuild.run(spark, inputs, SparkModelBuild.STANDARD, minCount,
                        info, sparkOptions.partitions);
                SparkModelBuild.write(o.model(), out, spark.sparkContext().hadoopConfiguration());
                err.printf(Locale.ROOT, "%d resumes counted, %d could not be analyzed%s; %d features, %d segments; "
                                + "%.1f s; %s%n", o.analyzed(), o.failed(), o.failures().isEmpty() ? "" : " " + o.failures(),
                        o.model().featureCount(), o.model().segments().size(), o.elapsed().toMillis() / 1000.0, out);
                err.flush();
                return OK;
            } catch (IOException | RuntimeException e) {
                err.println("standout-spark: model build failed: " + message(e));
                return FAILURE;
            } finally {
                spark.stop();
            }
        }
    }

    @Command(name = "batch", mixinStandardHelpOptions = true,
            description = {"Analyze every resume below a folder; write one record per file to OUTDIR, as "
                    + "`standout batch` does to results.jsonl (the part files, in name order, are its lines)."})
    static final class BatchCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        SparkOptions sparkOptions;

        @Parameters(paramLabel = "INPUT", description = "folder of resumes (walked recursively; hidden files skipped)")
        String input;

        @Option(names = "--out", required = true, paramLabel = "OUTDIR", description = "output folder (must not exist)")
        String out;

        @Option(names = "--format", defaultValue = "jsonl", paramLabel = "jsonl|parquet",
                description = "jsonl: part files of JSON lines; parquet: the same fields as columns "
                        + "(default ${DEFAULT-VALUE})")
        String format;

        @Option(names = "--model", paramLabel = "FILE",
                description = "score against this model (default: the library's embedded model)")
        String model;

        @Option(names = "--overwrite", description = "replace OUTDIR when it exists")
        boolean overwrite;

        @Option(names = "--quiet", description = "no summary line")
        boolean quiet;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            SparkBatch.Format f;
            try {
                f = SparkBatch.Format.valueOf(format.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                err.println("standout-spark: --format must be jsonl or parquet: " + format);
                return USAGE;
            }
            if (sparkOptions.partitions < 0) {
                err.println("standout-spark: --partitions must not be negative: " + sparkOptions.partitions);
                return USAGE;
            }
            SparkConf conf = sparkOptions.sparkConf("standout batch");
            Configuration hadoop = SparkOptions.hadoopConf(conf);
            if (!exists(input, hadoop, err, "folder")) return USAGE;
            if (model != null && !exists(model, hadoop, err, "model")) return USAGE;
            if (!overwrite) {
                try {
                    Path o = new Path(out);
                    if (o.getFileSystem(hadoop).exists(o)) {
                        err.println("standout-spark: the output already exists (give --overwrite to replace it): " + out);
                        return USAGE;
                    }
                } catch (IOException | IllegalArgumentException e) {
                    err.println("standout-spark: cannot use " + out + ": " + e.getMessage());
                    return USAGE;
                }
            }
            SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
            SparkBatch.Summary s;
            try {
                s = SparkBatch.run(spark, input, out, f, model, sparkOptions.partitions, overwrite);
            } catch (IOException | RuntimeException e) {
                err.println("standout-spark: batch failed: " + message(e));
                return FAILURE;
            } finally {
                spark.stop();
            }
            if (!quiet) {
                err.printf(Locale.ROOT, "%d files: %d OK, %d failed %s; %.1f files/s; records in %s%n", s.files(), s.ok(),
                        s.failed(), s.byError().isEmpty() ? "" : s.byError(), s.rate(), out);
                err.flush();
            }
            return s.failed() == 0 ? OK : SOME_FAILED;
        }
    }
}
