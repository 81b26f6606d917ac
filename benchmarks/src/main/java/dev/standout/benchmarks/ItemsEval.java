package dev.standout.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.resume.Certificate;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.tools.GroundTruth;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Credentials and projects against the labelled resumes of {@code data/groundtruth/items} (or any file of the same
 * shape given with {@code --labels}): precision and recall per kind, with the matching rule of that folder's README.
 *
 * <p>A predicted item (its name or any of its mention texts) matches a gold span when their word sets (lower-case
 * runs of letters, digits, {@code +} and {@code #}) have Jaccard &gt;= 0.5, or one holds the other with at most four
 * extra words; one to one (a maximum bipartite matching per resume and kind). A livecareer, excelr or soupboss source
 * is analyzed from its file exactly as {@link Standout#analyze(Path)} does; a dotin XML source from its text with the
 * label tags removed, through {@link Standout#analyze(String)}.
 *
 * <pre>
 * benchmarks/run dev.standout.benchmarks.ItemsEval [--labels FILE] [--errors FILE] [--min-confidence X]
 * </pre>
 * {@code --errors} writes every false positive and false negative, per resume, for reading the error classes;
 * {@code --min-confidence} counts only predicted items at or above that confidence.
 */
public final class ItemsEval {
    private static final Pattern WORD = Pattern.compile("[a-z0-9+#]+");
    static final List<String> KINDS = List.of("certificates", "projects");

    private final Standout standout = Standout.builder().withoutScoring().build();
    private final double minConfidence;

    ItemsEval(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    /** Counts of one kind. */
    static final class Counts {
        int tp;
        int fp;
        int fn;

        void add(Counts o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        String row(String label) {
            double p = precision();
            double r = recall();
            double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
            return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %d | %d | %d |", label, p, r, f, tp, fp, fn);
        }
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) a.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        Path shared = Data.shared(a.get("shared"));
        Path labels = Path.of(a.getOrDefault("labels",
                shared.resolve("data/groundtruth/items/labels.json").toString()));
        ItemsEval eval = new ItemsEval(Double.parseDouble(a.getOrDefault("min-confidence", "0")));
        if (a.containsKey("show")) {
            JsonNode item = new ObjectMapper().readTree(labels.toFile()).path(a.get("show"));
            System.out.print(eval.show(shared.resolve("data").resolve(item.path("source").asText())));
            System.out.println("gold: " + item);
            return;
        }
        StringBuilder errors = new StringBuilder();
        String table = eval.run(shared, labels, errors);
        System.out.print(table);
        if (a.containsKey("errors")) Files.writeString(Path.of(a.get("errors")), errors, StandardCharsets.UTF_8);
    }

    /** Runs every labelled resume; returns the table, appends the errors to {@code errors}. */
    String run(Path shared, Path labels, StringBuilder errors) throws IOException {
        JsonNode root = new ObjectMapper().readTree(labels.toFile());
        Map<String, Map<String, Counts>> byGroup = new TreeMap<>();
        Map<String, Counts> all = new LinkedHashMap<>();
        for (String k : KINDS) all.put(k, new Counts());
        int resumes = 0;
        int failed = 0;
        long nanos = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode item = e.getValue();
            String source = item.path("source").asText();
            String group = group(source);
            Map<String, List<String>> predicted;
            long t0 = System.nanoTime();
            try {
                predicted = predict(shared.resolve("data").resolve(source));
            } catch (DocumentException | IOException ex) {
                failed++;
                errors.append(e.getKey()).append(' ').append(source).append(": FAILED ").append(ex).append('\n');
                predicted = Map.of("certificates", List.of(), "projects", List.of());
            }
            nanos += System.nanoTime() - t0;
            resumes++;
            StringBuilder mine = new StringBuilder();
            for (String kind : KINDS) {
                List<String> gold = new ArrayList<>();
                item.path(kind).forEach(n -> gold.add(n.asText()));
                Counts c = score(gold, predicted.get(kind), kind, mine);
                all.get(kind).add(c);
                byGroup.computeIfAbsent(group, g -> {
                    Map<String, Counts> m = new LinkedHashMap<>();
                    for (String k : KINDS) m.put(k, new Counts());
                    return m;
                }).get(kind).add(c);
            }
            if (mine.length() > 0) {
                errors.append("== ").append(e.getKey()).append(' ').append(source).append('\n').append(mine);
            }
        }
        StringBuilder b = new StringBuilder();
        b.append("| kind | P | R | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|\n");
        for (String k : KINDS) b.append(all.get(k).row(k)).append('\n');
        b.append("\nper source\n\n| source, kind | P | R | F1 | TP | FP | FN |\n|---|---|---|---|---|---|---|\n");
        for (var g : byGroup.entrySet()) {
            for (String k : KINDS) b.append(g.getValue().get(k).row(g.getKey() + ", " + k)).append('\n');
        }
        b.append(String.format(Locale.ROOT, "%n%d resumes (%d failed), %.0f ms per resume on average%n",
                resumes, failed, nanos / 1e6 / Math.max(1, resumes)));
        return b.toString();
    }

    private static String group(String source) {
        String[] p = source.split("/");
        if (p[0].equals("corpus")) return p[1];
        return p.length > 1 ? p[1] : p[0];
    }

    /** The text the pipeline read, a line each, with its section; then the items found. */
    String show(Path file) throws IOException {
        StringBuilder b = new StringBuilder();
        try {
            Result r = result(file);
            String text = r.text();
            dev.standout.parse.Layout layout = layout(file, text);
            int pos = 0;
            int index = 0;
            for (String line : text.split("\n", -1)) {
                String type = "";
                for (dev.standout.section.Section s : r.sections()) {
                    if (pos >= s.start() && pos < s.end()) type = s.type().name();
                }
                dev.standout.parse.LineStyle st = layout == null ? dev.standout.parse.LineStyle.PLAIN
                        : layout.line(index);
                String cues = (st.bold() ? "B" : "") + (st.heading() ? "H" : "") + (st.tableCell() ? "T" : "")
                        + (st.list() == dev.standout.parse.LineStyle.ListMark.NUMBER ? "N" : "")
                        + (st.size() >= 1.15f ? "L" : "") + (st.indent() >= 1f ? "I" : "");
                b.append(String.format(Locale.ROOT, "%-11s%-4s| %s%n", type, cues, line));
                pos += line.length() + 1;
                index++;
            }
            for (Certificate c : r.resume().certificates()) b.append("CERT ").append(c.name()).append(" [")
                    .append(c.id()).append("]\n");
            for (Project p : r.resume().projects()) b.append("PROJ ").append(p.name()).append('\n');
        } catch (DocumentException e) {
            b.append("FAILED ").append(e).append('\n');
        }
        return b.toString();
    }

    /** The layout cues of a file's normalized text, as the library aligns them; null for dotin texts. */
    private static dev.standout.parse.Layout layout(Path file, String normalized) throws IOException {
        if (file.toString().endsWith(".xml")) return null;
        try {
            dev.standout.parse.ParsedDocument doc = dev.standout.parse.DocumentParsers.standard()
                    .parse(Files.readAllBytes(file), dev.standout.parse.ParseLimits.DEFAULT);
            return dev.standout.parse.Layout.align(normalized, doc);
        } catch (DocumentException e) {
            return null;
        }
    }

    private Result result(Path file) throws DocumentException, IOException {
        if (file.toString().endsWith(".xml")) {
            String xml = Files.readString(file, StandardCharsets.UTF_8);
            int a = xml.indexOf("<cv>");
            int z = xml.lastIndexOf("</cv>");
            String body = a >= 0 && z > a ? xml.substring(a + 4, z) : xml;
            return standout.analyze(GroundTruth.parseInline(file.getFileName().toString(), body, false).text());
        }
        return standout.analyze(file);
    }

    /** The predicted items of one resume, each as its name followed by its mention texts (tab-separated). */
    Map<String, List<String>> predict(Path file) throws DocumentException, IOException {
        Result r = result(file);
        List<String> certs = new ArrayList<>();
        for (Certificate c : r.resume().certificates()) {
            certs.add(forms(c.name(), c.mentions()));
        }
        List<String> projects = new ArrayList<>();
        for (Project p : r.resume().projects()) {
            projects.add(forms(p.name(), p.mentions()));
        }
        return Map.of("certificates", certs, "projects", projects);
    }

    private static String forms(String name, List<Mention> mentions) {
        Set<String> f = new LinkedHashSet<>();
        f.add(name);
        for (Mention m : mentions) f.add(m.text());
        return String.join("\t", f);
    }

    /** Matches one resume's predicted items of a kind with the gold spans; appends the errors. */
    static Counts score(List<String> gold, List<String> predicted, String kind, StringBuilder errors) {
        int g = gold.size();
        int p = predicted.size();
        boolean[][] match = new boolean[p][g];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < g; j++) {
                for (String form : predicted.get(i).split("\t")) {
                    if (matches(words(form), words(gold.get(j)))) {
                        match[i][j] = true;
                        break;
                    }
                }
            }
        }
        int[] goldTo = new int[g];
        java.util.Arrays.fill(goldTo, -1);
        for (int i = 0; i < p; i++) augment(i, match, goldTo, new boolean[g]);
        boolean[] predMatched = new boolean[p];
        for (int j = 0; j < g; j++) if (goldTo[j] >= 0) predMatched[goldTo[j]] = true;
        Counts c = new Counts();
        for (int i = 0; i < p; i++) {
            if (predMatched[i]) c.tp++;
            else {
                c.fp++;
                errors.append("  FP ").append(kind).append(": ").append(predicted.get(i).split("\t")[0]).append('\n');
            }
        }
        for (int j = 0; j < g; j++) {
            if (goldTo[j] < 0) {
                c.fn++;
                errors.append("  FN ").append(kind).append(": ").append(gold.get(j)).append('\n');
            }
        }
        return c;
    }

    private static boolean augment(int i, boolean[][] match, int[] goldTo, boolean[] seen) {
        for (int j = 0; j < goldTo.length; j++) {
            if (!match[i][j] || seen[j]) continue;
            seen[j] = true;
            if (goldTo[j] < 0 || augment(goldTo[j], match, goldTo, seen)) {
                goldTo[j] = i;
                return true;
            }
        }
        return false;
    }

    static Set<String> words(String s) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = WORD.matcher(s.toLowerCase(Locale.ROOT));
        while (m.find()) out.add(m.group());
        return out;
    }

    /** The README's rule: Jaccard >= 0.5, or one holds the other with at most four extra words. */
    static boolean matches(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) return false;
        int inter = 0;
        for (String w : a) if (b.contains(w)) inter++;
        int union = a.size() + b.size() - inter;
        if (inter * 2 >= union) return true;
        if (inter == a.size() && b.size() - a.size() <= 4) return true;
        return inter == b.size() && a.size() - b.size() <= 4;
    }
}
