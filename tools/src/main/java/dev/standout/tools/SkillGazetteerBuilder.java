package dev.standout.tools;

import dev.standout.taxonomy.GazetteerAlias;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Builds {@code core/src/main/resources/dev/standout/taxonomy/skills.tsv} from the curated list (first say), O*NET
 * 29.2 Technology Skills and ESCO v1.1.1 skills.
 *
 * <pre>java dev.standout.tools.SkillGazetteerBuilder --shared ../shared --out core/src/main/resources/dev/standout/taxonomy/skills.tsv</pre>
 *
 * <p>An alias key (see {@code GazetteerMatcher.normalize}) belongs to the first entry that claims it: curated
 * entries, then O*NET examples in name order, then ESCO skills in label order. A source entry whose name is an
 * alias of an earlier entry is merged into it. The output is sorted by id and has the same bytes on every run.
 *
 * <p>Skills outside IT: the curated list has a section per occupation family (hospitality, healthcare, office,
 * retail, trades, aviation, education, agriculture, fitness, apparel) in the short forms resumes write, and the
 * verb-phrase labels of ESCO competences give everyday forms ({@link #derivedForms}: "manage budgets" → "budget
 * management", "plan menus" → "menu planning", "provide customer service" → "customer service"), kept only
 * when enough resumes of the florex and livecareer corpora write them ({@link #MIN_ATTESTED}), so that the
 * derivation's noise ("musical staff management") stays out. A competence's alternative label that leaves out a
 * word of its object names a broader or another skill and is dropped ({@link #keepsObject}: "infrastructure
 * management" is not "monitor swimming-pool infrastructure").
 */
public final class SkillGazetteerBuilder {
    static final String USAGE = "usage: SkillGazetteerBuilder --shared DIR --out FILE";
    static final String ESCO = "taxonomy/esco/skills_en.csv";
    static final String ONET = "taxonomy/onet/Technology Skills.txt";
    static final int MAX_WORDS = 6;
    static final int MAX_WORDS_SKILL = 4;

    private static final Pattern PARENS = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9/&+.-]*[A-Z0-9+]");
    private static final Set<String> FUNCTION_WORDS = Set.of("and", "or", "of", "the", "for", "to", "in", "with",
            "a", "an", "on", "by", "from", "at", "as", "into", "its", "their", "your", "our", "other", "etc");
    private static final Set<String> NOT_TECH = Set.of("christianity", "islam", "buddhism", "judaism", "hinduism",
            "bible texts", "earth science", "outsourcing model", "open source model", "process-based management");
    private static final List<String> NOT_TECH_PREFIX = List.of("ICT ", "European ", "International ", "Montessori",
            "Freinet", "Steiner", "Code of ", "Global ", "Agile ", "Lean ", "Iterative ", "Incremental ",
            "Spiral ", "Waterfall ", "Rapid ", "Prototyping ", "Prince2", "World Wide Web");

    /** An entry under construction. */
    static final class Draft {
        final String name;
        SkillType type;
        final int priority; // 0 curated, 1 onet, 2 esco
        final TreeSet<String> sources = new TreeSet<>();
        boolean hot;
        final Map<String, GazetteerAlias> aliases = new LinkedHashMap<>();
        final Set<String> keys = new HashSet<>();

        Draft(String name, SkillType type, int priority, String source) {
            this.name = name;
            this.type = type;
            this.priority = priority;
            sources.add(source);
        }
    }

    private final Map<String, Draft> owner = new HashMap<>();
    private final List<Draft> drafts = new ArrayList<>();
    private final Set<String> generic;
    private final Set<String> stop;
    private final Set<String> english;
    private final Set<String> escoVocabulary = new HashSet<>();
    private final Set<String> escoVerbs = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();

    SkillGazetteerBuilder() {
        generic = BuildSupport.keySet("generic-words.txt");
        stop = BuildSupport.keySet("skill-alias-stoplist.txt");
        english = BuildSupport.keySet("english-words.txt");
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BuildSupport.args(args, USAGE);
        Path shared = BuildSupport.sharedDir(a.get("shared"));
        String out = BuildSupport.required(a, "out", USAGE);
        SkillGazetteerBuilder b = new SkillGazetteerBuilder();
        String tsv = b.build(shared);
        BuildSupport.write(Path.of(out), tsv);
        Path gaz = BuildSupport.binaryPathFor(Path.of(out));
        java.nio.file.Files.write(gaz, binaryFor(tsv));
        b.warnings.forEach(w -> System.err.println("warning: " + w));
        System.err.println("wrote " + out + " and " + gaz + ": " + b.counts);
    }

    /** The binary trie that goes with the TSV text (see {@code GazetteerMatcher#write}). */
    public static byte[] binaryFor(String tsv) throws IOException {
        return BuildSupport.binaryTrie(tsv, SkillTaxonomy.read(new java.io.StringReader(tsv)).matcher());
    }

    /** The TSV text built from the shared data folder (the one holding {@code taxonomy/}). */
    public static String buildFrom(Path shared) throws IOException {
        return new SkillGazetteerBuilder().build(shared);
    }

    /** The TSV text built from the shared data folder, with the corpora already read. */
    static String buildFrom(Path shared, List<CorpusTexts.Doc> corpus) throws IOException {
        return new SkillGazetteerBuilder().build(shared, corpus);
    }

    String build(Path shared) throws IOException {
        return build(shared, CorpusTexts.standard(shared));
    }

    /** The TSV text, with everyday forms attested in {@code corpus} (see {@link #attest}). */
    String build(Path shared, List<CorpusTexts.Doc> corpus) throws IOException {
        List<CSVRecord> esco = readEsco(shared.resolve(ESCO));
        learnEscoVocabulary(esco);
        addCurated();
        addOnet(shared.resolve(ONET));
        addEsco(esco);
        attest(corpus);
        return render();
    }

    // ------------------------------------------------------------------------------------------------ everyday forms

    /** An everyday form is kept when at least this many resumes of the corpora write it. */
    static final int MIN_ATTESTED = 3;

    /**
     * The noun that names the activity of a verb that begins ESCO skill labels, written after its object:
     * "manage budgets" → "budget management", "plan menus" → "menu planning", "control costs" → "cost control".
     * Verbs that say little of the activity ("perform", "use", "apply", "provide", "ensure"…) have none; their
     * objects alone may still be forms ({@link #derivedForms}).
     */
    static final Map<String, List<String>> NOMINALS = Map.ofEntries(
            Map.entry("manage", List.of("management")), Map.entry("operate", List.of("operation")),
            Map.entry("maintain", List.of("maintenance")), Map.entry("develop", List.of("development")),
            Map.entry("monitor", List.of("monitoring")), Map.entry("prepare", List.of("preparation")),
            Map.entry("design", List.of("design")), Map.entry("write", List.of("writing")),
            Map.entry("install", List.of("installation")), Map.entry("inspect", List.of("inspection")),
            Map.entry("analyse", List.of("analysis")), Map.entry("supervise", List.of("supervision")),
            Map.entry("teach", List.of("teaching")), Map.entry("assess", List.of("assessment")),
            Map.entry("plan", List.of("planning")), Map.entry("repair", List.of("repair")),
            Map.entry("clean", List.of("cleaning")), Map.entry("test", List.of("testing")),
            Map.entry("organise", List.of("organisation", "organization")),
            Map.entry("coordinate", List.of("coordination")), Map.entry("promote", List.of("promotion")),
            Map.entry("evaluate", List.of("evaluation")), Map.entry("assemble", List.of("assembly")),
            Map.entry("sell", List.of("sales")), Map.entry("implement", List.of("implementation")),
            Map.entry("control", List.of("control")), Map.entry("collect", List.of("collection")),
            Map.entry("negotiate", List.of("negotiation")), Map.entry("process", List.of("processing")),
            Map.entry("measure", List.of("measurement")), Map.entry("calculate", List.of("calculation")),
            Map.entry("produce", List.of("production")), Map.entry("administer", List.of("administration")),
            Map.entry("train", List.of("training")), Map.entry("diagnose", List.of("diagnosis")),
            Map.entry("review", List.of("review")), Map.entry("forecast", List.of("forecasting")),
            Map.entry("audit", List.of("auditing")), Map.entry("schedule", List.of("scheduling")),
            Map.entry("purchase", List.of("purchasing")), Map.entry("recruit", List.of("recruitment", "recruiting")),
            Map.entry("cook", List.of("cooking")), Map.entry("bake", List.of("baking")),
            Map.entry("reconcile", List.of("reconciliation")), Map.entry("budget", List.of("budgeting")),
            Map.entry("handle", List.of("handling")), Map.entry("investigate", List.of("investigation")),
            Map.entry("treat", List.of("treatment")), Map.entry("lead", List.of("leadership")),
            Map.entry("prevent", List.of("prevention")), Map.entry("record", List.of("recording")),
            Map.entry("oversee", List.of("oversight")), Map.entry("edit", List.of("editing")),
            Map.entry("translate", List.of("translation")), Map.entry("document", List.of("documentation")),
            Map.entry("estimate", List.of("estimation")), Map.entry("report", List.of("reporting")),
            Map.entry("facilitate", List.of("facilitation")), Map.entry("counsel", List.of("counselling", "counseling")),
            Map.entry("coach", List.of("coaching")), Map.entry("mentor", List.of("mentoring")),
            Map.entry("allocate", List.of("allocation")), Map.entry("optimise", List.of("optimisation", "optimization")),
            Map.entry("configure", List.of("configuration")), Map.entry("troubleshoot", List.of("troubleshooting")),
            Map.entry("deploy", List.of("deployment")), Map.entry("integrate", List.of("integration")),
            Map.entry("migrate", List.of("migration")), Map.entry("draft", List.of("drafting")),
            Map.entry("interpret", List.of("interpretation")), Map.entry("resolve", List.of("resolution")),
            Map.entry("market", List.of("marketing")), Map.entry("distribute", List.of("distribution")),
            Map.entry("acquire", List.of("acquisition")), Map.entry("retain", List.of("retention")),
            Map.entry("prioritise", List.of("prioritisation", "prioritization")),
            Map.entry("model", List.of("modelling", "modeling")), Map.entry("map", List.of("mapping")),
            Map.entry("verify", List.of("verification")), Map.entry("validate", List.of("validation")),
            Map.entry("improve", List.of("improvement")), Map.entry("conserve", List.of("conservation")),
            Map.entry("restore", List.of("restoration")), Map.entry("store", List.of("storage")),
            Map.entry("ship", List.of("shipping")), Map.entry("load", List.of("loading")),
            Map.entry("file", List.of("filing")), Map.entry("sort", List.of("sorting")),
            Map.entry("dispense", List.of("dispensing")), Map.entry("mix", List.of("mixing")),
            Map.entry("paint", List.of("painting")), Map.entry("weld", List.of("welding")),
            Map.entry("finance", List.of("financing")), Map.entry("invest", List.of("investment")),
            Map.entry("insure", List.of("insurance")), Map.entry("advertise", List.of("advertising")),
            Map.entry("publish", List.of("publishing")), Map.entry("brand", List.of("branding")),
            Map.entry("source", List.of("sourcing")), Map.entry("procure", List.of("procurement")),
            Map.entry("tender", List.of("tendering")), Map.entry("instruct", List.of("instruction")),
            Map.entry("tutor", List.of("tutoring")), Map.entry("examine", List.of("examination")),
            Map.entry("survey", List.of("surveying")), Map.entry("simulate", List.of("simulation")),
            Map.entry("automate", List.of("automation")), Map.entry("program", List.of("programming")),
            Map.entry("code", List.of("coding")), Map.entry("debug", List.of("debugging")));

    /** ESCO competences waiting for their everyday forms to be attested, in label order. */
    private final List<Map.Entry<Draft, String>> pending = new ArrayList<>();

    /**
     * The everyday forms of an ESCO competence's verb-phrase label ("manage budgets"): the object with the
     * activity's noun after it ("budget management"), and an object of two or three words alone ("provide
     * customer service" → "customer service"). The object's last word is made singular before a noun.
     */
    static List<String> derivedForms(String label, boolean preferred) {
        String l = PARENS.matcher(label).replaceAll("").trim().toLowerCase(Locale.ROOT);
        if (l.matches(".*[,;:/()\\[\\]\"].*")) return List.of();
        String[] w = l.split("\\s+");
        if (w.length < 2 || w.length > 4) return List.of();
        String verb = w[0];
        String[] object = java.util.Arrays.copyOfRange(w, 1, w.length);
        for (String x : object) {
            if (FUNCTION_WORDS.contains(x) || NOT_IN_OBJECT.contains(x) || !x.matches("[a-z][a-z-]*")) {
                return List.of();
            }
        }
        List<String> out = new ArrayList<>();
        String uk = verb.replaceAll("yze$", "yse").replaceAll("ize$", "ise");
        List<String> nouns = NOMINALS.get(uk);
        if (nouns != null && object.length <= 2) {
            String[] o = object.clone();
            o[o.length - 1] = singular(o[o.length - 1]);
            String obj = String.join(" ", o);
            for (String n : nouns) out.add(obj + " " + n);
        }
        // the object alone, after a verb that says little of the activity: "provide customer service"
        if (preferred && object.length >= 2 && LIGHT_VERBS.contains(verb)) out.add(String.join(" ", object));
        return out;
    }

    /** Verbs whose object alone names the skill: "provide customer service", "perform clerical duties". */
    static final Set<String> LIGHT_VERBS = Set.of("provide", "perform", "conduct", "carry", "apply", "handle",
            "use", "undertake", "deliver", "execute", "practise", "practice");
    /** Words that make a verb phrase's object a clause rather than a noun phrase. */
    static final Set<String> NOT_IN_OBJECT = Set.of("own", "one's", "others", "during", "under", "regarding", "about",
            "across", "through", "within", "without", "after", "before", "between", "upon", "via", "per", "over",
            "around", "using", "related", "such", "than", "like", "including", "out", "up", "off", "new", "all",
            "specific", "relevant", "appropriate", "various", "different", "necessary", "required", "given");

    /** A plural noun made singular: "budgets" → "budget", "inventories" → "inventory"; "logistics" stays. */
    static String singular(String w) {
        if (w.length() <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is") || w.endsWith("ics")
                || w.endsWith("news") || !w.endsWith("s")) {
            return w;
        }
        if (w.endsWith("ies")) return w.substring(0, w.length() - 3) + "y";
        if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) {
            return w.substring(0, w.length() - 2);
        }
        return w.substring(0, w.length() - 1);
    }

    /**
     * Adds to each pending ESCO competence the everyday forms that at least {@link #MIN_ATTESTED} resumes of
     * {@code corpus} write, unless another entry owns them, a stop list or the generic words hold them: what no
     * resume writes is the noise of the derivation ("musical staff management").
     */
    private void attest(List<CorpusTexts.Doc> corpus) {
        Map<String, String> formByKey = new java.util.TreeMap<>();
        for (Map.Entry<Draft, String> p : pending) {
            String key = BuildSupport.key(p.getValue());
            if (!key.isEmpty() && !owner.containsKey(key) && !stop.contains(key) && !generic.contains(key)) {
                formByKey.putIfAbsent(key, p.getValue());
            }
        }
        if (formByKey.isEmpty() || corpus.isEmpty()) return;
        dev.standout.taxonomy.GazetteerMatcher.Builder mb = dev.standout.taxonomy.GazetteerMatcher.builder();
        for (Map.Entry<String, String> e : formByKey.entrySet()) {
            mb.add(e.getKey(), new GazetteerAlias(e.getValue(), false, false));
        }
        dev.standout.taxonomy.GazetteerMatcher m = mb.build();
        Map<String, Integer> docs = new HashMap<>();
        for (CorpusTexts.Doc d : corpus) {
            Set<String> seen = new HashSet<>();
            for (dev.standout.taxonomy.GazetteerMatch g : m.find(d.text())) seen.add(g.id());
            for (String k : seen) docs.merge(k, 1, Integer::sum);
        }
        for (Map.Entry<Draft, String> p : pending) {
            String key = BuildSupport.key(p.getValue());
            if (docs.getOrDefault(key, 0) < MIN_ATTESTED) continue;
            if (claim(p.getKey(), new GazetteerAlias(p.getValue(), false, false), true)) count("esco-everyday-forms");
        }
        counts.put("corpus-docs", corpus.size());
    }

    // ------------------------------------------------------------------------------------------------ aliases

    private boolean claim(Draft d, GazetteerAlias a, boolean fromSource) {
        String key = BuildSupport.key(a.text());
        if (key.isEmpty()) return false;
        Draft o = owner.get(key);
        if (o != null && o != d) {
            if (!fromSource) warnings.add("curated alias '" + a.text() + "' of " + d.name + " already in " + o.name);
            return false;
        }
        if (fromSource && (stop.contains(key) || d.keys.contains(key))) return false;
        if (!fromSource && d.keys.contains(key)) {
            for (GazetteerAlias x : d.aliases.values()) {
                if (BuildSupport.key(x.text()).equals(key) && x.caseSensitive() != a.caseSensitive()) {
                    warnings.add("'" + a.format() + "' and '" + x.format() + "' of " + d.name
                            + ": the case-insensitive one makes the other moot");
                }
            }
        }
        owner.put(key, d);
        d.keys.add(key);
        String identity = a.caseSensitive() ? "=" + a.text() : key;
        GazetteerAlias old = d.aliases.get(identity);
        if (old == null) {
            d.aliases.put(identity, a);
        } else if (a.ambiguous() && !old.ambiguous()) {
            d.aliases.put(identity, new GazetteerAlias(old.text(), true, old.caseSensitive()));
        }
        return true;
    }

    private Draft newDraft(String name, SkillType type, int priority, String source, GazetteerAlias canonical) {
        Draft d = new Draft(name, type, priority, source);
        if (!claim(d, canonical, priority > 0)) return null;
        drafts.add(d);
        return d;
    }

    // ------------------------------------------------------------------------------------------------ curated

    private void addCurated() {
        for (String line : BuildSupport.resourceLines("curated-skills.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length != 4) throw new IllegalStateException("curated-skills.tsv: bad line: " + line);
            String name = f[0].trim();
            SkillType type = SkillType.parse(f[1]);
            GazetteerAlias canonical = GazetteerAlias.parse(f[2].trim() + name);
            Draft d = newDraft(name, type, 0, "curated", canonical);
            if (d == null) {
                warnings.add("curated entry " + name + " clashes with an earlier one");
                continue;
            }
            for (String al : f[3].split("\\|")) {
                if (al.isBlank()) continue;
                claim(d, GazetteerAlias.parse(al.trim()), false);
            }
            count("curated");
        }
    }

    // ------------------------------------------------------------------------------------------------ O*NET

    private void addOnet(Path file) throws IOException {
        Map<String, Boolean> examples = new TreeMap<>();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true)
                    .setQuote(null).get().parse(r)) {
                String ex = BuildSupport.clean(rec.get("Example"));
                if (ex.isEmpty()) continue;
                boolean hot = "Y".equals(rec.get("Hot Technology"));
                examples.merge(ex, hot, Boolean::logicalOr);
            }
        }
        // vendors: capitalized leading words that begin three or more examples; the longest such prefix that
        // begins as many examples as its first word ("Red Hat", "Dassault Systemes", "The MathWorks")
        Map<String, Integer> prefixes = new HashMap<>();
        for (String ex : examples.keySet()) {
            String[] w = ex.split(" ");
            if (!Character.isUpperCase(w[0].charAt(0))) continue;
            String p = w[0];
            for (int i = 0; i < Math.min(3, w.length - 1); i++) {
                if (i > 0) p = p + " " + w[i];
                prefixes.merge(p, 1, Integer::sum);
            }
        }
        for (Map.Entry<String, Boolean> e : examples.entrySet()) {
            addOnetExample(e.getKey(), e.getValue(), prefixes);
        }
    }

    /** the vendor prefix of an example, or null */
    private static String vendorOf(String ex, Map<String, Integer> prefixes) {
        String[] w = ex.split(" ");
        if (w.length < 2 || !Character.isUpperCase(w[0].charAt(0))) return null;
        int first = prefixes.getOrDefault(w[0], 0);
        if (first < 3) return null;
        String best = w[0];
        String p = w[0];
        for (int i = 1; i < Math.min(3, w.length - 1); i++) {
            p = p + " " + w[i];
            if (prefixes.getOrDefault(p, 0) == first) best = p;
            else break;
        }
        return best;
    }

    private void addOnetExample(String example, boolean hot, Map<String, Integer> prefixes) {
        String base = PARENS.matcher(example).replaceAll("").trim();
        boolean category = base.matches("(?i).*\\s(software|systems?|sites|programs|applications|tools)$");
        base = base.replaceAll("(?i)\\s+software$", "").trim();
        String[] words = base.split(" ");
        List<GazetteerAlias> forms = new ArrayList<>();
        boolean generic = words.length > 1 && isSentenceCase(words);
        String acronym = null;
        String longForm = null;
        String last = words[words.length - 1];
        if (words.length > 1 && ACRONYM.matcher(last).matches() && last.length() >= 2) {
            String lf = String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
            lf = lf.replaceAll("(?i)\\s+(software|systems?)$", "");
            if (initialsMatch(last, lf)) {
                acronym = last;
                longForm = lf;
                generic = isSentenceCase(lf.split(" "));
            }
        }
        forms.add(new GazetteerAlias(base, false, false));
        if (!example.equals(base)) forms.add(new GazetteerAlias(example, false, false));
        if (acronym != null && !generic) {
            // a product named with its acronym ("Oracle Real Application Cluster RAC"): the acronym alone,
            // flagged, when it has three letters or more; a generic long form ("Point of sale") is not the
            // product's to take
            if (acronym.replaceAll("[^A-Za-z]", "").length() >= 3) {
                forms.add(new GazetteerAlias(acronym, !hot, acronym.length() <= 4));
            }
            forms.add(new GazetteerAlias(longForm, false, false));
            String v = vendorOf(longForm, prefixes);
            if (v != null && longForm.length() > v.length() + 1) {
                String rest = longForm.substring(v.length() + 1);
                if (rest.length() > 3 && !isCommon(rest) && !english.contains(BuildSupport.key(rest))) {
                    forms.add(new GazetteerAlias(rest, false, false));
                }
            }
        } else if (acronym != null) {
            forms.add(new GazetteerAlias(acronym, acronym.length() <= 2 || (!hot && acronym.length() <= 4),
                    acronym.length() <= 4));
            forms.add(new GazetteerAlias(longForm, false, false));
            // "Microsoft Active Server Pages ASP": the vendor-stripped long form too
            String v = vendorOf(longForm, prefixes);
            if (v != null && longForm.length() > v.length() + 1) {
                forms.add(new GazetteerAlias(longForm.substring(v.length() + 1), false, false));
            }
        } else if (!generic) {
            String v = vendorOf(base, prefixes);
            if (v != null) {
                String rest = base.substring(v.length()).trim();
                // "Visual Studio" stays; "Drive", "Notes" (common words) and "MD" (too short) go
                // "Data Migration", "Application Server", "Vista" go: the full name still matches
                if (rest.length() > 3 && !isCommon(rest) && !english.contains(BuildSupport.key(rest))) {
                    forms.add(new GazetteerAlias(rest, false, false));
                }
            }
        }
        // merge into the first entry that owns one of the forms
        Draft target = null;
        for (GazetteerAlias f : forms) {
            Draft o = owner.get(BuildSupport.key(f.text()));
            if (o != null) {
                target = o;
                break;
            }
        }
        if (target == null) {
            if ((generic && acronym == null) || (category && generic)) {
                count("onet-dropped-generic");
                return;
            }
            String name = acronym != null ? capitalize(longForm) : base;
            if (isCommon(name) || name.length() < 2) {
                count("onet-dropped-common");
                return;
            }
            // "Blackboard", "Quest": an ordinary word, so ambiguous and only as written
            boolean shortName = name.length() <= 2 || english.contains(BuildSupport.key(name));
            target = newDraft(name, SkillType.TECHNICAL, 1, "onet", new GazetteerAlias(name, shortName, shortName));
            if (target == null) return;
            count("onet-new");
        } else {
            target.sources.add("onet");
            count("onet-merged");
        }
        target.hot |= hot;
        if (target.priority == 0 && target.type != SkillType.TECHNICAL) return;
        for (GazetteerAlias f : forms) {
            if (BuildSupport.wordCount(f.text()) > MAX_WORDS) continue;
            if (!f.text().contains(" ") && isCommon(f.text())) continue;
            if (this.generic.contains(BuildSupport.key(f.text()))) continue;
            if (!f.text().contains(" ") && english.contains(BuildSupport.key(f.text())) && !f.ambiguous()) {
                f = new GazetteerAlias(f.text(), true, true);
            }
            claim(target, f, true);
        }
    }

    private static boolean isSentenceCase(String[] words) {
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.length() >= 2 && w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(w.toLowerCase(Locale.ROOT))) {
                continue; // an acronym
            }
            String rest = i == 0 ? w.substring(1) : w;
            if (!rest.equals(rest.toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "SQL" for "Structured query language": letters of the acronym in order among those of the long form. */
    static boolean initialsMatch(String acronym, String longForm) {
        String a = acronym.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        String l = longForm.toLowerCase(Locale.ROOT);
        if (a.isEmpty() || l.isEmpty() || a.charAt(0) != l.charAt(0)) return false;
        int j = 0;
        for (int i = 0; i < l.length() && j < a.length(); i++) if (l.charAt(i) == a.charAt(j)) j++;
        return j == a.length();
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** a common English word or phrase: every word is generic or a lower-case word of ESCO's skill labels */
    private boolean isCommon(String text) {
        String k = BuildSupport.key(text);
        if (generic.contains(k)) return true;
        for (String w : k.split(" ")) {
            if (!generic.contains(w) && !escoVocabulary.contains(w)) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ ESCO

    private static List<CSVRecord> readEsco(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            List<CSVRecord> rows = new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .get().parse(r).getRecords());
            rows.sort(Comparator.comparing((CSVRecord x) -> x.get("preferredLabel"))
                    .thenComparing(x -> x.get("altLabels")));
            return rows;
        }
    }

    /** lower-case words of ESCO's skill labels (ordinary English), and the verbs that start them */
    private void learnEscoVocabulary(List<CSVRecord> rows) {
        for (CSVRecord r : rows) {
            if (!"skill/competence".equals(r.get("skillType"))) continue;
            String pl = r.get("preferredLabel");
            String[] w = pl.split("\\s+");
            if (w.length >= 2 && w[0].equals(w[0].toLowerCase(Locale.ROOT))) escoVerbs.add(w[0]);
            for (String label : labels(r)) {
                for (String x : label.split("[\\s/,;()]+")) {
                    if (x.length() > 1 && x.equals(x.toLowerCase(Locale.ROOT)) && x.chars().allMatch(
                            c -> Character.isLetter(c) || c == '-' || c == '\'')) {
                        escoVocabulary.add(x);
                    }
                }
            }
        }
    }

    private static List<String> labels(CSVRecord r) {
        List<String> out = new ArrayList<>();
        out.add(r.get("preferredLabel"));
        for (String a : r.get("altLabels").split("\n")) {
            if (!a.isBlank()) out.add(a);
        }
        return out;
    }

    private void addEsco(List<CSVRecord> rows) {
        for (CSVRecord r : rows) {
            String pl = BuildSupport.clean(r.get("preferredLabel"));
            String name = BuildSupport.clean(PARENS.matcher(pl).replaceAll(""));
            if (name.isEmpty()) continue;
            String alts = r.get("altLabels");
            boolean language = alts.contains("competent in ") || alts.contains("ability to comprehend spoken");
            String st = r.get("skillType");
            SkillType type;
            if (language) type = SkillType.LANGUAGE;
            else if ("knowledge".equals(st)) type = techLike(pl, name) ? SkillType.TECHNICAL : SkillType.DOMAIN;
            else type = SkillType.DOMAIN;
            // an ESCO skill/competence (a verb phrase: "manage budgets"), not a body of knowledge
            boolean competence = type == SkillType.DOMAIN && !"knowledge".equals(st);

            Draft o = owner.get(BuildSupport.key(name));
            if (o != null) {
                o.sources.add("esco");
                count("esco-merged");
                // ESCO's alternative labels are too noisy for technologies ("Java Posse" under Java)
                if (o.priority == 0 || o.type == SkillType.TECHNICAL || type == SkillType.TECHNICAL) continue;
                for (String label : labels(r)) {
                    if (competence && !keepsObject(label, pl)) continue;
                    GazetteerAlias a = escoAlias(label, type, competence, false);
                    if (a != null) claim(o, a, true);
                }
                continue;
            }
            GazetteerAlias canonical = escoAlias(pl, type, competence, true);
            Draft d;
            if (canonical != null) {
                d = newDraft(name, type, 2, "esco", canonical);
            } else if (competence && BuildSupport.wordCount(name) <= MAX_WORDS
                    && owner.get(BuildSupport.key(name)) == null) {
                d = new Draft(name, type, 2, "esco"); // named by its verb phrase, matched by its other labels
                drafts.add(d);
            } else {
                d = null;
            }
            if (d == null) {
                count("esco-dropped");
                continue;
            }
            count("esco-new");
            if (type == SkillType.TECHNICAL) {
                // keep only alternative labels that look like spellings of the name, not related products
                for (String label : labels(r)) {
                    String l = BuildSupport.clean(PARENS.matcher(label).replaceAll(""));
                    if (l.toLowerCase(Locale.ROOT).contains(name.toLowerCase(Locale.ROOT))) {
                        GazetteerAlias a = escoAlias(label, type, competence, false);
                        if (a != null) claim(d, a, true);
                    }
                }
                continue;
            }
            for (String label : labels(r)) {
                if (competence && !keepsObject(label, pl)) {
                    count("esco-broader-labels");
                    continue;
                }
                GazetteerAlias a = escoAlias(label, type, competence, false);
                if (a != null) claim(d, a, true);
            }
            if (competence) {
                List<String> ls = labels(r);
                for (int i = 0; i < ls.size(); i++) {
                    if (!keepsObject(ls.get(i), pl)) continue;
                    for (String form : derivedForms(ls.get(i), i == 0)) pending.add(Map.entry(d, form));
                }
            }
        }
    }

    /**
     * Whether an ESCO competence's label names the skill of its preferred label: it writes every word of the
     * preferred label's object (the label without its leading verb and function words), in any inflection
     * ("manage budgets": "budget management", "budgeting"). A label that leaves one out names a broader or
     * another skill, and a resume that writes it means that one: "infrastructure management" under "monitor
     * swimming-pool infrastructure", "technical specifications" under "draw blueprints", "real estate" under
     * "manage cadastre". The preferred label itself always names it.
     */
    boolean keepsObject(String label, String preferredLabel) {
        if (label.equals(preferredLabel)) return true;
        List<String> object = contentWords(preferredLabel, true);
        object.removeIf(NOT_IN_OBJECT::contains); // "develop new products": "product development"
        // the instrument after what it does: "use word processing software" is "word processing"
        if (object.size() > 1) object.removeIf(INSTRUMENTS::contains);
        if (object.isEmpty()) return true;
        List<String> words = contentWords(label, false);
        for (String o : object) {
            boolean found = false;
            for (String w : words) {
                if (sameWord(o, w)) {
                    found = true;
                    break;
                }
            }
            if (!found) return false;
        }
        return true;
    }

    /** the lower-case words of a label without parentheses and function words (and its leading verb) */
    private List<String> contentWords(String label, boolean dropVerb) {
        String l = PARENS.matcher(label).replaceAll("").toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        String[] w = l.split("[^a-z0-9']+");
        int start = 0;
        while (start < w.length && w[start].isEmpty()) start++;
        if (dropVerb && w.length - start >= 2 && isVerb(w[start])) {
            start++;
            while (start < w.length && PARTICLES.contains(w[start])) start++; // "carry out", "follow up"
        }
        for (int i = start; i < w.length; i++) {
            if (!w[i].isEmpty() && !FUNCTION_WORDS.contains(w[i])) out.add(w[i]);
        }
        return out;
    }

    /** the particles of phrasal verbs, part of the verb rather than its object: "carry out", "set up" */
    private static final Set<String> PARTICLES = Set.of("out", "up", "off", "down", "over", "through", "after",
            "back", "away", "forward");

    /** nouns that name the instrument of a skill written before them ("word processing software", "IT tools") */
    private static final Set<String> INSTRUMENTS = Set.of("software", "tools", "tool", "equipment", "techniques",
            "technique", "programs", "programmes", "applications", "devices", "instruments", "machinery", "machines",
            "methods");

    /** one word in two inflections: "budgets" and "budget", "recruitment" and "recruiting" */
    static boolean sameWord(String a, String b) {
        if (singular(a).equals(singular(b))) return true;
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
        return n >= 5 || (n >= 4 && n == Math.min(a.length(), b.length()));
    }

    /** a verb that starts an ESCO skill label, in British or American spelling ("analyse", "analyze") */
    private boolean isVerb(String word) {
        if (escoVerbs.contains(word)) return true;
        String uk = word.replaceAll("yze$", "yse").replaceAll("ize$", "ise");
        return escoVerbs.contains(uk);
    }

    private static boolean techLike(String pl, String name) {
        if (!Character.isUpperCase(name.charAt(0))) return false;
        if (NOT_TECH.contains(name.toLowerCase(Locale.ROOT))) return false;
        for (String p : NOT_TECH_PREFIX) if (name.startsWith(p)) return false;
        return true;
    }

    /** An ESCO label as an alias, or null when it is too long, a sentence, or an ordinary word. */
    private GazetteerAlias escoAlias(String raw, SkillType type, boolean competence, boolean preferred) {
        String label = BuildSupport.clean(PARENS.matcher(raw).replaceAll(""));
        if (label.length() < 2) return null;
        int words = BuildSupport.wordCount(label);
        if (words > MAX_WORDS) return null;
        if (label.matches(".*[.;:!?,\"].*") && !label.matches(".*[A-Za-z]\\.[A-Za-z].*")) return null;
        String lower = label.toLowerCase(Locale.ROOT);
        if (lower.startsWith("ability to") || lower.startsWith("competent in") || lower.startsWith("knowledge of")) {
            return null;
        }
        if (label.matches("[0-9 .-]+")) return null;
        String key = BuildSupport.key(label);
        if (key.isEmpty() || stop.contains(key)) return null;
        String first = key.split(" ")[0];
        if (FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(key.substring(key.lastIndexOf(' ') + 1))) {
            return null; // "and procedures", "services for"
        }
        // a verb phrase ("manage budgets") seldom stands as such in a resume, which says "managed budgets"
        if (competence && words > 1 && isVerb(first)) return null;
        // ESCO's skill/competence noun phrases beyond four words are paraphrases that resumes do not use
        if (competence && words > MAX_WORDS_SKILL) return null;
        if (type == SkillType.LANGUAGE) {
            // "Polish" the language, not "polish"
            return words == 1 ? new GazetteerAlias(label, false, true) : new GazetteerAlias(label, false, false);
        }
        if (words == 1) {
            boolean isLower = label.equals(lower);
            if (isLower) {
                if (generic.contains(key) || escoVerbs.contains(key)) return null;
                // one-word alternative labels stray far ("electronics" under "battery components")
                if (!preferred) return null;
                return new GazetteerAlias(label, false, false);
            }
            String letters = label.replaceAll("[^A-Za-z]", "");
            if (letters.length() <= 1) return null;
            boolean caps = label.equals(label.toUpperCase(Locale.ROOT));
            // a product name among the labels of a skill ("Avaya" under "procurement of ICT network equipment")
            if (!preferred && !caps && type != SkillType.TECHNICAL) return null;
            if (caps && letters.length() <= 3) return new GazetteerAlias(label, true, true);
            if (generic.contains(key) || escoVocabulary.contains(key) || english.contains(key)) {
                return new GazetteerAlias(label, true, true);
            }
            return new GazetteerAlias(label, false, false);
        }
        if (generic.contains(key)) return null;
        return new GazetteerAlias(label, false, false);
    }

    // ------------------------------------------------------------------------------------------------ output

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private String render() {
        TreeMap<String, Draft> byId = new TreeMap<>();
        for (Draft d : drafts) {
            if (d.aliases.isEmpty()) continue;
            String id = "skill:" + BuildSupport.slug(d.name);
            Draft prev = byId.putIfAbsent(id, d);
            if (prev != null) {
                warnings.add("id clash " + id + ": " + prev.name + " / " + d.name + " (second dropped)");
            }
        }
        Map<SkillType, Integer> types = new TreeMap<>();
        int aliasTotal = 0;
        StringBuilder body = new StringBuilder(1 << 22);
        for (Map.Entry<String, Draft> e : byId.entrySet()) {
            Draft d = e.getValue();
            String nameKey = BuildSupport.key(d.name);
            GazetteerAlias canonical = null;
            List<GazetteerAlias> rest = new ArrayList<>();
            for (GazetteerAlias a : d.aliases.values()) {
                if (canonical == null && a.text().equals(d.name)) canonical = a;
                else rest.add(a);
            }
            rest.sort(BuildSupport.ALIAS_ORDER);
            List<String> out = new ArrayList<>();
            if (canonical != null) out.add(canonical.format());
            for (GazetteerAlias a : rest) out.add(a.format());
            aliasTotal += out.size();
            types.merge(d.type, 1, Integer::sum);
            body.append(e.getKey()).append('\t').append(d.name).append('\t').append(d.type).append('\t')
                    .append(String.join(",", d.sources)).append('\t').append(d.hot ? '1' : '0').append('\t')
                    .append(canonical != null && canonical.ambiguous() ? '1' : '0').append('\t').append(String.join("|", out))
                    .append('\n');
            assert !nameKey.isEmpty();
        }
        counts.put("entries", byId.size());
        counts.put("aliases", aliasTotal);
        StringBuilder sb = new StringBuilder(body.length() + 2048);
        sb.append("# Standout skills gazetteer. Generated by dev.standout.tools.SkillGazetteerBuilder; do not edit.\n");
        sb.append("# Entries: ").append(byId.size()).append("; aliases: ").append(aliasTotal).append("; by type: ")
                .append(types).append('\n');
        sb.append("# Sources:\n");
        sb.append("#  curated: tools/src/main/resources/dev/standout/tools/curated-skills.tsv (Standout, GPL-3.0-or-later)\n");
        sb.append("#  onet: O*NET 29.2 Database, Technology Skills (February 2025). This product includes information\n");
        sb.append("#    from the O*NET 29.2 Database by the U.S. Department of Labor, Employment and Training\n");
        sb.append("#    Administration (USDOL/ETA). Used under the CC BY 4.0 license. Modified: names shortened,\n");
        sb.append("#    vendor prefixes stripped, generic categories dropped, merged with other sources.\n");
        sb.append("#  esco: ESCO classification v1.1.1, skills (via the Tabiya Open Dataset). ESCO (c) European Union,\n");
        sb.append("#    https://esco.ec.europa.eu/, CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).\n");
        sb.append("#    Modified: labels filtered (long, sentence-like and generic labels dropped, and a competence's\n");
        sb.append("#    labels that leave out a word of its object, which name another skill), parentheses\n");
        sb.append("#    removed; everyday forms derived from verb-phrase labels (\"manage budgets\" -> \"budget\n");
        sb.append("#    management\") kept when at least " + MIN_ATTESTED + " resumes of the florex and livecareer corpora\n");
        sb.append("#    write them; merged with other sources.\n");
        sb.append("# Aliases: |-separated, the canonical name first when it is an alias (ESCO verb phrases such as\n");
        sb.append("#   \"manage budgets\" are names only); prefix ~ = ambiguous (needs context),\n");
        sb.append("#   = = case-sensitive (matches as written or in capitals).\n");
        sb.append(SkillTaxonomy.HEADER).append('\n');
        sb.append(body);
        return sb.toString();
    }

    List<String> warnings() {
        return warnings;
    }
}
