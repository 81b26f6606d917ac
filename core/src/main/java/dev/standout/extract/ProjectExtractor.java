package dev.standout.extract;

import dev.standout.nlp.NlpPipeline;
import dev.standout.parse.Layout;
import dev.standout.parse.LineStyle;
import dev.standout.nlp.Sentence;
import dev.standout.nlp.Token;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.section.Section;
import dev.standout.section.SectionSegmenter;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
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
            "^(?:#\\s*)?((?i:(?:(?:current|previous|latest|recent|present|last|major|main|key|academic|personal"
                    + "|final[- ]year|college|university|mini|capstone)[- ])?project(?:\\s*(?:name|title))?|title|name"
                    + "|capstone|name\\s+of\\s+(?:the\\s+)?project))"
                    + "\\s*(?:[#-]?\\s*\\d{1,2})?(?:\\s*[:–—.)]|\\s+-|-\\s|(?<=\\d)\\s)\\s*(\\S.*)$");
    private static final Pattern NUMBERED = Pattern.compile(
            "^(?i:(?:(?:current|previous|latest|recent|present|last|major|key)\\s+)?project(?:\\s+details)?)(?:\\s*\\([A-Za-z ]{1,25}\\))?\\s*(?:[:\\-–]\\s*)?(?:(?:no\\.?\\s*)?#?\\s*\\d{1,2}\\s*#?)?\\s*[:.)\\-–]?\\s*$");
    /** "1. ", "2) ", "(3) ", "Project 1: " opening a title line. */
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(?:\\(?\\d{1,2}[.)]|\\d{1,2}\\s*[-–:])\\s+(?=\\S)");
    /** A field label alone on its line, whose value is the next line: "Project Name", "Project Title", "Project". */
    private static final Pattern NAME_LABEL = Pattern.compile(
            "^(?i:(?:(?:[bm]\\.?\\s?tech|b\\.?e|m\\.?e|b\\.?sc|m\\.?sc|mca|bca|major|mini|minor|final[- ]year|academic"
                    + "|capstone|main|key)\\.?\\s+)*project(?:\\s*(?:name|title))?(?:\\s*\\((?:thesis|dissertation)\\))?"
                    + "|name\\s+of\\s+(?:the\\s+)?project|title\\s+of\\s+(?:the\\s+)?project)\\s*[:\\-–]?\\s*$");
    /** A table row or cell pair "Project Name | X", "Project X" (the label in one cell, the value in the next). */
    private static final Pattern LABEL_CELL = Pattern.compile(
            "^(?i:project(?:\\s*(?:name|title))?|name\\s+of\\s+(?:the\\s+)?project)\\s*(?:\\|\\s*:?|\\s{1,3})\\s*"
                    + "(?!(?i:name|title)\\s*$)([A-Z0-9\"'].*)$");
    /** Words that continue a label rather than start its value: "Project Management Tools", "Project Type". */
    private static final Pattern LABEL_GOES_ON = Pattern.compile("(?i)(?:management|manager|managers|lead|leader"
            + "|coordinator|coordination|planning|tools?|type|description|duration|details?|role|team|scope|summary"
            + "|experience|environment|location|client|status|size|phase|plan|delivery|execution|cost|budget)\\b");
    /** "Role/Project: …" names a role, not a project. */
    private static final Pattern ROLE_PROJECT = Pattern.compile("(?i)^role\\s*/\\s*project");
    /** A field whose value may name an untitled project: client, module, project type. */
    private static final Pattern NAMING_FIELD = Pattern.compile(
            "^(?i:(?:project\\s*/\\s*)?(?:multiple\\s+)?clients?|customer|module|project\\s+type|application)\\s*[:\\-–|]\\s*(\\S.*)$");
    /** The client field that opens an untitled project's block. */
    private static final Pattern CLIENT_FIELD = Pattern.compile(
            "^(?i:(?:multiple\\s+)?clients?|customer)\\s*[:\\-–|]\\s*(\\S.*)$");
    /** A field of the project's table, its label then its value: "Defect Tracking Tool: Test Director". */
    private static final Pattern LABEL_VALUE = Pattern.compile("^[A-Z][\\w&/-]*(?:\\s+[\\w&/-]+){0,3}\\s*:\\s+\\S");
    /**
     * An institute's acronym and its city ("IIIT Bangalore"): where an academic project was done, not what. A
     * university may be a client that names a project ("University of Qatar"), so only these acronyms are left out.
     */
    private static final Pattern SCHOOL_NAME = Pattern.compile("(?:IIIT|IIT|NIT|IIM|BITS)(?:[\\s,-]+[A-Z][a-z]+)?");
    /** A sentence that names the project: "Boomi is the name of our project". */
    private static final Pattern NAME_SENTENCE = Pattern.compile(
            "([A-Z][\\w.&'-]*(?:\\s+[A-Z][\\w.&'-]*){0,4})\\s+is\\s+the\\s+name\\s+of\\s+(?:the\\s+|our\\s+|my\\s+)*project\\b");
    /** The opening of a sentence on a project's aim: "The goal of this project is to". */
    private static final Pattern PURPOSE_SENTENCE = Pattern.compile(
            "(?i)^(?:the\\s+)?(?:goal|aim|objective|purpose)s?\\s+of\\b|\\b(?:is|are|was|were)\\s+to$");
    /** "… Portal for carrying out Recovery": what the project is for, after its name. */
    private static final Pattern PURPOSE_CUT = Pattern.compile("\\s+for\\s+\\p{L}+ing\\b");
    /** Fields that only a project has: its client, team size, description, roles, environment. */
    private static final Pattern PROJECT_FIELD = Pattern.compile("^(?i:client|team\\s+size|project\\s+description"
            + "|roles?(?:\\s+(?:and|&)\\s+responsibilities)?|environment|technologies|software\\s*/\\s*tools|duration)\\b");

    /** How many of the ten lines under line {@code i}, up to the next numbered line, are a project's fields. */
    private static int projectFieldsBelow(List<TextLine> lines, int i) {
        int n = 0;
        for (int k = i + 1; k < lines.size() && k <= i + 10; k++) {
            TextLine b = lines.get(k).withoutBullet();
            if (NUMBERED_TITLE.matcher(lines.get(k).text()).lookingAt()) break;
            // "1. Infosys Ltd" over "Project -1 Open Enrollment": an employer with its projects under it
            if (LABELLED.matcher(b.text()).matches() || NUMBERED.matcher(b.text()).matches()) return 0;
            if (PROJECT_FIELD.matcher(b.text()).lookingAt()) n++;
        }
        return n;
    }

    private static String text(TextLine line, int[] span) {
        return line.text().substring(span[0] - line.start(), span[1] - line.start());
    }

    /** A line that stops in the middle of a sentence: "a SIMS-like game developed in C++ and". */
    private static final Pattern OPEN_END = Pattern.compile(
            "\\s(?:and|or|of|the|a|an|in|with|to|for|on|by|from|using|into|at)$");
    /** A client row of a flattened table, its label and value apart by spaces only: "Client Thomson Reuters". */
    private static final Pattern CLIENT_ROW = Pattern.compile("^(?:Client|CLIENT|Customer|CUSTOMER)\\s+([A-Z0-9].*)$");
    /** A place after a name: ", Schaumburg, IL USA", ", Hyderabad, India". */
    private static final Pattern LOCATION_TAIL = Pattern.compile(
            ",\\s*(?:[A-Z][\\w.'-]*\\s?){1,3},\\s*(?:[A-Z]{2}|[A-Z][a-z]+)(?:\\s+(?:USA|US|India|UK))?\\s*$");
    /** Words of section headings that a line in capitals names a part of the resume with. */
    private static final Pattern HEADING_WORD = Pattern.compile("\\b(?:SKILLS|EXPERIENCE|EDUCATION|SUMMARY|PROJECTS"
            + "|CERTIFICATIONS|ACHIEVEMENTS|STRENGTHS|OBJECTIVE|PROFILE|DECLARATION|HOBBIES|INTERESTS|LANGUAGES"
            + "|REFERENCES|QUALIFICATIONS|RESPONSIBILITIES)\\b");
    /** "Work done on "COPERNICUS" project", "worked on the Apollo project", "Project titled 'Broadband Communication'". */
    private static final Pattern WORK_ON = Pattern.compile(
            "(?i:work(?:ed)?\\s+(?:done\\s+)?on\\s+(?:the\\s+)?)[\"“'‘]([A-Z][^\"”'’]{1,60})[\"”'’]\\s+(?i:project)\\b"
                    + "|^(?i:(?:[a-z.]+\\s+)?project\\s+(?:titled|entitled|named|called)\\s+)[\"“'‘]([A-Z][^\"”'’]{1,60})[\"”'’]");
    /** "projects 'X' and 'Y'", "the projects named "X"": quoted names after the word. */
    private static final Pattern QUOTED_PROJECTS = Pattern.compile(
            "(?i:\\bprojects?)(?:\\s+(?i:named|called|titled|entitled|like|such\\s+as|including))?\\s*:?\\s*(?=[\"“'‘][A-Z])");
    /** One quoted name, then maybe a comma or "and" before the next. */
    private static final Pattern QUOTED_NAME = Pattern.compile(
            "[\"“'‘]\\s*([A-Z][^\"”'’]{1,60})[\"”'’](?:\\s*,\\s*|\\s+and\\s+|\\s*&\\s*)?");
    /** A table row flattened to "Label Value": "Role Front End Developer", "Duration 6 months". */
    private static final Pattern FIELD_ROW = Pattern.compile("^(?:Role|Roles|Client|Duration|Environment|Technology"
            + "|Technologies|Team\\s+Size|Team|Tools|Responsibilities|Description|Period|Location|Platform|Domain"
            + "|Database|Software|Designation|Employer|Company|Module|Year|Organization|Organisation|Contribution)"
            + "(?:\\s+Played)?\\s+[A-Z0-9]");
    /** The row under a project's name in a table of fields: "Customer Credit Suisse", "Client Acme". */
    private static final Pattern FIELD_ROW_AFTER_NAME = Pattern.compile(
            "^(?:Customer|Client|Domain|Role|Period|Duration|Environment|Team\\s+Size)\\s*[:|]?\\s+[A-Z0-9]");
    /** Words of project fields' labels. */
    private static final Set<String> FIELD_WORDS = Set.of("role", "roles", "responsibilities", "responsibility",
            "and", "&", "technologies", "technology", "used", "tools", "tool", "environment", "environments",
            "description", "details", "detail", "team", "size", "duration", "client", "clients", "contribution",
            "contributions", "key", "achievements", "achievement", "skills", "skill", "platform", "platforms",
            "technical", "software", "hardware", "languages", "language", "database", "databases", "dbms", "rdbms",
            "ui", "domain",
            "location", "place", "period", "date", "dates", "organization", "organisation", "company", "designation",
            "position", "module", "modules", "type", "scope", "objective", "objectives", "abstract", "overview",
            "highlights", "features", "tech", "stack", "front", "end", "back", "my", "of", "the", "project",
            "projects", "name", "title", "summary", "work", "done", "operating", "system", "systems", "os", "ide",
            "methodologies", "methodology", "tasks", "task", "activities", "deliverables", "outcome", "result",
            "results", "impact", "status", "url", "link", "links", "github", "demo", "guide", "mentor", "supervisor",
            "duties", "played", "involvement", "version", "control", "server", "servers", "web", "frameworks",
            "framework", "libraries", "testing", "year", "month", "months", "members", "member", "no", "number",
            "employer", "customer", "application", "applications", "career", "profile", "profiles", "in",
            "job", "nature", "brief", "synopsis", "multiple", "noticeable", "notable", "significant", "major",
            "main", "other", "additional", "area", "areas", "worked", "on", "for", "as", "s", "tested", "vision",
            "approach", "challenge", "challenges", "solution", "solutions", "benefits", "goal", "goals", "purpose",
            "problem", "statement", "learnings", "learning", "outcomes", "accomplishments", "sample", "samples",
            "screenshots");
    /** Words that are a template's placeholder or a field's name, never a project's. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(?i)(?:company|employer|client|organi[sz]ation)"
            + "(?:\\s+name)?(?:\\s*[-–,|]\\s*(?:city|state|location).*)?|name|place|city|state|city\\s*,\\s*state"
            + "|location|n/?a|none|tbd|title|project|projects|\\[[^]]*]|\\W*"
            + "|(?:(?:available|provided|furnished)\\s+)?(?:up)?on\\s+request");
    /** The label of a contact detail: "Mobile: +91 …", "Skype: …", "Home: (123) …". */
    private static final Pattern CONTACT_LABEL = Pattern.compile("(?i)(?:e-?mail|mobile|cell|home|work|phone"
            + "|telephone|tel|fax|website|web\\s*site|web|linkedin|skype|twitter|github|address|contact)");
    /** A template's placeholder inside a longer line: "April 2011 to June 2011 Company Name". */
    private static final Pattern PLACEHOLDER_IN = Pattern.compile("(?i)\\bcompany\\s+name\\b|\\bcity\\s*,\\s*state\\b"
            + "|\\bcompany\\s*[-–]\\s*city\\b");
    /** A field's label glued to the end of a name: "Document Generation Services Description". */
    private static final Pattern TRAILING_LABEL = Pattern.compile("\\s+(?:Description|Details|Summary|Role|Client"
            + "|Duration|Environment|Technologies|Technology|Responsibilities|Team\\s+Size|Overview|Abstract)\\s*$");
    /** A page's running line: "Page 2", "Résumé 1", "- 2 -". */
    private static final Pattern PAGE_LINE = Pattern.compile("(?i)\\bpage\\s*\\d|\\br[ée]sum[ée]\\s*\\d|^\\W*\\d+\\W*$");
    /** A count: "4 articles", "12 projects". */
    private static final Pattern COUNT = Pattern.compile("(?i)^\\d[\\d,.]*\\+?\\s+[a-z]+(?:\\s+[a-z]+)?$");
    /** A clause cut out of a sentence: it opens with a conjunction or a preposition. */
    private static final Pattern FRAGMENT_START = Pattern.compile("(?:and|or|but|to|for|with|of|in|on|at|by|from"
            + "|as|the|a|an|which|that|who|while|including|through|into)\\b");
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
    private static final Pattern PUNCTUATION_CUT = Pattern.compile("[.;:,!?]\\s|[.;:!?]$|\\s+[–—-]\\s+");
    private static final Pattern NAMED_BULLET = Pattern.compile("\\s+[–—-]\\s+|:\\s+|\\s+\\|\\s+");
    /** "Tetris Bot, a bot in C# for …": a name in capitals, then what it is. */
    private static final Pattern APPOSITIVE = Pattern.compile(
            "^([A-Z][\\w+#.'&-]*(?:\\s+[A-Z0-9][\\w+#.'&-]*){0,4}),\\s+(?:a|an)\\s+\\S");
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

    /**
     * A project's place in the text: the whole block and its name, offsets into the whole text, and how sure the
     * reading is (see {@link #extract(SectionedText)}).
     */
    record Block(int start, int end, int nameStart, int nameEnd, SectionType section, double confidence) {
        Block(int start, int end, int nameStart, int nameEnd, SectionType section) {
            this(start, end, nameStart, nameEnd, section, 1.0);
        }
    }

    /**
     * Finds the projects of a resume: the items of its project sections, and the entries elsewhere that the resume
     * itself marks as projects ("Project: X", "Project Name: X", a "Project Name" cell followed by its value, "Work
     * done on the "X" project"). An achievement bullet of a job is never a project. Each project's confidence says
     * how it was read: a labelled name 0.95; a title line set apart by the layout (bold, a heading style, a larger
     * font, a number, a colon, "Title – description") 0.9; a list of short titles 0.85; a named bullet 0.8; a
     * project named by its client or module field 0.7; a bullet or paragraph named by its first clause 0.6; a whole
     * section read as one project 0.5. A name that is a date, a placeholder, a heading or field label, a count or
     * a page line is never reported.
     */
    public List<Project> extract(SectionedText sectioned) {
        Objects.requireNonNull(sectioned, "sectioned");
        String text = sectioned.text();
        Layout layout = sectioned.layout();
        List<Block> blocks = new ArrayList<>();
        Set<String> quoted = new HashSet<>(); // names quoted after "project", once per resume
        for (Section s : sectioned.sections()) {
            List<TextLine> lines = TextLine.lines(text, s.contentStart(), s.end());
            if (lines.isEmpty()) continue;
            if (s.type() == SectionType.PROJECTS) {
                List<Block> found = splitProjects(lines, s.type(), layout);
                // "MAIN PROJECT: Cascaded Inverter": a heading that labels one project, its name after the colon
                String heading = s.heading().strip().replaceAll("[:\\-–]+$", "").strip();
                TextLine first = lines.get(0);
                if (NAME_LABEL.matcher(heading).matches() && !heading.equalsIgnoreCase("project")
                        && isValueText(first.text()) && !isFieldLine(first.text())
                        && text.lastIndexOf('\n', first.start()) < s.start()) {
                    // the name on the heading's own line is that project's; the blocks after it stay
                    List<Block> after = new ArrayList<>();
                    for (Block b : found) {
                        if (b.nameStart() <= first.end()) continue;
                        // a block that ran from the section's start now starts at its own line
                        int own = lineAt(lines, b.nameStart());
                        int start = Math.max(b.start(), lines.get(own).start());
                        after.add(new Block(start, b.end(), b.nameStart(), b.nameEnd(), b.section(), b.confidence()));
                    }
                    int end = after.isEmpty() ? lines.get(lines.size() - 1).end() : after.get(0).start() - 1;
                    int[] name = nameSpan(first.withoutBullet(), 0);
                    List<Block> named = new ArrayList<>();
                    named.add(new Block(first.start(), Math.max(end, first.end()), name[0], name[1], s.type(), 0.95));
                    named.addAll(after);
                    found = named;
                }
                blocks.addAll(found);
            }
            else blocks.addAll(markedProjects(lines, s.type(), layout, quoted));
        }
        List<Project> out = new ArrayList<>(blocks.size());
        Map<String, Integer> byName = new HashMap<>();
        List<Block> kept = new ArrayList<>();
        String owner = ownerLine(text);
        Map<String, Integer> lineCounts = lineCounts(text);
        for (Block b : blocks) {
            int ns = b.nameStart();
            while (ns < b.nameEnd() && (Character.isWhitespace(text.charAt(ns))
                    || (TextLine.BULLETS + ":|").indexOf(text.charAt(ns)) >= 0)) {
                ns++;
            }
            if (ns != b.nameStart() && ns < b.nameEnd()) {
                b = new Block(b.start(), b.end(), ns, b.nameEnd(), b.section(), b.confidence());
            }
            String name = text.substring(b.nameStart(), b.nameEnd()).trim();
            // the resume's owner, named again in a page's running line of a text without pages
            // a labelled name may be one word in lower case ("Title : lernbook"); a fragment ("staff") may not
            boolean labelled = b.confidence() >= LABELLED_CONFIDENCE;
            if (!(isValidName(name) || labelled && isValidLabelledName(name)) || name.equalsIgnoreCase(owner)) continue;
            // a line standing alone three times or more is a page's running line (the owner's name in a text that
            // lost its pages), not a title
            // (a title after its label, "Project Name" over "PeopleSoft Admin Support", may repeat: one per client)
            if (b.confidence() < 0.9 && lineCounts.getOrDefault(name, 0) >= RUNNING_LINE_COUNT) continue;
            // one project named twice in a row ("Project: National skill Development corporation" in a short
            // summary, then "Project 1: National Skill Development Corporation" with its details) is one project
            // with two mentions; the same name for another client further on is another project
            String key = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
            Integer at = byName.get(key);
            Project p = project(text, b);
            Block before = at == null ? null : kept.get(at);
            boolean again = before != null && b.start() >= before.end()
                    && lineCount(text, before.start(), before.end()) <= SUMMARY_LINES
                    && lineCount(text, before.end(), b.start()) <= 2;
            if (!again) {
                byName.put(key, out.size());
                out.add(p);
                kept.add(b);
            } else {
                Project first = out.get(at);
                List<Mention> mentions = new ArrayList<>(first.mentions());
                mentions.addAll(p.mentions());
                out.set(at, new Project(first.name(), first.description(), first.keywords(), first.url(),
                        first.highlights(), first.evidence(), first.archetype(), first.themes(), mentions,
                        Math.max(first.confidence(), p.confidence())));
            }
        }
        return List.copyOf(out);
    }

    /** How many times a whole line must stand in a text to be a page's running line. */
    private static final int RUNNING_LINE_COUNT = 3;

    /** Each line of the text, stripped, with the number of times it stands alone. */
    private static Map<String, Integer> lineCounts(String text) {
        Map<String, Integer> counts = new HashMap<>();
        for (String l : text.split("\n")) {
            String t = l.strip();
            if (!t.isEmpty()) counts.merge(t, 1, Integer::sum);
        }
        return counts;
    }

    /** The text's first line, which names the resume's owner in most resumes. */
    private static String ownerLine(String text) {
        for (String l : text.split("\n", 12)) if (!l.isBlank()) return l.strip();
        return "";
    }

    /** Lines of a block that only sums a project up before its details. */
    private static final int SUMMARY_LINES = 5;

    private static int lineCount(String text, int from, int to) {
        int n = 1;
        for (int i = from; i < to; i++) if (text.charAt(i) == '\n') n++;
        return n;
    }

    // ---------------------------------------------------------------- splitting

    /**
     * The projects of a PROJECTS section. Explicit markers win ("Project Name: X", "Project 2#" blocks); else title
     * lines set apart by the layout or by their shape; else a list of short titles; else bullets; else the section
     * is one project.
     */
    List<Block> splitProjects(List<TextLine> lines, SectionType type, Layout layout) {
        List<int[]> starts = titleStarts(lines, layout); // line, nameStart, nameEnd, confidence x100
        // a title start whose name could never be reported ("E – DICTIONARY." read as "E", a description) splits nothing
        starts.removeIf(t -> !isValidName(nameText(lines.get(t[0]), t[1], t[2])));
        List<Block> marked = markedBlocks(lines, type, layout, true);
        if (!marked.isEmpty()) {
            // explicit markers, and the titles before them ("• Y – description" above "Project: X")
            List<int[]> all = new ArrayList<>();
            for (Block b : marked) {
                int at = lineAt(lines, b.start());
                all.add(new int[]{at, b.nameStart(), b.nameEnd(), (int) Math.round(b.confidence() * 100)});
            }
            // a resume that labels its projects labels all that follow: titles count only before the first label
            int first = all.stream().mapToInt(x -> x[0]).min().orElse(0);
            for (int[] t : starts) if (t[0] < first) all.add(t);
            if (first > 0 && all.stream().noneMatch(x -> x[0] == 0) && isTitleLine(lines.get(0), false)) {
                int[] name = nameSpan(lines.get(0), 0);
                all.add(new int[]{0, name[0], name[1], 80});
            }
            all.sort((x, y) -> Integer.compare(x[0], y[0]));
            return blocks(lines, all, type);
        }
        // untitled blocks that each open with their client ("Client : Example Bank")
        List<int[]> clients = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine body = lines.get(i).withoutBullet();
            Matcher f = CLIENT_FIELD.matcher(body.text());
            if (f.matches()) {
                int[] name = nameSpan(body, f.start(1));
                clients.add(new int[]{i, name[0], name[1], 70});
            }
        }
        if (!clients.isEmpty()) return blocks(lines, clients, type);
        List<Block> rows = tableRows(lines, type);
        if (!rows.isEmpty()) return rows;
        if (!starts.isEmpty()) return blocks(lines, starts, type);
        // a list of short titles, maybe under a sentence or two of introduction and before a closing line
        List<int[]> titles = new ArrayList<>();
        int lastTitle = -1;
        Boolean bulleted = null; // the titles of a list are all bulleted or none is
        Boolean stopped = null; // all end with a full stop or none does
        int firstTitle = -1;
        for (int i = 0; i < lines.size(); i++) {
            TextLine body = lines.get(i).withoutBullet();
            // a text that lost its list's bullets but the first ("• Library management", "Banking under C++")
            if (titles.size() == 1 && Boolean.TRUE.equals(bulleted) && !lines.get(i).isBullet()
                    && isTitleLine(body, true) && body.words() <= 8 && firstTitle == i - 1) {
                bulleted = false;
            }
            if (isTitleLine(body, true) && body.words() <= 8
                    && (bulleted == null || bulleted == lines.get(i).isBullet())
                    && (stopped == null || stopped == body.text().endsWith("."))) {
                if (firstTitle < 0) firstTitle = i;
                bulleted = lines.get(i).isBullet();
                stopped = body.text().endsWith(".");
                int[] name = nameSpan(body, 0);
                titles.add(new int[]{i, name[0], name[1], 85});
                lastTitle = i;
            }
        }
        boolean interrupted = false;
        if (!titles.isEmpty()) {
            for (int i = titles.get(0)[0]; i <= lastTitle; i++) {
                TextLine body = lines.get(i).withoutBullet();
                boolean bulletAsList = bulleted == lines.get(i).isBullet() || i == firstTitle;
                if (!(isTitleLine(body, true) && body.words() <= 8 && bulletAsList
                        && stopped == body.text().endsWith("."))) {
                    interrupted = true;
                }
            }
        }
        if (titles.size() >= 2 && !interrupted) {
            List<Block> out = new ArrayList<>();
            for (int[] t : titles) {
                TextLine l = lines.get(t[0]);
                out.add(new Block(l.start(), l.end(), t[1], t[2], type, 0.85));
            }
            return out;
        }
        // short title lines followed by their descriptions
        for (int i = 0; i + 1 < lines.size(); i++) {
            TextLine l = lines.get(i);
            TextLine next = lines.get(i + 1);
            if (!l.isBullet() && isTitleLine(l, false) && !isTitleLine(next.withoutBullet(), false)
                    && !isFieldLine(l.text())) {
                int[] name = nameSpan(l, 0);
                starts.add(new int[]{i, name[0], name[1], 80});
            }
        }
        if (!starts.isEmpty()) return blocks(lines, starts, type);
        List<Block> out = new ArrayList<>();
        boolean bullets = false;
        for (TextLine l : lines) bullets |= l.isBullet();
        if (!bullets) {
            // a short section of prose is one project, named by its first clause
            if (lines.size() <= 6) {
                int[] name = clauseName(lines.get(0).withoutBullet());
                out.add(new Block(lines.get(0).start(), lines.get(lines.size() - 1).end(), name[0], name[1], type,
                        0.5));
            }
            return out;
        }
        // bullets that tell what was built are projects ("Built a web app that …"); the lines without a bullet
        // after one continue it; other bullets (responsibilities, tasks) are not projects
        int i = 0;
        while (i < lines.size()) {
            int j = i + 1;
            while (j < lines.size() && !lines.get(j).isBullet()) j++;
            TextLine body = lines.get(i).withoutBullet();
            if (lines.get(i).isBullet() && BUILD_VERBS.contains(firstWord(body.text())) && body.words() >= 4) {
                int[] name = clauseName(body);
                out.add(new Block(lines.get(i).start(), lines.get(j - 1).end(), name[0], name[1], type, 0.6));
            }
            i = j;
        }
        return out;
    }

    /**
     * Title lines that open a project: set apart by the layout (bold, a heading style, a larger font), numbered,
     * ending with a colon, or written "Title – description".
     */
    private static List<int[]> titleStarts(List<TextLine> lines, Layout layout) {
        List<int[]> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            TextLine body = l.withoutBullet();
            if (isFieldLine(body.text())) continue;
            LineStyle st = style(layout, l);
            boolean numbered = NUMBERED_TITLE.matcher(l.text()).lookingAt() || st.list() == LineStyle.ListMark.NUMBER;
            TextLine titled = numbered ? stripNumber(body) : body;
            boolean colon = titled.text().endsWith(":") && titled.words() <= 10;
            boolean cue = (st.titleCue() && !l.isBullet()) || numbered || colon;
            if (cue && isTitleLine(titled, true, true)) {
                int[] name = nameSpan(titled, 0);
                starts.add(new int[]{i, name[0], name[1], 90});
                continue;
            }
            // "Critical Care Information System (Client: University Health Network) 2006-2007", or the client on the
            // next line: a title with its client
            int client = titled.text().indexOf("(Client");
            boolean clientBelow = i + 1 < lines.size() && lines.get(i + 1).text().startsWith("(Client");
            if (client > 0 || clientBelow && !l.isBullet()) {
                int end = client > 0 ? client : titled.text().length();
                TextLine head = new TextLine(titled.text().substring(0, end).strip(), titled.start(),
                        titled.start() + titled.text().substring(0, end).strip().length());
                if (isTitleLine(head, false) && head.words() <= 10) {
                    int[] name = nameSpan(head, 0);
                    starts.add(new int[]{i, name[0], name[1], 90});
                    continue;
                }
            }
            int[] head = namedBullet(titled);
            if (head != null) {
                starts.add(new int[]{i, head[0], head[1], l.isBullet() ? 80 : 90});
                continue;
            }
            // a short title line over the bullets that describe it ("Contribution to scikit-learn   2023"); not
            // the wrapped end of the bullet above it, nor a list ("WCF, Service Bus, Azure Storage")
            boolean overBullets = i + 1 < lines.size() && lines.get(i + 1).isBullet();
            TextLine prev = i > 0 ? lines.get(i - 1) : null;
            boolean wrapped = prev != null && !st.titleCue() && adjacent(layout, prev, l) && (prev.isBullet()
                    || prev.text().length() >= 60 && Character.isLetter(prev.text().charAt(prev.text().length() - 1))
                    || OPEN_END.matcher(prev.text()).find());
            boolean list = body.text().chars().filter(c -> c == ',').count() >= 2;
            if (!l.isBullet() && overBullets && !wrapped && !list && isTitleLine(body, false)) {
                int[] name = nameSpan(body, 0);
                starts.add(new int[]{i, name[0], name[1], 85});
                continue;
            }
            // a title line over its fields ("Opening Act", "Android App", then "URL: …", "Role: …")
            if (!l.isBullet() && !list && body.words() <= 6 && !tellsWhatWasDone(body.text())
                    && isTitleLine(body, false) && fieldsBelow(lines, i)) {
                int[] name = nameSpan(body, 0);
                starts.add(new int[]{i, name[0], name[1], 85});
                continue;
            }
            // a bulleted short title over the unbulleted lines that describe it ("• "Pathways" (Programmer)")
            boolean described = i + 1 < lines.size() && !lines.get(i + 1).isBullet()
                    && !isTitleLine(lines.get(i + 1), false);
            // not one more bullet of a list of tasks ("• Building test plans" over "• Code reviews")
            boolean afterBullet = i > 0 && lines.get(i - 1).isBullet();
            if (l.isBullet() && described && !afterBullet && !list && body.words() <= 8 && isTitleLine(body, false)) {
                int[] name = nameSpan(body, 0);
                starts.add(new int[]{i, name[0], name[1], 80});
            }
        }
        // where titles stand on lines of their own, a bullet naming a field is a detail of its project
        // ("• Code and hardware notes: github.com/…"), while "• Netflix Clone – a React app" is a project still
        boolean titles = false;
        for (int[] st : starts) titles |= !lines.get(st[0]).isBullet();
        if (titles) {
            starts.removeIf(st -> lines.get(st[0]).isBullet()
                    && lines.get(st[0]).text().substring(st[2] - lines.get(st[0]).start()).stripLeading().startsWith(":"));
        }
        return starts;
    }

    /** A verb after the first word: "Interface designed and developed as a Mario Game" is a description. */
    private static boolean tellsWhatWasDone(String t) {
        String[] words = t.toLowerCase(Locale.ROOT).split("\\s+");
        for (int k = 1; k < words.length; k++) {
            String w = words[k].replaceAll("[^a-z-]", "");
            if (BUILD_VERBS.contains(w) || w.length() > 5 && w.endsWith("ed") && !ED_ADJECTIVES.contains(w)) return true;
        }
        return false;
    }

    /**
     * Whether the project's fields ("URL: …", "Role: …") follow line {@code i}, right under it or under one more title
     * line (a subtitle: "Android App"), and the line before it is no title of the same kind.
     */
    private static boolean fieldsBelow(List<TextLine> lines, int i) {
        if (i > 0 && !lines.get(i - 1).isBullet() && isTitleLine(lines.get(i - 1), false)
                && !FIELD.matcher(lines.get(i - 1).text()).lookingAt()) {
            return false; // the subtitle, not the title
        }
        for (int k = i + 1; k <= i + 2 && k < lines.size(); k++) {
            String t = lines.get(k).withoutBullet().text();
            if (FIELD.matcher(t).lookingAt() && !t.endsWith(":")) return true;
            if (k == i + 2 || lines.get(k).isBullet() || lines.get(k).words() > 4 || !isTitleLine(lines.get(k), false)) {
                return false;
            }
        }
        return false;
    }

    /** The index of the line that holds offset {@code at}. */
    private static int lineAt(List<TextLine> lines, int at) {
        for (int i = lines.size() - 1; i >= 0; i--) if (lines.get(i).start() <= at) return i;
        return 0;
    }

    /** Blocks from their starting lines: lines before the first start belong to the first project. */
    private static List<Block> blocks(List<TextLine> lines, List<int[]> starts, SectionType type) {
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int[] s = starts.get(k);
            int first = k == 0 ? 0 : s[0];
            int last = k + 1 < starts.size() ? starts.get(k + 1)[0] - 1 : lines.size() - 1;
            out.add(new Block(lines.get(first).start(), lines.get(last).end(), s[1], s[2], type, s[3] / 100.0));
        }
        return out;
    }

    /** Projects a section other than PROJECTS marks as such: only explicit markers (see {@link #markedBlocks}). */
    List<Block> markedProjects(List<TextLine> lines, SectionType type, Layout layout, Set<String> quoted) {
        List<Block> out = new ArrayList<>(markedBlocks(lines, type, layout, false));
        for (TextLine l : lines) {
            TextLine body = l.withoutBullet();
            Matcher m = WORK_ON.matcher(body.text());
            if (m.find() && !overlapsAny(out, l.start())) {
                int g = m.start(1) >= 0 ? 1 : 2;
                int s = body.start() + m.start(g);
                int e = body.start() + m.end(g);
                out.add(new Block(l.start(), l.end(), s, e, type, 0.85));
                continue;
            }
            // "Performed two major projects 'LLC (License Learning Cycle)' and 'Global Review tool'"
            Matcher q = QUOTED_PROJECTS.matcher(body.text());
            if (q.find() && !overlapsAny(out, l.start())) {
                Matcher name = QUOTED_NAME.matcher(body.text()).region(q.end(), body.text().length());
                while (name.lookingAt()) {
                    int s = body.start() + name.start(1);
                    int e = body.start() + name.end(1);
                    while (e > s && Character.isWhitespace(body.text().charAt(e - 1 - body.start()))) e--;
                    // a project quoted twice in one part of the resume is one project
                    String said = body.text().substring(s - body.start(), e - body.start()).toLowerCase(Locale.ROOT);
                    if (!quoted.add(said)) {
                        name.region(name.end(), body.text().length());
                        continue;
                    }
                    out.add(new Block(l.start(), l.end(), s, e, type, 0.8));
                    name.region(name.end(), body.text().length());
                }
            }
        }
        return out;
    }

    private static boolean overlapsAny(List<Block> blocks, int at) {
        for (Block b : blocks) if (at >= b.start() && at < b.end()) return true;
        return false;
    }

    /**
     * Projects marked explicitly: a labelled name ("Project: X", "Project Name: X", "Project 1: X", "Title: X" in a
     * project section), a label alone on its line or in a table cell followed by its value ("Project Name" then
     * "X", "Project | X"), or a numbered marker ("Project 2#", "PROJECT #1") whose name is the labelled name, the
     * title line or the client, module or type field that follows it. A block runs to the next marker, a role's
     * header line (a date range) outside project sections, or fifteen lines.
     */
    private List<Block> markedBlocks(List<TextLine> lines, SectionType type, Layout layout, boolean projectSection) {
        List<int[]> markers = new ArrayList<>(); // line, nameStart, nameEnd (-1: no name yet), confidence x100
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            TextLine body = l.withoutBullet();
            String t = body.text();
            Matcher lab = LABELLED.matcher(t);
            boolean pending = !markers.isEmpty() && nameless(markers, i, lines);
            if (lab.matches() && !ROLE_PROJECT.matcher(t).lookingAt() && (projectSection || pending
                    || lab.group(1).toLowerCase(Locale.ROOT).matches(".*(?:project|capstone).*"))) {
                int[] name = nameSpan(body, lab.start(2));
                if (markers.isEmpty() || !nameless(markers, i, lines)) markers.add(new int[]{i, name[0], name[1], 95});
                else fillName(markers, name, 95);
                continue;
            }
            Matcher cell = LABEL_CELL.matcher(t);
            boolean inTable = style(layout, l).tableCell() || t.contains(" | ");
            // a bullet is a line of a description ("• Project Migration SQR copying"), never a label cell
            // a table of fields ("Project Tools Upgrade 8.58" over "Customer Credit Suisse") labels its value
            boolean fieldsFollow = inTable && i + 1 < lines.size()
                    && FIELD_ROW_AFTER_NAME.matcher(lines.get(i + 1).withoutBullet().text()).lookingAt();
            if (cell.matches() && !l.isBullet() && (inTable || projectSection) && isValueText(cell.group(1))
                    && (t.contains(" | ") || fieldsFollow || !LABEL_GOES_ON.matcher(cell.group(1)).lookingAt())) {
                int[] name = nameSpan(body, cell.start(1));
                if (markers.isEmpty() || !nameless(markers, i, lines)) markers.add(new int[]{i, name[0], name[1], 90});
                else fillName(markers, name, 90);
                continue;
            }
            // "project" alone in lower case is a word of a wrapped sentence, not a label
            if (NAME_LABEL.matcher(t).matches() && Character.isUpperCase(t.charAt(0)) && i + 1 < lines.size()) {
                TextLine value = lines.get(i + 1).withoutBullet();
                // a label's value is a name, not a bulleted sentence ("PROJECT" over "• Having basic knowledge …")
                boolean sentence = lines.get(i + 1).isBullet() && !isTitleLine(value, true);
                // "Project" over "Title – Quaqua Product": the value is labelled itself, and read as such below
                boolean labelled = LABELLED.matcher(value.text()).matches();
                if (isValueText(value.text()) && !isFieldLine(value.text()) && !sentence && !labelled) {
                    int[] name = nameSpan(value, 0);
                    if (markers.isEmpty() || !nameless(markers, i, lines)) {
                        markers.add(new int[]{i, name[0], name[1], 90});
                    } else {
                        fillName(markers, name, 90);
                    }
                    i++;
                    continue;
                }
            }
            if (NUMBERED.matcher(t).matches() && Character.isUpperCase(t.charAt(0))) {
                markers.add(new int[]{i, -1, -1, 0});
                continue;
            }
            // "5) Disaster Recovery Portal for carrying out …" over "Client: …", "Team Size: 2", "Project Description":
            // a numbered heading with its project's own fields under it
            Matcher num = NUMBERED_TITLE.matcher(t);
            if (!projectSection && num.lookingAt() && !l.isBullet()) {
                TextLine titled = stripNumber(body);
                String tt = titled.text().endsWith(".") ? titled.text().substring(0, titled.text().length() - 1) : titled.text();
                // the fields make it a heading: "On Demand Service Continuity" may open like a sentence
                boolean heading = !tt.isEmpty() && Character.isUpperCase(tt.charAt(0)) && !tt.matches("(?s).*[.;!?]\\s.*")
                        && !isFieldLine(tt) && !FIELD.matcher(tt).lookingAt();
                if (titled.words() <= 12 && heading && projectFieldsBelow(lines, i) >= 2) {
                    int[] name = nameSpan(titled, 0);
                    Matcher purpose = PURPOSE_CUT.matcher(text(lines.get(i), name));
                    if (purpose.find()) name[1] = name[0] + purpose.start();
                    markers.add(new int[]{i, name[0], name[1], 80});
                }
            }
        }
        if (markers.isEmpty()) return List.of();
        List<Block> out = new ArrayList<>();
        for (int k = 0; k < markers.size(); k++) {
            int[] m = markers.get(k);
            int first = m[0];
            int limit = k + 1 < markers.size() ? markers.get(k + 1)[0] : lines.size();
            int last = first;
            while (last + 1 < limit && (projectSection || last + 1 < first + 15)) {
                TextLine n = lines.get(last + 1);
                // the dated lines right under a marker ("Project#1" over "NCR – Workday Mar 2019 – Till Date") are
                // its own header
                if (!projectSection && last + 1 > first + 2 && !n.isBullet() && n.text().length() < 120
                        && !isFieldLine(n.text())
                        && DateRangeParser.findAll(n.text()).stream().anyMatch(DateRange::range)) {
                    break; // the next role's header
                }
                last++;
            }
            int ns = m[1];
            int ne = m[2];
            double confidence = m[3] / 100.0;
            if (ns < 0) {
                int[] name = fallbackName(lines, first + 1, last);
                if (name == null) continue;
                ns = name[0];
                ne = name[1];
                confidence = name[2] / 100.0;
            }
            out.add(new Block(lines.get(first).start(), lines.get(last).end(), ns, ne, type, confidence));
        }
        return out;
    }

    /** Whether the last marker is a numbered one still waiting for its name, a few lines above line {@code i}. */
    private static boolean nameless(List<int[]> markers, int i, List<TextLine> lines) {
        int[] last = markers.get(markers.size() - 1);
        return last[1] < 0 && i - last[0] <= 8;
    }

    private static void fillName(List<int[]> markers, int[] name, int confidence) {
        int[] last = markers.get(markers.size() - 1);
        last[1] = name[0];
        last[2] = name[1];
        last[3] = confidence;
    }

    /**
     * A name for a numbered project block without a labelled name: its first title line, else the value of its
     * client, module or type field.
     */
    private static int[] fallbackName(List<TextLine> lines, int from, int to) {
        for (int i = from; i <= to && i < from + 3; i++) {
            // "Boomi is the name of our project which is an online store"
            TextLine body = lines.get(i).withoutBullet();
            Matcher said = NAME_SENTENCE.matcher(body.text());
            if (said.lookingAt()) return new int[]{body.start(), body.start() + said.end(1), 80};
        }
        for (int i = from; i <= to && i < from + 10; i++) {
            TextLine body = lines.get(i).withoutBullet();
            Matcher f = NAMING_FIELD.matcher(body.text());
            if (!f.matches()) f = CLIENT_ROW.matcher(body.text()); // a table row flattened: "Client Acme Corp"
            if (f.matches()) {
                int[] n = nameSpan(body, f.start(1));
                return new int[]{n[0], n[1], 70};
            }
        }
        // a title line without dates first: "TCS Aug 2017 – Feb 2019" over "Toyota" is the employer, then the project
        int[] dated = null;
        for (int i = from; i <= to && i < from + 3; i++) {
            TextLine body = lines.get(i).withoutBullet();
            if (isTitleLine(body, false) && !isFieldLine(body.text()) && !LABEL_VALUE.matcher(body.text()).lookingAt()) {
                int[] n = nameSpan(body, 0);
                boolean hasDates = DateRangeParser.findAll(body.text()).stream().anyMatch(DateRange::range);
                if (!hasDates) return new int[]{n[0], n[1], 75};
                if (dated == null) dated = new int[]{n[0], n[1], 75};
            }
        }
        return dated;
    }

    /** Whether line {@code b} comes right after line {@code a}, with no blank line between. */
    private static boolean adjacent(Layout layout, TextLine a, TextLine b) {
        if (layout == null) return b.start() - a.end() <= 1;
        return layout.lineIndex(b.start()) - layout.lineIndex(a.start()) <= 1;
    }

    private static LineStyle style(Layout layout, TextLine l) {
        return layout == null ? LineStyle.PLAIN : layout.at(l.start());
    }

    private static TextLine stripNumber(TextLine l) {
        Matcher m = NUMBERED_TITLE.matcher(l.text());
        if (!m.lookingAt()) return l;
        return new TextLine(l.text().substring(m.end()), l.start() + m.end(), l.end());
    }

    /** Text that can be a field's value: letters, not a sentence's fragment. */
    private static boolean isValueText(String v) {
        String t = v.strip();
        if (t.length() < 2 || t.length() > 120) return false;
        int letters = 0;
        for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) letters++;
        return letters >= 2;
    }

    /**
     * A line that is a field's label ("Roles and Responsibilities", "UI Technologies Used:", "Team Size: 4",
     * "Environment : Java"): its label words are all words of project fields.
     */
    static boolean isFieldLine(String line) {
        return FIELD_ROW.matcher(line.strip()).lookingAt() || isFieldLabel(line);
    }

    /** A field's label, with or without its value: its label words are all words of project fields. */
    private static boolean isFieldLabel(String line) {
        String t = line.strip();
        if (FIELD.matcher(t).lookingAt()) return true;
        int colon = t.indexOf(':');
        String label = colon >= 0 ? t.substring(0, colon) : t;
        if (colon < 0 && t.length() > 60) return false;
        String[] words = label.toLowerCase(Locale.ROOT).split("[^a-z&]+");
        int n = 0;
        for (String w : words) {
            if (w.isEmpty()) continue;
            if (!FIELD_WORDS.contains(w)) return false;
            n++;
        }
        return n > 0 && n <= 5;
    }

    /** Whether a name can be a project's: never a date, a placeholder, a heading, a field label, a count… */
    /** Confidence of a name read after its label ("Project: X", "Title – X"). */
    private static final double LABELLED_CONFIDENCE = 0.95;

    /** A name written after its label: as {@link #isValidName}, but one word in lower case is a name. */
    static boolean isValidLabelledName(String name) {
        String n = name.strip();
        return n.length() >= 4 && n.matches("[\\p{Ll}][\\p{L}\\d.-]*") && !FRAGMENT_START.matcher(n).lookingAt()
                && isValidName(Character.toUpperCase(n.charAt(0)) + n.substring(1));
    }

    static boolean isValidName(String name) {
        String n = name.strip();
        if (n.length() < 2 || n.length() > 150) return false;
        int letters = 0;
        for (int i = 0; i < n.length(); i++) if (Character.isLetter(n.charAt(i))) letters++;
        if (letters < 2) return false;
        if (PLACEHOLDER.matcher(n).matches() || PAGE_LINE.matcher(n).find() || COUNT.matcher(n).matches()) return false;
        if (PLACEHOLDER_IN.matcher(n).find() || CONTACT_LABEL.matcher(n).matches()) return false;
        if (isDateLike(n) || SCHOOL_NAME.matcher(n).matches() || PURPOSE_SENTENCE.matcher(n).find()) return false;
        for (DateRange d : DateRangeParser.findAll(n)) if (d.from() == 0 && d.range()) return false;
        if (Character.isLowerCase(n.charAt(0)) && FRAGMENT_START.matcher(n).lookingAt()) return false;
        if (isFieldLabel(n) || SectionSegmenter.isHeadingPhrase(n)) return false;
        if (n.equals(n.toUpperCase(Locale.ROOT)) && HEADING_WORD.matcher(n).find()) return false;
        return !(n.split("\\s+").length == 1 && n.equals(n.toLowerCase(Locale.ROOT)) && n.length() < 12);
    }

    /** Most of the text is dates: "October 2011 to February 2014", "07/1995 to 03/2003", "2019". */
    private static boolean isDateLike(String n) {
        int covered = 0;
        for (DateRange d : DateRangeParser.findAll(n)) covered += d.to() - d.from();
        if (covered * 3 >= n.length() * 2) return true;
        return n.matches("(?i)[\\d\\s/.,\\-–]+|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s*,?\\s*)?"
                + "(?:19|20)\\d\\d(?:\\s*(?:-|–|to)\\s*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
                + "\\.?\\s*,?\\s*)?(?:(?:19|20)\\d\\d|present|current|now|date|recently|ongoing|today|till\\s+(?:date|now)))?");
    }

    private static String firstWord(String s) {
        int e = 0;
        while (e < s.length() && !Character.isWhitespace(s.charAt(e))) e++;
        return s.substring(0, e).toLowerCase(Locale.ROOT).replaceAll("[^a-z-]", "");
    }

    /**
     * A short line that can be a project's title: not a sentence, not a field, not opening with a verb. A colon at its
     * end is a title's ("Agro Services:"); a full stop is allowed on a short title when {@code allowStop} is true
     * ("PIANO.").
     */
    static boolean isTitleLine(TextLine l, boolean allowStop) {
        return isTitleLine(l, allowStop, false);
    }

    /**
     * As {@link #isTitleLine(TextLine, boolean)}; a line the layout sets apart as a title ({@code cued}) may open
     * with a determiner ("My Map Tag:").
     */
    static boolean isTitleLine(TextLine l, boolean allowStop, boolean cued) {
        String t = l.withoutBullet().text();
        if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
        if (t.isEmpty() || t.length() > 100) return false;
        int words = t.split("\\s+").length;
        if (words > 12) return false;
        char c = t.charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '"' && c != '\'') return false;
        if (t.endsWith(".") && !(allowStop && words <= 6) && !t.matches(".*\\b(?:[A-Z]\\.){2,}$")
                && !t.endsWith("Inc.") && !t.endsWith("Ltd.")) {
            return false;
        }
        if (FIELD.matcher(t).lookingAt() || isFieldLine(t)) return false;
        if (startsWithVerb(t) && !(cued && DETERMINER.matcher(t).lookingAt())) return false;
        return !t.matches("(?s).*[.;!?]\\s+[A-Za-z].*"); // two sentences are a description
    }

    /** Adjectives in "-ed" that open project titles ("Automated Trading Bot", "Distributed Cache"). */
    private static final Set<String> ED_ADJECTIVES = Set.of("automated", "distributed", "embedded", "connected",
            "advanced", "augmented", "supervised", "unsupervised", "decentralized", "decentralised", "animated",
            "personalized", "personalised", "networked", "integrated", "simplified", "shared", "unified",
            "centralized", "centralised", "assisted", "guided", "powered", "based", "red", "bed", "speed");

    /** A description's first word: a verb in the past ("Designed") or in -ing ("Assessing"). */
    private static boolean describes(String w) {
        if (BUILD_VERBS.contains(w) || SENTENCE_VERBS.contains(w) && w.length() > 4) return true;
        return w.length() > 5 && (w.endsWith("ed") && !ED_ADJECTIVES.contains(w) || w.endsWith("ing"));
    }

    /** True when the line opens like a sentence: "Built …", "Handled …", "The …", "In …". */
    private static boolean startsWithVerb(String t) {
        String w = firstWord(t);
        if (SENTENCE_VERBS.contains(w)) return true;
        return w.length() > 4 && w.endsWith("ed") && !ED_ADJECTIVES.contains(w);
    }

    /** "• Netflix Clone – a React app …": the head before a dash or colon names the project. */
    private static int[] namedBullet(TextLine body) {
        Matcher ap = APPOSITIVE.matcher(body.text());
        if (ap.lookingAt() && !startsWithVerb(ap.group(1))) {
            return new int[]{body.start(), body.start() + ap.end(1)};
        }
        Matcher m = NAMED_BULLET.matcher(body.text());
        if (!m.find()) return null;
        String head = body.text().substring(0, m.start()).trim();
        // "Engagement and monetization (Example - Universal Store)": a dash inside a parenthesis cuts nothing
        int open = head.lastIndexOf('(');
        if (open > head.lastIndexOf(')')) head = head.substring(0, open).strip();
        // "BCWeb Wrap Migration Client: Example Corp": the field's label is no part of the name
        Matcher label = TRAILING_LABEL.matcher(head);
        if (label.find()) head = head.substring(0, label.start()).strip();
        if (head.isEmpty() || head.split("\\s+").length > 12) return null;
        if (!Character.isUpperCase(head.charAt(0)) && !Character.isDigit(head.charAt(0))) return null;
        if (startsWithVerb(head) || FIELD.matcher(body.text()).lookingAt()) return null;
        if (head.matches("(?s).*[.;!?]\\s.*")) return null;
        // "Occupant package design - Assessing driver requirements …": a dash, then a description that opens with
        // a verb, sets a title of any case apart
        String after = body.text().substring(m.end()).strip();
        if (m.group().strip().matches("[–—-]") && !after.isEmpty() && Character.isUpperCase(after.charAt(0))
                && describes(firstWord(after))) {
            return new int[]{body.start(), body.start() + head.length()};
        }
        if (head.split("\\s+").length > 7) return null;
        int lower = 0;
        String[] words = head.split("\\s+");
        for (String w : words) if (Character.isLowerCase(w.charAt(0)) && w.length() > 3) lower++;
        if (lower * 2 > words.length) return null;
        return new int[]{body.start(), body.start() + head.length()};
    }

    /**
     * "AGSP (Auto Guarantee Solution Project)", "Datum (PeopleSoft FSCM Maintenance and Support)": after a short name,
     * a parenthesis of a few words without commas or digits spells the name out, and belongs to it; the end of
     * the parenthesis, or -1. A list of tools ("(React, Node)") or a date is no part of a name.
     */
    private static int expansion(String t, int from, int cutStart, int cutEnd) {
        if (t.charAt(cutEnd - 1) != '(') return -1;
        if (t.substring(from, cutStart).strip().split("\\s+").length > 3) return -1;
        int close = t.indexOf(')', cutEnd);
        if (close < 0) return -1;
        String inner = t.substring(cutEnd, close).strip();
        if (inner.isEmpty() || inner.split("\\s+").length < 2 || inner.split("\\s+").length > 7) return -1;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (Character.isDigit(c) || c == ',' || c == '/' || c == ';') return -1;
        }
        return Character.isUpperCase(inner.charAt(0)) ? close + 1 : -1;
    }

    /** Words of a table's heading row: "Projects | Year of Completion", "Title | Role | Duration". */
    private static final Set<String> TABLE_HEADING_WORDS = Set.of("project", "projects", "title", "titles", "name",
            "names", "of", "the", "year", "years", "completion", "completed", "date", "dates", "duration", "role",
            "roles", "technology", "technologies", "tools", "description", "client", "team", "size", "s", "no", "sl",
            "sr", "and", "period", "status", "guide", "type", "domain", "platform", "organization", "organisation");

    /**
     * A projects section written as a table, a row per project ("Library management system | 2017" under
     * "Projects | Year of Completion"): each row whose first cell is a name and whose other cells are short is a
     * project named by that cell. At least two such rows; the heading row, and tables of labels and values
     * ("Client | Example Bank"), are not read this way. Empty when the section is no such table.
     */
    private static List<Block> tableRows(List<TextLine> lines, SectionType type) {
        List<Block> out = new ArrayList<>();
        int other = 0;
        for (TextLine l : lines) {
            String t = l.withoutBullet().text();
            if (t.isBlank()) continue;
            if (!t.contains(" | ")) {
                other++;
                continue;
            }
            String[] cells = t.split("\\s+\\|\\s+");
            if (isTableHeading(cells)) continue;
            String first = cells[0].strip();
            boolean shortRest = true;
            for (int c = 1; c < cells.length; c++) shortRest &= cells[c].strip().split("\\s+").length <= 6;
            if (!shortRest || isFieldLine(first) || LABEL_CELL.matcher(t).matches() || !isValidName(first)
                    || first.split("\\s+").length > 15 || !Character.isUpperCase(first.charAt(0))) {
                return List.of();
            }
            int at = l.start() + l.text().indexOf(first);
            out.add(new Block(l.start(), l.end(), at, at + first.length(), type, 0.85));
        }
        // a table of projects is the section, give or take a line of introduction
        return out.size() >= 2 && other <= 2 ? out : List.of();
    }

    private static boolean isTableHeading(String[] cells) {
        for (String c : cells) {
            for (String w : c.toLowerCase(Locale.ROOT).split("[^a-z]+")) {
                if (!w.isEmpty() && !TABLE_HEADING_WORDS.contains(w)) return false;
            }
        }
        return true;
    }

    /** The text of a name span that lies on {@code line} (the whole line when it does not). */
    private static String nameText(TextLine line, int start, int end) {
        int s = start - line.start();
        int e = end - line.start();
        if (s < 0 || e > line.text().length() || s >= e) return line.text();
        return line.text().substring(s, e);
    }

    /** The name in a title or labelled line: up to a separator, a date or a parenthesis. */
    private static int[] nameSpan(TextLine line, int from) {
        String t = line.text();
        // ": Risk Reporting" under a "Project" label: the colon is the label's
        while (from < t.length() && (Character.isWhitespace(t.charAt(from)) || ":-–—|".indexOf(t.charAt(from)) >= 0)) {
            from++;
        }
        if (from >= t.length()) from = 0;
        int end = t.length();
        Matcher cut = NAME_CUT.matcher(t);
        if (cut.find(from) && cut.start() > from) {
            end = cut.start();
            int close = expansion(t, from, cut.start(), cut.end());
            if (close > 0) end = close;
            // "E – DICTIONARY": a cut that leaves a letter alone is no separator
            int letters = 0;
            for (int i = from; i < end; i++) if (Character.isLetterOrDigit(t.charAt(i))) letters++;
            if (letters < 2) end = t.length();
        }
        for (DateRange d : DateRangeParser.findAll(t.substring(from, end))) {
            if (d.from() > 0) {
                end = Math.min(end, from + d.from());
                break;
            }
        }
        while (end > from && (Character.isWhitespace(t.charAt(end - 1)) || ",;:-–—|".indexOf(t.charAt(end - 1)) >= 0
                || (t.charAt(end - 1) == '.' && !(end - 2 >= from && Character.isUpperCase(t.charAt(end - 2))
                && (end - 3 < from || t.charAt(end - 3) == '.'))))) {
            end--; // "PIANO." is "PIANO"; "U.S." keeps its stop
        }
        Matcher place = LOCATION_TAIL.matcher(t.substring(from, end));
        if (place.find() && place.start() > 0) end = from + place.start();
        Matcher label = TRAILING_LABEL.matcher(t.substring(from, end));
        if (label.find() && label.start() > 0) end = from + label.start();
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
        if (t.substring(s, e).strip().indexOf(' ') < 0) {
            // one word says too little ("tool"): the clause up to its punctuation
            Matcher stop = PUNCTUATION_CUT.matcher(t);
            e = stop.find(s) && stop.start() > s ? stop.start() : t.length();
        }
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
        return new Project(name, description, keywords, url, highlights, kinds, archetype, themes, mentions,
                b.confidence());
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
