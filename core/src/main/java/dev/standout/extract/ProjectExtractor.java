package dev.standout.extract;

import dev.standout.nlp.NlpPipeline;
import dev.standout.nlp.Sentence;
import dev.standout.nlp.Token;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds projects: in PROJECTS sections, and in EXPERIENCE sections where a project is named ("Project: …") or a
 * bullet tells of something built with a result ("Built a scheduler that cut on-call pages by 60%").
 *
 * <p>A PROJECTS section is split at title lines (a short line followed by its description or bullets), labelled
 * names ("Project: X | Tech: Y", "Project Name: X", "Project 2 – X") and named bullets ("• X – what it does");
 * without any of these, each bullet is a project, and without bullets the section is one project. For each project
 * it gives the name, the description, a link, the technologies (from "Tech:"/"Tools:"/"Built with" fields and from
 * the keyword hook), outcome {@link ProjectEvidence evidence} with the sentences that show it, the tutorial
 * {@link ProjectArchetypes archetype} it matches if any, and its {@link ProjectThemes themes}. The first mention is
 * the name, the second the whole project.
 *
 * <p>Part-of-speech tagging runs on project text only. Safe to share between threads when the keyword hook is.
 */
public final class ProjectExtractor {

    private static final Pattern LABELLED = Pattern.compile(
            "^(?i:project(?:\\s*(?:name|title))?|title|name|mini[- ]project|major[- ]project|capstone(?:\\s+project)?)"
                    + "\\s*(?:#?\\s*\\d{1,2})?\\s*[:\\-–—.)]\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(?i:project)\\s*#?\\s*\\d{1,2}\\s*[:.)\\-–]?\\s*$");
    private static final Pattern FIELD = Pattern.compile(
            "^(?i:description|details|summary|abstract|overview|tech(?:nologies|nology)?(?:\\s+(?:used|stack))?|tools?(?:\\s+used)?"
                    + "|stack|environment|built\\s+with|languages?|frameworks?|skills(?:\\s+used)?|platforms?|role|my\\s+role"
                    + "|team(?:\\s+size)?|duration|period|client|organi[sz]ation|company|responsibilit(?:y|ies)|contribution"
                    + "|links?|url|github|demo|repo(?:sitory)?|source|outcome|results?|impact|domain|database|guide|mentor"
                    + "|supervisor|under\\s+the\\s+guidance\\s+of|year|date|status|type|category)\\s*[:\\-–]");
    private static final Pattern TECH_FIELD = Pattern.compile(
            "(?i)(?:^|[|•]\\s*|\\b)(?:tech(?:nologies|nology)?(?:\\s+(?:used|stack))?|tools?(?:\\s+used)?|tech\\s+stack|stack"
                    + "|environment|built\\s+with|languages?|frameworks?|skills\\s+used)\\s*[:\\-–]\\s*([^|\\n]+)");
    private static final Pattern URL = Pattern.compile(
            "\\bhttps?://[^\\s<>\"')\\]]+|\\bwww\\.[\\w-]+\\.[^\\s<>\"')\\]]+"
                    + "|\\b(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co|kaggle\\.com)/[^\\s<>\"')\\]]+");
    private static final Set<String> BUILD_VERBS = Set.of("built", "build", "developed", "develop", "created", "create",
            "designed", "design", "engineered", "launched", "shipped", "wrote", "implemented", "prototyped", "founded",
            "open-sourced", "made", "programmed", "coded", "architected", "authored", "trained", "published",
            "released", "deployed", "led", "co-founded", "started", "invented", "automated", "constructed");
    private static final Set<String> SENTENCE_VERBS = Set.of("built", "developed", "created", "designed", "implemented",
            "wrote", "made", "used", "trained", "collected", "deployed", "worked", "led", "improved", "reduced",
            "increased", "integrated", "analyzed", "analysed", "achieved", "added", "migrated", "optimized",
            "optimised", "tested", "maintained", "published", "released", "won", "presented", "conducted",
            "researched", "performed", "prepared", "handled", "managed", "involved", "responsible", "participated",
            "contributed", "gathered", "scraped", "cleaned", "applied", "helped", "this", "the", "it",
            "a", "an", "in", "on", "for", "to", "with", "using", "we", "i", "my", "our", "also", "and");
    private static final Pattern NAME_CUT = Pattern.compile(
            "\\s+[|–—]\\s+|\\s+-\\s+|\\s*\\|\\s*|\\s*\\(|\\s*:\\s+|\\s*\\[|,\\s+(?=(?:using|with|in|built|made)\\b)");
    private static final Pattern CLAUSE_CUT = Pattern.compile(
            "[.;:,!?]\\s|[.;:!?]$|\\s+[–—-]\\s+|\\s+(?:that|which|who|using|with|for|to|in|on|from|by|across|at|so)\\s+");
    private static final Pattern NAMED_BULLET = Pattern.compile("\\s+[–—-]\\s+|:\\s+|\\s+\\|\\s+");
    private static final Pattern DETERMINER = Pattern.compile("^(?i:a|an|the|my|our|his|her|their|this|its)\\s+");

    private final NlpPipeline nlp;
    private final Function<String, List<String>> keywordFinder;
    private final ProjectArchetypes archetypes;

    /** With the shared pipeline, the standard archetype list and no keyword hook. */
    public ProjectExtractor() {
        this(NlpPipeline.shared(), text -> List.of(), ProjectArchetypes.standard());
    }

    /**
     * @param nlp           the pipeline to tag project text with
     * @param keywordFinder given a project's text, the technologies it names (for example skills from a
     *                      taxonomy); its results are added to the technologies of "Tech:" fields
     */
    public ProjectExtractor(NlpPipeline nlp, Function<String, List<String>> keywordFinder) {
        this(nlp, keywordFinder, ProjectArchetypes.standard());
    }

    /** As {@link #ProjectExtractor(NlpPipeline, Function)}, with an archetype list of one's own. */
    public ProjectExtractor(NlpPipeline nlp, Function<String, List<String>> keywordFinder, ProjectArchetypes archetypes) {
        this.nlp = Objects.requireNonNull(nlp, "nlp");
        this.keywordFinder = Objects.requireNonNull(keywordFinder, "keywordFinder");
        this.archetypes = Objects.requireNonNull(archetypes, "archetypes");
    }

    /** A project's place in the text: the whole block and its name. Offsets into the whole text. */
    record Block(int start, int end, int nameStart, int nameEnd, SectionType section) {
    }

    /** Finds the projects of a resume; see the class description. */
    public List<Project> extract(SectionedText sectioned) {
        Objects.requireNonNull(sectioned, "sectioned");
        String text = sectioned.text();
        List<Block> blocks = new ArrayList<>();
        for (Section s : sectioned.sections()) {
            List<TextLine> lines = TextLine.lines(text, s.contentStart(), s.end());
            if (lines.isEmpty()) continue;
            if (s.type() == SectionType.PROJECTS) blocks.addAll(splitProjects(lines, s.type()));
            else if (s.type() == SectionType.EXPERIENCE) blocks.addAll(projectsInExperience(lines, s.type()));
        }
        List<Project> out = new ArrayList<>(blocks.size());
        for (Block b : blocks) out.add(project(text, b));
        return List.copyOf(out);
    }

    // ---------------------------------------------------------------- splitting

    /** The projects of a PROJECTS section. */
    List<Block> splitProjects(List<TextLine> lines, SectionType type) {
        List<int[]> starts = new ArrayList<>(); // line, nameStart, nameEnd
        boolean allShort = true;
        for (TextLine l : lines) {
            if (l.isBullet() || !isTitleLine(l)) {
                allShort = false;
                break;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            TextLine body = l.withoutBullet();
            Matcher lab = LABELLED.matcher(body.text());
            if (lab.matches()) {
                int[] name = nameSpan(body, lab.start(1));
                starts.add(new int[]{i, name[0], name[1]});
                continue;
            }
            if (NUMBERED.matcher(body.text()).matches() && i + 1 < lines.size()) {
                TextLine next = lines.get(i + 1).withoutBullet();
                int[] name = nameSpan(next, 0);
                starts.add(new int[]{i, name[0], name[1]});
                i++;
                continue;
            }
            if (FIELD.matcher(body.text()).lookingAt()) continue;
            if (!l.isBullet() && isTitleLine(l)) {
                boolean previousIsTitle = i > 0 && !lines.get(i - 1).isBullet() && isTitleLine(lines.get(i - 1))
                        && !FIELD.matcher(lines.get(i - 1).text()).lookingAt();
                if (allShort || !previousIsTitle) {
                    int[] name = nameSpan(l, 0);
                    starts.add(new int[]{i, name[0], name[1]});
                }
                continue;
            }
            if (l.isBullet()) {
                int[] head = namedBullet(body);
                if (head != null) starts.add(new int[]{i, head[0], head[1]});
            }
        }
        List<Block> out = new ArrayList<>();
        if (starts.isEmpty()) {
            boolean bullets = false;
            for (TextLine l : lines) bullets |= l.isBullet();
            if (!bullets) {
                int[] name = clauseName(lines.get(0).withoutBullet());
                out.add(new Block(lines.get(0).start(), lines.get(lines.size() - 1).end(), name[0], name[1], type));
                return out;
            }
            // every bullet is a project; lines without a bullet continue the one before
            int i = 0;
            while (i < lines.size()) {
                int j = i + 1;
                while (j < lines.size() && !lines.get(j).isBullet()) j++;
                int[] name = clauseName(lines.get(i).withoutBullet());
                out.add(new Block(lines.get(i).start(), lines.get(j - 1).end(), name[0], name[1], type));
                i = j;
            }
            return out;
        }
        for (int k = 0; k < starts.size(); k++) {
            int[] s = starts.get(k);
            int first = k == 0 ? 0 : s[0]; // lines before the first start belong to the first project
            int last = k + 1 < starts.size() ? starts.get(k + 1)[0] - 1 : lines.size() - 1;
            out.add(new Block(lines.get(first).start(), lines.get(last).end(), s[1], s[2], type));
        }
        return out;
    }

    /** Projects named or told of inside an EXPERIENCE section. */
    List<Block> projectsInExperience(List<TextLine> lines, SectionType type) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            TextLine body = lines.get(i).withoutBullet();
            Matcher lab = LABELLED.matcher(body.text());
            if (lab.matches() && body.text().toLowerCase(Locale.ROOT).startsWith("project")) {
                int j = i + 1;
                while (j < lines.size() && j < i + 15) {
                    TextLine n = lines.get(j).withoutBullet();
                    if (LABELLED.matcher(n.text()).matches()) break;
                    boolean roleHeader = !lines.get(j).isBullet() && n.text().length() < 120
                            && DateRangeParser.findAll(n.text()).stream().anyMatch(DateRange::range)
                            && !FIELD.matcher(n.text()).lookingAt();
                    if (roleHeader) break;
                    j++;
                }
                int[] name = nameSpan(body, lab.start(1));
                out.add(new Block(lines.get(i).start(), lines.get(j - 1).end(), name[0], name[1], type));
                i = j;
                continue;
            }
            String first = firstWord(body.text());
            // a bullet goes on over the lines that follow it without a bullet (a wrapped line in a PDF or text file)
            int last = i;
            StringBuilder whole = new StringBuilder(body.text());
            if (lines.get(i).isBullet()) {
                while (last + 1 < lines.size() && isContinuation(lines.get(last + 1))) {
                    whole.append(' ').append(lines.get(++last).text());
                }
            }
            if (BUILD_VERBS.contains(first) && ProjectEvidence.any(whole)) {
                int[] name = clauseName(body);
                out.add(new Block(lines.get(i).start(), lines.get(last).end(), name[0], name[1], type));
            }
            i = last + 1;
        }
        return out;
    }

    /** A line that continues the bullet before it: no bullet, no date range, not a field, not a title. */
    private static boolean isContinuation(TextLine l) {
        if (l.isBullet() || l.text().isEmpty()) return false;
        String t = l.text();
        if (DateRangeParser.findAll(t).stream().anyMatch(DateRange::range)) return false;
        if (FIELD.matcher(t).lookingAt() || LABELLED.matcher(t).matches()) return false;
        return Character.isLowerCase(t.charAt(0)) || Character.isDigit(t.charAt(0)) || !isTitleLine(l);
    }

    private static String firstWord(String s) {
        int e = 0;
        while (e < s.length() && !Character.isWhitespace(s.charAt(e))) e++;
        return s.substring(0, e).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    }

    /** A short line that can be a project's title: not a sentence, not a field, not opening with a verb. */
    static boolean isTitleLine(TextLine l) {
        String t = l.withoutBullet().text();
        if (t.isEmpty() || t.length() > 100 || l.words() > 12) return false;
        if (!Character.isUpperCase(t.charAt(0)) && !Character.isDigit(t.charAt(0))) return false;
        if (t.endsWith(".") && !t.matches(".*\\b(?:[A-Z]\\.){2,}$") && !t.endsWith("Inc.") && !t.endsWith("Ltd.")) return false;
        if (FIELD.matcher(t).lookingAt()) return false;
        if (startsWithVerb(t)) return false;
        return !t.matches("(?s).*[.;!?]\\s+[A-Za-z].*"); // two sentences are a description
    }

    /** Adjectives in "-ed" that open project titles ("Automated Trading Bot", "Distributed Cache"). */
    private static final Set<String> ED_ADJECTIVES = Set.of("automated", "distributed", "embedded", "connected",
            "advanced", "augmented", "supervised", "unsupervised", "decentralized", "decentralised", "animated",
            "personalized", "personalised", "networked", "integrated", "simplified", "shared", "unified",
            "centralized", "centralised", "assisted", "guided", "powered", "based", "red", "bed", "speed");

    /** True when the line opens like a sentence: "Built …", "Handled …", "The …", "In …". */
    private static boolean startsWithVerb(String t) {
        String w = firstWord(t);
        if (SENTENCE_VERBS.contains(w)) return true;
        return w.length() > 4 && w.endsWith("ed") && !ED_ADJECTIVES.contains(w);
    }

    /** "• Netflix Clone – a React app …": the head before a dash or colon names the project. */
    private static int[] namedBullet(TextLine body) {
        Matcher m = NAMED_BULLET.matcher(body.text());
        if (!m.find()) return null;
        String head = body.text().substring(0, m.start()).trim();
        if (head.isEmpty() || head.split("\\s+").length > 7) return null;
        if (!Character.isUpperCase(head.charAt(0)) && !Character.isDigit(head.charAt(0))) return null;
        if (startsWithVerb(head) || FIELD.matcher(body.text()).lookingAt()) return null;
        int lower = 0;
        String[] words = head.split("\\s+");
        for (String w : words) if (Character.isLowerCase(w.charAt(0)) && w.length() > 3) lower++;
        if (lower * 2 > words.length) return null;
        return new int[]{body.start(), body.start() + head.length()};
    }

    /** The name in a title or labelled line: up to a separator, a date or a parenthesis. */
    private static int[] nameSpan(TextLine line, int from) {
        String t = line.text();
        int end = t.length();
        Matcher cut = NAME_CUT.matcher(t);
        if (cut.find(from) && cut.start() > from) end = cut.start();
        for (DateRange d : DateRangeParser.findAll(t.substring(from, end))) {
            if (d.from() > 0) {
                end = Math.min(end, from + d.from());
                break;
            }
        }
        while (end > from && (Character.isWhitespace(t.charAt(end - 1)) || ",;:-–—|".indexOf(t.charAt(end - 1)) >= 0)) end--;
        if (end <= from) end = t.length();
        return new int[]{line.start() + from, line.start() + end};
    }

    /**
     * The first clause, as a name: "Built a Slack bot that answers questions" gives "Slack bot"; other sentences give
     * their words up to the first punctuation (at most ten words).
     */
    private static int[] clauseName(TextLine body) {
        String t = body.text();
        int s = 0;
        String first = firstWord(t);
        if (BUILD_VERBS.contains(first)) {
            s = t.indexOf(' ') < 0 ? 0 : t.indexOf(' ') + 1;
            Matcher det = DETERMINER.matcher(t.substring(s));
            if (det.find()) s += det.end();
        }
        Matcher cut = CLAUSE_CUT.matcher(t);
        int e = t.length();
        if (cut.find(s) && cut.start() > s) e = cut.start();
        // at most ten words
        int words = 0;
        for (int i = s; i < e; i++) {
            if (Character.isWhitespace(t.charAt(i)) && i > s && !Character.isWhitespace(t.charAt(i - 1))) {
                words++;
                if (words == 10) {
                    e = i;
                    break;
                }
            }
        }
        while (e > s && Character.isWhitespace(t.charAt(e - 1))) e--;
        if (e <= s) {
            s = 0;
            e = t.length();
        }
        return new int[]{body.start() + s, body.start() + e};
    }

    /**
     * Completes a project that comes already structured (for example from a JSON Resume document) with what
     * extraction would have found in its text: the tutorial archetype, the lemmatized themes and the outcome
     * evidence, each only where the project has none. Its name, description and highlights are read as one
     * block, the name first.
     */
    public Project complete(Project p) {
        Objects.requireNonNull(p, "project");
        if (!p.archetype().isBlank() && !p.themes().isEmpty() && !p.evidence().isEmpty()) return p;
        StringBuilder b = new StringBuilder(p.name());
        int nameEnd = b.length();
        if (!p.description().isBlank()) b.append('\n').append(p.description().strip());
        for (String h : p.highlights()) if (!h.isBlank()) b.append('\n').append(h.strip());
        String text = b.toString();
        if (text.isBlank()) return p;
        Block block = new Block(0, text.length(), 0, nameEnd, SectionType.PROJECTS);
        List<Sentence> tagged = nlp.tag(text, 0, text.length());
        String archetype = p.archetype().isBlank()
                ? archetype(tagged, block).map(ProjectArchetypes.Archetype::id).orElse("") : p.archetype();
        List<String> themes = p.themes().isEmpty() ? ProjectThemes.of(tagged, 0, nameEnd) : p.themes();
        List<String> evidence = p.evidence();
        if (evidence.isEmpty()) {
            EnumSet<ProjectEvidence> found = EnumSet.noneOf(ProjectEvidence.class);
            for (Sentence s : tagged) found.addAll(ProjectEvidence.in(s.text(text)));
            if (!p.url().isBlank()) found.addAll(ProjectEvidence.in(p.url()));
            List<String> kinds = new ArrayList<>();
            for (ProjectEvidence e : found) kinds.add(e.name());
            evidence = kinds;
        }
        return new Project(p.name(), p.description(), p.keywords(), p.url(), p.highlights(), evidence, archetype,
                themes, p.mentions(), p.confidence());
    }

    // ---------------------------------------------------------------- one project

    private Project project(String text, Block b) {
        String name = text.substring(b.nameStart(), b.nameEnd()).trim();
        int descStart = b.nameEnd();
        while (descStart < b.end() && (Character.isWhitespace(text.charAt(descStart))
                || ":-–—|)".indexOf(text.charAt(descStart)) >= 0)) descStart++;
        String description = descStart < b.end() ? text.substring(descStart, b.end()).strip() : "";
        String block = text.substring(b.start(), b.end());
        List<Sentence> tagged = nlp.tag(text, b.start(), b.end());

        EnumSet<ProjectEvidence> evidence = EnumSet.noneOf(ProjectEvidence.class);
        List<String> highlights = new ArrayList<>();
        for (Sentence s : tagged) {
            String sentence = s.text(text);
            Set<ProjectEvidence> found = ProjectEvidence.in(sentence);
            if (found.isEmpty()) continue;
            evidence.addAll(found);
            String h = new TextLine(sentence, s.start(), s.end()).withoutBullet().text();
            if (!h.isEmpty() && !highlights.contains(h)) highlights.add(h);
        }
        List<String> kinds = new ArrayList<>();
        for (ProjectEvidence e : evidence) kinds.add(e.name());

        String url = url(block);
        List<String> keywords = keywords(block);
        String archetype = archetype(tagged, b).map(ProjectArchetypes.Archetype::id).orElse("");
        List<String> themes = ProjectThemes.of(tagged, b.nameStart(), b.nameEnd());

        List<Mention> mentions = new ArrayList<>();
        mentions.add(new Mention(name, b.section(), b.nameStart(), b.nameStart() + name.length()));
        if (b.start() != b.nameStart() || b.end() != b.nameEnd()) {
            mentions.add(new Mention(block, b.section(), b.start(), b.end()));
        }
        return new Project(name, description, keywords, url, highlights, kinds, archetype, themes, mentions);
    }

    private Optional<ProjectArchetypes.Archetype> archetype(List<Sentence> tagged, Block b) {
        List<String> nameLemmas = new ArrayList<>();
        List<String> nameWords = new ArrayList<>();
        List<String> lemmas = new ArrayList<>();
        List<String> words = new ArrayList<>();
        for (Sentence s : tagged) {
            for (Token t : s.tokens()) {
                String lemma = ProjectArchetypes.normalize(t.key());
                String word = ProjectArchetypes.normalize(t.text());
                if (lemma.isEmpty() && word.isEmpty()) continue;
                lemmas.add(lemma);
                words.add(word);
                if (t.start() >= b.nameStart() && t.end() <= b.nameEnd()) {
                    nameLemmas.add(lemma);
                    nameWords.add(word);
                }
            }
        }
        Optional<ProjectArchetypes.Archetype> byName = archetypes.match(nameLemmas, nameWords);
        return byName.isPresent() ? byName : archetypes.match(lemmas, words);
    }

    /** The first link of the project, a code repository first. */
    static String url(String block) {
        Matcher m = URL.matcher(block);
        String first = "";
        while (m.find()) {
            String u = m.group().replaceAll("[.,;:!?]+$", "");
            if (u.matches("(?i).*(?:indeed\\.com|linkedin\\.com|facebook\\.com|mailto:).*")) continue;
            if (first.isEmpty()) first = u;
            if (u.matches("(?i).*(?:github\\.com|gitlab\\.com|bitbucket\\.org)/.*")) return u;
        }
        return first;
    }

    /** Technologies from "Tech:"-like fields, then from the keyword hook; distinct, in order. */
    private List<String> keywords(String block) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = TECH_FIELD.matcher(block);
        while (m.find()) {
            for (String v : m.group(1).split("\\s*[,;/]\\s*|\\s+and\\s+|\\s*&\\s*")) {
                String k = v.trim().replaceAll("[.)]+$", "").replaceAll("^[(]+", "").trim();
                if (k.isEmpty() || k.split("\\s+").length > 4) continue;
                out.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
            }
        }
        List<String> hooked = keywordFinder.apply(block);
        if (hooked != null) {
            for (String k : hooked) if (k != null && !k.isBlank()) out.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
        }
        return List.copyOf(out.values());
    }
}
