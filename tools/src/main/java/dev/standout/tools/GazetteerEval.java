package dev.standout.tools;

import dev.standout.taxonomy.GazetteerMatch;
import dev.standout.taxonomy.GazetteerMatcher;
import dev.standout.taxonomy.SkillEntry;
import dev.standout.taxonomy.SkillTaxonomy;
import dev.standout.resume.SkillType;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Measures skill spotting on the dotin resume NER set (train part): gold spans labelled "Tech Tools" and "Job
 * Specific Skills" against gazetteer matches, with lenient matching: a gold and a predicted span pair up when the
 * Jaccard index of their lower-cased word sets is at least 0.5, one to one, greedily by best index. Two variants:
 * {@code bag} pairs within a resume regardless of position, {@code overlap} also asks the spans to overlap.
 * A guide for curation, not the project's evaluation.
 *
 * <pre>java dev.standout.tools.GazetteerEval --shared ../shared [--show-errors N]</pre>
 */
public final class GazetteerEval {
    static final Set<String> LABELS = Set.of("Tech Tools", "Job Specific Skills");
    private static final Pattern TAG = Pattern.compile("<label type=\"([^\"]*)\">|</label>|<cv>|</cv>|<\\?xml[^>]*\\?>");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}+#]+");

    record Span(int start, int end, String text) {
    }

    record Doc(String name, String text, List<Span> gold) {
    }

    record Score(int tp, int fp, int fn) {
        double p() {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        double r() {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = p();
            double r = r();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Score plus(Score o) {
            return new Score(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f (tp=%d fp=%d fn=%d)", p(), r(), f1(), tp, fp, fn);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BuildSupport.args(args, "usage: GazetteerEval --shared DIR [--show-errors N]");
        Path shared = BuildSupport.sharedDir(a.get("shared"));
        int show = Integer.parseInt(a.getOrDefault("show-errors", "0"));
        List<Doc> docs = readDotin(shared.resolve("groundtruth/dotin/train"));
        int gold = docs.stream().mapToInt(d -> d.gold().size()).sum();
        System.out.println("dotin train: " + docs.size() + " resumes, " + gold + " gold spans " + LABELS);

        long t0 = System.nanoTime();
        GazetteerMatcher naive = naiveMatcher(shared);
        System.out.printf(Locale.ROOT, "naive gazetteer: %d aliases (%.0f ms)%n", naive.aliasCount(),
                (System.nanoTime() - t0) / 1e6);
        SkillTaxonomy tax = SkillTaxonomy.defaultTaxonomy();
        Set<String> excluded = new HashSet<>();
        for (SkillEntry e : tax.entries()) {
            if (e.type() == SkillType.SOFT || e.type() == SkillType.LANGUAGE) excluded.add(e.id());
        }

        report("naive (all ESCO + O*NET labels)", docs, naive, (d, m) -> true, 0);
        report("standout, all matches", docs, tax.matcher(), (d, m) -> !excluded.contains(m.id()), 0);
        report("standout, ambiguous need context", docs, tax.matcher(),
                (d, m) -> !excluded.contains(m.id())
                        && (!m.ambiguous() || tax.hasTechContext(d.text(), m.start(), m.end())), show);
        for (SkillType type : SkillType.values()) {
            if (type == SkillType.SOFT || type == SkillType.LANGUAGE) continue;
            report("  without " + type, docs, tax.matcher(),
                    (d, m) -> !excluded.contains(m.id())
                            && tax.byId(m.id()).map(e -> e.type() != type).orElse(false)
                            && (!m.ambiguous() || tax.hasTechContext(d.text(), m.start(), m.end())), 0);
        }
        report("  without ESCO-only DOMAIN entries", docs, tax.matcher(),
                (d, m) -> !excluded.contains(m.id())
                        && tax.byId(m.id()).map(e -> !(e.type() == SkillType.DOMAIN
                        && e.sources().equals(List.of("esco")))).orElse(false)
                        && (!m.ambiguous() || tax.hasTechContext(d.text(), m.start(), m.end())), 0);
        report("standout, tech + unambiguous only", docs, tax.matcher(),
                (d, m) -> !excluded.contains(m.id()) && !m.ambiguous()
                        && tax.byId(m.id()).map(e -> e.type() == SkillType.TECHNICAL).orElse(false), 0);
    }

    static void report(String title, List<Doc> docs, GazetteerMatcher matcher, BiPredicate<Doc, GazetteerMatch> keep,
                       int showErrors) {
        Score bag = new Score(0, 0, 0);
        Score overlap = new Score(0, 0, 0);
        Map<String, Integer> fps = new TreeMap<>();
        Map<String, Integer> fns = new TreeMap<>();
        long nanos = 0;
        for (Doc d : docs) {
            long t = System.nanoTime();
            List<GazetteerMatch> ms = matcher.find(d.text());
            nanos += System.nanoTime() - t;
            List<Span> pred = new ArrayList<>();
            for (GazetteerMatch m : ms) if (keep.test(d, m)) pred.add(new Span(m.start(), m.end(), m.surface()));
            bag = bag.plus(score(d.gold(), pred, false, null, null));
            overlap = overlap.plus(score(d.gold(), pred, true, fps, fns));
        }
        System.out.println(title + " (" + nanos / 1000 / docs.size() + " us/resume)");
        System.out.println("  bag:     " + bag);
        System.out.println("  overlap: " + overlap);
        if (showErrors > 0) {
            System.out.println("  top false positives: " + top(fps, showErrors));
            System.out.println("  top misses: " + top(fns, showErrors));
        }
    }

    private static String top(Map<String, Integer> m, int n) {
        return m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(n)
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((x, y) -> x + ", " + y).orElse("");
    }

    static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int inter = 0;
        for (String x : a) if (b.contains(x)) inter++;
        return (double) inter / (a.size() + b.size() - inter);
    }

    /** one-to-one greedy pairing by best Jaccard >= 0.5 */
    static Score score(List<Span> gold, List<Span> pred, boolean needOverlap, Map<String, Integer> fps,
                       Map<String, Integer> fns) {
        List<Set<String>> gw = gold.stream().map(s -> words(s.text())).toList();
        List<Set<String>> pw = pred.stream().map(s -> words(s.text())).toList();
        record Pair(int g, int p, double j) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int p = 0; p < pred.size(); p++) {
                if (needOverlap && (pred.get(p).start() >= gold.get(g).end()
                        || gold.get(g).start() >= pred.get(p).end())) {
                    continue;
                }
                double j = jaccard(gw.get(g), pw.get(p));
                if (j >= 0.5) pairs.add(new Pair(g, p, j));
            }
        }
        pairs.sort((x, y) -> Double.compare(y.j(), x.j()));
        boolean[] gu = new boolean[gold.size()];
        boolean[] pu = new boolean[pred.size()];
        int tp = 0;
        for (Pair x : pairs) {
            if (gu[x.g()] || pu[x.p()]) continue;
            gu[x.g()] = true;
            pu[x.p()] = true;
            tp++;
        }
        if (fps != null) {
            for (int p = 0; p < pred.size(); p++) {
                if (!pu[p]) fps.merge(pred.get(p).text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            for (int g = 0; g < gold.size(); g++) {
                if (!gu[g]) fns.merge(gold.get(g).text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return new Score(tp, pred.size() - tp, gold.size() - tp);
    }

    static List<Doc> readDotin(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        List<Doc> out = new ArrayList<>();
        for (Path f : files) out.add(parse(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8)));
        return out;
    }

    static Doc parse(String name, String xml) {
        StringBuilder text = new StringBuilder(xml.length());
        List<Span> gold = new ArrayList<>();
        Matcher m = TAG.matcher(xml);
        int pos = 0;
        String open = null;
        int openAt = 0;
        while (m.find()) {
            text.append(unescape(xml.substring(pos, m.start())));
            pos = m.end();
            if (m.group(1) != null) {
                open = m.group(1);
                openAt = text.length();
            } else if (m.group().equals("</label>") && open != null) {
                if (LABELS.contains(open)) gold.add(new Span(openAt, text.length(), text.substring(openAt)));
                open = null;
            }
        }
        text.append(unescape(xml.substring(pos)));
        return new Doc(name, text.toString(), gold);
    }

    static String unescape(String s) {
        if (s.indexOf('&') < 0) return s;
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** every ESCO label and every O*NET example, unfiltered */
    static GazetteerMatcher naiveMatcher(Path shared) throws IOException {
        GazetteerMatcher.Builder b = GazetteerMatcher.builder();
        try (Reader r = Files.newBufferedReader(shared.resolve(SkillGazetteerBuilder.ESCO), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                String id = "esco:" + rec.get("preferredLabel");
                b.add(id, rec.get("preferredLabel"), false, false);
                for (String alt : rec.get("altLabels").split("\n")) if (!alt.isBlank()) b.add(id, alt, false, false);
            }
        }
        try (Reader r = Files.newBufferedReader(shared.resolve(SkillGazetteerBuilder.ONET), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get()
                    .parse(r)) {
                b.add("onet:" + rec.get("Example"), rec.get("Example"), false, false);
            }
        }
        return b.build();
    }
}
