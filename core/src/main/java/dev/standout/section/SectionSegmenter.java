package dev.standout.section;

import dev.standout.parse.Layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalized resume text (see {@link dev.standout.parse.TextNormalizer}) into sections.
 *
 * <p>Headings are found in three places, and mapped to a canonical {@link SectionType} through a vocabulary of
 * several hundred wordings ("Work History", "Licenses &amp; Certifications", "Core Competencies", "Side Projects"…),
 * with modifiers and letter-spacing tolerated:
 * <ul>
 *   <li>a short line of its own, in capitals, title case or sentence case, with or without a colon:
 *       {@code PROFESSIONAL EXPERIENCE:};</li>
 *   <li>the start of a line, with content after it: {@code Skills: Java, Python};</li>
 *   <li>the middle of a long line, as in resumes flattened to one line ({@code … Systems Engineer Work Experience
 *       Software Engineer ABC Corp …}), where a title-cased or capitalized heading must sit at a plausible boundary
 *       and, when it is a single word, be followed by what its section holds (a degree after "Education", a list
 *       after "Skills"…). Prose ({@code experience in Java}) and list items ({@code Communication Skills,}) are
 *       not taken for headings.</li>
 * </ul>
 * Everything before the first heading is {@link SectionType#CONTACT}. A text without any heading is split by its
 * content where that is clear (a block dense with degrees is education, a block of date ranges experience, a
 * block of comma-separated items skills), and is otherwise one contact section.
 *
 * <p>The sections returned are in text order and cover the text from offset 0 to its end without gaps.
 *
 * <p>Immutable and safe to share between threads.
 */
public final class SectionSegmenter {

    private static final int MAX_HEADING_WORDS = 6;
    private static final int MAX_HEADING_CHARS = 60;
    /** Lines at least this long are searched for headings in their middle. */
    private static final int MID_LINE_MIN_LENGTH = 40;
    /** In a laid-out document, lines at least this long are flattened text, searched for headings in their middle. */
    private static final int FLATTENED_LINE_LENGTH = 1000;

    private static final Set<String> FUNCTION_WORDS_BEFORE = Set.of("of", "in", "with", "and", "or", "the", "a",
            "an", "my", "our", "your", "his", "her", "their", "for", "to", "on", "at", "by", "from", "as", "including",
            "such", "like", "plus", "into", "about", "through", "under", "over", "via", "per", "than", "more", "less",
            "any", "some", "all", "its", "this", "that", "these", "those", "good", "strong", "excellent", "great",
            "extensive", "solid", "hands", "gained", "gain", "has", "have", "had", "is", "are", "was", "were", "be",
            "been", "having", "using", "use", "used", "provide", "provided", "providing", "new", "whose", "which",
            "where", "within", "across", "between", "among", "toward", "towards", "both",
            "each", "every", "other", "own", "no", "not", "higher", "further", "continuing", "special", "physical",
            "public", "private", "adult", "online", "distance", "formal", "military", "technical", "soft", "basic",
            "required", "requires", "requiring", "apply", "applied", "applying", "develop", "developed", "improve",
            "improved", "enhance", "enhanced", "build", "built", "demonstrated", "proven");
    private static final Set<String> FUNCTION_WORDS_AFTER = Set.of("in", "of", "with", "and", "or", "for", "to",
            "is", "are", "was", "were", "at", "as", "on", "that", "the", "a", "an", "using", "including", "such",
            "from", "by", "used", "like", "include", "includes", "included", "required", "requirements", "will",
            "would", "can", "could", "should", "may", "has", "have", "had", "be", "been", "within", "across",
            "through", "into", "needed", "acquired", "gained", "needs", "based");
    /** Nouns that make a single-word heading the first word of a name: "Education Coordinator". */
    private static final Set<String> NOUNS_AFTER = Set.of("level", "team", "management", "manager", "department",
            "program", "programs", "coordinator", "specialist", "officer", "assistant", "director", "center", "centre",
            "services", "service", "systems", "system", "group", "policy", "policies", "plan", "plans", "process",
            "development", "training", "lead", "leader", "tracking", "database", "data", "portal", "tool", "tools",
            "gap", "gaps", "matrix", "assessment", "assessments", "inventory", "sets", "set", "building",
            "committee", "board", "council", "office", "division", "unit", "institute", "foundation", "society",
            "association", "consultant", "analyst", "advisor", "counselor", "instructor", "trainer", "teacher",
            "enhancement", "improvement", "upgrade", "upgrades", "evaluation", "evaluations", "testing", "test",
            "tests", "required", "requirement", "requirements", "summary", "sheet", "matrices", "mapping");
    private static final Set<String> NATURAL_LANGUAGES = Set.of("english", "spanish", "french", "german", "hindi",
            "chinese", "mandarin", "cantonese", "japanese", "korean", "arabic", "portuguese", "italian", "russian",
            "tamil", "telugu", "kannada", "malayalam", "marathi", "bengali", "bangla", "gujarati", "punjabi", "urdu",
            "dutch", "swedish", "polish", "turkish", "vietnamese", "tagalog", "filipino", "greek", "hebrew",
            "persian", "farsi", "swahili", "indonesian", "malay", "thai", "romanian", "czech", "hungarian",
            "ukrainian", "norwegian", "danish", "finnish", "nepali", "sinhala", "sinhalese", "odia", "oriya",
            "assamese", "konkani", "sindhi", "afrikaans", "catalan", "serbian", "croatian", "bosnian", "bulgarian",
            "slovak", "slovenian", "lithuanian", "latvian", "estonian", "irish", "welsh", "haitian", "creole",
            "yoruba", "igbo", "hausa", "amharic", "somali", "pashto", "dari", "kurdish", "armenian", "georgian",
            "azerbaijani", "kazakh", "uzbek", "mongolian", "burmese", "khmer", "lao", "latin", "albanian",
            "macedonian", "icelandic", "maltese", "tigrinya", "twi", "zulu", "xhosa", "shona", "wolof", "lingala",
            "kiswahili", "asl", "sign", "native", "fluent", "bilingual", "conversational", "proficient",
            "intermediate", "beginner", "mother", "tongue");
    private static final Pattern DEGREE = Pattern.compile("(?i)\\b(bachelor|master|masters|b\\.? ?s\\.?c?\\b|"
            + "b\\.? ?a\\b|b\\.? ?tech|b\\.? ?e\\b|b\\.? ?com|m\\.? ?s\\.?c?\\b|m\\.? ?tech|m\\.? ?e\\b|"
            + "m\\.? ?a\\b|mba|"
            + "mca|bca|bba|ph\\.? ?d|doctor|doctorate|associate|associates|diploma|high ?school|secondary|hsc|ssc|"
            + "sslc|cbse|university|universit|college|institute|school|degree|ged|certificate|certification|"
            + "academy|polytechnic|graduat|undergraduate|postgraduate|post graduate|pgdm|a\\.a\\.s|a\\.s\\.|"
            + "universidad|universidade|universit\u00E9|colegio|escuela|instituto|hochschule|facultad|vocational|"
            + "coursework|major|minor|gpa|cgpa|none)");
    /** A degree among the first two words after the heading. */
    private static final Pattern DEGREE_STRONG = Pattern.compile("(?i)^\\W*(\\S+\\s+)?(bachelor|master|"
            + "b\\.? ?s\\.?c?\\b|"
            + "b\\.? ?a\\b|b\\.? ?tech|b\\.? ?e\\b|m\\.? ?s\\.?c?\\b|m\\.? ?tech|mba|ph\\.? ?d|doctor|associate|"
            + "diploma|high school|ged|none)");
    private static final Pattern DATE = Pattern.compile("(?i)\\b(19[5-9]\\d|20[0-4]\\d|present|current|"
            + "jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|jun(e)?|jul(y)?|aug(ust)?|sep(t|tember)?|oct(ober)?|"
            + "nov(ember)?|dec(ember)?)\\b");
    private static final Pattern LIST_AFTER = Pattern.compile("\\(\\s*(\\d+\\+?\\s*years?|less than)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DURATION = Pattern.compile("(?i)^\\s*[:\\-]?\\s*\\d+(\\.\\d+)?\\+?\\s*(years?|yrs?|"
            + "months?)\\b");

    private final HeadingDictionary dictionary;

    /** A segmenter with the standard heading vocabulary. */
    public SectionSegmenter() {
        this(HeadingDictionary.standard());
    }

    SectionSegmenter(HeadingDictionary dictionary) {
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
    }

    /**
     * Whether {@code phrase}, on a line of its own, is a section heading of the standard vocabulary ("Projects",
     * "Work History", "Licenses &amp; Certifications") or one of the field labels it knows ("Roles and
     * Responsibilities", "Project Details"): words that name a part of a resume, never an item of it.
     */
    public static boolean isHeadingPhrase(String phrase) {
        String p = Objects.requireNonNull(phrase, "phrase").strip();
        while (!p.isEmpty() && !Character.isLetterOrDigit(p.charAt(p.length() - 1))) p = p.substring(0, p.length() - 1);
        if (p.isEmpty() || p.length() > MAX_HEADING_CHARS) return false;
        return HeadingDictionary.standard().lookup(p) != null;
    }

    /**
     * Splits a normalized text into sections.
     *
     * @param normalizedText text as returned by {@link dev.standout.parse.TextNormalizer#normalize(String)}
     * @return the text with its sections; never null
     */
    public SectionedText segment(String normalizedText) {
        Objects.requireNonNull(normalizedText, "normalizedText");
        return segment(normalizedText, Layout.plain(normalizedText));
    }

    /**
     * Splits normalized text into sections, with the layout cues of its lines. When the text was laid out by a
     * document ({@link Layout#laidOut()}), its lines are real lines: headings are looked for on their own line and
     * at a line's start, never in the middle of a line (which is for text flattened to a few long lines).
     *
     * @param normalizedText text as returned by {@link dev.standout.parse.TextNormalizer#normalize(String)}
     * @param layout         the cues of its lines
     * @return the text with its sections and cues; never null
     */
    public SectionedText segment(String normalizedText, Layout layout) {
        Objects.requireNonNull(normalizedText, "normalizedText");
        Objects.requireNonNull(layout, "layout");
        List<Heading> headings = dropFieldLabels(new Scan(normalizedText, layout.laidOut()).run());
        if (headings.isEmpty()) {
            headings = HeadlessGuess.guess(normalizedText);
        }
        return new SectionedText(normalizedText, build(normalizedText, headings), layout);
    }

    /**
     * A heading written the same way three times or more labels a field of each item ("Achievement:" under every
     * job, "Synopsis" under every project), not a section of the resume.
     */
    private static List<Heading> dropFieldLabels(List<Heading> headings) {
        if (headings.size() < 3) return headings;
        Map<String, Integer> counts = new HashMap<>();
        for (Heading h : headings) counts.merge(h.text().toLowerCase(Locale.ROOT), 1, Integer::sum);
        if (counts.values().stream().allMatch(c -> c < 3)) return headings;
        List<Heading> kept = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Heading h : headings) {
            String key = h.text().toLowerCase(Locale.ROOT);
            boolean first = seen.add(key);
            if (counts.get(key) < 3 || (first && isMain(h.type()))) kept.add(h);
        }
        return kept;
    }

    /** The sections nearly every resume has; a repeated heading of these still opens its section once. */
    private static boolean isMain(SectionType type) {
        return type == SectionType.EXPERIENCE || type == SectionType.EDUCATION || type == SectionType.SKILLS;
    }

    private static List<Section> build(String text, List<Heading> headings) {
        List<Section> sections = new ArrayList<>(headings.size() + 1);
        int n = text.length();
        if (headings.isEmpty() || headings.get(0).start() > 0) {
            int end = headings.isEmpty() ? n : headings.get(0).start();
            sections.add(new Section(SectionType.CONTACT, "", 0, 0, end));
        }
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            int end = i + 1 < headings.size() ? headings.get(i + 1).start() : n;
            sections.add(new Section(h.type(), h.text(), h.start(), Math.min(h.contentStart(), end), end));
        }
        return sections;
    }

    /** A heading found in the text. */
    record Heading(SectionType type, String text, int start, int contentStart) {
    }

    /** One token of a line: a word, a number or a punctuation character. */
    private record Token(int start, int end, boolean word) {
    }

    /** How a candidate heading stands in its line. */
    private enum Position { LINE, LEADING, MIDDLE }

    /** The search through one text; not shared. */
    private final class Scan {
        private final String text;
        private final List<Heading> found = new ArrayList<>();
        private SectionType current = SectionType.CONTACT;
        private int lastHeadingEnd = -1;
        private List<Token> mixedCaseOf;
        private boolean mixedCaseValue;

        private final boolean laidOut;

        Scan(String text, boolean laidOut) {
            this.text = text;
            this.laidOut = laidOut;
        }

        List<Heading> run() {
            int n = text.length();
            int pos = 0;
            while (pos < n) {
                int eol = text.indexOf('\n', pos);
                if (eol < 0) eol = n;
                line(pos, eol);
                pos = eol + 1;
            }
            return found;
        }

        private void line(int from, int to) {
            while (from < to && isBlank(text.charAt(from))) from++;
            while (to > from && isBlank(text.charAt(to - 1))) to--;
            if (from >= to) return;
            if (standalone(from, to)) return;
            List<Token> tokens = tokenize(from, to);
            int next = leading(tokens, to);
            // a document's lines are real lines: a heading in the middle of one is a job title's word
            // ("Project Director, … Sound Move Projects"), unless the line is the whole text flattened
            if (to - from >= (laidOut ? FLATTENED_LINE_LENGTH : MID_LINE_MIN_LENGTH)) {
                middle(tokens, Math.max(next, 1), to);
            }
        }

        // ---- a line of its own ----

        private boolean standalone(int from, int to) {
            if (to - from > MAX_HEADING_CHARS + 10) return false;
            boolean listItem = text.charAt(from) == '\u2022';
            int s = from;
            int e = to;
            while (s < e && !Character.isLetterOrDigit(text.charAt(s)) && text.charAt(s) != '(') s++;
            while (e > s && !Character.isLetterOrDigit(text.charAt(e - 1)) && text.charAt(e - 1) != ')') e--;
            if (s >= e || e - s > MAX_HEADING_CHARS) return false;
            String phrase = text.substring(s, e);
            for (int i = 0; i < phrase.length(); i++) {
                char c = phrase.charAt(i);
                if (Character.isDigit(c) || c == '@' || c == ',' || c == ';' || c == '.' || c == '?' || c == '!') {
                    return false;
                }
            }
            String tail = text.substring(e, to).strip();
            // "• Major Projects." under a job: a projects heading may end with a full stop
            boolean stopped = tail.equals(".");
            if (!tail.isEmpty() && !stopped
                    && !tail.chars().allMatch(c -> ":-=_*#|~>\u2013\u2014".indexOf(c) >= 0)) {
                return false;
            }
            int words = countWords(phrase);
            if (isLetterSpaced(phrase)) words = 1; // "E X P E R I E N C E"
            if (words == 0 || words > MAX_HEADING_WORDS) return false;
            HeadingDictionary.Match m = dictionary.lookup(phrase);
            Shape shape = shape(phrase);
            if (m == null && words <= 3 && phrase.indexOf(':') < 0
                    && (shape == Shape.CAPS || (shape == Shape.TITLE && tail.startsWith(":")))) {
                m = dictionary.lookupEnding(phrase);
                if (m == null) m = dictionary.lookupMisspelled(phrase); // "ACHEIVEMENTS"
                if (m != null && m.type() == current) m = null;
            }
            if (m == null || m.negative()) return false;
            if (stopped && (m.type() != SectionType.PROJECTS || m.weak() || words < 2)) return false;
            if (listItem && !((shape == Shape.CAPS && !m.weak()) || !tail.isEmpty())) {
                return false; // a list item, unless a heading in capitals or one decorated on both sides
            }
            if (shape == Shape.LOWER && !(m.exact() && words <= 3 && (tail.startsWith(":") || isolated(from, to)))) {
                return false; // a lowercase word alone on a line is more often a wrapped sentence's end
            }
            if (shape == Shape.MIXED) return false;
            SectionType type = checkType(m.type(), to);
            if (type == null) return false;
            add(type, phrase, s, to);
            return true;
        }

        /** Whether the line is set apart by blank lines (or the text's ends) on both sides. */
        private boolean isolated(int from, int to) {
            boolean before = from == 0 || (from >= 2 && text.charAt(from - 1) == '\n' && text.charAt(from - 2) == '\n');
            boolean after = to >= text.length() || (to + 1 < text.length() && text.charAt(to) == '\n'
                    && text.charAt(to + 1) == '\n');
            return before && after;
        }

        // ---- the start of a line, content after it ----

        /** Finds a heading that opens the line; returns the index of the first token after it (0 if none). */
        private int leading(List<Token> tokens, int lineEnd) {
            if (tokens.isEmpty() || !tokens.get(0).word()) return 0;
            Candidate c = longestAt(tokens, 0);
            if (c == null || c.match().weak()) return 0;
            int after = c.endToken();
            boolean labelled = after < tokens.size() && isDelimiter(tokens.get(after));
            Shape shape = shape(text.substring(c.start(), c.end()));
            if (!labelled) {
                if (shape != Shape.CAPS && shape != Shape.TITLE) return 0;
                if (!accepts(c, tokens, Position.LEADING)) return 0;
            } else if (shape == Shape.LOWER || shape == Shape.MIXED) {
                return 0;
            }
            int contentStart = contentStart(tokens, after, lineEnd);
            if (c.match().type() == SectionType.EXPERIENCE && DURATION.matcher(text.substring(c.end(),
                    Math.min(lineEnd, c.end() + 40))).find()) {
                return 0; // "Experience: 5 years" states a duration
            }
            SectionType type = checkType(c.match().type(), contentStart);
            if (type == null) return 0;
            add(type, text.substring(c.start(), c.end()), c.start(), contentStart);
            return after + (labelled ? 1 : 0);
        }

        // ---- the middle of a long line ----

        private void middle(List<Token> tokens, int fromToken, int lineEnd) {
            int i = fromToken;
            // "jane@example.org | LinkedIn | Portfolio": the links of a contact line, no headings
            boolean contactLine = !tokens.isEmpty() && text.substring(tokens.get(0).start(), lineEnd).indexOf('@') >= 0;
            while (i < tokens.size()) {
                Token t = tokens.get(i);
                if (!t.word() || !Character.isUpperCase(text.charAt(t.start()))) {
                    i++;
                    continue;
                }
                Candidate c = longestAt(tokens, i);
                if (c == null || c.match().weak() || !accepts(c, tokens, Position.MIDDLE)
                        || (contactLine && c.words() == 1 && i > 0 && text.charAt(tokens.get(i - 1).start()) == '|')) {
                    i++;
                    continue;
                }
                int after = c.endToken();
                boolean labelled = after < tokens.size() && isDelimiter(tokens.get(after));
                int contentStart = contentStart(tokens, after, lineEnd);
                SectionType type = checkType(c.match().type(), contentStart);
                if (type == null) {
                    i++;
                    continue;
                }
                add(type, text.substring(c.start(), c.end()), c.start(), contentStart);
                i = after + (labelled ? 1 : 0);
            }
        }

        /** Whether a candidate in running text looks like a heading rather than words of a sentence or list. */
        private boolean accepts(Candidate c, List<Token> tokens, Position position) {
            int i = c.startToken();
            int after = c.endToken();
            Token prev = i > 0 ? tokens.get(i - 1) : null;
            Token next = after < tokens.size() ? tokens.get(after) : null;
            String phrase = text.substring(c.start(), c.end());
            Shape shape = shape(phrase);
            if (shape != Shape.CAPS && shape != Shape.TITLE) return false;
            SectionType type = c.match().type();
            boolean colon = next != null && !next.word() && text.charAt(next.start()) == ':';
            Boolean tellingCache = null;
            if (prev != null) {
                if (prev.word()) {
                    String w = text.substring(prev.start(), prev.end());
                    if (FUNCTION_WORDS_BEFORE.contains(w.toLowerCase(Locale.ROOT)) && !isAllCaps(w)) return false;
                    if (shape == Shape.CAPS && isAllCaps(w) && w.length() >= 2 && !isStateCode(tokens, i - 1)) {
                        return false; // the end of a longer phrase in capitals: "PROJECT ASSOCIATE VOLUNTEER"
                    }
                } else {
                    char pc = text.charAt(prev.start());
                    boolean closingQuote = (pc == '"' || pc == '\'') && prev.start() > 0
                            && ".!?".indexOf(text.charAt(prev.start() - 1)) >= 0;
                    if ("&/(+\"'-".indexOf(pc) >= 0 && !closingQuote) return false;
                    if (pc == ',') {
                        tellingCache = strongEvidence(type, c.end());
                        if (!tellingCache) return false;
                    }
                }
            }
            if (next != null && !next.word()) {
                char nc = text.charAt(next.start());
                boolean dotWord = nc == '.' && next.end() < text.length()
                        && Character.isLetter(text.charAt(next.end()));
                if (".,;)(".indexOf(nc) >= 0 && !dotWord) return false; // ".NET" is a word, "Skills." ends one
            }
            if (next != null && next.word()) {
                String w = text.substring(next.start(), next.end());
                String lower = w.toLowerCase(Locale.ROOT);
                if (FUNCTION_WORDS_AFTER.contains(lower) && Character.isLowerCase(w.charAt(0))) return false;
                if (c.words() == 1 && NOUNS_AFTER.contains(lower) && !(shape == Shape.CAPS && !isAllCaps(w))
                        && !contentSpecific(type)) {
                    return false;
                }
            }
            boolean telling = tellingCache != null ? tellingCache : strongEvidence(type, c.end());
            boolean caps = shape == Shape.CAPS && mixedCase(tokens);
            boolean boundary = prev == null || (!prev.word() && ".:;!?\u2022|".indexOf(text.charAt(prev.start())) >= 0);
            boolean endsLine = next == null && position == Position.MIDDLE && (c.words() >= 2 || boundary);
            boolean strong = colon || caps || endsLine;
            if (!strong && !telling && lastHeadingEnd >= 0 && prev != null && prev.end() <= lastHeadingEnd) {
                return false; // right after another heading, with nothing in between
            }
            if (!colon && !caps && type == current && position == Position.MIDDLE) return false;
            if (strong || telling) return true;
            if (c.words() >= 2 && (boundary || position == Position.MIDDLE || next == null)) {
                return next == null || evidence(type, c.end(), true);
            }
            if (evidence(type, c.end(), false)) return true;
            // the usual order of a one-line resume: skills after education or experience
            return type == SectionType.SKILLS
                    && (current == SectionType.EDUCATION || current == SectionType.EXPERIENCE)
                    && evidence(SectionType.OTHER, c.end(), false);
        }

        /** A two-letter code after a comma, as in "Lagos, GU". */
        private boolean isStateCode(List<Token> tokens, int k) {
            Token t = tokens.get(k);
            return t.end() - t.start() == 2 && k > 0 && !tokens.get(k - 1).word()
                    && text.charAt(tokens.get(k - 1).start()) == ',';
        }

        private boolean startsAnotherHeading(String word) {
            String w = word.replaceAll("[^\\p{L}]", "");
            if (w.isEmpty() || !dictionary.canStartWith(w)) return false;
            HeadingDictionary.Match m = dictionary.lookup(w);
            return m != null && !m.negative() && !m.weak();
        }

        /** Evidence that cannot be mistaken: a degree right after "Education", a list of skills after "Skills". */
        private boolean strongEvidence(SectionType type, int from) {
            if (type != SectionType.EDUCATION && type != SectionType.SKILLS) return false;
            String after = text.substring(from, Math.min(text.length(), from + 100));
            if (type == SectionType.EDUCATION) {
                Matcher m = DEGREE_STRONG.matcher(after);
                return m.find() && m.start() < 30;
            }
            String near = after.substring(0, Math.min(after.length(), 70));
            return LIST_AFTER.matcher(after).find() || countOf(near, ',') >= 3;
        }

        private boolean contentSpecific(SectionType type) {
            return type == SectionType.EDUCATION || type == SectionType.SKILLS || type == SectionType.LANGUAGES;
        }

        /** Whether the text after a heading holds what its section usually starts with. */
        private boolean evidence(SectionType type, int from, boolean lenient) {
            int end = Math.min(text.length(), from + 160);
            String after = text.substring(from, end);
            String firstWord = firstWord(after);
            if (firstWord.isEmpty()) return lenient;
            if (!lenient && !contentSpecific(type) && startsAnotherHeading(firstWord)) {
                return false; // "Spot Awards Education …": a heading is followed by content, not by a heading
            }
            boolean capitalized = Character.isUpperCase(firstWord.charAt(0)) || Character.isDigit(firstWord.charAt(0));
            switch (type) {
                case EDUCATION: {
                    Matcher m = DEGREE.matcher(after);
                    return m.find() && m.start() < 90;
                }
                case SKILLS: {
                    String near = after.substring(0, Math.min(after.length(), 80));
                    return countOf(near, ',') + countOf(near, '\u2022') >= 2 || LIST_AFTER.matcher(near).find();
                }
                case EXPERIENCE: {
                    if (lenient) return capitalized;
                    Matcher m = DATE.matcher(after);
                    return capitalized && m.find() && m.start() < 150;
                }
                case LANGUAGES:
                    return hasNaturalLanguage(after);
                case OTHER:
                    if (firstWord.startsWith("http") || firstWord.startsWith("www")) return true;
                    return capitalized;
                default:
                    return capitalized;
            }
        }

        /**
         * Last checks of a type with what follows: "Languages" followed by no human language lists programming
         * languages, so it is a skills heading, or no heading inside a skills section. Returns null to reject.
         */
        private SectionType checkType(SectionType type, int contentStart) {
            if (type == SectionType.LANGUAGES) {
                // what the heading opens: the rest of its line, or the block under it
                int end = Math.min(text.length(), contentStart + 200);
                int lineEnd = text.indexOf('\n', contentStart);
                if (lineEnd > contentStart && text.substring(contentStart, lineEnd).strip().length() > 0) {
                    end = Math.min(end, lineEnd);
                } else {
                    int blank = text.indexOf("\n\n", contentStart + 1);
                    if (blank > 0) end = Math.min(end, blank);
                }
                String after = text.substring(contentStart, Math.max(contentStart, end));
                if (!hasNaturalLanguage(after)) {
                    return current == SectionType.SKILLS ? null : SectionType.SKILLS;
                }
            }
            return type;
        }

        private void add(SectionType type, String heading, int start, int contentStart) {
            if (!found.isEmpty() && found.get(found.size() - 1).start() >= start) return;
            found.add(new Heading(type, heading, start, contentStart));
            current = type;
            lastHeadingEnd = start + heading.length();
            // a delimiter right after the heading belongs to it
            int k = lastHeadingEnd;
            while (k < text.length() && (isBlank(text.charAt(k)) || text.charAt(k) == ':')) k++;
            lastHeadingEnd = Math.max(lastHeadingEnd, k);
        }

        private int contentStart(List<Token> tokens, int after, int lineEnd) {
            if (after >= tokens.size()) return lineEnd;
            Token t = tokens.get(after);
            if (isDelimiter(t)) {
                return after + 1 < tokens.size() ? tokens.get(after + 1).start() : lineEnd;
            }
            return t.start();
        }

        private boolean isDelimiter(Token t) {
            if (t.word()) return false;
            char c = text.charAt(t.start());
            return c == ':' || c == '-' || c == '\u2013' || c == '\u2014' || c == '|';
        }

        /** The longest dictionary heading that starts at token {@code i}, in title case or capitals. */
        private Candidate longestAt(List<Token> tokens, int i) {
            Token first = tokens.get(i);
            if (!first.word() || !dictionary.canStartWith(text.substring(first.start(), first.end()))) return null;
            Candidate best = null;
            int words = 0;
            int caseStyle = 0;
            int j = i;
            while (j < tokens.size() && words < MAX_HEADING_WORDS) {
                Token t = tokens.get(j);
                if (t.word()) {
                    String w = text.substring(t.start(), t.end());
                    boolean connector = isConnectorWord(w);
                    if (!connector && !Character.isUpperCase(w.charAt(0))) break;
                    if (connector && j == i) break;
                    if (!connector && w.length() >= 2) {
                        int style = isAllCaps(w) ? 1 : 2;
                        if (caseStyle != 0 && caseStyle != style) break;
                        caseStyle = style;
                    }
                    words++;
                    if (!connector) {
                        HeadingDictionary.Match m = dictionary.lookup(text.substring(tokens.get(i).start(), t.end()));
                        if (m != null) best = new Candidate(m, i, j + 1, tokens.get(i).start(), t.end(), words);
                    }
                } else {
                    char c = text.charAt(t.start());
                    if (c != '&' && c != '/' && c != '+') break;
                    if (j > i && t.start() > tokens.get(j - 1).end() + 1) break;
                }
                j++;
            }
            if (best != null && best.match().negative()) return null;
            return best;
        }

        private List<Token> tokenize(int from, int to) {
            List<Token> out = new ArrayList<>();
            int i = from;
            while (i < to) {
                char c = text.charAt(i);
                if (isBlank(c)) {
                    i++;
                    continue;
                }
                if (Character.isLetterOrDigit(c)) {
                    int j = i + 1;
                    while (j < to) {
                        char d = text.charAt(j);
                        if (Character.isLetterOrDigit(d) || d == '\'' || d == '#' || d == '+') {
                            j++;
                        } else if ((d == '.' || d == '-') && j + 1 < to && Character.isLetter(text.charAt(j + 1))) {
                            j++;
                        } else {
                            break;
                        }
                    }
                    out.add(new Token(i, j, true));
                    i = j;
                } else {
                    out.add(new Token(i, i + 1, false));
                    i++;
                }
            }
            return out;
        }

        /** Whether the line around has lowercase text, so that capitals stand out. */
        private boolean mixedCase(List<Token> tokens) {
            if (tokens == mixedCaseOf) return mixedCaseValue;
            mixedCaseOf = tokens;
            mixedCaseValue = computeMixedCase(tokens);
            return mixedCaseValue;
        }

        private boolean computeMixedCase(List<Token> tokens) {
            int lower = 0;
            int letters = 0;
            for (Token t : tokens) {
                if (!t.word()) continue;
                for (int k = t.start(); k < t.end(); k++) {
                    char ch = text.charAt(k);
                    if (Character.isLetter(ch)) {
                        letters++;
                        if (Character.isLowerCase(ch)) lower++;
                    }
                }
            }
            return letters > 0 && lower * 3 >= letters;
        }
    }

    private record Candidate(HeadingDictionary.Match match, int startToken, int endToken, int start, int end,
                             int words) {
    }

    /** Letter case of a heading phrase. */
    enum Shape { CAPS, TITLE, SENTENCE, LOWER, MIXED }

    static Shape shape(String phrase) {
        boolean allCaps = true;
        boolean title = true;
        boolean firstUpper = false;
        boolean firstSeen = false;
        boolean restLower = true;
        int letters = 0;
        int i = 0;
        int n = phrase.length();
        while (i < n) {
            while (i < n && !Character.isLetter(phrase.charAt(i))) i++;
            if (i >= n) break;
            int j = i;
            while (j < n && (Character.isLetter(phrase.charAt(j)) || phrase.charAt(j) == '\'')) j++;
            String w = phrase.substring(i, j);
            letters += w.length();
            boolean up = Character.isUpperCase(w.charAt(0));
            if (!firstSeen) {
                firstUpper = up;
                firstSeen = true;
            } else if (!isConnectorWord(w) && up) {
                restLower = false;
            }
            if (!isAllCaps(w)) allCaps = false;
            if (!up && !isConnectorWord(w)) title = false;
            i = j;
        }
        if (letters == 0) return Shape.MIXED;
        if (allCaps) return Shape.CAPS;
        if (title && firstUpper) return Shape.TITLE;
        if (firstUpper && restLower) return Shape.SENTENCE;
        if (!firstUpper && !title) {
            return phrase.equals(phrase.toLowerCase(Locale.ROOT)) ? Shape.LOWER : Shape.MIXED;
        }
        return Shape.MIXED;
    }

    private static boolean isConnectorWord(String w) {
        switch (w) {
            case "and", "of", "for", "the", "in", "&", "to", "on":
                return true;
            default:
                return false;
        }
    }

    static boolean isAllCaps(String w) {
        boolean letter = false;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (!Character.isUpperCase(c)) return false;
            }
        }
        return letter;
    }

    /** A space or tab: text that did not go through the normalizer may still hold tabs and carriage returns. */
    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\u00A0';
    }

    private static boolean isLetterSpaced(String phrase) {
        int letters = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (!Character.isLetter(c)) continue;
            if (i + 1 < phrase.length() && Character.isLetter(phrase.charAt(i + 1))) return false;
            letters++;
        }
        return letters >= 4;
    }

    private static int countWords(String phrase) {
        int words = 0;
        boolean in = false;
        for (int i = 0; i < phrase.length(); i++) {
            boolean letter = Character.isLetter(phrase.charAt(i));
            if (letter && !in) words++;
            in = letter;
        }
        return words;
    }

    private static String firstWord(String s) {
        int i = 0;
        while (i < s.length() && !Character.isLetterOrDigit(s.charAt(i))) {
            if (s.charAt(i) == '\n') return "";
            i++;
        }
        int j = i;
        while (j < s.length() && !Character.isWhitespace(s.charAt(j))) j++;
        return s.substring(i, j);
    }

    private static int countOf(String s, char c) {
        int k = 0;
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) == c) k++;
        return k;
    }

    static boolean hasNaturalLanguage(String s) {
        int i = 0;
        int n = s.length();
        int words = 0;
        while (i < n && words < 30) {
            while (i < n && !Character.isLetter(s.charAt(i))) i++;
            int j = i;
            while (j < n && Character.isLetter(s.charAt(j))) j++;
            if (j > i) {
                words++;
                if (NATURAL_LANGUAGES.contains(s.substring(i, j).toLowerCase(Locale.ROOT))) return true;
            }
            i = j;
        }
        return false;
    }
}
