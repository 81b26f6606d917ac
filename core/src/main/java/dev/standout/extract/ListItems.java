package dev.standout.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lines that are lists ("Java, Spring, Hibernate", "Tools: Git | Jenkins | Maven", "Word • Excel • Access") and
 * their items, and the item that holds a phrase. Offsets are into the whole text. Stateless.
 */
final class ListItems {
    private ListItems() {
    }

    /** Characters that separate the items of a list on one line. */
    static final String SEPARATORS = ",;|•~·()[]";

    /** A label that introduces a list: "Languages:", "Tools used -", "Environment:". */
    private static final Pattern LABEL = Pattern.compile("^[^:,;|•()]{1,60}?(?::|\\s[-–—]\\s)\\s*");
    /** Labels that say that technologies follow, wherever the line stands. */
    private static final Pattern TECH_LABEL = Pattern.compile(
            "^(?i:(?:key\\s+|core\\s+|technical\\s+|it\\s+|computer\\s+|software\\s+|programming\\s+|scripting\\s+"
                    + "|web\\s+|development\\s+|testing\\s+|reporting\\s+|build\\s+|cloud\\s+|other\\s+)?"
                    + "(?:environment|environments|technologies|technology|tech(?:\\s+stack)?|stack|tools?|languages?"
                    + "|skills?|frameworks?|libraries|platforms?|databases?|software|os|operating\\s+systems?|ides?"
                    + "|applications|packages|utilities|servers?|methodolog(?:y|ies)|concepts|technical\\s+skills"
                    + "|skill\\s+set|competencies|expertise)"
                    + "(?:\\s+(?:used|worked\\s+on|known|familiar\\s+with|&\\s+tools|and\\s+tools))?)\\s*(?::|\\s[-–—]\\s)\\s*");
    /** Notes after an item: "(3 years)", "(Less than 1 year)", "(basic)". */
    private static final Pattern NOTE = Pattern.compile("\\((?:[^()]*\\d[^()]*|(?i:less\\s+than[^()]*|basics?|"
            + "preliminary|beginner|intermediate|advanced|expert|proficient|familiar|working\\s+knowledge|learning))\\)"
            + "|(?i:\\(less\\s+than[^()\\n]*$)|^[^()]*?(?i:\\d\\s*years?\\))");
    /** Words that join two items: "Analysis and reporting", "Sales & Marketing". */
    private static final Pattern JOINER = Pattern.compile("\\s(?:and|&|or)\\s", Pattern.CASE_INSENSITIVE);

    /** One item: offsets into the whole text. */
    record Item(int start, int end) {
        String text(String s) {
            return s.substring(start, end);
        }
    }

    /** Where the items of a line begin: after a bullet and a label, if any. */
    static int contentStart(String text, int lineStart, int lineEnd) {
        int s = skipBullet(text, lineStart, lineEnd);
        Matcher m = LABEL.matcher(text).region(s, lineEnd);
        if (m.lookingAt() && words(text, s, m.end()) <= 5) return m.end();
        return s;
    }

    /**
     * After the white space and the bullet that open a line: a bullet character, or any single character standing
     * alone before a space (a bullet from a symbol font that was read as a letter).
     */
    static int skipBullet(String text, int lineStart, int lineEnd) {
        int s = lineStart;
        while (s < lineEnd && Character.isWhitespace(text.charAt(s))) s++;
        if (s < lineEnd && (TextLine.BULLETS.indexOf(text.charAt(s)) >= 0
                || (s + 1 < lineEnd && text.charAt(s + 1) == ' ' && !Character.isLetterOrDigit(text.charAt(s)))
                || (s + 1 < lineEnd && text.charAt(s + 1) == ' ' && text.charAt(s) > 0x2FF))) {
            s++;
            while (s < lineEnd && Character.isWhitespace(text.charAt(s))) s++;
        }
        return s;
    }

    /** True when the line opens with a label that announces technologies ("Environment:", "Tools used:"). */
    static boolean hasTechLabel(String text, int lineStart, int lineEnd) {
        int s = skipBullet(text, lineStart, lineEnd);
        return TECH_LABEL.matcher(text).region(s, lineEnd).lookingAt();
    }

    /**
     * The items of a line, split at {@link #SEPARATORS}, at a spaced slash ("CI/CD" stays whole) and at "and",
     * "&amp;", "or"; without notes in parentheses ("(3 years)") and without a leading label; empty items dropped.
     */
    static List<Item> items(String text, int lineStart, int lineEnd) {
        int from = contentStart(text, lineStart, lineEnd);
        char[] line = text.substring(from, lineEnd).toCharArray();
        Matcher note = NOTE.matcher(new String(line));
        while (note.find()) for (int i = note.start(); i < note.end(); i++) line[i] = ' ';
        Matcher joiner = JOINER.matcher(new String(line));
        while (joiner.find()) for (int i = joiner.start(); i < joiner.end(); i++) line[i] = '|';
        List<Item> out = new ArrayList<>();
        int itemStart = 0;
        for (int i = 0; i <= line.length; i++) {
            char c = i < line.length ? line[i] : '\n';
            boolean sep = i == line.length || SEPARATORS.indexOf(c) >= 0
                    || (c == '/' && ((i > 0 && line[i - 1] == ' ') || (i + 1 < line.length && line[i + 1] == ' ')))
                    || (c == '.' && (i + 1 == line.length || line[i + 1] == ' ') && i > itemStart + 2
                    && Character.isLowerCase(line[i - 1]));
            if (sep) {
                add(text, from + itemStart, from + i, out);
                itemStart = i + 1;
            }
        }
        return out;
    }

    private static void add(String text, int s, int e, List<Item> out) {
        while (s < e && (Character.isWhitespace(text.charAt(s)) || "-–*.:".indexOf(text.charAt(s)) >= 0)) s++;
        while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ".:-–".indexOf(text.charAt(e - 1)) >= 0)) e--;
        if (e > s) out.add(new Item(s, e));
    }

    /** Number of words (runs of non-space characters) in a range. */
    static int words(String text, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !in) n++;
            in = !space;
        }
        return n;
    }

    /**
     * The item of a list or a bullet that holds {@code [start, end)}: from the last boundary before it (the start
     * of the line or of its content after a bullet and a label, a separator, a spaced dash, "and") to the first
     * boundary after it (the end of the line, a separator, a final full stop, a spaced dash, "and", a colon).
     * The item of a phrase inside a sentence is the whole clause.
     */
    static Item itemAround(String text, int start, int end) {
        int ls = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        if (start == 0) ls = 0;
        int le = text.indexOf('\n', end);
        if (le < 0) le = text.length();
        int content = skipBullet(text, ls, le);
        int s = start;
        while (s > content) {
            char c = text.charAt(s - 1);
            if (SEPARATORS.indexOf(c) >= 0 || c == ':' || c == '/' && s - 2 >= 0 && text.charAt(s - 2) == ' ') break;
            if (c == ' ' && s - 2 >= content && "-–—".indexOf(text.charAt(s - 2)) >= 0
                    && (s - 3 < content || text.charAt(s - 3) == ' ')) break;
            if (c == ' ' && (endsWithWord(text, s - 2, "and") || endsWithWord(text, s - 2, "&")
                    || endsWithWord(text, s - 2, "or"))) break;
            s--;
        }
        int e = end;
        while (e < le) {
            char c = text.charAt(e);
            if (SEPARATORS.indexOf(c) >= 0 || c == ':') break;
            if (c == '/' && e + 1 < le && text.charAt(e + 1) == ' ') break;
            if (c == '.' && (e + 1 == le || text.charAt(e + 1) == ' ')) break;
            if (c == ' ' && e + 1 < le && "-–—".indexOf(text.charAt(e + 1)) >= 0
                    && (e + 2 >= le || text.charAt(e + 2) == ' ')) break;
            if (c == ' ' && (startsWithWord(text, e + 1, "and") || startsWithWord(text, e + 1, "&")
                    || startsWithWord(text, e + 1, "or") || startsWithWord(text, e + 1, "etc"))) break;
            e++;
        }
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return new Item(s, e);
    }

    /** True when a colon follows {@code end}, on the same line: "Operating Systems: Linux" names a category. */
    static boolean isLabel(String text, int end) {
        int r = end;
        while (r < text.length() && (text.charAt(r) == ' ' || text.charAt(r) == '\t')) r++;
        return r < text.length() && text.charAt(r) == ':';
    }

    private static boolean endsWithWord(String text, int last, String w) {
        int s = last - w.length() + 1;
        if (s < 0 || !text.regionMatches(true, s, w, 0, w.length())) return false;
        return s == 0 || !Character.isLetterOrDigit(text.charAt(s - 1));
    }

    private static boolean startsWithWord(String text, int at, String w) {
        int e = at + w.length();
        if (e > text.length() || !text.regionMatches(true, at, w, 0, w.length())) return false;
        return e == text.length() || !Character.isLetterOrDigit(text.charAt(e));
    }

    /** Lower-cased words of an item joined by single spaces, punctuation folded: the key of an unknown skill. */
    static String key(String item) {
        StringBuilder b = new StringBuilder();
        for (String w : item.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+")) {
            if (w.isEmpty()) continue;
            if (b.length() > 0) b.append(' ');
            b.append(w);
        }
        return b.toString();
    }
}
