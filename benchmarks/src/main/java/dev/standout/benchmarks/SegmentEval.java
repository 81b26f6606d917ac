package dev.standout.benchmarks;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.corpus.Commonness;
import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.Features;
import dev.standout.corpus.Occupations;
import dev.standout.corpus.PoolDocument;
import dev.standout.corpus.PoolReader;
import dev.standout.corpus.PriorSource;
import dev.standout.corpus.SegmentInference;
import dev.standout.corpus.SegmentResolver;
import dev.standout.resume.Resume;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPInputStream;

/**
 * How often the segment a resume is scored against is right, on resumes whose occupation is known, against the
 * embedded default model (or {@code --model FILE}):
 * <ul>
 *   <li>florex records the default model did not count (it counts every third record, 1st, 4th…; these are the
 *       2nd, 5th…), labelled with the florex IT classes;</li>
 *   <li>livecareer PDFs (one folder per occupation), left out of the model's counts one at a time.</li>
 * </ul>
 * Three ways are compared: titles only (the resolver's first candidate the model has), content only (the best
 * mean log-lift of {@link SegmentInference}) and {@link SegmentInference#infer} (what scoring uses, with the
 * standard occupation tree). A choice is right when it is one of the resume's segments (for an occupation
 * beyond the pool's segments, the segment whose counts score it: {@link Commonness#countsSegment}); "child" asks for a specific IT class where the resume has one.
 *
 * <pre>
 * benchmarks/run dev.standout.benchmarks.SegmentEval [--shared DIR] [--florex 600] [--livecareer 1000] [--model FILE]
 *     [--tolerance 0,0.25,Infinity] [--errors 25]
 * </pre>
 */
public final class SegmentEval {
    private SegmentEval() {
    }

    record Case(String source, String id, Set<String> gold, Resume resume, boolean counted) {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> a = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        Path shared = Data.shared(a.get("shared"));
        int nFlorex = Integer.parseInt(a.getOrDefault("florex", "600"));
        int nLive = Integer.parseInt(a.getOrDefault("livecareer", "1000"));
        CorpusModel model = a.containsKey("model") ? CorpusModel.load(Path.of(a.get("model"))) : CorpusModel.defaultModel();
        Standout standout = Standout.builder().withoutScoring().build();

        List<java.util.concurrent.Callable<Case>> jobs = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(
                Files.newInputStream(shared.resolve(Data.FLOREX)), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            long n = 0;
            int taken = 0;
            long stride = Math.max(1, 29_783 / 3 / Math.max(1, nFlorex)); // spread over the classes, which come in runs
            while (taken < nFlorex && (line = r.readLine()) != null) {
                n++;
                if (n % 3 != 2 || (n / 3) % stride != 0) continue; // the model counted records 1, 4, 7…
                PoolDocument d = PoolReader.jsonRecord(line, n, "florex");
                taken++;
                jobs.add(() -> new Case("florex", d.id(), d.segments(), standout.analyze(d.text()).resume(), false));
            }
        }
        Path live = shared.resolve(Data.LIVECAREER);
        for (Path f : Data.livecareerPdfs(shared, nLive)) {
            Set<String> gold = PoolReader.segmentsOfFile(live.getFileName().toString(), live.relativize(f));
            jobs.add(() -> {
                Result res = standout.analyze(f);
                return new Case("livecareer", live.relativize(f).toString(), gold, res.resume(), true);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Case>> futures = pool.invokeAll(jobs);
        pool.shutdown();

        List<Case> cases = new ArrayList<>();
        for (Future<Case> fu : futures) {
            try {
                cases.add(fu.get());
            } catch (Exception e) {
                // an unreadable file is not a segment question
            }
        }
        System.out.printf(Locale.ROOT, "model %s, %d resumes, %d segments%n", model.label(), model.poolSize(),
                model.segments().size());
        String tolerances = a.getOrDefault("tolerance", "0,0.1,0.25,0.5,1,Infinity");
        SegmentResolver resolver = SegmentResolver.standard();
        Occupations occupations = Occupations.standard();
        // an occupation beyond the pool is judged by the segment whose counts score it (its nearest ancestor)
        Commonness counts = Commonness.of(model, PriorSource.none(), occupations);
        for (String tol : tolerances.split(",")) {
            double tolerance = Double.parseDouble(tol);
            SegmentInference inference = new SegmentInference(model, resolver, tolerance, occupations);
            Map<String, int[]> tally = new TreeMap<>(); // source/method -> right, rightChild, total, none
            Map<String, Integer> errors = new TreeMap<>();
            Map<String, Integer> beyond = new TreeMap<>();
            for (Case c : cases) {
                Set<String> own = c.counted ? c.gold : Set.of();
                String title = "";
                for (String s : resolver.candidates(c.resume)) {
                    if (model.segmentSize(s) > 0) {
                        title = s;
                        break;
                    }
                }
                Map<String, Double> lift = inference.contentLift(Features.of(c.resume), own);
                String content = lift.isEmpty() ? "" : lift.keySet().iterator().next();
                String named = inference.infer(c.resume, own).orElse("");
                String inferred = occupations.byId(named).isPresent() ? counts.countsSegment(named) : named;
                if (!named.equals(inferred)) beyond.merge(c.source, 1, Integer::sum);
                count(tally, c, "titles only", title);
                count(tally, c, "content only", content);
                count(tally, c, "inferred", inferred);
                if (!c.gold.contains(inferred)) {
                    errors.merge(c.source + ": " + String.join("+", new java.util.TreeSet<>(c.gold)) + " -> "
                            + (inferred.isEmpty() ? "(pool)" : inferred), 1, Integer::sum);
                }
            }
            System.out.printf(Locale.ROOT, "%ntolerance %s%n%-26s %8s %8s %8s %8s%n", tol, "source / method",
                    "resumes", "right", "child", "none");
            for (Map.Entry<String, int[]> e : tally.entrySet()) {
                int[] t = e.getValue();
                System.out.printf(Locale.ROOT, "%-26s %8d %7.1f%% %7.1f%% %7.1f%%%n", e.getKey(), t[2],
                        100.0 * t[0] / t[2], 100.0 * t[1] / t[2], 100.0 * t[3] / t[2]);
            }
            beyond.forEach((src, k) -> System.out.printf(Locale.ROOT,
                    "%s: %d resumes scored as an occupation beyond the pool's segments (judged by its counts' segment)%n",
                    src, k));
            if (a.containsKey("errors")) {
                System.out.println("most frequent errors of 'inferred':");
                errors.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .limit(Integer.parseInt(a.get("errors")))
                        .forEach(e -> System.out.printf(Locale.ROOT, "  %4d  %s%n", e.getValue(), e.getKey()));
            }
        }
    }

    private static void count(Map<String, int[]> tally, Case c, String method, String chosen) {
        int[] t = tally.computeIfAbsent(c.source + " / " + method, k -> new int[4]);
        t[2]++;
        if (chosen.isEmpty()) t[3]++;
        if (c.gold.contains(chosen)) {
            t[0]++;
            boolean hasChild = c.gold.stream().anyMatch(g -> !SegmentResolver.parent(g).isEmpty());
            if (!hasChild || !SegmentResolver.parent(chosen).isEmpty()) t[1]++;
        }
    }
}
