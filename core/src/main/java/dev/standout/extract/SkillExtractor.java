package dev.standout.extract;

import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.resume.Skill;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.GazetteerMatch;
import dev.standout.taxonomy.SkillEntry;
import dev.standout.taxonomy.SkillTaxonomy;
import dev.standout.resume.SkillType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds skills.
 *
 * <ol>
 *   <li><b>Candidates.</b> The skills gazetteer is matched over the whole text in one pass (natural languages left
 *       out; a match that runs into a bracket it does not close, "Perl (5 years)", is read again with the bracket
 *       as a break: see {@link #unbracketed}); the items of list lines that hold no match ("Tools: Jenkins,
 *       Quuxbuild, Maven") are candidates for skills the taxonomy does not know, with the id {@link #UNKNOWN}
 *       followed by their words.</li>
 *   <li><b>Rules.</b> A technology is kept wherever it stands, but not in a publication or a reference. An ambiguous
 *       name ("C", "R", "Go", "Excel", "Spring") needs a technology cue ({@link SkillTaxonomy#hasTechContext}), a
 *       version ("Eclipse 3.1") or to be a whole item of a skills list or a list line; never as an initial
 *       ("R. Smith"), a grade ("(C)") or before "than". A job skill or a field of knowledge ("sales", "teaching",
 *       "computer science") counts only as a short item of a list or a bullet, not inside a sentence, a degree's
 *       field, a title, a heading in capitals or as a category label ("Operating Systems: …", "Programming
 *       Languages C#, Java", "Databases" alone above "Oracle, MySQL": never kept, see {@link #categoryLabel}). A
 *       soft skill is read inside the sentences of a summary or a skills section too, elsewhere only as a short
 *       item. A technology that labels a contact detail ("LinkedIn: …") is no skill, nor is a name inside a web
 *       address.</li>
 *   <li><b>Model.</b> Technologies the rules keep, unambiguous or next to a cue, are always kept
 *       ({@link #forced}). The other candidates are kept when the {@link SkillModel} (logistic regression over
 *       binary features of the candidate: kind, section, list context, case, its neighbours in a coordination
 *       ("analysis, design and development"), the rules' verdict…) says so; without
 *       a model, when the rules do.</li>
 *   <li><b>Versions.</b> A technology's mention takes the version after its name ("Oracle 10g") and more versions
 *       joined by slashes ("Windows NT 2000/2003/XP").</li>
 *   <li><b>Joined names.</b> Two names joined by a slash that name two skills ("C/C++", "Unix/Linux") are two
 *       mentions, one of each skill; a name that holds its slash ("TCP/IP", "PL/SQL") stays whole.</li>
 *   <li><b>Repeats.</b> An unknown skill shaped like a technology's name ("LoRaWAN", "QuuxBuild") is found again
 *       where it is written elsewhere.</li>
 * </ol>
 * Mentions are grouped per id; a skill is {@link Evidence#USED} when any mention stands in an EXPERIENCE or
 * PROJECTS section or inside a project found elsewhere, {@link Evidence#LISTED} otherwise.
 *
 * <p>Immutable and safe to share between threads; the taxonomy and the model are loaded once per JVM.
 */
public final class SkillExtractor {

    /**
     * A mention accepted by the filters: the skill's id, name and type (for a skill in no taxonomy, the type its
     * list suggests: see {@link #unknownType}).
     */
    record Found(String id, String name, SkillType type, Mention mention) {
        boolean unknown() {
            return id.startsWith(UNKNOWN);
        }
    }

    /**
     * A possible skill mention, before the decision to keep it: a gazetteer match, or an item of a list that the
     * taxonomy does not know. For model training and inspection.
     *
     * @param id       the taxonomy id, or {@link #UNKNOWN} + the item's key
     * @param name     the canonical name, or the item as written
     * @param type     the taxonomy type, or {@code null} for an unknown item
     * @param mention  where it stands
     * @param byRules  whether the hand-written rules keep it
     * @param features the binary features the {@link SkillModel} weighs
     */
    public record Candidate(String id, String name, SkillType type, Mention mention, boolean byRules,
                            List<String> features) {
        public Candidate {
            Objects.requireNonNull(id, "id");
            features = List.copyOf(features);
        }
    }

    /** Prefix of the ids of skills that stand in a skills list but in no taxonomy. */
    public static final String UNKNOWN = "unknown:";

    /** Sections whose list items are read as skills even when the taxonomy does not know them. */
    private static final EnumSet<SectionType> LIST_SECTIONS = EnumSet.of(SectionType.SKILLS);
    /**
     * Sections where a soft skill is taken inside a sentence too (the lines before the first heading are read as
     * CONTACT, and usually hold the summary); elsewhere, as for job skills, only as a short item of a list.
     */
    private static final EnumSet<SectionType> SOFT_IN_SENTENCES = EnumSet.of(SectionType.SUMMARY, SectionType.SKILLS,
            SectionType.CONTACT);
    /** Sections where a job skill or a field of knowledge is not taken, even as a list item. */
    private static final EnumSet<SectionType> NO_JOB_SKILLS = EnumSet.of(SectionType.EDUCATION, SectionType.AWARDS,
            SectionType.PUBLICATIONS, SectionType.PROJECTS, SectionType.VOLUNTEER, SectionType.INTERESTS);
    /** A version after a technology's name: "Hibernate 3.0", "Oracle 10g", "Tomcat 5.x", "Java 8". */
    private static final Pattern VERSION = Pattern.compile(
            "\\G[ ]v?(?!(?:19|20)\\d\\d\\b)(?:\\d{1,4}(?:\\.(?:\\d{1,3}|x))*(?:g|i|c|x)?)(?![\\w.+#])(?!\\s*\\+?\\s*(?i:years?|yrs?|months?|mos?|%))");

    /**
     * More versions after a technology's name or its version, joined by slashes: "Windows 98/2000/XP/Vista",
     * "Windows /98/NT 4.0/2000", "JDK 1.2/1.3/1.4", "Excel 2003/2007" (in such a list a year-like number is a version).
     */
    private static final String ONE_VERSION = "(?:v?\\d{1,4}(?:\\.(?:\\d{1,3}|x))*(?:g|i|c|x)?|XP|NT(?: \\d(?:\\.\\d)?)?"
            + "|Vista|ME|CE|R2)";
    private static final Pattern VERSION_LIST = Pattern.compile("\\G(?:[ ]" + ONE_VERSION + ")?(?:\\s?/\\s?"
            + ONE_VERSION + ")+(?![\\w.+#/])");

    private final SkillTaxonomy taxonomy;
    private final SkillModel model;
    private final SkillContext context;

    /** With the taxonomy and the mention model shipped with Standout. */
    public SkillExtractor() {
        this(SkillTaxonomy.defaultTaxonomy(), SkillModel.standard());
    }

    /**
     * @param taxonomy the skills gazetteer
     * @param model    the model that decides which candidates to keep, or {@code null} for the hand-written rules
     */
    public SkillExtractor(SkillTaxonomy taxonomy, SkillModel model) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        this.model = model;
        this.context = SkillContext.standard();
    }

    /** The taxonomy the skills come from. */
    public SkillTaxonomy taxonomy() {
        return taxonomy;
    }

    /** The skills of a resume, in the order of their first mention; evidence from the sections only. */
    public List<Skill> extract(SectionedText sectioned) {
        return group(find(sectioned), List.of());
    }

    /** The accepted mentions of a resume, in text order. */
    List<Found> find(SectionedText sectioned) {
        List<Found> out = new ArrayList<>();
        List<Candidate> candidates = candidates(sectioned);
        for (Candidate c : candidates) {
            boolean keep;
            if (c.features().contains(DOC_VETO)) keep = false;
            else if (model == null || c.type() == SkillType.SOFT || c.type() == SkillType.LANGUAGE) keep = c.byRules();
            else if (forced(c)) keep = true;
            else keep = model.accepts(c.features());
            if (keep) {
                Found f = new Found(c.id(), c.name(), c.type() == null ? unknownType(c) : c.type(), c.mention());
                if (!split(f, out)) out.add(f);
            }
        }
        return withRepeats(SectionRepair.repair(sectioned), out);
    }

    /**
     * Adds the two skills a joined name stands for, and returns true, when the mention is two names joined by a
     * slash that name two different skills of the taxonomy, one of them the matched skill's: "C/C++" is C and C++,
     * "Unix/Linux" Unix and Linux, "Java/J2EE" Java and J2EE. A name that holds its slash ("TCP/IP", "CI/CD",
     * "PL/SQL") or whose halves name one skill ("QA/QC") stays whole.
     */
    private boolean split(Found f, List<Found> out) {
        if (f.unknown()) return false;
        Mention m = f.mention();
        String t = m.text();
        int slash = t.indexOf('/');
        if (slash <= 0 || slash != t.lastIndexOf('/') || slash == t.length() - 1) return false;
        String a = t.substring(0, slash).strip();
        String b = t.substring(slash + 1).strip();
        if (a.isEmpty() || b.isEmpty()) return false;
        SkillEntry ea = preferred(taxonomy.byAlias(a));
        SkillEntry eb = preferred(taxonomy.byAlias(b));
        if (ea == null || eb == null || ea.id().equals(eb.id())) return false;
        if (!ea.id().equals(f.id()) && !eb.id().equals(f.id())) return false;
        if (ea.type() == SkillType.LANGUAGE || eb.type() == SkillType.LANGUAGE) return false;
        int as = m.start() + t.indexOf(a);
        int bs = m.start() + t.indexOf(b, slash + 1);
        out.add(new Found(ea.id(), ea.name(), ea.type(), new Mention(a, m.section(), as, as + a.length())));
        out.add(new Found(eb.id(), eb.name(), eb.type(), new Mention(b, m.section(), bs, bs + b.length())));
        return true;
    }

    /** The technology among entries that share an alias, else the first; null for none. */
    private static SkillEntry preferred(List<SkillEntry> entries) {
        for (SkillEntry e : entries) if (e.type() == SkillType.TECHNICAL) return e;
        return entries.isEmpty() ? null : entries.get(0);
    }

    /**
     * The accepted mentions with the other places where an unknown skill of a list is named as written: "LoRaWAN"
     * listed under skills and named again in a project. Only names shaped like a technology's (an acronym, a word
     * with a digit or an inner capital, several words) are looked for; single ordinary words are not.
     */
    private static List<Found> withRepeats(SectionedText sectioned, List<Found> found) {
        String text = sectioned.text();
        Map<String, Found> names = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.unknown() && TECH_SHAPE.matcher(f.mention().text()).matches()) {
                names.putIfAbsent(f.mention().text(), f);
            }
        }
        if (names.isEmpty()) return found;
        List<Found> out = new ArrayList<>(found);
        for (Map.Entry<String, Found> e : names.entrySet()) {
            String name = e.getKey();
            for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
                int end = at + name.length();
                if ((at > 0 && Character.isLetterOrDigit(text.charAt(at - 1)))
                        || (end < text.length() && Character.isLetterOrDigit(text.charAt(end)))) {
                    continue;
                }
                boolean taken = false;
                for (Found f : out) taken |= f.mention().start() < end && at < f.mention().end();
                SectionType section = sectioned.typeAt(at);
                if (taken || section == SectionType.PUBLICATIONS) continue;
                Found first = e.getValue();
                out.add(new Found(first.id(), first.name(), first.type(), new Mention(name, section, at, end)));
            }
        }
        out.sort(Comparator.comparingInt(f -> f.mention().start()));
        return out;
    }

    /**
     * The type of an item of a list that no taxonomy knows: technical when its line is labelled as technologies
     * ("Tools: …"), when a third of the line's items are known technologies or when it is shaped like a
     * technology's name (an acronym, a word with a digit or an inner capital); a domain skill otherwise.
     */
    static SkillType unknownType(Candidate c) {
        List<String> f = c.features();
        if (f.contains("u:labelled") || f.contains("u:tech=mid") || f.contains("u:tech=high")
                || f.contains("u:shape=acronym") || f.contains("u:shape=digits") || f.contains("u:shape=camel")) {
            return SkillType.TECHNICAL;
        }
        return SkillType.DOMAIN;
    }

    /** An acronym, a word with a digit or an inner capital, or a name of several capitalized words. */
    private static final Pattern TECH_SHAPE = Pattern.compile(
            "[A-Z][A-Z0-9+#.&-]{1,9}|\\S*\\d\\S*|\\S*[a-z][A-Z]\\S*|[A-Z][\\w.+#-]*(?:\\s+[A-Z][\\w.+#-]*)+");

    /**
     * Whether a candidate is kept whatever the model says: a technology that the rules keep, named unambiguously,
     * next to a technology cue ("using R", "Go developer") or as an item of a list line ("React + Express +
     * PostgreSQL", "Spring, Hibernate, JSP"). The model decides the rest: job skills, fields of knowledge, ambiguous
     * names elsewhere, unknown list items.
     */
    public static boolean forced(Candidate c) {
        if (c.type() != SkillType.TECHNICAL || !c.byRules()) return false;
        List<String> f = c.features();
        return !f.contains("amb") || f.contains("amb&ctx") || (f.contains("amb&whole") && f.contains("t*inList=TECH"));
    }

    /**
     * Every possible skill mention of a resume, in text order, with the rules' verdict and the model's features:
     * the gazetteer's matches (natural languages left out) and the items of list lines that hold no match.
     */
    public List<Candidate> candidates(SectionedText original) {
        SectionedText sectioned = SectionRepair.repair(Objects.requireNonNull(original, "sectioned"));
        String text = sectioned.text();
        List<Candidate> out = new ArrayList<>();
        List<Section> sections = sectioned.sections();
        List<GazetteerMatch> matches = unbracketed(taxonomy, text, taxonomy.find(text));
        Lines lines = new Lines(text);
        LineCache cache = new LineCache(text);
        Counts counts = new Counts();
        for (GazetteerMatch m : matches) {
            counts.perId.merge(m.id(), 1, Integer::sum);
            counts.starts.add(m.start());
            counts.ends.add(m.end());
            if (taxonomy.byId(m.id()).map(x -> x.type() == SkillType.TECHNICAL).orElse(false)) {
                counts.techPerLine.merge(lines.start(m.start()), 1, Integer::sum);
            }
        }
        // first the rules, then what the document says: its technologies named unambiguously, everyday software
        // (Microsoft Office, QuickBooks) aside
        List<Pending> pending = new ArrayList<>(matches.size());
        Set<String> docIt = new java.util.HashSet<>();
        Map<Integer, Set<String>> lineTech = new java.util.HashMap<>();
        int si = 0;
        for (GazetteerMatch m : matches) {
            while (si < sections.size() && sections.get(si).end() <= m.start()) si++;
            SectionType section = si < sections.size() && sections.get(si).start() <= m.start()
                    ? sections.get(si).type() : SectionType.CONTACT;
            SkillEntry e = taxonomy.byId(m.id()).orElse(null);
            if (e == null) continue;
            int end = m.end();
            boolean version = false;
            Matcher v = VERSION.matcher(text).region(end, Math.min(text.length(), end + 16));
            if (v.lookingAt()) {
                version = true;
                if (e.type() == SkillType.TECHNICAL) end = v.end();
            }
            if (e.type() == SkillType.TECHNICAL) {
                Matcher more = VERSION_LIST.matcher(text).region(end, Math.min(text.length(), end + 48));
                if (more.lookingAt()) {
                    version = true;
                    end = more.end();
                }
            }
            boolean ctx = m.ambiguous() && taxonomy.hasTechContext(text, m.start(), m.end());
            boolean rules = accept(text, m, e, section, cache, ctx);
            if (rules && !m.ambiguous() && e.type() == SkillType.TECHNICAL && !context.everyday(e.id())) {
                docIt.add(e.id());
            }
            if (rules && e.type() == SkillType.TECHNICAL && !context.everyday(e.id())) {
                lineTech.computeIfAbsent(lines.start(m.start()), k -> new java.util.HashSet<>()).add(e.id());
            }
            pending.add(new Pending(m, e, section, end, version, ctx, rules));
        }
        // where the technologies the rules keep begin, for the labels of their lists
        java.util.TreeSet<Integer> techStarts = new java.util.TreeSet<>();
        for (Pending p : pending) {
            if (p.rules() && p.entry().type() == SkillType.TECHNICAL) techStarts.add(p.match().start());
        }
        // a lone technology without a word of software work supports nothing
        Boolean techWords = null;
        if (docIt.size() == 1) {
            techWords = TECH_WORDS.matcher(text).find();
            if (!techWords) docIt.clear();
        }
        for (Pending p : pending) {
            GazetteerMatch m = p.match();
            SkillEntry e = p.entry();
            boolean rules = p.rules();
            int others = 0;
            boolean veto = false;
            if (e.type() == SkillType.TECHNICAL) {
                others = docIt.size() - (docIt.contains(e.id()) ? 1 : 0);
                // a list of technologies (everyday software aside) supports its items: "Languages: C, Go, R"
                Set<String> onLine = lineTech.getOrDefault(lines.start(m.start()), Set.of());
                boolean listed = onLine.size() - (onLine.contains(e.id()) ? 1 : 0) >= 2;
                if (others == 0 && listed) {
                    veto = false;
                } else if (others == 0 && m.ambiguous() && !context.everyday(e.id())) {
                    veto = true;
                } else if (others == 0 && context.itSpecific(e.id())) {
                    if (techWords == null) techWords = TECH_WORDS.matcher(text).find();
                    veto = !techWords;
                }
                if (veto) rules = false;
            }
            if ((e.type() == SkillType.DOMAIN && categoryLabel(text, m, techStarts))
                    || (p.section() == SectionType.CONTACT && ListItems.isLabel(text, m.end()))) {
                // the label of a list of technologies, or of a contact detail ("GitHub: …")
                veto = true;
                rules = false;
            }
            List<String> f = features(text, m, e, p.section(), p.version(), rules, lines, counts, cache, p.ctx());
            if (e.type() == SkillType.TECHNICAL) {
                f.add("doc=" + Math.min(others, 3));
                if (m.ambiguous()) {
                    f.add("amb&doc=" + Math.min(others, 2));
                    f.add("ambIt=" + context.ambiguousPrior(e.id()));
                }
                if (veto) f.add(DOC_VETO);
            } else if (veto) {
                f.add(DOC_VETO);
            }
            out.add(new Candidate(e.id(), e.name(), e.type(), new Mention(text.substring(m.start(), p.end()),
                    p.section(), m.start(), p.end()), rules, f));
        }
        List<Candidate> unknown = unknownListItems(sectioned, matches, out);
        if (unknown.isEmpty()) return out;
        out.addAll(unknown);
        out.sort(Comparator.comparingInt(c -> c.mention().start()));
        return out;
    }

    /**
     * The matches, each that runs into a bracket it does not close read again with the bracket as a break: the
     * gazetteer skips brackets inside a name, so "Perl (5 years)" holds the alias "Perl 5" and ".NET (6 years)" the
     * alias ".NET 6" (.NET Core); read again they are "Perl" and ".NET". A bracket closed inside the match or right
     * after it ("Microsoft System Center Operations Manager (SCOM)") is the name's own.
     */
    static List<GazetteerMatch> unbracketed(SkillTaxonomy taxonomy, String text, List<GazetteerMatch> matches) {
        List<GazetteerMatch> out = null;
        for (int i = 0; i < matches.size(); i++) {
            GazetteerMatch m = matches.get(i);
            int at = unclosedBracket(text, m.start(), m.end());
            if (at < 0) {
                if (out != null) out.add(m);
                continue;
            }
            if (out == null) out = new ArrayList<>(matches.subList(0, i));
            char[] piece = text.substring(m.start(), m.end()).toCharArray();
            piece[at - m.start()] = ',';
            for (GazetteerMatch p : taxonomy.find(new String(piece))) {
                if (unclosedBracket(text, m.start() + p.start(), m.start() + p.end()) >= 0) continue;
                out.add(new GazetteerMatch(m.start() + p.start(), m.start() + p.end(), p.id(),
                        text.substring(m.start() + p.start(), m.start() + p.end()), p.ambiguous()));
            }
        }
        return out == null ? matches : out;
    }

    /**
     * The offset of a bracket inside {@code [start, end)} that the span does not balance: an opening bracket closed
     * neither inside it nor right after it, or a closing one opened neither inside it nor right before it; -1 when
     * there is none.
     */
    private static int unclosedBracket(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            int k = "([".indexOf(c);
            if (k >= 0) {
                int close = text.indexOf(")]".charAt(k), i + 1);
                if (close < 0 || close > end) return i;
            } else if ((k = ")]".indexOf(c)) >= 0) {
                int open = text.lastIndexOf("([".charAt(k), i - 1);
                if (open < start - 1) return i;
            }
        }
        return -1;
    }

    /** A gazetteer match with the rules' verdict, before the document's technologies are known. */
    private record Pending(GazetteerMatch match, SkillEntry entry, SectionType section, int end, boolean version,
                           boolean ctx, boolean rules) {
    }

    /**
     * The feature of a technology that the document does not support: an ambiguous name ("Chef", "C", "ADA") of
     * a technology other than {@linkplain SkillContext#everyday everyday software} ("Excel") in a resume that names
     * no other technology (everyday software aside) unambiguously and outside a list of three technologies or more ("Languages: C, Go, R"), or an IT technology ({@link SkillContext#itSpecific})
     * alone in a resume without a word of software work ({@link #TECH_WORDS}), outside such a list; also the
     * label of a list of technologies ({@link #categoryLabel}) and the label of a contact detail ("GitHub: …").
     * Such a candidate is never kept.
     */
    public static final String DOC_VETO = "veto:doc";

    /**
     * True when a job skill or a field opens its line as the label of a list of technologies: "Programming
     * Languages: C#, Java", "Operating Systems Windows, UNIX" (a table's two cells on one line), "Databases" alone
     * above "Oracle, MySQL". The label names the list's category, not a skill of the resume's own.
     */
    static boolean categoryLabel(String text, GazetteerMatch m, java.util.NavigableSet<Integer> techStarts) {
        int ls = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        if (m.start() == 0) ls = 0;
        int le = text.indexOf('\n', m.end());
        if (le < 0) le = text.length();
        if (ListItems.skipBullet(text, ls, le) != m.start()) return false;
        int r = m.end();
        while (r < le && (text.charAt(r) == ' ' || text.charAt(r) == '\t')) r++;
        if (r == le) {
            // alone on its line: the next line lists technologies from its start
            int ns = le + 1;
            if (ns >= text.length()) return false;
            int ne = text.indexOf('\n', ns);
            if (ne < 0) ne = text.length();
            int first = ListItems.skipBullet(text, ns, ne);
            Integer t = techStarts.ceiling(ns);
            if (t == null || t >= ne) return false;
            Integer second = techStarts.higher(t);
            return t == first && second != null && second < ne;
        }
        char c = text.charAt(r);
        int from = r;
        if (c == ':' || c == '-' || c == '–' || c == '(') {
            from = r + 1;
            while (from < le && text.charAt(from) == ' ') from++;
        } else if (r == m.end()) {
            return false;
        }
        // the list begins at once with a technology and names another on the line
        Integer t = techStarts.ceiling(from);
        if (t == null || t != from) return false;
        Integer second = techStarts.higher(t);
        return c == ':' || (second != null && second < le);
    }

    /** Words of software work: a resume that has one is technical enough for a lone IT technology. */
    private static final Pattern TECH_WORDS = Pattern.compile("(?i)\\b(?:programming|programmer|software|developer"
            + "|database|coding|scripting|source code|computer science|web development|devops|sysadmin"
            + "|system administrat\\w*|network administrat\\w*|information technology)\\b");

    /** What a line is (a reference, a heading in capitals, a list…), computed once per line. */
    private static final class LineCache {
        private final String text;
        private final Map<Integer, boolean[]> byStart = new java.util.HashMap<>();

        LineCache(String text) {
            this.text = text;
        }

        private boolean[] of(int at) {
            int ls = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            if (at == 0) ls = 0;
            return byStart.computeIfAbsent(ls, k -> {
                int le = text.indexOf('\n', k);
                if (le < 0) le = text.length();
                return new boolean[]{isCitation(text, k), isCapitalsLine(text, k), SkillExtractor.listLine(text, k),
                        SkillExtractor.inList(text, k),
                        ListItems.hasTechLabel(text, k, le)};
            });
        }

        boolean citation(int at) {
            return of(at)[0];
        }

        boolean capitals(int at) {
            return of(at)[1];
        }

        boolean listLine(int at) {
            return of(at)[2];
        }

        boolean inList(int at) {
            return of(at)[3];
        }

        boolean techLabel(int at) {
            return of(at)[4];
        }
    }

    /** Matches per skill id and technologies per line (by the line's start). */
    private static final class Counts {
        final Map<String, Integer> perId = new java.util.HashMap<>();
        final Map<Integer, Integer> techPerLine = new java.util.HashMap<>();
        /** where the matches (natural languages aside) begin and end */
        final Set<Integer> starts = new java.util.HashSet<>();
        final Set<Integer> ends = new java.util.HashSet<>();
    }

    /**
     * How many of a match's two neighbours in a coordination are matches too: "analysis, design and development",
     * "Facebook &amp; Instagram". A neighbour is across a comma, a semicolon, a slash, an ampersand, "and" or "or"
     * on the same line.
     */
    static int coordinated(String text, GazetteerMatch m, Set<Integer> starts, Set<Integer> ends) {
        int n = 0;
        int i = m.start();
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        int j = conjunctionBack(text, i);
        if (j >= 0) {
            while (j > 0 && text.charAt(j - 1) == ' ') j--;
            if (ends.contains(j)) n++;
        }
        i = m.end();
        while (i < text.length() && text.charAt(i) == ' ') i++;
        j = conjunctionForward(text, i);
        if (j >= 0) {
            while (j < text.length() && text.charAt(j) == ' ') j++;
            if (starts.contains(j)) n++;
        }
        return n;
    }

    /** Before {@code at}: the offset where a conjunction ending at {@code at} begins, or -1. */
    private static int conjunctionBack(String text, int at) {
        if (at <= 0) return -1;
        char c = text.charAt(at - 1);
        if (c == ',' || c == ';' || c == '/' || c == '&') {
            int j = at - 1;
            // ", and" / ", or"
            return j;
        }
        for (String w : CONJUNCTIONS) {
            int s = at - w.length();
            if (s > 0 && text.regionMatches(true, s, w, 0, w.length()) && text.charAt(s - 1) == ' ') {
                int j = s - 1;
                while (j > 0 && text.charAt(j - 1) == ' ') j--;
                if (j > 0 && text.charAt(j - 1) == ',') j--;
                return j;
            }
        }
        return -1;
    }

    /** From {@code at}: the offset just after a conjunction that begins at {@code at}, or -1. */
    private static int conjunctionForward(String text, int at) {
        if (at >= text.length()) return -1;
        char c = text.charAt(at);
        int i = at;
        if (c == ',' || c == ';' || c == '/' || c == '&') {
            i = at + 1;
            int k = i;
            while (k < text.length() && text.charAt(k) == ' ') k++;
            for (String w : CONJUNCTIONS) {
                int e = k + w.length();
                if (e < text.length() && text.regionMatches(true, k, w, 0, w.length()) && text.charAt(e) == ' ') return e;
            }
            return i;
        }
        for (String w : CONJUNCTIONS) {
            int e = at + w.length();
            if (e < text.length() && text.regionMatches(true, at, w, 0, w.length()) && text.charAt(e) == ' ') return e;
        }
        return -1;
    }

    private static final List<String> CONJUNCTIONS = List.of("and", "or");

    /** Line bounds of a text, looked up by offset, with the words and separators of the line last looked up. */
    private static final class Lines {
        private final String text;
        private int cachedStart = -1;
        private int cachedEnd = -1;
        private int cachedWords = -1;
        private int cachedSeparators = -1;

        Lines(String text) {
            this.text = text;
        }

        int start(int at) {
            locate(at);
            return cachedStart;
        }

        int end(int at) {
            locate(at);
            return cachedEnd;
        }

        /** Words of the line that holds {@code at} (counted once per line: a one-line resume has many matches). */
        int words(int at) {
            locate(at);
            if (cachedWords < 0) cachedWords = ListItems.words(text, cachedStart, cachedEnd);
            return cachedWords;
        }

        /** List separators ({@code , ; | •}) on the line that holds {@code at}, counted once per line. */
        int separators(int at) {
            locate(at);
            if (cachedSeparators < 0) {
                int n = 0;
                for (int i = cachedStart; i < cachedEnd; i++) if (",;|•".indexOf(text.charAt(i)) >= 0) n++;
                cachedSeparators = n;
            }
            return cachedSeparators;
        }

        private void locate(int at) {
            if (at >= cachedStart && at < cachedEnd) return;
            cachedStart = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
            if (at == 0) cachedStart = 0;
            int e = text.indexOf('\n', at);
            cachedEnd = e < 0 ? text.length() : e;
            cachedWords = -1;
            cachedSeparators = -1;
        }
    }

    private static final Set<String> CUE_WORDS = Set.of("in", "with", "using", "of", "and", "on", "for", "to", "the",
            "a", "an", "like", "including", "use", "used", "via", "through", "as", "at", "by", "from", "or");

    /** The features of a gazetteer match, for the {@link SkillModel}. */
    private List<String> features(String text, GazetteerMatch m, SkillEntry e, SectionType section, boolean version,
                                  boolean rules, Lines lines, Counts counts, LineCache cache, boolean ctx) {
        List<String> f = new ArrayList<>(48);
        String t = e.type().name();
        ListItems.Item item = ListItems.itemAround(text, m.start(), m.end());
        boolean whole = item.start() == m.start() && item.end() >= m.end();
        int ls = lines.start(m.start());
        int le = lines.end(m.start());
        int mw = ListItems.words(text, m.start(), m.end());
        int iw = ListItems.words(text, item.start(), item.end());
        int lw = lines.words(m.start());
        int seps = lines.separators(m.start());
        int lineTech = counts.techPerLine.getOrDefault(ls, 0) - (e.type() == SkillType.TECHNICAL ? 1 : 0);
        f.add("t=" + t);
        // the section is no feature of a technology: the labelled set leaves most technologies in project sections
        // unlabelled, and a model that learnt that would drop the technologies used in projects
        boolean tech = e.type() == SkillType.TECHNICAL;
        if (!tech) {
            f.add("s=" + section);
            f.add("t*s=" + t + "|" + section);
        }
        if (m.ambiguous()) {
            f.add("amb");
            if (ctx) f.add("amb&ctx");
            if (whole) f.add("amb&whole");
            if (version) f.add("amb&ver");
        }
        if (e.hot()) f.add("hot");
        for (String src : e.sources()) f.add("src=" + src);
        if (e.sources().size() == 1) f.add("only=" + e.sources().get(0));
        if (whole) {
            f.add("whole");
            f.add("t*whole=" + t);
        }
        f.add("mw=" + Math.min(mw, 3));
        f.add("iw=" + Math.min(iw, 6));
        f.add("t*extra=" + t + "|" + Math.min(iw - mw, 3));
        if (cache.listLine(m.start())) f.add("t*listLine=" + t);
        if (seps >= 2) f.add("t*inList=" + t);
        f.add("seps=" + Math.min(seps, 4));
        f.add("lw=" + (lw <= 5 ? "5" : lw <= 12 ? "12" : lw <= 25 ? "25" : "more"));
        f.add("lineTech=" + Math.min(lineTech, 3));
        if (cache.techLabel(m.start())) f.add("techLabel");
        if (cache.capitals(m.start())) f.add("t*caps=" + t);
        if (cache.citation(m.start())) f.add("cite");
        if (ListItems.isLabel(text, m.end())) f.add("t*label=" + t);
        String c = caseOf(m.surface());
        f.add("case=" + c);
        f.add("t*case=" + t + "|" + c);
        if (version) f.add("ver");
        if (m.end() - m.start() == 1) f.add("len1");
        String prev = previousWord(text, m.start(), ls);
        f.add("prev=" + (prev.isEmpty() ? "^" : CUE_WORDS.contains(prev) ? prev : "w"));
        String next = nextWord(text, m.end());
        f.add("next=" + (m.end() >= le ? "$" : CUE_WORDS.contains(next) ? next : ORDINARY_AFTER.contains(next)
                ? "ord" : next.isEmpty() ? "p" : "w"));
        f.add(rules ? "rule" : "norule");
        f.add("t*rule=" + t + "|" + rules);
        if (!tech) f.add("t*s*whole=" + t + "|" + section + "|" + whole);
        f.add("prevc=" + charClass(text, m.start() - 1, true));
        f.add("nextc=" + charClass(text, m.end(), false));
        if (ListItems.skipBullet(text, ls, le) == m.start()) f.add("t*lineStart=" + t);
        if (ls < le && TextLine.BULLETS.indexOf(text.charAt(ls)) >= 0) f.add("bullet");
        f.add("rep=" + Math.min(counts.perId.getOrDefault(m.id(), 0), 3));
        int coord = coordinated(text, m, counts.starts, counts.ends);
        if (coord > 0) {
            f.add("coord=" + coord);
            if (!tech) f.add("t*s*coord=" + t + "|" + section + "|" + coord);
        }
        f.add("id=" + e.id());
        return f;
    }

    /** The class of the character next to a match, skipping spaces: a letter, a separator, a bracket, the line's end. */
    private static String charClass(String text, int at, boolean backwards) {
        int i = at;
        while (i >= 0 && i < text.length() && text.charAt(i) == ' ') i += backwards ? -1 : 1;
        if (i < 0 || i >= text.length() || text.charAt(i) == '\n') return "eol";
        char c = text.charAt(i);
        if (Character.isLetter(c)) return "letter";
        if (Character.isDigit(c)) return "digit";
        if (",;|•".indexOf(c) >= 0) return "sep";
        if ("()[]".indexOf(c) >= 0) return "paren";
        if (c == ':' || c == '-' || c == '–' || c == '/' || c == '.' || c == '&') return String.valueOf(c);
        return "other";
    }

    private static final Pattern ACRONYM_SHAPE = Pattern.compile("[A-Z][A-Z0-9+#.-]{1,7}");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    private static final Pattern GERUND = Pattern.compile("(?i)ing\\b");
    private static final Pattern CAMEL = Pattern.compile("[a-z][A-Z]");
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d\\d\\b");

    /** A coarse shape of an unknown item: an acronym, a word with digits, a gerund, a phrase… */
    private static String shapeOf(String s) {
        if (ACRONYM_SHAPE.matcher(s).matches()) return "acronym";
        if (DIGIT.matcher(s).find()) return "digits";
        if (GERUND.matcher(s).find()) return "gerund";
        if (CAMEL.matcher(s).find()) return "camel";
        if (s.indexOf('/') >= 0 || s.indexOf('&') >= 0) return "joined";
        if (s.indexOf(' ') < 0) return "word";
        return "phrase";
    }

    private static String caseOf(String s) {
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            upper |= Character.isUpperCase(ch);
            lower |= Character.isLowerCase(ch);
        }
        if (upper && !lower) return "upper";
        if (!upper) return "lower";
        if (Character.isUpperCase(s.charAt(0))) {
            for (int i = 1; i < s.length(); i++) {
                if (Character.isUpperCase(s.charAt(i)) && s.charAt(i - 1) != ' ') return "mixed";
            }
            return "title";
        }
        return "mixed";
    }

    private static String previousWord(String text, int at, int lineStart) {
        int i = at;
        while (i > lineStart && text.charAt(i - 1) == ' ') i--;
        int e = i;
        while (i > lineStart && Character.isLetter(text.charAt(i - 1))) i--;
        return text.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private boolean accept(String text, GazetteerMatch m, SkillEntry e, SectionType section, LineCache cache,
                           boolean ctx) {
        if (section == SectionType.PUBLICATIONS) return false;
        if (cache.citation(m.start())) return false;
        if (e.type() == SkillType.LANGUAGE) return acceptLanguage(text, m, section);
        // the label of a contact detail: "LinkedIn: …", "Skype: jane.doe", "GitHub: …"
        if (section == SectionType.CONTACT && ListItems.isLabel(text, m.end())) return false;
        ListItems.Item item = ListItems.itemAround(text, m.start(), m.end());
        boolean whole = item.start() == m.start() && item.end() >= m.end();
        if (m.ambiguous() && !acceptAmbiguous(text, m, section, whole, cache, ctx)) return false;
        if (e.type() != SkillType.TECHNICAL) {
            // ordinary phrases ("sales", "teaching", "computer science") name a skill when they stand in a short
            // item of a list or a bullet, not inside a sentence, a degree's field, a title or as a category label
            if (NO_JOB_SKILLS.contains(section) || ListItems.isLabel(text, m.end())) return false;
            if (cache.capitals(m.start())) return false;
            // a summary or a skills section says what the person is like in sentences too: "An organized team
            // player with excellent communication skills"
            if (e.type() == SkillType.SOFT && SOFT_IN_SENTENCES.contains(section)) return true;
            int words = ListItems.words(text, item.start(), item.end());
            if (words > Math.max(MAX_ITEM_WORDS, ListItems.words(text, m.start(), m.end()) + 1)) return false;
            if (section == SectionType.EXPERIENCE) return whole && item.end() == m.end() && cache.inList(m.start());
            return cache.listLine(m.start());
        }
        return true;
    }

    /** A label of a list of natural languages: "Languages:", "Languages known -", "Language skills:". */
    private static final Pattern LANGUAGE_LABEL = Pattern.compile(
            "(?i)(?:^|\\n)[\\p{Z}\\p{P}•]*(?:[a-z]+\\s+)?languages?(?:\\s+(?:known|skills|spoken|proficiency))?\\s*[:\\-–]");
    /** Words that tell of speaking a language: "fluent in Spanish", "native German", "bilingual". */
    private static final Pattern LANGUAGE_CUE = Pattern.compile(
            "(?i)\\b(?:fluen(?:t|cy|tly)|native|bilingual|trilingual|multilingual|mother\\s+tongue|conversational"
            + "|speak(?:s|ing)?|spoken|proficiency\\s+in|working\\s+knowledge\\s+of|languages?)\\b");
    /** How far from a natural language's name {@link #LANGUAGE_CUE} is looked for, on the same line. */
    private static final int LANGUAGE_CUE_WINDOW = 40;

    /**
     * A natural language ("English", "Spanish") is a skill in a LANGUAGES section, on a line labelled as a list of
     * languages, or with a word of speaking it nearby on its line ("fluent in Spanish", "native German"); not in a
     * degree's field ("B.A. in English"), a course taught or a name.
     */
    private static boolean acceptLanguage(String text, GazetteerMatch m, SectionType section) {
        if (section == SectionType.LANGUAGES) return true;
        if (section == SectionType.EDUCATION) return false;
        int ls = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        if (m.start() == 0) ls = 0;
        int le = text.indexOf('\n', m.end());
        if (le < 0) le = text.length();
        Matcher label = LANGUAGE_LABEL.matcher(text).region(Math.max(0, ls - 1), m.start());
        label.useTransparentBounds(true);
        if (label.lookingAt()) return true;
        Matcher cue = LANGUAGE_CUE.matcher(text).region(Math.max(ls, m.start() - LANGUAGE_CUE_WINDOW),
                Math.min(le, m.end() + LANGUAGE_CUE_WINDOW));
        return cue.find();
    }

    /** Longest item of a list, in words, that a job skill or a field of knowledge may stand in. */
    private static final int MAX_ITEM_WORDS = 4;
    /** A reference: "Fitch, D., &amp; Cary, S. (2012, November)." */
    private static final Pattern CITATION = Pattern.compile(
            "\\(\\s*(?:19|20)\\d\\d[a-z]?\\s*(?:,[^)]{0,20})?\\)|\\b[A-Z][a-z]+,\\s+[A-Z]\\.(?:\\s*[A-Z]\\.)?,?\\s+(?:&|and)\\s");
    /** Words after an ambiguous name that show it is an ordinary word, even across a line break. */
    private static final Set<String> ORDINARY_AFTER = Set.of("than", "of", "the", "to", "is", "was", "are", "were");

    /** True when the line that holds {@code at} is a bibliographic reference. */
    private static boolean isCitation(String text, int at) {
        int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = text.indexOf('\n', at);
        if (e < 0) e = text.length();
        return CITATION.matcher(text).region(s, e).find();
    }

    /**
     * An ambiguous name ("C", "R", "Go", "Excel", "Spring") is a technology next to a technology cue (see
     * {@link SkillTaxonomy#hasTechContext}), as a whole item of a skills list or of a list line, or with a
     * version ("Eclipse 3.1"); never as an initial ("R. Smith"), a grade ("English (C)") or before "than".
     */
    private boolean acceptAmbiguous(String text, GazetteerMatch m, SectionType section, boolean whole,
                                    LineCache cache, boolean ctx) {
        int len = m.end() - m.start();
        if (len == 1 && m.end() < text.length() && text.charAt(m.end()) == '.'
                && (m.end() + 1 == text.length() || Character.isWhitespace(text.charAt(m.end() + 1)))) {
            return false;
        }
        if (len == 1 && m.start() > 0 && text.charAt(m.start() - 1) == '(' && m.end() < text.length()
                && text.charAt(m.end()) == ')') {
            return false;
        }
        String next = nextWord(text, m.end());
        if (ORDINARY_AFTER.contains(next)) return false;
        if (ctx) return true;
        if (VERSION.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 16)).lookingAt()) return true;
        return whole && (section == SectionType.SKILLS || cache.inList(m.start()));
    }

    /** The next word after {@code from}, lower-cased, across spaces and one line break; "" when none. */
    private static String nextWord(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        int s = i;
        while (i < text.length() && Character.isLetter(text.charAt(i))) i++;
        return text.substring(s, i).toLowerCase(Locale.ROOT);
    }

    /**
     * True when the line holding {@code at} reads as a list or a bullet point rather than a sentence: five words at
     * most after its bullet and label, or items of four words or fewer on average between separators.
     */
    private static boolean listLine(String text, int at) {
        int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = text.indexOf('\n', at);
        if (e < 0) e = text.length();
        int content = ListItems.contentStart(text, s, e);
        int words = ListItems.words(text, content, e);
        if (words <= 5) return true;
        int seps = 0;
        for (int i = content; i < e; i++) if (isSeparator(text, i)) seps++;
        return seps >= 1 && words <= 4 * (seps + 1);
    }

    /**
     * True when the line holding {@code at} is written in capitals, has two words or more and no separator: a
     * heading or a title ("RELEVANT INFORMATION TECHNOLOGY PROJECTS"), not a list.
     */
    private static boolean isCapitalsLine(String text, int at) {
        int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = text.indexOf('\n', at);
        if (e < 0) e = text.length();
        boolean lower = false;
        for (int i = s; i < e; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) lower = true;
            if (",;|•(".indexOf(c) >= 0) return false;
        }
        return !lower && ListItems.words(text, s, e) >= 2;
    }

    /** A separator of list items: {@code , ; | •}, or a {@code +} between spaces ("React + Express"). */
    private static boolean isSeparator(String text, int i) {
        char c = text.charAt(i);
        if (",;|•".indexOf(c) >= 0) return true;
        return c == '+' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
    }

    /** True when the line holding {@code at} is a list of two separators or more. */
    private static boolean inList(String text, int at) {
        int s = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        int e = text.indexOf('\n', at);
        if (e < 0) e = text.length();
        int seps = 0;
        for (int i = s; i < e; i++) if (isSeparator(text, i)) seps++;
        return seps >= 2;
    }

    /**
     * Items of list lines that hold no gazetteer match: candidates for skills the taxonomy does not know. The rules
     * keep those of SKILLS sections and of lines labelled as technologies ("Environment: …", "Tools used: …") when a
     * third of the line's items are known technologies or the line has such a label.
     */
    private List<Candidate> unknownListItems(SectionedText sectioned, List<GazetteerMatch> matches,
                                             List<Candidate> known) {
        String text = sectioned.text();
        List<Candidate> out = new ArrayList<>();
        int mi = 0;
        int ki = 0;
        boolean skipFirst = false;
        for (Section s : sectioned.sections()) {
            boolean listSection = LIST_SECTIONS.contains(s.type());
            if (s.type() == SectionType.PUBLICATIONS) continue;
            int ls = s.contentStart();
            while (ls < s.end()) {
                int le = text.indexOf('\n', ls);
                if (le < 0 || le > s.end()) le = s.end();
                if (ListItems.words(text, ls, le) <= MAX_LIST_LINE_WORDS) {
                    List<ListItems.Item> items = new ArrayList<>(ListItems.items(text, ls, le));
                    if (skipFirst && !items.isEmpty()) items.remove(0);
                    skipFirst = false;
                    // a list wrapped onto the next line: "…, Statistics, Data" + "Cleaning"
                    if (items.size() >= 2 && le < s.end() && ",;|•".indexOf(text.charAt(le - 1)) < 0) {
                        int ne = text.indexOf('\n', le + 1);
                        if (ne < 0 || ne > s.end()) ne = s.end();
                        List<ListItems.Item> next = ListItems.items(text, le + 1, ne);
                        if (next.size() == 1 && ListItems.contentStart(text, le + 1, ne) == le + 1
                                && ListItems.words(text, le + 1, ne) <= 2) {
                            ListItems.Item last = items.remove(items.size() - 1);
                            items.add(new ListItems.Item(last.start(), next.get(0).end()));
                            skipFirst = true;
                        }
                    }
                    boolean column = items.size() == 1 && inColumn(text, ls, le);
                    if (((items.size() >= 2 && listLike(text, items)) || column)
                            && !HEADER_LINE.matcher(text).region(ls, le).find() && !isCitation(text, ls)) {
                        boolean labelled = ListItems.hasTechLabel(text, ls, le);
                        // a list of technologies: some of its items are known technologies
                        int tech = 0;
                        while (ki < known.size() && known.get(ki).mention().start() < ls) ki++;
                        for (int k = ki; k < known.size() && known.get(k).mention().start() < le; k++) {
                            if (known.get(k).type() == SkillType.TECHNICAL && known.get(k).byRules()) tech++;
                        }
                        boolean rules = !column && (listSection || labelled) && (labelled || tech * 3 >= items.size())
                                && s.type() != SectionType.EDUCATION && s.type() != SectionType.CONTACT;
                        for (ListItems.Item it : items) {
                            while (mi < matches.size() && matches.get(mi).end() <= it.start()) mi++;
                            if (mi < matches.size() && matches.get(mi).start() < it.end()) continue;
                            if (!plausibleItem(text, it)) continue;
                            String name = it.text(text).replaceAll("\\s+", " ");
                            List<String> f = new ArrayList<>();
                            f.add("t=UNKNOWN");
                            f.add("t*s=UNKNOWN|" + s.type());
                            if (labelled) f.add("u:labelled");
                            if (listSection) f.add("u:listSection");
                            if (column) f.add("u:column");
                            f.add("u:items=" + Math.min(items.size(), 6));
                            double ratio = (double) tech / items.size();
                            f.add("u:tech=" + (tech == 0 ? "0" : ratio < 0.34 ? "low" : ratio < 0.67 ? "mid" : "high"));
                            f.add("u:words=" + ListItems.words(text, it.start(), it.end()));
                            f.add("u:case=" + caseOf(name));
                            f.add("u:shape=" + shapeOf(name));
                            f.add("u:rule=" + rules);
                            out.add(new Candidate(UNKNOWN + ListItems.key(name), name, null,
                                    new Mention(it.text(text), s.type(), it.start(), it.end()), rules, f));
                        }
                    }
                }
                ls = le + 1;
            }
        }
        return out;
    }

    /** Longest line, in words, read as a list of skills. */
    private static final int MAX_LIST_LINE_WORDS = 120;

    /** A line that tells of a role, a school or a publication rather than listing skills. */
    private static final Pattern HEADER_LINE = Pattern.compile("\\b(?:19[5-9]\\d|20[0-4]\\d)\\b|@|https?://|www\\."
            + "|\\b[A-Z][a-z]+,\\s*(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH"
            + "|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC)\\b"
            + "|\\b(?:University|College|School|Institute|Inc|Ltd|LLC|Pvt|Corporation)\\b");

    /**
     * A short line in a column of short lines: "Lab Setup" under "Change Management" above "Six Sigma". Capitalized,
     * four words at most, without a full stop, and the line before or after is such a line too.
     */
    private static boolean inColumn(String text, int ls, int le) {
        if (!shortItemLine(text, ls, le)) return false;
        if (ls > 1) {
            int ps = text.lastIndexOf('\n', ls - 2) + 1;
            if (shortItemLine(text, ps, ls - 1)) return true;
        }
        if (le < text.length()) {
            int ne = text.indexOf('\n', le + 1);
            if (ne < 0) ne = text.length();
            return shortItemLine(text, le + 1, ne);
        }
        return false;
    }

    private static boolean shortItemLine(String text, int ls, int le) {
        int s = ListItems.skipBullet(text, ls, le);
        int e = le;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        if (e <= s || e - s > 40 || text.charAt(e - 1) == ':' || text.charAt(e - 1) == ',') return false;
        int w = ListItems.words(text, s, e);
        return w <= 4 && Character.isUpperCase(text.charAt(s)) && text.substring(s, e).indexOf(". ") < 0;
    }

    /** Items of a list, not clauses of a sentence: short, mostly capitalized. */
    private static boolean listLike(String text, List<ListItems.Item> items) {
        int words = 0;
        int capital = 0;
        for (ListItems.Item it : items) {
            words += ListItems.words(text, it.start(), it.end());
            if (hasCapitalOrDigit(it.text(text))) capital++;
        }
        return words <= 3 * items.size() && capital * 10 >= items.size() * 6;
    }

    private static boolean hasCapitalOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || Character.isDigit(c)) return true;
        }
        return false;
    }

    /** Words that make an item a phrase of a sentence or a filler rather than a skill's name. */
    private static final Set<String> NOT_ITEMS = Set.of("etc", "others", "other", "more", "various", "many",
            "and", "or", "the", "a", "an", "of", "in", "on", "with", "for", "to", "from", "by", "at", "as", "is",
            "are", "was", "were", "be", "i", "my", "me", "we", "our", "you", "your", "it", "its", "this", "that",
            "year", "years", "month", "months", "present", "till", "date", "basic", "good", "excellent", "strong",
            "knowledge", "skills", "skill", "experience", "tools", "languages", "language", "concepts", "ms",
            "technologies", "technology", "software", "familiar", "proficient", "expert", "working", "using",
            "used", "including", "like", "such", "also", "well", "very", "have", "has", "had", "able");

    /** A plausible name of a skill: one to four words, with a letter, not a sentence, a date or an address. */
    private static boolean plausibleItem(String text, ListItems.Item it) {
        int len = it.end() - it.start();
        if (len < 2 || len > 40) return false;
        String s = it.text(text);
        int words = ListItems.words(text, it.start(), it.end());
        if (words > 4) return false;
        char c0 = s.charAt(0);
        if (!Character.isLetterOrDigit(c0) && c0 != '.') return false;
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) letter |= Character.isLetter(s.charAt(i));
        if (!letter || !hasCapitalOrDigit(s)) return false;
        String k = ListItems.key(s);
        if (k.isEmpty()) return false;
        String[] w = k.split(" ");
        if (NOT_ITEMS.contains(w[0]) || NOT_ITEMS.contains(w[w.length - 1])) return false;
        return !YEAR.matcher(s).find();
    }

    /**
     * Groups mentions per skill id, in the order of first mention. A skill is USED when a mention stands in an
     * EXPERIENCE or PROJECTS section or inside one of {@code usedRanges} (pairs of offsets).
     */
    List<Skill> group(List<Found> found, List<int[]> usedRanges) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, SkillType> types = new LinkedHashMap<>();
        Map<String, Boolean> used = new LinkedHashMap<>();
        for (Found f : found) {
            String id = f.id();
            names.putIfAbsent(id, f.name());
            // an unknown item is technical when any of its lists says so
            types.merge(id, f.type(), (a, b) -> a == SkillType.TECHNICAL ? a : b);
            mentions.computeIfAbsent(id, k -> new ArrayList<>()).add(f.mention());
            boolean u = isUsed(f.mention(), usedRanges);
            used.merge(id, u, Boolean::logicalOr);
        }
        List<Skill> out = new ArrayList<>(mentions.size());
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            out.add(new Skill(e.getKey(), names.get(e.getKey()), types.get(e.getKey()),
                    used.get(e.getKey()) ? Evidence.USED : Evidence.LISTED, e.getValue()));
        }
        return List.copyOf(out);
    }

    /**
     * The names of the technologies and job skills among {@code found} that stand in {@code [start, end)}, distinct
     * and in text order. Soft skills are left out.
     */
    static List<String> namesIn(List<Found> found, int start, int end) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Found f : found) {
            if (f.mention().start() < start || f.mention().end() > end || f.type() == SkillType.SOFT) continue;
            names.putIfAbsent(f.id(), f.name());
        }
        return List.copyOf(names.values());
    }

    /**
     * The project with its keywords in canonical form: a keyword that is an alias of a skill becomes the skill's
     * name ("NodeJS" → "Node.js"), and duplicates go.
     */
    Project canonicalKeywords(Project p) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : p.keywords()) {
            String name = k;
            List<SkillEntry> entries = taxonomy.byAlias(k);
            if (!entries.isEmpty()) {
                SkillEntry best = entries.get(0);
                for (SkillEntry e : entries) {
                    if (e.type() == SkillType.TECHNICAL) {
                        best = e;
                        break;
                    }
                }
                name = best.name();
            }
            out.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
        }
        List<String> keywords = List.copyOf(out.values());
        if (keywords.equals(p.keywords())) return p;
        return new Project(p.name(), p.description(), keywords, p.url(), p.highlights(), p.evidence(), p.archetype(),
                p.themes(), p.mentions(), p.confidence());
    }

    private static boolean isUsed(Mention m, List<int[]> ranges) {
        if (m.section() == SectionType.EXPERIENCE || m.section() == SectionType.PROJECTS) return true;
        for (int[] r : ranges) if (m.start() >= r[0] && m.end() <= r[1]) return true;
        return false;
    }
}
