package dev.standout.tools;

import dev.standout.corpus.Occupations;
import dev.standout.corpus.SegmentResolver;

import java.io.BufferedReader;
import java.io.IOException;
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

/**
 * Builds the occupation tree and title table that segment inference uses ({@code occupations.tsv} in core's
 * {@code dev/standout/corpus}): every O*NET-SOC occupation of the O*NET database with its parent chain (a
 * ".01" occupation under its ".00" occupation, that under its SOC minor group, that under its major group, the
 * groups from the resource {@code soc-groups.tsv}), and the title phrases that name each.
 *
 * <p><b>Titles.</b> An occupation's own title (and, for a plural last word, its singular: "Data Scientists" →
 * "data scientist"), the O*NET "Sample of Reported Titles" and the "Alternate Titles", each normalized as
 * {@link SegmentResolver#tokens} reads a title, of at most {@value Occupations#MAX_PHRASE_WORDS} words, any
 * parenthesis dropped. A phrase's weight for an occupation is {@value #OWN} for the own title, {@value #REPORTED_WEIGHT}
 * for a reported title, and {@code 1 + sources / 4} for an alternate title listed by that many O*NET sources.
 * A phrase goes to the occupation of the highest weight; when several share it (within {@value #TIE}), to their
 * lowest common ancestor ("data analyst": business intelligence analysts and statisticians → mathematical science
 * occupations); phrases whose only common ancestor is the root are left out, and so are phrases in which the
 * longest shorter phrase already names the same occupation ("senior data scientist": "data scientist" does).
 *
 * <pre>java dev.standout.tools.OccupationTableBuilder --shared ../shared --out core/src/main/resources/dev/standout/corpus/occupations.tsv</pre>
 */
public final class OccupationTableBuilder {
    static final String USAGE = "usage: OccupationTableBuilder --shared DIR --out FILE";
    static final String OCCUPATIONS = "taxonomy/onet/Occupation Data.txt";
    static final String ALTERNATE = "taxonomy/onet/Alternate Titles.txt";
    static final String REPORTED = "taxonomy/onet/Sample of Reported Titles.txt";
    static final double OWN = 4;
    static final double REPORTED_WEIGHT = 2;
    static final double TIE = 0.5;

    private final Map<String, String> title = new TreeMap<>(); // code -> title
    private final Map<String, String> parent = new TreeMap<>(); // code -> parent code ("" for a major group)
    private final Map<String, Map<String, Double>> phrases = new TreeMap<>(); // phrase -> code -> weight

    private OccupationTableBuilder() {
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BuildSupport.args(args, USAGE);
        Path shared = BuildSupport.sharedDir(a.get("shared"));
        String out = BuildSupport.required(a, "out", USAGE);
        String tsv = buildFrom(shared);
        BuildSupport.write(Path.of(out), tsv);
        System.err.println("wrote " + out);
    }

    /** The TSV text built from the shared data folder (the one holding {@code taxonomy/onet}). */
    public static String buildFrom(Path shared) throws IOException {
        OccupationTableBuilder b = new OccupationTableBuilder();
        b.groups();
        b.occupations(shared.resolve(OCCUPATIONS));
        b.reported(shared.resolve(REPORTED));
        b.alternates(shared.resolve(ALTERNATE));
        return b.write();
    }

    private void groups() {
        for (String line : BuildSupport.resourceLines("soc-groups.tsv")) {
            String[] f = line.split("\t");
            title.put(f[0], f[1]);
            parent.put(f[0], f[0].endsWith("-0000") ? "" : f[0].substring(0, 3) + "0000");
        }
    }

    private void occupations(Path file) throws IOException {
        List<String[]> rows = rows(file);
        for (String[] r : rows) title.put(r[0], r[1]);
        for (String[] r : rows) {
            String code = r[0];
            String base = code.substring(0, 7) + ".00";
            String p;
            if (!code.endsWith(".00") && title.containsKey(base)) {
                p = base;
            } else {
                String minor = code.substring(0, 3) + code.charAt(3) + code.charAt(4) + "00";
                p = title.containsKey(minor) ? minor : code.substring(0, 3) + code.charAt(3) + "000";
            }
            if (!title.containsKey(p)) throw new IOException("no SOC group " + p + " for " + code);
            parent.put(code, p);
            add(r[1], code, OWN);
            add(singular(r[1]), code, OWN);
        }
    }

    private void reported(Path file) throws IOException {
        for (String[] r : rows(file)) if (parent.containsKey(r[0])) add(r[1], r[0], REPORTED_WEIGHT);
    }

    private void alternates(Path file) throws IOException {
        for (String[] r : rows(file)) {
            if (!parent.containsKey(r[0])) continue;
            int sources = r.length > 3 ? r[3].split(",").length : 1;
            add(r[1], r[0], 1 + sources / 4.0);
        }
    }

    private void add(String text, String code, double weight) {
        String t = text.replaceAll("\\([^)]*\\)", " ");
        if (t.indexOf(',') >= 0 || t.indexOf(';') >= 0) return; // "Engineers, All Other": not a title people write
        List<String> tok = SegmentResolver.tokens(t);
        if (tok.isEmpty() || tok.size() > Occupations.MAX_PHRASE_WORDS) return;
        String phrase = String.join(" ", tok);
        phrases.computeIfAbsent(phrase, k -> new TreeMap<>()).merge(code, weight, Math::max);
    }

    /** "Data Scientists" → "Data Scientist"; "Secretaries" → "Secretary"; other words as they are. */
    static String singular(String title) {
        int sp = title.lastIndexOf(' ');
        String head = title.substring(0, sp + 1);
        String w = title.substring(sp + 1);
        String l = w.toLowerCase(Locale.ROOT);
        if (l.endsWith("ies") && l.length() > 4) return head + w.substring(0, w.length() - 3) + "y";
        if (l.endsWith("sses") || l.endsWith("ches") || l.endsWith("shes") || l.endsWith("xes")) {
            return head + w.substring(0, w.length() - 2);
        }
        if (l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("us")) return head + w.substring(0, w.length() - 1);
        return title;
    }

    private List<String> chain(String code) {
        List<String> out = new ArrayList<>();
        for (String c = code; !c.isEmpty(); c = parent.get(c)) out.add(c);
        return out;
    }

    private String commonAncestor(List<String> codes) {
        List<String> first = chain(codes.get(0));
        for (String c : first) {
            boolean all = true;
            for (String o : codes) all &= chain(o).contains(c);
            if (all) return c;
        }
        return "";
    }

    String write() {
        Map<String, String> ids = new TreeMap<>();
        Set<String> used = new HashSet<>(SegmentResolver.IT_SEGMENTS);
        used.addAll(SegmentResolver.OCCUPATION_SEGMENTS);
        for (String code : title.keySet()) {
            String id = BuildSupport.slug(title.get(code));
            if (!used.add(id)) {
                id = id + "-" + BuildSupport.slug(code);
                if (!used.add(id)) throw new IllegalStateException("duplicate id " + id);
            }
            ids.put(code, id);
        }
        StringBuilder b = new StringBuilder();
        b.append("# Standout occupation tree and titles. Generated by dev.standout.tools.OccupationTableBuilder; do not edit.\n");
        b.append("# Sources: O*NET 29.2 Database (Occupation Data, Alternate Titles, Sample of Reported Titles) by the\n");
        b.append("#   U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), CC BY 4.0; modified:\n");
        b.append("#   titles normalized and assigned to one occupation or group each. SOC 2018 major and minor groups\n");
        b.append("#   (U.S. Bureau of Labor Statistics, public domain).\n");
        b.append("# O <TAB> id <TAB> code <TAB> title <TAB> parent id (blank for a major group)\n");
        b.append("# T <TAB> title phrase (normalized words) <TAB> code of the occupation or group\n");
        for (String code : title.keySet()) {
            String p = parent.get(code);
            b.append("O\t").append(ids.get(code)).append('\t').append(code).append('\t')
                    .append(BuildSupport.clean(title.get(code))).append('\t')
                    .append(p == null || p.isEmpty() ? "" : ids.get(p)).append('\n');
        }
        Map<String, String> assigned = new TreeMap<>();
        for (Map.Entry<String, Map<String, Double>> e : phrases.entrySet()) {
            double best = 0;
            for (double w : e.getValue().values()) best = Math.max(best, w);
            List<String> top = new ArrayList<>();
            for (Map.Entry<String, Double> c : e.getValue().entrySet()) if (c.getValue() >= best - TIE) top.add(c.getKey());
            String code = commonAncestor(top);
            if (!code.isEmpty()) assigned.put(e.getKey(), code);
        }
        // a phrase whose longest shorter phrase inside it names the same occupation adds nothing: drop it
        Map<String, String> kept = new TreeMap<>();
        for (int n = 1; n <= Occupations.MAX_PHRASE_WORDS; n++) {
            for (Map.Entry<String, String> e : assigned.entrySet()) {
                String[] w = e.getKey().split(" ");
                if (w.length != n) continue;
                if (n == 1 || !e.getValue().equals(subMatch(w, kept))) kept.put(e.getKey(), e.getValue());
            }
        }
        for (Map.Entry<String, String> e : kept.entrySet()) {
            b.append("T\t").append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        int count = kept.size();
        b.append("# ").append(title.size()).append(" occupations and groups, ").append(count).append(" title phrases\n");
        return b.toString();
    }

    /** What the runtime matcher finds in a phrase's words among the shorter phrases: the longest, then the first. */
    private static String subMatch(String[] w, Map<String, String> shorter) {
        for (int n = w.length - 1; n >= 1; n--) {
            for (int i = 0; i + n <= w.length; i++) {
                String code = shorter.get(String.join(" ", java.util.Arrays.copyOfRange(w, i, i + n)));
                if (code != null) return code;
            }
        }
        return "";
    }

    private static List<String[]> rows(Path file) throws IOException {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine(); // header
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                out.add(line.split("\t"));
            }
        }
        return out;
    }
}
