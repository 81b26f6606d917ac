package dev.standout.report;

import dev.standout.Result;
import dev.standout.parse.Warning;
import dev.standout.resume.Certificate;
import dev.standout.resume.Education;
import dev.standout.resume.Skill;
import dev.standout.score.Analysis;
import dev.standout.score.ScoredItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The figures every report shows, computed once from a {@link BatchReport}. */
final class PoolStats {
    static final int BINS = 10;
    static final int TOP = 15;

    final int files;
    final int ok;
    final int failed;
    final Map<String, Integer> byError = new TreeMap<>();
    final Map<String, Integer> byFormat = new TreeMap<>();
    final Map<String, Integer> byWarning = new TreeMap<>();
    /** Scores of the analyzed resumes, ascending. */
    final double[] scores;
    final int[] histogram = new int[BINS];
    final List<ItemCount> topSkills;
    final List<ItemCount> topCredentials;
    final List<ItemCount> topDegrees;
    final List<Distinctive> distinctive;
    final List<StandoutProject> projects;

    /** An item and how many resumes hold it. */
    record ItemCount(String kind, String id, String name, int resumes, double share) {
    }

    /**
     * An item that raises the scores of the resumes that hold it.
     *
     * @param commonness       its mean estimated commonness in the pool (0–1)
     * @param meanContribution the mean points it adds
     */
    record Distinctive(String kind, String id, String name, int resumes, double commonness, double meanContribution) {
    }

    /** An original project (one of a kind, so it has no id to count by) and the points it adds. */
    record StandoutProject(String file, String name, double contribution, String explanation) {
    }

    PoolStats(BatchReport report) {
        List<StandoutProject> projectList = new ArrayList<>();
        int okCount = 0;
        List<Double> s = new ArrayList<>();
        Counter skills = new Counter();
        Counter creds = new Counter();
        Counter degrees = new Counter();
        Map<String, Agg> items = new HashMap<>();
        for (BatchReport.Entry e : report.entries()) {
            Result r = e.result();
            byFormat.merge(r.format().name(), 1, Integer::sum);
            if (!r.isOk()) {
                byError.merge(r.error().orElseThrow().type().name(), 1, Integer::sum);
                continue;
            }
            okCount++;
            for (Warning w : r.warnings()) byWarning.merge(w.name(), 1, Integer::sum);
            if (!e.similar().isEmpty()) byWarning.merge("NEAR_DUPLICATE", 1, Integer::sum);
            Set<String> seen = new HashSet<>();
            for (Skill k : r.resume().skills()) {
                String id = k.id().isEmpty() ? k.name() : k.id();
                if (seen.add("s|" + id)) skills.add(id, k.name());
            }
            for (Certificate c : r.resume().certificates()) {
                String id = c.id().isEmpty() ? c.name() : c.id();
                if (seen.add("c|" + id)) creds.add(id, c.name());
            }
            for (Education d : r.resume().education()) {
                if (d.level().isBlank() && d.area().isBlank()) continue;
                String name = (d.level().isBlank() ? "degree" : d.level()) + (d.area().isBlank() ? "" : ", " + d.area());
                if (seen.add("d|" + name.toLowerCase(java.util.Locale.ROOT))) {
                    degrees.add(name.toLowerCase(java.util.Locale.ROOT), name);
                }
            }
            if (r.analysis().isPresent()) {
                Analysis a = r.analysis().get();
                s.add(a.score());
                Set<String> itemSeen = new HashSet<>();
                for (ScoredItem i : a.items()) {
                    if (i.id().isEmpty()) {
                        if (i.kind() == dev.standout.score.ItemKind.PROJECT && i.contribution() > 0) {
                            projectList.add(new StandoutProject(r.file(), i.name(), i.contribution(), i.explanation()));
                        }
                        continue; // one of a kind: nothing to count across resumes
                    }
                    String key = i.kind() + "|" + i.id();
                    if (!itemSeen.add(key)) continue;
                    items.computeIfAbsent(key, k -> new Agg(i.kind().name(), i.id())).add(i);
                }
            }
        }
        this.files = report.entries().size();
        this.ok = okCount;
        this.failed = files - okCount;
        this.scores = s.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        for (double v : scores) histogram[bin(v)]++;
        this.topSkills = skills.top("SKILL", okCount);
        this.topCredentials = creds.top("CERTIFICATE", okCount);
        this.topDegrees = degrees.top("DEGREE", okCount);
        List<Distinctive> d = new ArrayList<>();
        for (Agg a : items.values()) {
            if (a.sumContribution <= 0) continue;
            d.add(new Distinctive(a.kind, a.id, a.name(), a.count, a.sumCommonness / a.count,
                    a.sumContribution / a.count));
        }
        d.sort(Comparator.comparingDouble(Distinctive::meanContribution).reversed()
                .thenComparing(Distinctive::commonness).thenComparing(Distinctive::name));
        this.distinctive = List.copyOf(d.subList(0, Math.min(TOP, d.size())));
        projectList.sort(Comparator.comparingDouble(StandoutProject::contribution).reversed()
                .thenComparing(StandoutProject::file).thenComparing(StandoutProject::name));
        this.projects = List.copyOf(projectList.subList(0, Math.min(5, projectList.size())));
    }

    static int bin(double score) {
        return Math.max(0, Math.min(BINS - 1, (int) Math.floor(score / (100.0 / BINS))));
    }

    boolean hasScores() {
        return scores.length > 0;
    }

    /** The q-quantile (0–1) of the scores, by linear interpolation; NaN without scores. */
    double quantile(double q) {
        if (scores.length == 0) return Double.NaN;
        double pos = q * (scores.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(scores.length - 1, lo + 1);
        return scores[lo] + (scores[hi] - scores[lo]) * (pos - lo);
    }

    double mean() {
        if (scores.length == 0) return Double.NaN;
        double sum = 0;
        for (double v : scores) sum += v;
        return sum / scores.length;
    }

    private static final class Counter {
        private final Map<String, int[]> counts = new HashMap<>();
        private final Map<String, Map<String, int[]>> names = new HashMap<>();

        void add(String id, String name) {
            counts.computeIfAbsent(id, k -> new int[1])[0]++;
            names.computeIfAbsent(id, k -> new HashMap<>()).computeIfAbsent(name, k -> new int[1])[0]++;
        }

        List<ItemCount> top(String kind, int pool) {
            List<ItemCount> out = new ArrayList<>();
            counts.forEach((id, c) -> out.add(new ItemCount(kind, id, mostFrequent(names.get(id)), c[0],
                    pool == 0 ? 0 : c[0] / (double) pool)));
            out.sort(Comparator.comparingInt(ItemCount::resumes).reversed().thenComparing(ItemCount::name)
                    .thenComparing(ItemCount::id));
            return List.copyOf(out.subList(0, Math.min(TOP, out.size())));
        }
    }

    private static String mostFrequent(Map<String, int[]> names) {
        return names.entrySet().stream()
                .max(Comparator.comparingInt((Map.Entry<String, int[]> e) -> e.getValue()[0])
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey).orElse("");
    }

    private static final class Agg {
        final String kind;
        final String id;
        final Map<String, int[]> names = new HashMap<>();
        int count;
        double sumCommonness;
        double sumContribution;

        Agg(String kind, String id) {
            this.kind = kind;
            this.id = id;
        }

        void add(ScoredItem i) {
            count++;
            sumCommonness += i.commonness();
            sumContribution += i.contribution();
            names.computeIfAbsent(i.name(), k -> new int[1])[0]++;
        }

        String name() {
            return mostFrequent(names);
        }
    }
}
