package dev.standout.benchmarks;

import dev.standout.DocumentException;
import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.extract.CredentialExtractor;
import dev.standout.extract.ResumeExtractor;
import dev.standout.extract.SkillExtractor;
import dev.standout.nlp.NlpPipeline;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Education;
import dev.standout.resume.Mention;
import dev.standout.resume.Skill;
import dev.standout.resume.Work;
import dev.standout.section.ContactExtractor;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.SkillEntry;
import dev.standout.taxonomy.SkillTaxonomy;
import dev.standout.resume.SkillType;
import dev.standout.tools.Alignment;
import dev.standout.tools.GroundTruth;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Precision, recall and F1 of the extraction against the labelled resumes of {@code ../shared} (dotin train and
 * DataTurks train), per label, exact and lenient, on a development part (80%) and a held-out part (20%) of each
 * set (see {@link GroundTruth}).
 *
 * <p>Each resume goes through exactly the library's path from text: {@link Standout#analyze(String)}
 * (normalizer, segmenter, all extractors). Labels:
 * <ul>
 *   <li><b>skills</b>: dotin "Tech Tools" and "Job Specific Skills"; DataTurks "Skills". Predictions are the
 *       mentions of skills other than soft skills and natural languages (dotin labels those "Soft Skills").
 *       Counted per mention, as the gold is: a predicted and a gold mention pair up only where they overlap.
 *       dotin labels only some of the repeated mentions of a skill, so an unpaired prediction whose words are
 *       those of a gold mention elsewhere in the resume is left out of the count (column "ignored"). DataTurks
 *       labels whole skill lists as one span: gold items are the list's items (split at commas, semicolons,
 *       bars, bullets and line breaks, without "(3 years)" notes and "Label:" prefixes), and predictions outside
 *       the labelled lists are left out (it labels lists, not skills used in prose). The row "skills (distinct)"
 *       counts each distinct value once per resume instead; "skills (distinct, labelled resumes)" does so over the
 *       dotin resumes that have a skill labelled (see {@link #SKILLS_LABELLED}); "skills (per skill)" counts each
 *       reported skill once, whatever forms it is written in ("Oracle", "Oracle 11g"), against the labelled values
 *       grouped per skill.</li>
 *   <li><b>Degree, College Name, Designation, Companies worked at</b>: per resume sets of values (a company labelled
 *       five times counts once), as in the core's {@code GroundTruthEvaluationTest}.</li>
 * </ul>
 *
 * <pre>
 * java -cp … dev.standout.benchmarks.ExtractionEval [--shared DIR] [--dump LABEL] [--context] [--out FILE]
 * </pre>
 * {@code --shared} defaults to the system property {@code standout.shared}, then the environment variable
 * {@code STANDOUT_SHARED}, then {@code ../shared}. {@code --dump skills} prints the false positives and misses of
 * the development part by surface form ({@code --context} adds the line of each false positive); {@code --dump
 * distinct} each distinct false positive and miss with its type, section, skill id and line ({@code --context}
 * adds the true positives); never use it on the held-out part.
 */
public final class ExtractionEval {

    static final String SKILLS = "skills";
    static final String SKILLS_DISTINCT = "skills (distinct)";
    /**
     * each reported skill once per resume, whatever forms it is written in ("Oracle" and "Oracle 11g" once), against
     * the labelled values grouped per skill (see {@link #goldSkills})
     */
    static final String SKILLS_PER_SKILL = "skills (per skill)";
    /**
     * dotin only: the distinct row over the resumes that have at least one skill labelled. A resume with none was not
     * annotated for skills (some have only their name labelled): its skills can be neither right nor wrong, as
     * DataTurks' skills outside its labelled lists are left out.
     */
    static final String SKILLS_LABELLED = "skills (distinct, labelled resumes)";
    /** {@code --dump distinct}: the distinct false positives and misses of the development part, with their lines */
    static final String DISTINCT = "distinct";
    static final String SKILLS_STRICT = "skills (strict)";
    static final String TECHNICAL = "technical (distinct)";
    static final String DOMAIN = "domain (distinct)";
    static final String SOFT = "soft (distinct)";
    static final String SOFT_LABEL = "Soft Skills (distinct)";
    static final List<String> LABELS = List.of(SKILLS, SKILLS_DISTINCT, SKILLS_PER_SKILL, "Degree", "College Name", "Designation",
            "Companies worked at");
    /** dotin only: skills per type, distinct per resume (see {@link #byType}) */
    static final List<String> TYPE_LABELS = List.of(TECHNICAL, DOMAIN, SOFT, SOFT_LABEL);
    private static final List<String> DOTIN_SKILLS = List.of("Tech Tools", "Job Specific Skills");
    private static final List<String> PARTS = List.of("train 80%", "held-out 20%", "all");

    private final Standout standout = Standout.create();
    /** with {@code --rules}: the same path with the hand-written rules instead of the skill model */
    private final ResumeExtractor rulesExtractor;
    private final SkillTaxonomy taxonomy = SkillTaxonomy.defaultTaxonomy();
    private final SectionSegmenter segmenter = new SectionSegmenter();
    private final ContactExtractor contacts = new ContactExtractor();
    private final String dump;
    private final boolean context;
    private final PrintStream out;
    private final Map<String, Integer> fps = new TreeMap<>();
    private final Map<String, Integer> fns = new TreeMap<>();
    private final List<Long> nanos = new ArrayList<>();

    ExtractionEval(String dump, boolean context, boolean rules, PrintStream out) {
        this.rulesExtractor = rules ? new ResumeExtractor(new SkillExtractor(SkillTaxonomy.defaultTaxonomy(), null),
                new CredentialExtractor(), NlpPipeline.shared()) : null;
        this.dump = dump;
        this.context = context;
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String k = args[i];
            if (k.equals("--context") || k.equals("--rules")) {
                a.put(k.substring(2), "1");
            } else if (k.startsWith("--") && i + 1 < args.length) {
                a.put(k.substring(2), args[++i]);
            } else {
                System.err.println("usage: ExtractionEval [--shared DIR] [--rules] [--dump LABEL] [--context] [--out FILE]");
                System.exit(2);
            }
        }
        Path shared = sharedDir(a.get("shared"));
        if (shared == null) {
            System.err.println("no shared data folder with data/groundtruth: give --shared DIR");
            System.exit(1);
        }
        ExtractionEval eval = new ExtractionEval(a.getOrDefault("dump", ""), a.containsKey("context"),
                a.containsKey("rules"), System.out);
        String table = eval.run(shared).table();
        System.out.print(table);
        if (a.containsKey("out")) Files.writeString(Path.of(a.get("out")), table, StandardCharsets.UTF_8);
    }

    static Path sharedDir(String arg) {
        String s = arg;
        if (s == null || s.isBlank()) s = System.getProperty("standout.shared");
        if (s == null || s.isBlank()) s = System.getenv("STANDOUT_SHARED");
        if (s == null || s.isBlank()) s = "../shared";
        Path p = Path.of(s).toAbsolutePath().normalize();
        return Files.isDirectory(p.resolve("data/groundtruth")) ? p : null;
    }

    /** Scores per data set, per part ({@link #PARTS}), per label. */
    record Report(Map<String, Map<String, Map<String, EvalScore>>> scores, int resumes, double msPerResume,
                  double medianMs, double p95Ms) {
        EvalScore get(String set, String part, String label) {
            return scores.get(set).get(part).get(label);
        }

        String table() {
            StringBuilder b = new StringBuilder();
            for (var set : scores.entrySet()) {
                b.append("\n### ").append(set.getKey()).append("\n\n")
                        .append("| label | part | exact P | exact R | exact F1 | lenient P | lenient R | lenient F1 "
                                + "| gold | ignored |\n")
                        .append("|---|---|---|---|---|---|---|---|---|---|\n");
                List<String> labels = new ArrayList<>(LABELS);
                if (set.getKey().startsWith("dotin")) {
                    labels.addAll(2, TYPE_LABELS);
                    labels.add(2, SKILLS_LABELLED);
                }
                for (String label : labels) {
                    for (String part : PARTS) b.append(set.getValue().get(part).get(label).row(label, part)).append('\n');
                    if (label.equals(SKILLS) && set.getKey().startsWith("dotin")) {
                        for (String part : PARTS) {
                            b.append(set.getValue().get(part).get(label).strict().row(SKILLS_STRICT, part)).append('\n');
                        }
                    }
                }
            }
            b.append(String.format(Locale.ROOT, "%n%d resumes; extraction from text (normalize, segment, extract): "
                    + "mean %.1f ms, median %.1f ms, p95 %.1f ms per resume%n", resumes, msPerResume, medianMs, p95Ms));
            return b.toString();
        }
    }

    Report run(Path shared) throws IOException {
        Map<String, List<GroundTruth.Doc>> sets = new LinkedHashMap<>();
        List<GroundTruth.Doc> dotin = GroundTruth.dotin(shared);
        List<GroundTruth.Doc> turks = GroundTruth.dataturks(shared);
        sets.put("dotin train (" + dotin.size() + ")", dotin);
        sets.put("DataTurks train (" + turks.size() + ")", turks);
        // warm up: load the taxonomy, the catalog and the tagger before timing
        try {
            analyze(dotin.get(0).text());
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        Map<String, Map<String, Map<String, EvalScore>>> scores = new LinkedHashMap<>();
        int n = 0;
        for (var set : sets.entrySet()) {
            Map<String, Map<String, EvalScore>> byPart = new LinkedHashMap<>();
            for (String part : PARTS) {
                Map<String, EvalScore> m = new LinkedHashMap<>();
                for (String l : LABELS) m.put(l, new EvalScore());
                for (String l : TYPE_LABELS) m.put(l, new EvalScore());
                m.put(SKILLS_LABELLED, new EvalScore());
                byPart.put(part, m);
            }
            boolean isDotin = set.getKey().startsWith("dotin");
            for (GroundTruth.Doc d : set.getValue()) {
                Map<String, EvalScore> s = byPart.get(d.heldOut() ? PARTS.get(1) : PARTS.get(0));
                evaluate(d, isDotin, s);
                n++;
            }
            for (String l : byPart.get(PARTS.get(2)).keySet()) {
                byPart.get(PARTS.get(2)).get(l).addAll(byPart.get(PARTS.get(0)).get(l));
                byPart.get(PARTS.get(2)).get(l).addAll(byPart.get(PARTS.get(1)).get(l));
            }
            scores.put(set.getKey(), byPart);
        }
        if (!dump.isEmpty()) {
            out.println("false positives (train part, by surface form): " + top(fps, 300));
            out.println("misses (train part, by surface form): " + top(fns, 300));
        }
        long[] t = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(t).average().orElse(0) / 1e6;
        return new Report(scores, n, mean, t.length == 0 ? 0 : t[t.length / 2] / 1e6,
                t.length == 0 ? 0 : t[(int) (t.length * 0.95)] / 1e6);
    }

    /** The library's path from text: {@link Standout#analyze(String)}, or the same steps with the rules. */
    private Result analyze(String raw) throws DocumentException {
        if (rulesExtractor == null) return standout.analyze(raw);
        String text = TextNormalizer.normalize(raw);
        if (text.isBlank()) throw new dev.standout.EmptyTextException("the document holds no text");
        SectionedText st = segmenter.segment(text);
        return Result.ok("text", "", DocumentFormat.TXT, List.of(), text, st.sections(),
                rulesExtractor.extract(st, contacts.extract(st)), null);
    }

    private void evaluate(GroundTruth.Doc d, boolean isDotin, Map<String, EvalScore> scores) {
        Result r;
        long t0 = System.nanoTime();
        try {
            r = analyze(d.text());
        } catch (DocumentException e) {
            r = null;
        }
        nanos.add(System.nanoTime() - t0);
        String norm = r == null ? "" : r.text();
        Alignment align = Alignment.of(d.text(), norm);
        boolean dumping = !d.heldOut();

        // skills, per mention
        List<EvalScore.Item> pred = new ArrayList<>();
        Map<EvalScore.Item, String> skillOf = new java.util.HashMap<>();
        if (r != null) {
            for (Skill s : r.resume().skills()) {
                SkillType type = s.type();
                if (type == SkillType.SOFT || type == SkillType.LANGUAGE) continue;
                for (Mention m : s.mentions()) {
                    EvalScore.Item item = new EvalScore.Item(m.start(), m.end(), m.text(),
                            (s.id().startsWith(SkillExtractor.UNKNOWN) ? "UNKNOWN" : type.name()) + " " + m.section()
                                    + " " + s.id().replace(' ', '_'));
                    pred.add(item);
                    skillOf.put(item, s.id());
                }
            }
        }
        List<EvalScore.Item> gold = new ArrayList<>();
        if (isDotin) {
            for (GroundTruth.Span s : d.spans()) {
                if (!DOTIN_SKILLS.contains(s.label())) continue;
                int[] at = align.span(s.start(), s.end());
                if (at != null) gold.add(new EvalScore.Item(at[0], at[1], s.text(), sectionAt(r, at[0])));
            }
        } else {
            List<int[]> blocks = new ArrayList<>();
            for (GroundTruth.Span s : d.spans("Skills")) {
                int[] at = align.span(s.start(), s.end());
                if (at == null) continue;
                blocks.add(at);
                for (EvalScore.Item item : listItems(s)) {
                    int[] ia = align.span(item.start(), item.end());
                    if (ia != null) gold.add(new EvalScore.Item(ia[0], ia[1], item.text(), sectionAt(r, ia[0])));
                }
            }
            List<EvalScore.Item> inside = new ArrayList<>();
            for (EvalScore.Item p : pred) {
                boolean in = false;
                for (int[] b : blocks) in |= p.start() < b[1] && b[0] < p.end();
                if (in) inside.add(p);
            }
            scores.get(SKILLS).ignored += pred.size() - inside.size();
            pred = inside;
        }
        Consumer<EvalScore.Item> fp = null;
        Consumer<EvalScore.Item> fn = null;
        if (dumping && dump.equals(SKILLS)) {
            String text = norm;
            fp = s -> {
                fps.merge(s.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                if (context) {
                    out.println("FP " + d.id() + " " + s.note() + " [" + s.text() + "] " + lineAt(text, s.start()));
                }
            };
            List<dev.standout.taxonomy.GazetteerMatch> raw = context ? taxonomy.find(text) : List.of();
            fn = s -> {
                fns.merge(s.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                if (context) {
                    String known = "none";
                    for (dev.standout.taxonomy.GazetteerMatch g : raw) {
                        if (g.start() < s.end() && s.start() < g.end()) {
                            known = taxonomy.byId(g.id()).map(e -> e.type().name()).orElse("?")
                                    + (g.ambiguous() ? "~" : "") + ":" + g.surface();
                            break;
                        }
                    }
                    out.println("FN " + d.id() + " " + s.note() + " " + known.replace(' ', '_') + " [" + s.text()
                            + "] " + lineAt(text, s.start()));
                }
            };
        }
        if (context && dumping && dump.equals(SKILLS)) {
            String text = norm;
            scores.get(SKILLS).onTruePositive = s -> out.println("TP " + d.id() + " " + s.note() + " [" + s.text()
                    + "] " + lineAt(text, s.start()));
        }
        scores.get(SKILLS).addMentions(gold, pred, fp, fn);
        scores.get(SKILLS).onTruePositive = null;
        Set<String> goldSet = new LinkedHashSet<>();
        for (EvalScore.Item g : gold) goldSet.add(g.text());
        Set<String> predSet = new LinkedHashSet<>();
        for (EvalScore.Item p : pred) predSet.add(p.text());
        // the reported skills, each with the forms it is written in
        Map<String, List<String>> bySkill = new LinkedHashMap<>();
        for (EvalScore.Item p : pred) bySkill.computeIfAbsent(skillOf.get(p), k -> new ArrayList<>()).add(p.text());
        Consumer<EvalScore.Item> dfp = null;
        Consumer<EvalScore.Item> dfn = null;
        Consumer<EvalScore.Item> dtp = null;
        if (dumping && dump.equals(DISTINCT)) {
            Map<String, String> where = new LinkedHashMap<>();
            for (EvalScore.Item p : pred) where.putIfAbsent(p.text(), p.note() + " | " + lineAt(norm, p.start()));
            Map<String, String> labelOf = new LinkedHashMap<>();
            for (GroundTruth.Span sp : d.spans()) labelOf.putIfAbsent(sp.text(), sp.label().replace(' ', '_'));
            for (EvalScore.Item g : gold) {
                where.putIfAbsent(g.text(), labelOf.getOrDefault(g.text(), "?") + " " + g.note() + " | "
                        + lineAt(norm, g.start()));
            }
            dfp = s -> out.println("DFP " + d.id() + " [" + s.text() + "] " + where.getOrDefault(s.text(), ""));
            dfn = s -> out.println("DFN " + d.id() + " [" + s.text() + "] " + where.getOrDefault(s.text(), ""));
            // with --context, the true positives too
            if (context) dtp = s -> out.println("DTP " + d.id() + " [" + s.text() + "] " + where.getOrDefault(s.text(), ""));
        }
        scores.get(SKILLS_DISTINCT).onTruePositive = dtp;
        scores.get(SKILLS_DISTINCT).addSets(goldSet, predSet, dfp, dfn);
        scores.get(SKILLS_DISTINCT).onTruePositive = null;
        if (isDotin && !gold.isEmpty()) scores.get(SKILLS_LABELLED).addSets(goldSet, predSet, null, null);
        scores.get(SKILLS_PER_SKILL).addGroups(goldSkills(goldSet), new ArrayList<>(bySkill.values()), null, null);
        if (isDotin) byType(d, r, scores);

        // the other labels, per resume sets
        Map<String, Set<String>> predicted = new LinkedHashMap<>();
        for (String l : LABELS.subList(3, LABELS.size())) predicted.put(l, new LinkedHashSet<>());
        if (r != null) {
            for (Work w : r.resume().work()) {
                if (!w.position().isEmpty()) predicted.get("Designation").add(w.position());
                if (!w.name().isEmpty()) predicted.get("Companies worked at").add(w.name());
            }
            for (Education e : r.resume().education()) {
                if (!e.studyType().isEmpty() && !e.mentions().isEmpty()) {
                    predicted.get("Degree").add(e.mentions().get(0).text());
                }
                if (!e.institution().isEmpty()) predicted.get("College Name").add(e.institution());
            }
        }
        for (String l : LABELS.subList(3, LABELS.size())) {
            Set<String> g = new LinkedHashSet<>();
            for (GroundTruth.Span s : d.spans(l)) g.add(s.text());
            Consumer<EvalScore.Item> f1 = null;
            Consumer<EvalScore.Item> f2 = null;
            if (dumping && dump.equals(l)) {
                f1 = s -> fps.merge(s.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
                f2 = s -> fns.merge(s.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            scores.get(l).addSets(g, predicted.get(l), f1, f2);
        }
    }

    /**
     * dotin's skills per type, each distinct value once per resume, lenient and exact: "Tech Tools" against the
     * technical skills (and the unknown items of lists), "Job Specific Skills" against the domain skills, "Soft
     * Skills" that are not natural languages against the soft skills, and every "Soft Skills" value (dotin labels
     * natural languages so too) against the soft skills and natural languages.
     */
    private void byType(GroundTruth.Doc d, Result r, Map<String, EvalScore> scores) {
        Map<String, Set<String>> pred = new LinkedHashMap<>();
        for (String l : TYPE_LABELS) pred.put(l, new LinkedHashSet<>());
        if (r != null) {
            for (Skill s : r.resume().skills()) {
                String type = typeOf(s);
                String label = switch (type) {
                    case "SOFT" -> SOFT;
                    case "LANGUAGE" -> null;
                    case "DOMAIN" -> DOMAIN;
                    default -> TECHNICAL;
                };
                for (Mention m : s.mentions()) {
                    if (label != null) pred.get(label).add(m.text());
                    if (type.equals("SOFT") || type.equals("LANGUAGE")) pred.get(SOFT_LABEL).add(m.text());
                }
            }
        }
        Map<String, Set<String>> gold = new LinkedHashMap<>();
        for (String l : TYPE_LABELS) gold.put(l, new LinkedHashSet<>());
        for (GroundTruth.Span s : d.spans()) {
            switch (s.label()) {
                case "Tech Tools" -> gold.get(TECHNICAL).add(s.text());
                case "Job Specific Skills" -> gold.get(DOMAIN).add(s.text());
                case "Soft Skills" -> {
                    gold.get(SOFT_LABEL).add(s.text());
                    if (!isNaturalLanguage(s.text())) gold.get(SOFT).add(s.text());
                }
                default -> { }
            }
        }
        for (String l : TYPE_LABELS) scores.get(l).addSets(gold.get(l), pred.get(l), null, null);
    }

    /** A version after a name, to be taken off a labelled value: "Oracle 11g", "Java 8", "PHP 5.x", "Python v2.7". */
    private static final Pattern TRAILING_VERSION = Pattern.compile("\\s+v?\\d+(?:\\.(?:\\d+|x))*[a-z]?$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Labelled values grouped per skill, as the library reports skills: values that the taxonomy names as one skill,
     * as written or without a version ("Oracle" and "Oracle 11g"), are one gold skill; a value the taxonomy does not
     * know stands alone.
     */
    List<List<String>> goldSkills(Set<String> values) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String v : values) {
            String id = skillIdOf(v);
            groups.computeIfAbsent(id == null ? "value:" + EvalScore.key(v) : id, k -> new ArrayList<>()).add(v);
        }
        return new ArrayList<>(groups.values());
    }

    /** The taxonomy's skill named by a whole labelled value (its technology first), or null. */
    private String skillIdOf(String value) {
        String v = value.strip();
        List<SkillEntry> entries = taxonomy.byAlias(v);
        if (entries.isEmpty()) {
            String bare = TRAILING_VERSION.matcher(v).replaceFirst("");
            if (!bare.equals(v) && !bare.isBlank()) entries = taxonomy.byAlias(bare);
        }
        for (SkillEntry e : entries) if (e.type() == SkillType.TECHNICAL) return e.id();
        return entries.isEmpty() ? null : entries.get(0).id();
    }

    /** The type of a found skill, as the result gives it. */
    private static String typeOf(Skill s) {
        return s.type().name();
    }

    private boolean isNaturalLanguage(String value) {
        for (SkillEntry e : taxonomy.byAlias(value)) if (e.type().name().equals("LANGUAGE")) return true;
        return false;
    }

    private static final Pattern ITEM_SPLIT = Pattern.compile("[,;|•\\n\\t]+|\\s{2,}");
    private static final Pattern NOTE = Pattern.compile("\\((?:[^()]*\\d[^()]*|less than[^()]*|basics?|preliminary"
            + "|beginner|intermediate|advanced|expert)\\)", Pattern.CASE_INSENSITIVE);

    /** The items of a labelled skills list, with offsets into the raw text. */
    static List<EvalScore.Item> listItems(GroundTruth.Span block) {
        List<EvalScore.Item> out = new ArrayList<>();
        String t = block.text();
        Matcher m = ITEM_SPLIT.matcher(t);
        int from = 0;
        while (true) {
            boolean found = m.find();
            int to = found ? m.start() : t.length();
            addItem(t, from, to, block.start(), out);
            if (!found) break;
            from = m.end();
        }
        return out;
    }

    private static void addItem(String t, int from, int to, int base, List<EvalScore.Item> out) {
        String s = t.substring(from, to);
        // "Languages: Java" → "Java"
        int colon = s.lastIndexOf(':');
        if (colon >= 0) {
            from += colon + 1;
            s = s.substring(colon + 1);
        }
        Matcher note = NOTE.matcher(s);
        if (note.find()) s = s.substring(0, note.start()) + " ".repeat(note.end() - note.start()) + s.substring(note.end());
        int a = 0;
        while (a < s.length() && (Character.isWhitespace(s.charAt(a)) || ".-–*".indexOf(s.charAt(a)) >= 0)) a++;
        int b = s.length();
        while (b > a && (Character.isWhitespace(s.charAt(b - 1)) || ".".indexOf(s.charAt(b - 1)) >= 0)) b--;
        if (b <= a) return;
        String item = s.substring(a, b);
        if (EvalScore.words(item).isEmpty() || EvalScore.words(item).size() > 6) return;
        out.add(new EvalScore.Item(base + from + a, base + from + b, item));
    }

    private static String sectionAt(Result r, int offset) {
        if (r == null) return "";
        for (dev.standout.section.Section s : r.sections()) {
            if (offset >= s.start() && offset < s.end()) return s.type().name();
        }
        return "CONTACT";
    }

    private static String lineAt(String text, int at) {
        int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = text.indexOf('\n', at);
        if (e < 0) e = text.length();
        if (e - s > 200) {
            s = Math.max(s, at - 90);
            e = Math.min(e, at + 90);
        }
        return text.substring(s, e).replace('\t', ' ');
    }

    private static String top(Map<String, Integer> m, int n) {
        return m.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(n)
                .map(e -> e.getKey() + "=" + e.getValue()).reduce((x, y) -> x + ", " + y).orElse("");
    }
}
