package dev.standout.extract;

import dev.standout.resume.Education;
import dev.standout.resume.Mention;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds degrees and diplomas: the degree as written ("B.Tech", "Master of Science"), its level (associate,
 * bachelor, master, doctorate, diploma), the field ("Computer Science"), the institution ("… University",
 * "… Institute of Technology", "… College") and the graduation year.
 *
 * <p>Looks in the EDUCATION sections first. Each line that names a degree starts an entry; the institution and the
 * year are taken from the same line or from the lines next to it (above, when the section puts the institution
 * first). An institution named without a degree still makes an entry. When the EDUCATION sections give nothing,
 * the rest of the resume is searched for unambiguous degree names only ("Bachelor of …", "B.Tech", "MBA",
 * "Ph.D.", "BS in …").
 *
 * <p>Stateless and safe to share between threads.
 */
public final class EducationExtractor {

    /** Subjects that belong to a degree's own name: "Bachelor of <b>Science</b>", "Master of <b>Arts</b>". */
    private static final String SUBJECTS = "(?:Science|Sciences|Arts|Engineering|Technology|Commerce|Business Administration"
            + "|Computer Applications?|Education|Fine Arts|Laws?|Philosophy|Applied Sciences?|Architecture|Pharmacy"
            + "|Medicine|Surgery|Management Studies|Management|Public Health|Social Work|Music|Nursing"
            + "|Public Administration|Design|Journalism|Dental Surgery|Physical Therapy|Business|Accountancy)"
            + "(?!\\s+(?!(?i:in|of|from|at|with|and)\\b)[A-Z][a-z])";

    /** A degree name; {@code qualified} ones ("Master", "Associate") count only as "Master's", "Master of"… */
    private record DegreePattern(Pattern pattern, String level, boolean strict, boolean qualified) {
    }

    /**
     * A degree pattern that is tried only where a match can begin: {@code first} holds every character a match of
     * {@code regex} can start with. The lookahead changes no match (every match starts with one of them); it saves
     * trying each alternative, and its look-behinds, at every position of every line.
     */
    private static Pattern compile(String first, String regex) {
        return Pattern.compile("(?=[" + first + "])(?:" + regex + ")");
    }

    private static DegreePattern p(String level, boolean strict, String first, String regex) {
        return new DegreePattern(compile(first, regex), level, strict, false);
    }

    private static DegreePattern q(String level, String first, String regex) {
        return new DegreePattern(compile(first, regex), level, true, true);
    }

    private static final Pattern QUALIFIED = Pattern.compile("(?i).*(?:'s|’s|s|degree|\\s(?:of|in)\\s.*)$");
    private static final Pattern QUALIFIED_ASSOCIATE = Pattern.compile("(?i).*(?:'s|’s|degree|\\s(?:of|in)\\s.*)$");
    private static final Pattern QUALIFIER_AFTER = Pattern.compile("(?i)^\\s+(?:of|in|degree)\\b");

    /** Degree names, most specific first; {@code strict} ones are trusted outside the EDUCATION section too. */
    private static final List<DegreePattern> DEGREES = List.of(
            p("doctorate", true, "dD", "(?i)\\b(?:doctor\\s+of\\s+" + SUBJECTS + "|doctorate(?:\\s+(?:degree|of\\s+" + SUBJECTS + "))?)\\b"),
            p("doctorate", true, "pPDE", "(?<![\\w.])(?i:ph\\.?\\s?d)\\b\\.?|(?<![\\w.])(?:D\\.Phil|DPhil|Ed\\.D)\\b\\.?"),
            q("master", "mM", "\\b(?:[Mm]aster|MASTER)(?:'s|’s|'S|s|S)?(?:\\s+(?i:degree))?(?:\\s+(?i:of|in)\\s+(?i:" + SUBJECTS + ")\\b)?"),
            p("bachelor", true, "bB", "(?i)\\bbachelor(?:'s|’s|s)?(?:\\s+degree)?(?:\\s+(?:of|in)\\s+" + SUBJECTS + "\\b)?"),
            q("associate", "aA", "\\b(?:[Aa]ssociate|ASSOCIATE)(?:'s|’s|'S|s|S)?(?:\\s+(?i:degree))?(?:\\s+(?i:of|in)\\s+(?i:" + SUBJECTS + ")\\b)?"),
            p("diploma", false, "hHpPaAdDsSmMgG", "(?i)\\b(?:high\\s+school\\s+diploma|post\\s*graduate\\s+diploma|pg\\s+diploma|advanced\\s+diploma"
                    + "|diploma|higher\\s+secondary(?:\\s+(?:school\\s+)?certificate)?|senior\\s+secondary(?:\\s+certificate)?"
                    + "|secondary\\s+school(?:\\s+leaving)?\\s+certificate|matriculation|ged)\\b"),
            p("master", true, "mMLP", "(?<![\\w.])(?i:m\\.?\\s?tech)\\b\\.?|(?<![\\w.])(?:MBA|M\\.B\\.A\\.?|MCA|M\\.C\\.A\\.?|M\\.\\s?Com|MCom"
                    + "|M\\.COM|M\\.Phil|MPhil|MPH|MFA|LLM|LL\\.M\\.?|M\\.Pharm|M\\.Ed|MEng|M\\.Eng|MRes|PGDM|PGDBA|PGDBM|MSW"
                    + "|M\\.S\\.W)(?![\\w])\\.?"),
            p("master", true, "mM", "(?<![\\w.])(?i:m\\.?\\s?sc)\\b\\.?|(?<![\\w.])M\\.S\\.?(?![\\w])|(?<![\\w.])M\\.E\\.?(?![\\w])"
                    + "|(?<![\\w.])M\\.A\\.(?![\\w])"),
            p("master", false, "M", "(?<![\\w.])(?:MS|ME|MA)(?=\\s+in\\b|\\s*\\(|\\s*,\\s*[A-Z][a-z])(?!\\s+(?:Office|Excel|Word|SQL|Project"
                    + "|Access|Dynamics|Visio|PowerPoint|Outlook|Windows|DOS)\\b)"),
            p("bachelor", true, "bBLM", "(?<![\\w.])(?i:b[.-]?\\s?tech)\\b\\.?|(?<![\\w.])(?i:b\\.?\\s?sc)\\b\\.?|(?<![\\w.])B\\.\\s?(?i:com)\\b\\.?"
                    + "|(?<![\\w.])B\\s?E(?=\\s+in\\b)|(?<![\\w.])(?:BCA|B\\.C\\.A\\.?"
                    + "|BBA|B\\.B\\.A\\.?|BBM|B\\.\\s?Com|BCom|B\\.COM|BEng|B\\.Eng|B\\.Pharm|LLB|LL\\.B\\.?|MBBS|BDS|B\\.Arch|BFA|B\\.Ed"
                    + "|BSW|B\\.S\\.W|BMS|BHM|B\\.E|B\\.S|B\\.A)(?![\\w])\\.?"),
            p("bachelor", false, "B", "(?<![\\w.])(?:BE|BS|BA)(?=\\s+in\\b|\\s*\\(|\\s*[,-]\\s*[A-Z][a-z]|\\s+[A-Z][a-z]+\\s+[A-Z]|\\s*$)"),
            p("associate", false, "A", "(?<![\\w.])(?:A\\.A\\.S\\.?|AAS|A\\.A\\.|A\\.S\\.)(?=\\s+in\\b|\\s*,)"),
            p("diploma", false, "HSCI1Xi", "(?<![\\w.])(?:HSC|H\\.S\\.C\\.?|SSC|S\\.S\\.C\\.?|SSLC|S\\.S\\.L\\.C\\.?|HSSC|CBSE|ICSE|10th|12th"
                    + "|Class\\s+(?:X|XII|10|12)|X(?:th)?|XII(?:th)?)(?![\\w])|(?i)\\bintermediate\\b(?=\\s*(?:\\(|$|,|-|\\d))"));

    private static final Pattern INSTITUTION = Pattern.compile(
            "(?i)\\b(?:university|universiteit|universidad|université|universität|college|institute|institution|school"
                    + "|academy|polytechnic|vidyalaya|vidyapeeth|vidyapith|mahavidyalaya|conservatory|seminary)\\b"
                    + "|\\b(?:IIT|NIT|IIIT|BITS|IIM|MIT|UCLA|NYU)\\b");
    private static final Pattern IN_FIELD = Pattern.compile("\\s+in\\s+[A-Z]");
    private static final Pattern FIELD_INTRO = Pattern.compile(
            "(?i)(?:(?:with\\s+)?(?:specialization|specialisation|major(?:ing)?|majors?|concentration)(?:\\s+in)?\\s*:?\\s*"
                    + "|in\\s+|of\\s+)");
    private static final Pattern INSTITUTION_AFTER = Pattern.compile(
            "\\s*(?i:school|college|institute|university|academy|vidyalaya)\\b");
    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*\\|\\s*|\\s+[-–—]+\\s+|\\s*[-–—]+\\s*$|\\t+|\\s{3,}|\\s*[,;]\\s*|\\s+(?:from|at)\\s+|\\s*[()\\[\\]]\\s*|\\s*:\\s+");
    private static final Set<String> FIELD_STOP = Set.of("from", "at", "with", "gpa", "cgpa", "percentage", "marks",
            "grade", "honors", "honours", "graduated", "expected", "class", "first", "division", "distinction",
            "score", "aggregate", "sgpa", "cpi", "pursuing", "completed", "year", "batch", "passed", "in", "of", "and");
    private static final Set<String> FIELD_CONNECTORS = Set.of("and", "&", "of", "in", "with", "for", "/", "-");

    /** Finds the degrees of a resume; see the class description. */
    public List<Education> extract(SectionedText sectioned) {
        Objects.requireNonNull(sectioned, "sectioned");
        String text = sectioned.text();
        List<Education> out = new ArrayList<>();
        for (Section s : sectioned.of(SectionType.EDUCATION)) {
            out.addAll(fromSection(text, s.contentStart(), s.end(), SectionType.EDUCATION, false));
        }
        if (out.isEmpty()) {
            for (Section s : sectioned.sections()) {
                if (s.type() == SectionType.EDUCATION) continue;
                out.addAll(fromSection(text, s.contentStart(), s.end(), s.type(), true));
            }
        }
        return List.copyOf(out);
    }

    private record Degree(String studyType, String level, String area, int start, int end, int line) {
    }

    private List<Education> fromSection(String text, int from, int to, SectionType type, boolean strictOnly) {
        List<TextLine> lines = TextLine.lines(text, from, to);
        List<Degree> degrees = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) degrees.addAll(degrees(lines.get(i), i, strictOnly));
        Set<Integer> claimed = new HashSet<>();
        for (Degree d : degrees) claimed.add(d.line());
        boolean institutionAbove = false;
        if (!degrees.isEmpty()) {
            int first = degrees.get(0).line();
            if (first > 0 && institutionIn(lines.get(first - 1), null) != null && !sameLineInstitution(lines, degrees.get(0))) {
                institutionAbove = true;
            }
        }
        List<Education> out = new ArrayList<>();
        for (int k = 0; k < degrees.size(); k++) {
            Degree d = degrees.get(k);
            int nextDegreeLine = lines.size();
            for (int j = k + 1; j < degrees.size(); j++) {
                if (degrees.get(j).line() > d.line()) {
                    nextDegreeLine = degrees.get(j).line();
                    break;
                }
            }
            boolean sharesLine = (k > 0 && degrees.get(k - 1).line() == d.line())
                    || (k + 1 < degrees.size() && degrees.get(k + 1).line() == d.line());
            List<Integer> block = new ArrayList<>();
            block.add(d.line());
            if (institutionAbove) {
                for (int j = d.line() - 1; j >= Math.max(0, d.line() - 2); j--) {
                    if (claimed.contains(j)) break;
                    block.add(j);
                    if (institutionIn(lines.get(j), null) != null) break;
                }
            }
            int after = institutionAbove ? Math.min(nextDegreeLine, d.line() + 2) : Math.min(nextDegreeLine, d.line() + 4);
            for (int j = d.line() + 1; j < after; j++) {
                if (claimed.contains(j)) break;
                if (institutionAbove && j > d.line() + 0 && institutionIn(lines.get(j), null) != null
                        && j + 1 < lines.size() && j + 1 == nextDegreeLine) break; // next entry's institution
                block.add(j);
            }
            Mention institution = null;
            String year = "";
            for (int j : block) {
                TextLine l = lines.get(j);
                if (institution == null && !(sharesLine && j == d.line() && k > 0 && degrees.get(k - 1).line() == d.line())) {
                    institution = institutionIn(l, j == d.line() ? d : null, type);
                }
            }
            for (int j : block) claimed.add(j);
            year = year(lines, block, d);
            List<Mention> mentions = new ArrayList<>();
            mentions.add(new Mention(text.substring(d.start(), d.end()), type, d.start(), d.end()));
            if (institution != null) mentions.add(institution);
            out.add(new Education(institution == null ? "" : institution.text(), d.area(), d.studyType(), d.level(),
                    year, mentions));
        }
        if (!strictOnly) {
            // institutions named without a degree
            for (int i = 0; i < lines.size(); i++) {
                if (claimed.contains(i)) continue;
                Mention m = institutionIn(lines.get(i), null, type);
                if (m == null || lines.get(i).words() > 14) continue;
                List<Integer> block = new ArrayList<>(List.of(i));
                if (i + 1 < lines.size() && !claimed.contains(i + 1)) block.add(i + 1);
                for (int j : block) claimed.add(j);
                out.add(new Education(m.text(), "", "", "", year(lines, block, null), List.of(m)));
            }
        }
        return out;
    }

    private static boolean sameLineInstitution(List<TextLine> lines, Degree d) {
        return institutionIn(lines.get(d.line()), d) != null;
    }

    /** The graduation year: the latest year named in the entry's lines (the end of a range). */
    private static String year(List<TextLine> lines, List<Integer> block, Degree d) {
        int best = 0;
        for (int j : block) {
            for (DateRange r : DateRangeParser.findAll(lines.get(j).text())) {
                int y = r.current() ? 0 : r.endYear();
                if (y > best) best = y;
            }
        }
        return best == 0 ? "" : Integer.toString(best);
    }

    /** The degrees named on one line, with their fields. */
    private List<Degree> degrees(TextLine line, int index, boolean strictOnly) {
        String t = line.text();
        List<Degree> found = new ArrayList<>();
        boolean[] taken = new boolean[t.length() + 1];
        for (DegreePattern dp : DEGREES) {
            Matcher m = dp.pattern().matcher(t);
            while (m.find()) {
                if (m.end() == m.start() || overlaps(taken, m.start(), m.end())) continue;
                if (strictOnly && !dp.strict() && !followedByField(t, m.end())) continue;
                // "Senior Secondary School", "Intermediate College": part of an institution's name
                if (INSTITUTION_AFTER.matcher(t.substring(m.end())).lookingAt()) continue;
                String studyType = t.substring(m.start(), m.end()).trim();
                if (dp.qualified() && !(dp.level().equals("associate") ? QUALIFIED_ASSOCIATE : QUALIFIED).matcher(studyType).matches()
                        && !QUALIFIER_AFTER.matcher(t.substring(m.end())).find()) continue;
                if (strictOnly && !dottedOrLong(studyType) && !followedByField(t, m.end())) continue;
                int[] field = field(t, m.end());
                String area = field == null ? "" : t.substring(field[0], field[1]);
                int end = field == null ? m.end() : field[1];
                for (int i = m.start(); i < end; i++) taken[i] = true;
                found.add(new Degree(studyType, dp.level(), area, line.start() + m.start(), line.start() + end, index));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static boolean dottedOrLong(String s) {
        return s.length() > 3 || s.indexOf('.') >= 0;
    }

    private static boolean followedByField(String t, int at) {
        return IN_FIELD.matcher(t).region(at, t.length()).lookingAt();
    }

    /** The field after a degree: "(Computer Science)", "in Mechanical Engineering", ", Information Technology". */
    private static int[] field(String t, int at) {
        int i = at;
        while (i < t.length() && (t.charAt(i) == ' ' || t.charAt(i) == '.')) i++;
        if (i >= t.length()) return null;
        if (t.charAt(i) == '(') {
            int close = t.indexOf(')', i);
            if (close > i + 2 && close - i < 70) {
                String inside = t.substring(i + 1, close).trim();
                if (!inside.isEmpty() && Character.isLetter(inside.charAt(0)) && !INSTITUTION.matcher(inside).find()
                        && DateRangeParser.findAll(inside).isEmpty() && !inside.matches("(?i)hons?\\.?|honours|honors")) {
                    return new int[]{i + 1 + t.substring(i + 1, close).indexOf(inside), i + 1 + t.substring(i + 1, close).indexOf(inside) + inside.length()};
                }
            }
            return null;
        }
        boolean comma = false;
        if (t.charAt(i) == ',' || t.charAt(i) == '-' || t.charAt(i) == '–' || t.charAt(i) == ':') {
            comma = t.charAt(i) == ',';
            i++;
            while (i < t.length() && t.charAt(i) == ' ') i++;
        }
        boolean lowercaseOk = false;
        Matcher intro = FIELD_INTRO.matcher(t).region(i, t.length());
        if (intro.lookingAt()) {
            i = intro.end();
            lowercaseOk = true;
        }
        int start = i;
        int end = i;
        int words = 0;
        int j = i;
        while (j < t.length() && words < 8) {
            int k = j;
            while (k < t.length() && !Character.isWhitespace(t.charAt(k)) && ",|;()–".indexOf(t.charAt(k)) < 0) k++;
            if (k == j) break;
            String w = t.substring(j, k);
            String lw = w.toLowerCase(Locale.ROOT).replaceAll("[.:]+$", "");
            if (w.equals("-") || Character.isDigit(w.charAt(0))) break;
            if (FIELD_STOP.contains(lw) && !(FIELD_CONNECTORS.contains(lw) && words > 0)) break;
            if (INSTITUTION.matcher(w).matches()) {
                // "Economics University of Uyo": the institution starts at its keyword;
                // "Computer Science Anna University": its own name starts a word before
                boolean ofAfter = t.startsWith(" of ", k);
                end = ofAfter ? j : Math.max(start, backOneWord(t, start, j));
                return end > start ? new int[]{start, trimEnd(t, start, end)} : null;
            }
            boolean cap = Character.isUpperCase(w.charAt(0)) || w.charAt(0) == '&';
            if (!cap && !lowercaseOk && !FIELD_CONNECTORS.contains(lw)) break;
            words++;
            end = k;
            if (w.endsWith(".") && !lw.matches("[a-z]{1,4}")) break;
            j = k;
            while (j < t.length() && t.charAt(j) == ' ') j++;
            if (j < t.length() && ",|;()–".indexOf(t.charAt(j)) >= 0) break;
        }
        if (end <= start) return null;
        end = trimEnd(t, start, end);
        String f = t.substring(start, end);
        if (comma && INSTITUTION.matcher(f).find()) return null;
        // drop trailing connectors
        while (true) {
            int sp = f.lastIndexOf(' ');
            if (sp < 0) break;
            String last = f.substring(sp + 1).toLowerCase(Locale.ROOT);
            if (!FIELD_CONNECTORS.contains(last)) break;
            f = f.substring(0, sp);
            end = start + f.length();
        }
        if (FIELD_CONNECTORS.contains(f.toLowerCase(Locale.ROOT)) || f.isBlank()) return null;
        return new int[]{start, end};
    }

    private static int backOneWord(String t, int start, int wordStart) {
        int e = wordStart;
        while (e > start && t.charAt(e - 1) == ' ') e--;
        int s = e;
        while (s > start && t.charAt(s - 1) != ' ') s--;
        if (s <= start) return start;
        // keep "of" constructions ("University of X") out of the field
        return s;
    }

    private static int trimEnd(String t, int start, int end) {
        while (end > start && (Character.isWhitespace(t.charAt(end - 1)) || ".,:;-".indexOf(t.charAt(end - 1)) >= 0)) end--;
        return end;
    }

    private static Mention institutionIn(TextLine line, Degree d) {
        return institutionIn(line, d, SectionType.EDUCATION);
    }

    /** The part of a line that names an institution, outside the degree and its field. */
    private static Mention institutionIn(TextLine line, Degree d, SectionType type) {
        String t = line.text();
        int maskFrom = d == null ? -1 : d.start() - line.start();
        int maskTo = d == null ? -1 : d.end() - line.start();
        Matcher sep = SEPARATORS.matcher(t);
        int cursor = 0;
        List<int[]> parts = new ArrayList<>();
        while (sep.find()) {
            parts.add(new int[]{cursor, sep.start()});
            cursor = sep.end();
        }
        parts.add(new int[]{cursor, t.length()});
        for (int[] p : parts) {
            int s = p[0];
            int e = p[1];
            if (maskFrom >= 0 && s < maskTo && e > maskFrom) {
                // the part holds the degree: look only after it
                if (maskTo >= e) continue;
                s = maskTo;
            }
            while (s < e && !Character.isLetterOrDigit(t.charAt(s))) s++;
            while (e > s && !Character.isLetterOrDigit(t.charAt(e - 1)) && t.charAt(e - 1) != '.') e--;
            // no trailing year ("Acme University 2005") or sentence full stop ("… Communication.")
            String tail = t.substring(s, e).replaceFirst("(?:\\s+(?:19|20)\\d\\d)+$", "");
            if (tail.endsWith(".") && tail.matches(".*\\p{L}{4,}\\.$")) tail = tail.substring(0, tail.length() - 1);
            e = s + tail.length();
            if (e <= s) continue;
            String part = t.substring(s, e);
            if (!Character.isLetter(part.charAt(0)) || part.split("\\s+").length > 8) continue;
            Matcher m = INSTITUTION.matcher(part);
            if (!m.find()) continue;
            if (part.split("\\s+").length > 10) continue;
            // a degree that names a school ("High School Diploma") is not an institution
            if (part.toLowerCase(Locale.ROOT).matches("(?:high|secondary)\\s+school(?:\\s+diploma)?")) continue;
            return new Mention(part, type, line.start() + s, line.start() + e);
        }
        return null;
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return true;
        return false;
    }
}
