package dev.standout.benchmarks;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.corpus.CorpusModel;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The end-to-end harness: the same livecareer PDFs read by three contenders, each in a fresh JVM with
 * the same number of worker threads, so that loading counts as it does for a user:
 * <ul>
 *   <li>{@code floor}: PDFBox's {@code PDFTextStripper} and CoreNLP {@code tokenize,ssplit}; nothing that reads
 *       every PDF and tokenizes it can be much faster;</li>
 *   <li>{@code naive}: PDFBox wired by hand to CoreNLP's default English pipeline
 *       ({@code tokenize,ssplit,pos,lemma,ner});</li>
 *   <li>{@code standout}: {@code Standout.create()} (or a builder with {@code --model}) analyzing each file: the
 *       whole analysis (parse, sections, extraction and, with a model, scoring);</li>
 *   <li>{@code standout-1g} (when asked for): the same with {@code -Xmx1g}, the heap {@code standout batch}
 *       gives each worker JVM (the default JVM lets G1 grow the heap far beyond the live set);</li>
 *   <li>{@code cli-batch} (when asked for): {@code ./standout batch} over the same files with its defaults (a
 *       worker JVM per lane), its peak memory summed over the process tree.</li>
 * </ul>
 * It prints files per second (whole process, load included), steady-state files per second, the time until the
 * contender was ready and until its first file was done, the ratio to the floor, the peak resident memory of the
 * child JVM ({@code VmHWM}) and the load average around each run. Then, unless turned off, the wall time of
 * {@code ./standout analyze one.pdf} as a fresh process (median of {@code --analyze-runs}) and the load time of the
 * corpus model.
 *
 * <pre>
 * Usage: EndToEnd [--shared DIR] [--files N=300] [--threads T=2] [--contenders floor,naive,standout]
 *                 [--rounds R=1] [--naive-rounds K=1] [--naive-files M=N] [--model FILE] [--analyze-runs R=5]
 *                 [--no-model-load] [--repo DIR=.] [--jvm-opt OPT]...
 * </pre>
 */
public final class EndToEnd {

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("child")) {
            Child.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Options o = Options.parse(args);
        Path shared = Data.shared(o.shared);
        List<Path> files = Data.livecareerPdfs(shared, o.files);
        if (files.isEmpty()) throw new IllegalStateException("no PDFs under " + shared.resolve(Data.LIVECAREER));
        long folders = files.stream().map(Path::getParent).distinct().count();
        long bytes = 0;
        for (Path f : files) bytes += Files.size(f);
        System.out.printf(Locale.ROOT, "Standout end-to-end: %d livecareer PDFs from %d folders (%.1f MB), %d threads"
                        + " per contender, each contender a fresh JVM%n", files.size(), folders, bytes / 1e6, o.threads);
        System.out.println(Machine.describe());
        if (o.model != null) System.out.println("model: " + o.model);
        System.out.println();

        Path dir = Files.createTempDirectory("standout-e2e");
        Path list = dir.resolve("files.txt");
        Files.write(list, files.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        Path naiveList = dir.resolve("naive-files.txt");
        Files.write(naiveList, files.subList(0, Math.min(files.size(), o.naiveFiles)).stream().map(Path::toString)
                .toList(), StandardCharsets.UTF_8);

        // Contenders run one after the other; with --rounds R the whole sequence runs R times (the naive baseline,
        // minutes long, only in the first --naive-rounds), and each ratio to the floor is taken within a round, so
        // that a change in the machine's load between rounds does not show as a difference between contenders.
        Map<String, List<Run>> byName = new LinkedHashMap<>();
        Map<String, List<Double>> ratios = new LinkedHashMap<>();
        System.out.println(Run.HEADER);
        for (int round = 1; round <= o.rounds; round++) {
            Run floor = null;
            for (String c : o.contenders) {
                if (c.equals("naive") && round > o.naiveRounds) continue;
                Run r;
                if (c.equals("cli-batch")) {
                    r = cliBatch(o, files, dir);
                    if (r == null) continue;
                } else {
                    Path l = c.equals("naive") ? naiveList : list;
                    List<String> opts = new ArrayList<>(o.jvmOpts);
                    String child = c;
                    if (c.equals("standout-1g")) { // the library with the heap the batch command gives its workers
                        opts.add("-Xmx1g");
                        child = "standout";
                    }
                    List<String> cmd = new ArrayList<>(javaCommand(opts));
                    cmd.addAll(List.of(EndToEnd.class.getName(), "child", child, l.toString(),
                            Integer.toString(o.threads), o.model == null ? "" : o.model.toString()));
                    r = Run.of(c, cmd);
                }
                if (c.equals("floor")) floor = r;
                byName.computeIfAbsent(c, k -> new ArrayList<>()).add(r);
                if (floor != null && r != floor && r.ok()) {
                    ratios.computeIfAbsent(c, k -> new ArrayList<>()).add(r.filesPerSecond() / floor.filesPerSecond());
                }
                System.out.println(r.row(floor) + (o.rounds > 1 ? "  (round " + round + ")" : ""));
            }
        }
        System.out.println();
        System.out.println(o.rounds > 1 ? "medians over the rounds:" : "summary:");
        for (Map.Entry<String, List<Run>> e : byName.entrySet()) {
            List<Run> rs = e.getValue();
            double fps = median(rs.stream().mapToDouble(Run::filesPerSecond).toArray());
            double steady = median(rs.stream().mapToDouble(Run::steady).toArray());
            double peak = median(rs.stream().mapToDouble(r -> Double.parseDouble(r.result.get("peakMB"))).toArray());
            double maxPeak = rs.stream().mapToDouble(r -> Double.parseDouble(r.result.get("peakMB"))).max().orElse(0);
            List<Double> rt = ratios.get(e.getKey());
            System.out.printf(Locale.ROOT, "  %-9s %7.2f files/s whole process, %7.2f steady; peak RSS %5.0f MB (max %5.0f)%s%n",
                    e.getKey(), fps, steady, peak, maxPeak, rt == null ? ""
                            : String.format(Locale.ROOT, "; %.2fx the floor (per round: %s)",
                            median(rt.stream().mapToDouble(Double::doubleValue).toArray()),
                            rt.stream().map(x -> String.format(Locale.ROOT, "%.2f", x)).toList()));
        }
        System.out.println();

        if (o.analyzeRuns > 0) analyzeOne(o, files.get(0));
        if (o.modelLoad) modelLoad(o, dir);
        Files.deleteIfExists(list);
        Files.deleteIfExists(naiveList);
        Files.deleteIfExists(dir);
    }

    static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] s = v.clone();
        Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /**
     * {@code ./standout batch} over the same files (linked into a folder), with its defaults (worker JVMs, one per
     * lane) and {@code --threads}: wall time, and the peak of the resident memory summed over the whole process
     * tree (the command and its workers), sampled every 50 ms.
     */
    private static Run cliBatch(Options o, List<Path> files, Path dir) throws IOException, InterruptedException {
        Path launcher = o.repo.resolve("standout");
        if (!Files.isExecutable(launcher)) {
            System.out.println("cli-batch: skipped, no launcher at " + launcher + " (use --repo DIR)");
            return null;
        }
        Path in = dir.resolve("batch-in");
        Path out = dir.resolve("batch-out");
        deleteTree(in);
        deleteTree(out);
        Files.createDirectories(in);
        for (int i = 0; i < files.size(); i++) {
            Path f = files.get(i);
            Files.createSymbolicLink(in.resolve(String.format(Locale.ROOT, "%04d-%s-%s", i,
                    f.getParent().getFileName(), f.getFileName())), f);
        }
        List<String> cmd = new ArrayList<>(List.of(launcher.toString(), "batch", in.toString(), "--out",
                out.toString(), "--threads", Integer.toString(o.threads), "--quiet"));
        if (o.model != null) cmd.addAll(List.of("--model", o.model.toString()));
        exec(List.of(launcher.toString(), "--version"), o.repo); // builds the command if needed; not timed
        String before = Machine.loadAverage();
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(o.repo.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long peakKb = 0;
        while (!p.waitFor(50, TimeUnit.MILLISECONDS)) {
            peakKb = Math.max(peakKb, Machine.treeRssKb(p.toHandle()));
        }
        double wall = (System.nanoTime() - t0) / 1e9;
        int code = p.exitValue();
        if (code != 0 && code != 3) throw new IOException("standout batch exited with " + code);
        List<String> lines = Files.readAllLines(out.resolve("results.jsonl"), StandardCharsets.UTF_8);
        long records = lines.size();
        long failed = lines.stream().filter(l -> !l.contains("\"status\":\"OK\"")).count();
        Map<String, String> r = new LinkedHashMap<>();
        r.put("files", Long.toString(records));
        r.put("failed", Long.toString(failed));
        r.put("ready", "NaN");
        r.put("first", "NaN");
        r.put("work", Double.toString(wall));
        r.put("peakMB", Long.toString(peakKb / 1024));
        deleteTree(in);
        deleteTree(out);
        return new Run("cli-batch", r, wall, before, Machine.loadAverage());
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (var walk = Files.walk(p)) {
            for (Path x : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }

    /** {@code ./standout analyze FILE} as a fresh process, {@code runs} times after one untimed run. */
    private static void analyzeOne(Options o, Path file) throws IOException, InterruptedException {
        Path launcher = o.repo.resolve("standout");
        if (!Files.isExecutable(launcher)) {
            System.out.println("./standout analyze: skipped, no launcher at " + launcher + " (use --repo DIR)");
            return;
        }
        List<String> base = new ArrayList<>();
        boolean time = Files.isExecutable(Path.of("/usr/bin/time"));
        if (time) base.addAll(List.of("/usr/bin/time", "-f", "TIME %e %M"));
        base.addAll(List.of(launcher.toString(), "analyze", file.toString()));
        exec(base, o.repo); // builds the command when its sources changed; not timed
        double[] wall = new double[o.analyzeRuns];
        long[] rss = new long[o.analyzeRuns];
        for (int i = 0; i < o.analyzeRuns; i++) {
            String load = Machine.loadAverage();
            long t0 = System.nanoTime();
            String err = exec(base, o.repo);
            wall[i] = (System.nanoTime() - t0) / 1e9;
            for (String line : err.split("\n")) {
                if (line.startsWith("TIME ")) rss[i] = Long.parseLong(line.trim().split(" ")[2]) / 1024;
            }
            System.out.printf(Locale.ROOT, "./standout analyze %s: run %d %.2f s, peak RSS %d MB (load %s)%n",
                    file.getFileName(), i + 1, wall[i], rss[i], load);
        }
        double[] sorted = wall.clone();
        Arrays.sort(sorted);
        System.out.printf(Locale.ROOT, "./standout analyze one.pdf, fresh process: median %.2f s (min %.2f, max %.2f)"
                + " over %d runs%n%n", sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], wall.length);
    }

    /** The corpus model's load time in a fresh JVM: the embedded default, or {@code --model}. */
    private static void modelLoad(Options o, Path dir) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(javaCommand(o.jvmOpts));
        cmd.addAll(List.of(EndToEnd.class.getName(), "child", "modelload", "", "1",
                o.model == null ? "" : o.model.toString()));
        for (int i = 0; i < 3; i++) {
            String out = exec(cmd, null);
            for (String line : out.split("\n")) if (line.startsWith("MODEL ")) System.out.println(line.substring(6));
        }
    }

    static List<String> javaCommand(List<String> jvmOpts) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOpts);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        return cmd;
    }

    /** Runs a command; returns its standard output and error together; fails when it fails. */
    static String exec(List<String> cmd, Path dir) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        if (dir != null) pb.directory(dir.toFile());
        Process p = pb.start();
        byte[] out;
        try (InputStream in = p.getInputStream()) {
            out = in.readAllBytes();
        }
        int code = p.waitFor();
        String s = new String(out, StandardCharsets.UTF_8);
        if (code != 0 && code != 3) {
            throw new IOException("exit code " + code + " from " + String.join(" ", cmd) + ":\n" + tail(s));
        }
        return s;
    }

    private static String tail(String s) {
        return s.length() > 4000 ? s.substring(s.length() - 4000) : s;
    }

    /** One contender's run, as the parent saw it. */
    static final class Run {
        static final String HEADER = String.format(Locale.ROOT, "%-9s %6s %6s %8s %8s %8s %8s %9s %8s %8s  %s",
                "contender", "files", "failed", "wall s", "ready s", "first s", "files/s", "steady/s", "vs floor",
                "peak MB", "load avg before → after");
        final String name;
        final Map<String, String> result;
        // cli-batch has no ready/first times: NaN
        final double wall;
        final String loadBefore;
        final String loadAfter;

        private Run(String name, Map<String, String> result, double wall, String loadBefore, String loadAfter) {
            this.name = name;
            this.result = result;
            this.wall = wall;
            this.loadBefore = loadBefore;
            this.loadAfter = loadAfter;
        }

        static Run of(String name, List<String> cmd) throws IOException, InterruptedException {
            String before = Machine.loadAverage();
            long t0 = System.nanoTime();
            String out = exec(cmd, null);
            double wall = (System.nanoTime() - t0) / 1e9;
            Map<String, String> r = new LinkedHashMap<>();
            for (String line : out.split("\n")) {
                if (!line.startsWith("RESULT ")) continue;
                for (String kv : line.substring(7).trim().split(" ")) {
                    int eq = kv.indexOf('=');
                    r.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            if (r.isEmpty()) throw new IOException("no result from " + name + ":\n" + tail(out));
            return new Run(name, r, wall, before, Machine.loadAverage());
        }

        boolean ok() {
            return files() > 0;
        }

        int files() {
            return Integer.parseInt(result.get("files"));
        }

        double filesPerSecond() {
            return files() / wall;
        }

        /** files per second after the contender was ready */
        double steady() {
            return files() / (Double.parseDouble(result.get("work")));
        }

        String row(Run floor) {
            return String.format(Locale.ROOT, "%-9s %6d %6s %8.1f %8.2f %8.2f %8.2f %9.2f %8s %8s  %s → %s",
                    name, files(), result.get("failed"), wall, Double.parseDouble(result.get("ready")),
                    Double.parseDouble(result.get("first")), filesPerSecond(), steady(),
                    floor == null ? "" : String.format(Locale.ROOT, "%.2fx", filesPerSecond() / floor.filesPerSecond()),
                    result.get("peakMB"), loadBefore, loadAfter);
        }
    }

    /** The child JVM: one contender over a list of files. Prints one {@code RESULT} line. */
    static final class Child {
        static void main(String[] args) throws Exception {
            String contender = args[0];
            if (contender.equals("modelload")) {
                modelLoad(args.length > 3 ? args[3] : "");
                return;
            }
            List<Path> files = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8).stream()
                    .filter(s -> !s.isBlank()).map(Path::of).toList();
            int threads = Integer.parseInt(args[2]);
            String model = args.length > 3 ? args[3] : "";
            Worker worker = switch (contender) {
                case "floor" -> corenlp("tokenize,ssplit");
                case "naive" -> corenlp("tokenize,ssplit,pos,lemma,ner");
                case "standout" -> standout(model);
                default -> throw new IllegalArgumentException("unknown contender " + contender);
            };
            double ready = sinceStart();
            AtomicLong units = new AtomicLong();
            AtomicLong failed = new AtomicLong();
            AtomicLong firstDone = new AtomicLong(-1);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            long t0 = System.nanoTime();
            List<Future<?>> fs = new ArrayList<>();
            for (Path f : files) {
                fs.add(pool.submit(() -> {
                    try {
                        units.addAndGet(worker.process(f));
                    } catch (Exception | StackOverflowError e) {
                        failed.incrementAndGet();
                    }
                    firstDone.compareAndSet(-1, System.nanoTime());
                }));
            }
            for (Future<?> f : fs) f.get();
            double work = (System.nanoTime() - t0) / 1e9;
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
            double first = ready + (firstDone.get() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "RESULT files=%d failed=%d ready=%.3f first=%.3f work=%.3f units=%d"
                            + " unit=%s peakMB=%d%n", files.size(), failed.get(), ready, first, work, units.get(),
                    worker.unit(), Machine.peakRssMb());
            System.out.flush();
            System.exit(0); // CoreNLP and PDFBox leave no non-daemon threads, but do not wait on any
        }

        /** Seconds since the JVM started. */
        static double sinceStart() {
            return (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()) / 1000.0;
        }

        interface Worker {
            long process(Path file) throws Exception;

            String unit();
        }

        static Worker corenlp(String annotators) {
            Properties p = new Properties();
            p.setProperty("annotators", annotators);
            StanfordCoreNLP pipeline = new StanfordCoreNLP(p);
            return new Worker() {
                @Override
                public long process(Path file) throws IOException {
                    byte[] bytes = Files.readAllBytes(file);
                    String text;
                    try (PDDocument doc = Loader.loadPDF(bytes)) {
                        text = new PDFTextStripper().getText(doc);
                    }
                    Annotation a = new Annotation(text);
                    pipeline.annotate(a);
                    return a.get(CoreAnnotations.TokensAnnotation.class).size();
                }

                @Override
                public String unit() {
                    return "tokens";
                }
            };
        }

        static Worker standout(String model) throws IOException {
            Standout.Builder b = Standout.builder();
            if (!model.isEmpty()) b.model(CorpusModel.load(Path.of(model)));
            Standout standout = b.build();
            // diagnostics: the part-of-speech model loaded before the first file (it raised peak memory to 2 GB)
            if (Boolean.getBoolean("bench.preloadTagger")) dev.standout.nlp.NlpPipeline.shared().preloadTagger();
            return new Worker() {
                @Override
                public long process(Path file) throws IOException, DocumentException {
                    Result r = standout.analyze(file);
                    return r.analysis().map(a -> a.items().size()).orElse(0);
                }

                @Override
                public String unit() {
                    return "scored-items";
                }
            };
        }

        static CorpusModel defaultModelOrNull() {
            try {
                return CorpusModel.defaultModel();
            } catch (IllegalStateException e) {
                return null;
            }
        }

        static void modelLoad(String file) throws IOException {
            double start = sinceStart();
            long t0 = System.nanoTime();
            CorpusModel m;
            String what;
            if (file.isEmpty()) {
                m = defaultModelOrNull();
                what = "embedded default model";
                if (m == null) {
                    System.out.println("MODEL no embedded default model and no --model: model load not measured");
                    return;
                }
            } else {
                m = CorpusModel.load(Path.of(file));
                what = file + " (" + Files.size(Path.of(file)) / 1024 + " KiB)";
            }
            double ms = (System.nanoTime() - t0) / 1e6;
            System.out.printf(Locale.ROOT, "MODEL model load, fresh JVM: %.0f ms for the %s: %d resumes, %d features,"
                            + " %d segments (JVM up %.2f s before; load %s)%n", ms, what, m.poolSize(), m.featureCount(),
                    m.segments().size(), start, Machine.loadAverage());
        }
    }

    static final class Options {
        String shared;
        int files = 300;
        int threads = 2;
        int naiveFiles = -1;
        List<String> contenders = List.of("floor", "naive", "standout");
        Path model;
        int analyzeRuns = 5;
        int rounds = 1;
        int naiveRounds = 1;
        boolean modelLoad = true;
        Path repo = Path.of("").toAbsolutePath();
        List<String> jvmOpts = new ArrayList<>();

        static Options parse(String[] args) {
            Options o = new Options();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--shared" -> o.shared = args[++i];
                    case "--files" -> o.files = Integer.parseInt(args[++i]);
                    case "--threads" -> o.threads = Integer.parseInt(args[++i]);
                    case "--naive-files" -> o.naiveFiles = Integer.parseInt(args[++i]);
                    case "--contenders" -> o.contenders = List.of(args[++i].split(","));
                    case "--model" -> o.model = Path.of(args[++i]).toAbsolutePath();
                    case "--analyze-runs" -> o.analyzeRuns = Integer.parseInt(args[++i]);
                    case "--rounds" -> o.rounds = Integer.parseInt(args[++i]);
                    case "--naive-rounds" -> o.naiveRounds = Integer.parseInt(args[++i]);
                    case "--no-model-load" -> o.modelLoad = false;
                    case "--repo" -> o.repo = Path.of(args[++i]).toAbsolutePath();
                    case "--jvm-opt" -> o.jvmOpts.add(args[++i]);
                    case "--help", "-h" -> {
                        System.out.println("Usage: EndToEnd [--shared DIR] [--files N=300] [--threads T=2]"
                                + " [--contenders floor,naive,standout] [--rounds R=1] [--naive-rounds K=1] [--naive-files M=N] [--model FILE]"
                                + " [--analyze-runs R=5] [--no-model-load] [--repo DIR=.] [--jvm-opt OPT]...");
                        System.exit(0);
                    }
                    default -> throw new IllegalArgumentException("unknown option " + a + " (see --help)");
                }
            }
            if (o.naiveFiles < 0) o.naiveFiles = o.files;
            return o;
        }
    }
}
