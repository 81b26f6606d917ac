package dev.standout.extract;

import dev.standout.resume.Mention;
import dev.standout.resume.Work;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the roles of an EXPERIENCE section: employer, title, start and end dates (ISO prefixes), whether the role
 * is current, and the description that follows.
 *
 * <p>A role is anchored on its date range. The header lines around it are split at separators ("|", " - ", ",",
 * " at ", tabs, parentheses, "Label:") into parts, and each part is read as a title (it holds a word such as
 * "Engineer", "Manager", "Intern"), an employer (it holds "Inc", "Ltd", "Technologies", "University"…, or is
 * the part left over) or a place ("Pune", "Roswell, GA"). Layouts understood:
 * <ul>
 *   <li>"Senior Engineer, Acme Corp, Pune — Jan 2019 – Present" and "Acme Corp | Engineer | 2016-2018";</li>
 *   <li>title line, employer line, date line (the usual job-board export), and the date line first;</li>
 *   <li>labelled fields ("Company: …", "Designation: …", "Duration: …");</li>
 *   <li>resumes flattened to one line ("… Database Administrator Acme Care LLC - Roswell, GA April 2017 to
 *       Present Confirmed backups …").</li>
 * </ul>
 * When a section has no dates at all, short lines ending in a title word start the roles.
 *
 * <p>Stateless and safe to share between threads.
 */
public final class WorkExtractor {

    /** A line longer than this is a description, not a header. */
    private static final int MAX_HEADER_CHARS = 110;
    private static final int MAX_HEADER_WORDS = 14;
    /** Sections whose lines average more than this are resumes flattened to one line. */
    private static final int INLINE_LINE_CHARS = 400;

    private static final Pattern SPLIT = Pattern.compile(
            "\\s*\\|\\s*|\\s+[-–—]+(?:\\s+|$)|^[-–—]+\\s*|\\t+|\\s{3,}|\\s*[,;]\\s+|\\s+(?:at|@)\\s+|\\s*@\\s*"
                    + "|\\s*[()\\[\\]]\\s*|\\s*ï¼\\S*\\s*|\\s*[:：]\\s+|\\s+-$");
    private static final Pattern LABEL = Pattern.compile(
            "^(?i)(company(?:\\s+name)?|organi[sz]ation|employer|firm|designation|role|position|job\\s+title|title"
                    + "|duration|period|tenure|dates?|from)\\s*[:：\\-–]\\s*");
    private static final Set<String> COMPANY_LABELS = Set.of("company", "company name", "organization",
            "organisation", "employer", "firm");
    private static final Set<String> NOT_NAMES = Set.of("full time", "full-time", "part time", "part-time",
            "contract", "permanent", "temporary", "remote", "onsite", "on-site", "hybrid", "present", "current",
            "now", "freelance", "self-employed", "self employed", "work experience", "experience",
            "professional experience", "employment history", "responsibilities", "roles", "company name",
            "duration", "role", "designation", "client", "project", "projects", "till date", "to", "from", "period",
            "confidential", "testing", "months", "years");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?]$");
    private static final Set<String> ABBREVIATIONS = Set.of("inc.", "ltd.", "co.", "corp.", "pvt.", "jr.", "sr.",
            "l.l.c.", "st.", "dr.", "mr.", "ms.", "no.", "u.s.", "s.a.", "b.v.", "llc.", "limited.");
    private static final Pattern HEADING_WORDS = Pattern.compile(
            "^(?i)(?:(?:work|professional|employment|relevant|career)\\s+)?(?:experience|history|summary)\\s*[:\\-]?\\s*");
    private static final Set<String> CONNECTORS = Set.of("of", "and", "&", "the", "for", "de", "in", "/", "-", "&amp;",
            "at", "on", "a");
    private static final Pattern TRAILING_PLACE = Pattern.compile(
            "\\s+[-–—]\\s+((?:[A-Z][\\w.'’]*\\s*){1,4}(?:,\\s*[A-Z][\\w.]*(?:\\s+[A-Z][\\w.]*)?)?)\\s*[-–—]?\\s*$");

    /**
     * Finds the roles in the EXPERIENCE sections; when there are none, in OTHER sections; when the text has no
     * headings at all, in the whole text.
     */
    public List<Work> extract(SectionedText sectioned) {
        Objects.requireNonNull(sectioned, "sectioned");
        List<Section> sections = sectioned.of(SectionType.EXPERIENCE);
        if (sections.isEmpty()) sections = sectioned.of(SectionType.OTHER);
        if (sections.isEmpty() && sectioned.sections().stream().allMatch(s -> s.type() == SectionType.CONTACT)) {
            sections = sectioned.sections(); // no headings found at all: read the whole text
        }
        List<Work> out = new ArrayList<>();
        for (Section s : sections) {
            List<TextLine> lines = TextLine.lines(sectioned.text(), s.contentStart(), s.end());
            if (lines.isEmpty()) continue;
            int chars = 0;
            for (TextLine l : lines) chars += l.text().length();
            if (chars / lines.size() > INLINE_LINE_CHARS) {
                for (TextLine l : lines) out.addAll(inline(l, s.type()));
            } else {
                out.addAll(byLines(lines, s.type()));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Total years of experience: the roles' intervals merged where they overlap, so that two jobs held at once
     * count once. A role with an end year only ends in January of that year (2016–2018 is two years) and one
     * within a single year counts half a year; a role with months runs to the end of its last month; an ongoing
     * role runs to {@code asOf}. Roles without a start date are left out.
     */
    public static double totalYears(List<Work> roles, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        List<LocalDate[]> spans = new ArrayList<>();
        for (Work w : roles) {
            if (w.startDate().isEmpty()) continue;
            LocalDate start = startOf(w.startDate());
            LocalDate end;
            if (w.current() || w.endDate().isEmpty()) {
                if (!w.current()) continue;
                end = asOf;
            } else if (w.endDate().length() == 4) {
                end = LocalDate.of(Integer.parseInt(w.endDate()), 1, 1);
                if (!end.isAfter(start)) end = start.plusMonths(6);
            } else {
                end = startOf(w.endDate()).plusMonths(1);
            }
            if (end.isAfter(asOf)) end = asOf;
            if (end.isAfter(start)) spans.add(new LocalDate[]{start, end});
        }
        spans.sort(Comparator.comparing(a -> a[0]));
        long days = 0;
        LocalDate curStart = null;
        LocalDate curEnd = null;
        for (LocalDate[] s : spans) {
            if (curEnd == null || s[0].isAfter(curEnd)) {
                if (curEnd != null) days += ChronoUnit.DAYS.between(curStart, curEnd);
                curStart = s[0];
                curEnd = s[1];
            } else if (s[1].isAfter(curEnd)) {
                curEnd = s[1];
            }
        }
        if (curEnd != null) days += ChronoUnit.DAYS.between(curStart, curEnd);
        return days / 365.25;
    }

    /** {@link #totalYears(List, LocalDate)} as of today. */
    public static double totalYears(List<Work> roles) {
        return totalYears(roles, LocalDate.now());
    }

    private static LocalDate startOf(String iso) {
        int year = Integer.parseInt(iso.substring(0, 4));
        int month = iso.length() >= 7 ? Integer.parseInt(iso.substring(5, 7)) : 1;
        return LocalDate.of(year, month, 1);
    }

    // ---------------------------------------------------------------- line layouts

    private enum Kind { TITLE, COMPANY, PLACE, OTHER, SKIP }

    /** A part of a header line. */
    private record Part(String text, int start, int end, Kind kind, boolean labelled, int line) {
    }

    private record Anchor(int line, DateRange dates) {
    }

    private List<Work> byLines(List<TextLine> lines, SectionType type) {
        List<Anchor> anchors = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.text().length() > MAX_HEADER_CHARS + 40) continue;
            if (l.isBullet() && l.words() > 8) continue;
            for (DateRange d : DateRangeParser.findAll(l.text())) {
                if (d.range()) {
                    anchors.add(new Anchor(i, d));
                    break;
                }
            }
        }
        if (anchors.isEmpty()) return byTitleLines(lines, type);

        Anchor first = anchors.get(0);
        boolean headerAbove = first.line() > 0 && isHeader(lines.get(first.line() - 1));
        Set<Integer> claimed = new HashSet<>();
        for (Anchor a : anchors) claimed.add(a.line());
        List<List<Integer>> headers = new ArrayList<>();
        List<List<Part>> partsOf = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            Anchor a = anchors.get(k);
            List<Integer> header = new ArrayList<>();
            header.add(a.line());
            List<Part> parts = new ArrayList<>(parts(lines.get(a.line()), a.line(), a.dates()));
            if (!complete(parts)) {
                if (headerAbove) {
                    for (int j = a.line() - 1; j >= Math.max(0, a.line() - 2); j--) {
                        if (claimed.contains(j) || !isHeader(lines.get(j))) break;
                        List<Part> more = parts(lines.get(j), j, null);
                        parts.addAll(0, more);
                        header.add(0, j);
                        claimed.add(j);
                        if (complete(parts)) break;
                    }
                    // "Acme Systems / Annapolis, MD / Jan 2009 - May 2009 / Network Administrator"
                    int next = a.line() + 1;
                    boolean nextIsAnchor = k + 1 < anchors.size() && anchors.get(k + 1).line() <= next + 2;
                    if (!hasKind(parts, Kind.TITLE) && next < lines.size() && !claimed.contains(next) && !nextIsAnchor
                            && isHeader(lines.get(next))) {
                        List<Part> more = parts(lines.get(next), next, null);
                        if (hasKind(more, Kind.TITLE)) {
                            parts.addAll(more);
                            header.add(next);
                            claimed.add(next);
                        }
                    }
                } else {
                    int limit = k + 1 < anchors.size() ? anchors.get(k + 1).line() : lines.size();
                    for (int j = a.line() + 1; j < Math.min(limit, a.line() + 3); j++) {
                        if (claimed.contains(j) || !isHeader(lines.get(j))) break;
                        parts.addAll(parts(lines.get(j), j, null));
                        header.add(j);
                        claimed.add(j);
                        if (complete(parts)) break;
                    }
                }
            }
            headers.add(header);
            partsOf.add(parts);
        }
        List<Work> out = new ArrayList<>();
        for (int k = 0; k < anchors.size(); k++) {
            List<Integer> header = headers.get(k);
            int from = header.get(header.size() - 1) + 1;
            int to = k + 1 < anchors.size() ? headers.get(k + 1).get(0) : lines.size();
            out.add(role(partsOf.get(k), anchors.get(k).dates(), lines, from, to, type,
                    lines.get(anchors.get(k).line()).start()));
        }
        return out;
    }

    /** Roles of a section without dates: short lines ending in a title word, each with the line below. */
    private List<Work> byTitleLines(List<TextLine> lines, SectionType type) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i);
            if (l.isBullet() || !isHeader(l) || l.words() > 7) continue;
            String[] w = l.text().split("\\s+");
            if (RoleLexicon.isTitleHead(w[w.length - 1]) || LABEL.matcher(l.text()).find() && hasTitleLabel(l.text())) {
                starts.add(i);
            }
        }
        List<Work> out = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int i = starts.get(k);
            List<Part> parts = new ArrayList<>(parts(lines.get(i), i, null));
            int next = i + 1;
            if (next < lines.size() && (k + 1 >= starts.size() || starts.get(k + 1) > next)
                    && isHeader(lines.get(next)) && !lines.get(next).isBullet()) {
                List<Part> more = parts(lines.get(next), next, null);
                boolean titleAgain = more.stream().anyMatch(p -> p.kind() == Kind.TITLE);
                if (!titleAgain) {
                    parts.addAll(more);
                    next++;
                }
            }
            int to = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
            Work w = role(parts, null, lines, next, to, type, lines.get(i).start());
            if (!w.position().isEmpty()) out.add(w);
        }
        return out;
    }

    private static boolean hasTitleLabel(String line) {
        String l = line.toLowerCase(Locale.ROOT);
        return l.startsWith("designation") || l.startsWith("role") || l.startsWith("position")
                || l.startsWith("job title") || l.startsWith("title");
    }

    private static boolean hasKind(List<Part> parts, Kind kind) {
        for (Part p : parts) if (p.kind() == kind) return true;
        return false;
    }

    private static boolean complete(List<Part> parts) {
        boolean title = false;
        boolean company = false;
        for (Part p : parts) {
            if (p.kind() == Kind.TITLE) title = true;
            if (p.kind() == Kind.COMPANY) company = true;
        }
        return title && company;
    }

    /** Short, not a sentence, not a bullet of many words: a line that can name a title, employer or place. */
    static boolean isHeader(TextLine l) {
        String t = l.text();
        if (t.length() > MAX_HEADER_CHARS || l.words() > MAX_HEADER_WORDS) return false;
        if (l.isBullet() && !(t.length() > 1 && (t.charAt(0) == '-' || t.charAt(0) == '–'))) return false;
        if (SENTENCE_END.matcher(t).find()) {
            String last = t.substring(t.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            if (!ABBREVIATIONS.contains(last) && !last.matches("(?:[a-z]\\.){2,}")) return false;
        }
        int letters = 0;
        int lowerWords = 0;
        int words = 0;
        for (String w : t.split("\\s+")) {
            if (w.isEmpty()) continue;
            words++;
            char c = w.charAt(0);
            if (Character.isLowerCase(c) && !CONNECTORS.contains(w.toLowerCase(Locale.ROOT))) lowerWords++;
        }
        for (int i = 0; i < t.length(); i++) if (Character.isLetter(t.charAt(i))) letters++;
        if (letters < 2) return false;
        return lowerWords * 2 <= words || words <= 2;
    }

    /** The parts of one header line, the date range (when given) taken out. */
    private List<Part> parts(TextLine line, int index, DateRange dates) {
        String t = line.text();
        List<int[]> spans = new ArrayList<>();
        int from = 0;
        int to = t.length();
        if (dates != null) {
            spans.add(new int[]{0, dates.from()});
            spans.add(new int[]{dates.to(), to});
        } else {
            spans.add(new int[]{from, to});
        }
        // drop any other dates on the line as well
        List<int[]> pieces = new ArrayList<>();
        for (int[] sp : spans) {
            int cursor = sp[0];
            for (DateRange d : DateRangeParser.findAll(t.substring(sp[0], sp[1]))) {
                pieces.add(new int[]{cursor, sp[0] + d.from()});
                cursor = sp[0] + d.to();
            }
            pieces.add(new int[]{cursor, sp[1]});
        }
        List<Part> raw = new ArrayList<>();
        for (int[] p : pieces) {
            if (p[1] <= p[0]) continue;
            Matcher m = SPLIT.matcher(t).region(p[0], p[1]);
            int cursor = p[0];
            while (m.find()) {
                addPart(raw, t, cursor, m.start(), line, index);
                cursor = m.end();
            }
            addPart(raw, t, cursor, p[1], line, index);
        }
        return classify(raw, t, line, index);
    }

    private static void addPart(List<Part> out, String t, int s, int e, TextLine line, int index) {
        while (s < e && (Character.isWhitespace(t.charAt(s)) || "-–—,;:|•·".indexOf(t.charAt(s)) >= 0)) s++;
        while (e > s && (Character.isWhitespace(t.charAt(e - 1)) || "-–—,;:|•·".indexOf(t.charAt(e - 1)) >= 0)) e--;
        if (e <= s) return;
        String text = t.substring(s, e);
        int letters = 0;
        for (int i = 0; i < text.length(); i++) if (Character.isLetter(text.charAt(i))) letters++;
        if (letters == 0) return;
        out.add(new Part(text, line.start() + s, line.start() + e, Kind.OTHER, false, index));
    }

    private List<Part> classify(List<Part> raw, String lineText, TextLine line, int index) {
        List<Part> out = new ArrayList<>();
        // a label at the start of the line decides the kind of the part after it
        Matcher lab = LABEL.matcher(lineText);
        Kind labelled = null;
        if (lab.find()) {
            String name = lab.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (COMPANY_LABELS.contains(name)) labelled = Kind.COMPANY;
            else if (name.startsWith("duration") || name.startsWith("period") || name.startsWith("tenure")
                    || name.startsWith("date") || name.equals("from")) labelled = Kind.SKIP;
            else labelled = Kind.TITLE;
        }
        for (int i = 0; i < raw.size(); i++) {
            Part p = raw.get(i);
            String lower = p.text().toLowerCase(Locale.ROOT);
            if (labelled != null && i == 0 && LABEL.matcher(p.text() + ": ").lookingAt()) {
                continue; // the label itself
            }
            if (labelled != null && (out.isEmpty() || i <= 1)) {
                out.add(new Part(p.text(), p.start(), p.end(), labelled, true, index));
                continue;
            }
            if (NOT_NAMES.contains(lower)) continue;
            // a suffix split off by a comma ("Acme Solutions, Inc.") joins the part before it
            if (!out.isEmpty() && RoleLexicon.isCompanyWord(p.text()) && p.text().split("\\s+").length == 1) {
                Part prev = out.remove(out.size() - 1);
                String joined = line.text().substring(prev.start() - line.start(), p.end() - line.start());
                out.add(new Part(joined, prev.start(), p.end(), Kind.COMPANY, prev.labelled(), index));
                continue;
            }
            // "Roswell, GA": an unknown town before a state names a place when a name stands before it
            if (i + 1 < raw.size() && !out.isEmpty() && !RoleLexicon.isPlace(p.text())) {
                Part q = raw.get(i + 1);
                String pair = p.text() + ", " + q.text();
                if (RoleLexicon.isPlace(q.text()) && RoleLexicon.isPlace(pair) && !hasTitleHead(p.text())
                        && !hasCompanyWord(p.text()) && p.text().split("\\s+").length <= 3) {
                    out.add(new Part(pair, p.start(), q.end(), Kind.PLACE, false, index));
                    i++;
                    continue;
                }
            }
            out.addAll(kinds(p));
        }
        return out;
    }

    /** Reads one part as title, employer or place; a part holding both a title and an employer is split. */
    private static List<Part> kinds(Part p) {
        if (RoleLexicon.isPlace(p.text())) return List.of(withKind(p, Kind.PLACE));
        String[] words = p.text().split("\\s+");
        int head = -1;
        int strong = -1;
        int weak = -1;
        for (int i = 0; i < words.length; i++) {
            if (RoleLexicon.isTitleHead(words[i])) head = i;
            if (RoleLexicon.isStrongCompanyWord(words[i]) && strong < 0) strong = i;
            else if (RoleLexicon.isCompanyWord(words[i]) && weak < 0) weak = i;
        }
        // "Infosys Limited Senior Systems Engineer", "Systems Engineer Acme Solutions"
        int company = strong >= 0 ? strong : (weak > head && head >= 0 ? weak : -1);
        if (head >= 0 && company >= 0 && head != company) {
            int cut = company < head ? lastCompanyWord(words, company, head) + 1 : head + 1;
            if (cut < words.length && cut > 0) {
                int offset = nthWordEnd(p.text(), cut);
                Part a = new Part(p.text().substring(0, offset).trim(), p.start(), p.start() + offset, Kind.OTHER, false, p.line());
                int restStart = offset;
                while (restStart < p.text().length() && Character.isWhitespace(p.text().charAt(restStart))) restStart++;
                Part b = new Part(p.text().substring(restStart), p.start() + restStart, p.end(), Kind.OTHER, false, p.line());
                if (company < head) return List.of(withKind(a, Kind.COMPANY), withKind(b, Kind.TITLE));
                return List.of(withKind(a, Kind.TITLE), withKind(b, Kind.COMPANY));
            }
        }
        if (head >= 0 && head < words.length - 1 && strong < 0 && capitalizedWithoutTitle(words, head + 1)) {
            // "Network Analyst Contoso Manufacturing"
            return splitRun(p);
        }
        if (head >= 0 && (strong < 0 || strong < head)) return List.of(withKind(p, Kind.TITLE));
        if (strong >= 0 || weak >= 0) return List.of(withKind(p, Kind.COMPANY));
        return List.of(p);
    }

    private static boolean capitalizedWithoutTitle(String[] words, int from) {
        for (int i = from; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || RoleLexicon.isTitleHead(w)
                    || RoleLexicon.TITLE_MODIFIERS.contains(RoleLexicon.clean(w))) return false;
        }
        return true;
    }

    /** The last word of a run of company words that starts at {@code from}, before {@code limit}. */
    private static int lastCompanyWord(String[] words, int from, int limit) {
        int last = from;
        for (int i = from + 1; i < limit; i++) {
            if (RoleLexicon.isStrongCompanyWord(words[i])) last = i;
            else break;
        }
        return last;
    }

    private static int nthWordEnd(String s, int n) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (space && in) {
                count++;
                if (count == n) return i;
            }
            in = !space;
        }
        return s.length();
    }

    private static Part withKind(Part p, Kind k) {
        return new Part(p.text(), p.start(), p.end(), k, p.labelled(), p.line());
    }

    private static boolean hasTitleHead(String s) {
        for (String w : s.split("\\s+")) if (RoleLexicon.isTitleHead(w)) return true;
        return false;
    }

    private static boolean hasCompanyWord(String s) {
        for (String w : s.split("\\s+")) if (RoleLexicon.isCompanyWord(w)) return true;
        return false;
    }

    private Work role(List<Part> parts, DateRange dates, List<TextLine> lines, int descFrom, int descTo,
                      SectionType type, int dateLineStart) {
        Part title = null;
        Part company = null;
        for (Part p : parts) if (p.kind() == Kind.TITLE && p.labelled()) title = title == null ? p : title;
        for (Part p : parts) if (p.kind() == Kind.COMPANY && p.labelled()) company = company == null ? p : company;
        for (Part p : parts) if (title == null && p.kind() == Kind.TITLE) title = p;
        for (Part p : parts) if (company == null && p.kind() == Kind.COMPANY && p != title) company = p;
        List<Part> others = new ArrayList<>();
        for (Part p : parts) if (p.kind() == Kind.OTHER && nameLike(p.text())) others.add(p);
        if (title == null && company == null && others.size() >= 2) {
            title = others.get(0);
            company = others.get(1);
        } else if (company == null && !others.isEmpty()) {
            for (Part p : others) {
                if (p != title) {
                    company = p;
                    break;
                }
            }
        } else if (title == null && !others.isEmpty()) {
            for (Part p : others) {
                if (p != company) {
                    title = p;
                    break;
                }
            }
        }
        StringBuilder summary = new StringBuilder();
        for (int i = descFrom; i < descTo && i < lines.size(); i++) {
            if (summary.length() > 0) summary.append('\n');
            summary.append(lines.get(i).text());
        }
        List<Mention> mentions = new ArrayList<>();
        if (title != null) mentions.add(new Mention(title.text(), type, title.start(), title.end()));
        if (company != null) mentions.add(new Mention(company.text(), type, company.start(), company.end()));
        if (dates != null) {
            mentions.add(new Mention(lines.isEmpty() ? "" : textOf(lines, dateLineStart, dates),
                    type, dateLineStart + dates.from(), dateLineStart + dates.to()));
        }
        return new Work(company == null ? "" : company.text(), title == null ? "" : title.text(),
                dates == null ? "" : dates.start(), dates == null ? "" : dates.end(),
                dates != null && dates.current(), summary.toString(), mentions);
    }

    /** A part that can stand for a title or an employer on its own: starts with a capital or digit, few words. */
    private static boolean nameLike(String s) {
        if (s.isEmpty() || TextLine.BULLETS.indexOf(s.charAt(0)) >= 0) return false;
        char c = s.charAt(0);
        if (!Character.isUpperCase(c) && !Character.isDigit(c)) return false;
        return s.split("\\s+").length <= 6 && !NOT_NAMES.contains(s.toLowerCase(Locale.ROOT));
    }

    private static String textOf(List<TextLine> lines, int lineStart, DateRange d) {
        for (TextLine l : lines) {
            if (l.start() == lineStart) return l.text().substring(d.from(), d.to());
        }
        return "";
    }

    // ---------------------------------------------------------------- one-line resumes

    private List<Work> inline(TextLine line, SectionType type) {
        String t = line.text();
        List<DateRange> ranges = new ArrayList<>();
        for (DateRange d : DateRangeParser.findAll(t)) if (d.range()) ranges.add(d);
        List<Work> out = new ArrayList<>();
        List<int[]> heads = new ArrayList<>(); // start of each role's header run, in t
        List<Part[]> found = new ArrayList<>();
        int previousEnd = 0;
        for (DateRange d : ranges) {
            int windowStart = Math.max(previousEnd, d.from() - 220);
            String before = t.substring(windowStart, d.from());
            Part place = null;
            int runEnd = before.length();
            Matcher pm = TRAILING_PLACE.matcher(before);
            if (pm.find()) {
                place = new Part(pm.group(1).trim(), line.start() + windowStart + pm.start(1),
                        line.start() + windowStart + pm.start(1) + pm.group(1).trim().length(), Kind.PLACE, false, 0);
                runEnd = pm.start();
            }
            // walk back over capitalized words and connectors
            String[] words = before.substring(0, runEnd).split("(?<=\\s)(?=\\S)");
            int runStart = runEnd;
            int taken = 0;
            int pos = runEnd;
            for (int w = words.length - 1; w >= 0 && taken < 12; w--) {
                String word = words[w].trim();
                pos -= words[w].length();
                if (word.isEmpty()) continue;
                String lower = word.toLowerCase(Locale.ROOT);
                boolean cap = Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0));
                boolean sentenceEnd = word.matches(".*[.!?:;)]$") && !ABBREVIATIONS.contains(lower);
                if (taken > 0 && sentenceEnd) break;
                if (!cap && !CONNECTORS.contains(lower)) break;
                runStart = pos;
                taken++;
            }
            String run = before.substring(runStart, runEnd).trim();
            // "SQL Server 2005, 2008, 2012, 2014 - 2016": a list of versions, not a role
            String lead = before.substring(0, runEnd).stripTrailing();
            boolean listed = lead.endsWith(",") || (!lead.isEmpty() && Character.isDigit(lead.charAt(lead.length() - 1)));
            boolean titled = false;
            for (String w : run.split("\\s+")) titled |= RoleLexicon.isTitleHead(w);
            if (listed || (place == null && !titled)) {
                heads.add(new int[]{d.from()});
                found.add(new Part[]{null, null, null});
                previousEnd = d.to();
                continue;
            }
            int runOffset = windowStart + runStart + (before.substring(runStart, runEnd).indexOf(run.isEmpty() ? " " : run));
            Matcher h = HEADING_WORDS.matcher(run);
            if (h.find() && h.end() > 0 && h.end() < run.length()) {
                runOffset += h.end();
                run = run.substring(h.end());
            }
            while (!run.isEmpty() && CONNECTORS.contains(run.split("\\s+")[0].toLowerCase(Locale.ROOT))) {
                int cut = run.indexOf(' ');
                if (cut < 0) {
                    run = "";
                    break;
                }
                runOffset += cut + 1;
                run = run.substring(cut + 1);
            }
            Part title = null;
            Part company = null;
            if (!run.isEmpty()) {
                Part all = new Part(run, line.start() + runOffset, line.start() + runOffset + run.length(), Kind.OTHER, false, 0);
                List<Part> ks = splitRun(all);
                for (Part p : ks) {
                    if (p.kind() == Kind.TITLE && title == null) title = p;
                    else if (p.kind() == Kind.COMPANY && company == null) company = p;
                }
                if (title == null && company == null) title = all;
            }
            heads.add(new int[]{run.isEmpty() ? d.from() : runOffset});
            found.add(new Part[]{title, company, place});
            previousEnd = d.to();
        }
        for (int k = 0; k < ranges.size(); k++) {
            DateRange d = ranges.get(k);
            int descEnd = k + 1 < ranges.size() ? heads.get(k + 1)[0] : t.length();
            String summary = descEnd > d.to() ? t.substring(d.to(), descEnd).trim() : "";
            Part title = found.get(k)[0];
            Part company = found.get(k)[1];
            if (title == null && company == null) continue;
            List<Mention> mentions = new ArrayList<>();
            if (title != null) mentions.add(new Mention(title.text(), type, title.start(), title.end()));
            if (company != null) mentions.add(new Mention(company.text(), type, company.start(), company.end()));
            mentions.add(new Mention(t.substring(d.from(), d.to()), type, line.start() + d.from(), line.start() + d.to()));
            out.add(new Work(company == null ? "" : company.text(), title == null ? "" : title.text(), d.start(),
                    d.end(), d.current(), summary, mentions));
        }
        return out;
    }

    /** "Database Administrator Acme Care LLC": title up to the last title word, employer after it. */
    private static List<Part> splitRun(Part run) {
        String[] words = run.text().split("\\s+");
        int head = -1;
        for (int i = 0; i < words.length - 1; i++) {
            if (RoleLexicon.isTitleHead(words[i]) && Character.isUpperCase(words[i + 1].charAt(0))
                    && !RoleLexicon.isTitleHead(words[i + 1])) {
                head = i;
            }
        }
        if (head < 0) {
            if (RoleLexicon.isTitleHead(words[words.length - 1])) return List.of(withKind(run, Kind.TITLE));
            return kinds(run);
        }
        int cut = nthWordEnd(run.text(), head + 1);
        int rest = cut;
        while (rest < run.text().length() && Character.isWhitespace(run.text().charAt(rest))) rest++;
        return List.of(
                new Part(run.text().substring(0, cut), run.start(), run.start() + cut, Kind.TITLE, false, 0),
                new Part(run.text().substring(rest), run.start() + rest, run.end(), Kind.COMPANY, false, 0));
    }
}
