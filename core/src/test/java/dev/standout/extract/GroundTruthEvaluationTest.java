package dev.standout.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.Standout;
import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Education;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;
import dev.standout.resume.Work;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision, recall and F1 of the work and education extractors against the labelled resumes in
 * {@code ../shared/data/groundtruth} (dotin train, dataturks train). Skips when the shared folder is absent
 * (system property {@code standout.shared} or environment variable {@code STANDOUT_SHARED}).
 *
 * <p>Gold values are taken per resume as a set (a company labelled five times counts once), and so are
 * predictions. "Exact" compares lower-cased word sequences (punctuation ignored); "lenient" pairs values one to
 * one when their word sets have a Jaccard similarity of at least 0.5. Each text goes the library's way
 * ({@link Standout#analyze(String)}): the normalizer (which gives texts flattened to one line their line breaks
 * back), the section segmenter, the work and education extractors. All labels, skills included, are measured by
 * {@code dev.standout.benchmarks.ExtractionEval}.
 * Writes the table to {@code target/extraction-evaluation.md};
 * prints it when the environment variable {@code STANDOUT_EVAL_PRINT} is set, and prints each resume's gold and
 * predicted values for one label when {@code STANDOUT_EVAL_DUMP} (or {@code -Dstandout.eval.dump}) names it.
 */
class GroundTruthEvaluationTest {

    static final List<String> LABELS = List.of("Degree", "College Name", "Designation", "Companies worked at");
    private static final Pattern LABEL = Pattern.compile("<label type=\"([^\"]+)\">(.*?)</label>", Pattern.DOTALL);

    record Doc(String id, String text, Map<String, Set<String>> gold) {
    }

    static Path shared() {
        String p = System.getProperty("standout.shared");
        if (p == null || p.isBlank()) p = System.getenv("STANDOUT_SHARED");
        if (p == null || p.isBlank()) return null;
        Path path = Path.of(p);
        return Files.isDirectory(path.resolve("data/groundtruth")) ? path : null;
    }

    static List<Doc> dotin(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared.resolve("data/groundtruth/dotin/train"))) {
            for (Path f : files.filter(x -> x.toString().endsWith(".xml")).sorted().toList()) {
                String xml = Files.readString(f, StandardCharsets.UTF_8);
                int a = xml.indexOf("<cv>");
                int b = xml.lastIndexOf("</cv>");
                String body = a >= 0 && b > a ? xml.substring(a + 4, b) : xml;
                Map<String, Set<String>> gold = new LinkedHashMap<>();
                Matcher m = LABEL.matcher(body);
                while (m.find()) {
                    gold.computeIfAbsent(m.group(1), k -> new LinkedHashSet<>()).add(unescape(m.group(2)).trim());
                }
                String text = unescape(body.replaceAll("</?label[^>]*>", "")).strip();
                docs.add(new Doc("dotin/" + f.getFileName(), text, gold));
            }
        }
        return docs;
    }

    static List<Doc> dataturks(Path shared) throws IOException {
        List<Doc> docs = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedReader r = Files.newBufferedReader(shared.resolve("data/groundtruth/dataturks/traindata.json"))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode node = json.readTree(line);
                Map<String, Set<String>> gold = new LinkedHashMap<>();
                for (JsonNode ann : node.path("annotation")) {
                    for (JsonNode label : ann.path("label")) {
                        for (JsonNode point : ann.path("points")) {
                            gold.computeIfAbsent(label.asText(), k -> new LinkedHashSet<>())
                                    .add(point.path("text").asText().trim());
                        }
                    }
                }
                docs.add(new Doc("dataturks/" + (n++), node.path("content").asText(), gold));
            }
        }
        return docs;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) if (!w.isEmpty()) out.add(w);
        return out;
    }

    static double jaccard(String a, String b) {
        Set<String> x = new LinkedHashSet<>(words(a));
        Set<String> y = new LinkedHashSet<>(words(b));
        if (x.isEmpty() && y.isEmpty()) return 1;
        Set<String> inter = new LinkedHashSet<>(x);
        inter.retainAll(y);
        Set<String> union = new LinkedHashSet<>(x);
        union.addAll(y);
        return (double) inter.size() / union.size();
    }

    /** True positives, false positives and false negatives, exact and lenient. */
    static final class Score {
        int exactTp, exactFp, exactFn, lenTp, lenFp, lenFn;

        void add(Set<String> goldRaw, Set<String> predRaw) {
            List<String> gold = dedupe(goldRaw);
            List<String> pred = dedupe(predRaw);
            Set<String> g = new LinkedHashSet<>();
            for (String s : gold) g.add(String.join(" ", words(s)));
            int tp = 0;
            for (String s : pred) if (g.contains(String.join(" ", words(s)))) tp++;
            exactTp += tp;
            exactFp += pred.size() - tp;
            exactFn += gold.size() - tp;
            // lenient: greedy one-to-one by best Jaccard
            boolean[] usedG = new boolean[gold.size()];
            boolean[] usedP = new boolean[pred.size()];
            int ltp = 0;
            while (true) {
                double best = 0.5 - 1e-9;
                int bi = -1;
                int bj = -1;
                for (int i = 0; i < gold.size(); i++) {
                    if (usedG[i]) continue;
                    for (int j = 0; j < pred.size(); j++) {
                        if (usedP[j]) continue;
                        double s = jaccard(gold.get(i), pred.get(j));
                        if (s > best) {
                            best = s;
                            bi = i;
                            bj = j;
                        }
                    }
                }
                if (bi < 0) break;
                usedG[bi] = true;
                usedP[bj] = true;
                ltp++;
            }
            lenTp += ltp;
            lenFp += pred.size() - ltp;
            lenFn += gold.size() - ltp;
        }

        private static List<String> dedupe(Set<String> values) {
            Map<String, String> byKey = new LinkedHashMap<>();
            for (String v : values) {
                String k = String.join(" ", words(v));
                if (!k.isEmpty()) byKey.putIfAbsent(k, v);
            }
            return new ArrayList<>(byKey.values());
        }

        static double f1(int tp, int fp, int fn) {
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |", name,
                    p(exactTp, exactFp), r(exactTp, exactFn), f1(exactTp, exactFp, exactFn),
                    p(lenTp, lenFp), r(lenTp, lenFn), f1(lenTp, lenFp, lenFn), lenTp + lenFn);
        }

        double lenientF1() {
            return f1(lenTp, lenFp, lenFn);
        }

        private static double p(int tp, int fp) {
            return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        }

        private static double r(int tp, int fn) {
            return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        }
    }

    private static final SectionSegmenter SEGMENTER = new SectionSegmenter();

    /**
     * The library's path from text, as {@link Standout#analyze(String)} and {@link ResumeExtractor} take it:
     * normalizer (which gives flattened texts their line breaks back), segmenter, work and education extractors.
     */
    static Map<String, Set<String>> predict(String text) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        for (String l : LABELS) out.put(l, new LinkedHashSet<>());
        SectionedText st = SectionRepair.repair(SEGMENTER.segment(TextNormalizer.normalize(text)));
        for (Work w : new WorkExtractor().extract(st)) {
            if (!w.position().isEmpty()) out.get("Designation").add(w.position());
            if (!w.name().isEmpty()) out.get("Companies worked at").add(w.name());
        }
        for (Education e : new EducationExtractor().extract(st)) {
            if (!e.studyType().isEmpty()) out.get("Degree").add(e.mentions().get(0).text());
            if (!e.institution().isEmpty()) out.get("College Name").add(e.institution());
        }
        return out;
    }

    static Map<String, Score> evaluate(List<Doc> docs, String dump) {
        Map<String, Score> scores = new LinkedHashMap<>();
        for (String l : LABELS) scores.put(l, new Score());
        for (Doc d : docs) {
            Map<String, Set<String>> pred = predict(d.text());
            for (String l : LABELS) {
                Set<String> gold = d.gold().getOrDefault(l, Set.of());
                scores.get(l).add(gold, pred.get(l));
                if (l.equals(dump)) {
                    System.out.println(d.id() + "\n   gold: " + gold + "\n   pred: " + pred.get(l));
                }
            }
        }
        return scores;
    }

    @Test
    void measuresWorkAndEducationAgainstGroundTruth() throws IOException {
        Path shared = shared();
        Assumptions.assumeTrue(shared != null, "no ../shared data (set standout.shared or STANDOUT_SHARED): skipped");
        String dump = System.getProperty("standout.eval.dump", System.getenv().getOrDefault("STANDOUT_EVAL_DUMP", ""));
        StringBuilder table = new StringBuilder();
        long t0 = System.nanoTime();
        List<Doc> dotin = dotin(shared);
        List<Doc> turks = dataturks(shared);
        Map<String, Map<String, Score>> all = new LinkedHashMap<>();
        all.put("dotin train (" + dotin.size() + ")", evaluate(dotin, dump));
        all.put("dataturks train (" + turks.size() + ")", evaluate(turks, dump));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (var e : all.entrySet()) {
            table.append("\n### ").append(e.getKey()).append("\n\n")
                    .append("| label | exact P | exact R | exact F1 | lenient P | lenient R | lenient F1 | gold |\n")
                    .append("|---|---|---|---|---|---|---|---|\n");
            for (var s : e.getValue().entrySet()) table.append(s.getValue().row(s.getKey())).append('\n');
        }
        table.append("\n").append(dotin.size() + turks.size()).append(" resumes in ").append(ms).append(" ms\n");
        if (!dump.isEmpty() || System.getenv("STANDOUT_EVAL_PRINT") != null) System.out.println(table);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/extraction-evaluation.md"), table.toString());
        // floors a few points below the figures measured when this was written: a guard against regressions
        Map<String, Score> d = all.get("dotin train (" + dotin.size() + ")");
        Map<String, Score> t = all.get("dataturks train (" + turks.size() + ")");
        assertThat(d.get("Degree").lenientF1()).isGreaterThan(0.55);
        assertThat(d.get("College Name").lenientF1()).isGreaterThan(0.54);
        assertThat(d.get("Designation").lenientF1()).isGreaterThan(0.35);
        assertThat(d.get("Companies worked at").lenientF1()).isGreaterThan(0.28);
        assertThat(t.get("Degree").lenientF1()).isGreaterThan(0.72);
        assertThat(t.get("College Name").lenientF1()).isGreaterThan(0.73);
        assertThat(t.get("Designation").lenientF1()).isGreaterThan(0.55);
        assertThat(t.get("Companies worked at").lenientF1()).isGreaterThan(0.48);
    }
}
