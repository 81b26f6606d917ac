package dev.standout.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates and date ranges in resume text and normalizes them to ISO-8601 prefixes.
 *
 * <p>Understands month names and abbreviations ("Jan 2019", "Sept. 2017", "January, 2019", "Jan'19",
 * "15 Jan 2019"), numeric months ("03/2015", "3-2015", "2015-03", "03/15/2016"), seasons ("Summer 2018"), years
 * ("2019", "2016-18"), ranges joined by a dash, "to", "till", "until", "through" or "~", with an end of "Present",
 * "Current", "Now", "Today", "Date", "till date", "ongoing", and open ranges ("since 2018", "from May 2019",
 * "September 2017 onwards"). Years outside 1950–2049 are ignored, and so are numbers that run into other digits
 * (phone numbers, "2019%" or "$2019").
 *
 * <p>Stateless and safe to share between threads.
 */
public final class DateRangeParser {

    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final String YEAR = "((?:19[5-9]|20[0-4])\\d)";
    private static final String NOT_DIGIT_BEFORE = "(?<![\\d$£€])(?<!\\d[.,])";
    private static final String NOT_DIGIT_AFTER = "(?![\\d%]|[.,]\\d)";

    /** Alternatives for one date, most specific first. Group numbers are read in {@link #atom}. */
    private static final Pattern[] DATES = {
            // 0: 03/15/2016, 15.03.2016
            Pattern.compile(NOT_DIGIT_BEFORE + "(\\d{1,2})[/.-](\\d{1,2})[/.-]" + YEAR + NOT_DIGIT_AFTER),
            // 1: 15 Jan 2019, 1st March, 2019
            Pattern.compile("(?<![\\w])(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s*" + YEAR + NOT_DIGIT_AFTER,
                    Pattern.CASE_INSENSITIVE),
            // 2: Jan 2019, January, 2019, Jan 15, 2019, Sept. 2017, Jan-2019, Jan'19
            Pattern.compile("(?<![\\w])" + MONTH + "(?:\\s*(\\d{1,2})(?:st|nd|rd|th)?,)?[\\s,'’-]*" + YEAR
                    + NOT_DIGIT_AFTER, Pattern.CASE_INSENSITIVE),
            // 3: Jan'19, Jan ’19
            Pattern.compile("(?<![\\w])" + MONTH + "\\s*['’](\\d{2})(?!\\d)", Pattern.CASE_INSENSITIVE),
            // 4: 03/2015, 3-2015, 03.2015
            Pattern.compile(NOT_DIGIT_BEFORE + "(0?[1-9]|1[0-2])\\s?[/.-]\\s?" + YEAR + NOT_DIGIT_AFTER),
            // 5: 2015-03, 2015/03, 2015.03 (read as a month only where it cannot be a year range, see atom())
            Pattern.compile(NOT_DIGIT_BEFORE + YEAR + "[/.-](0[1-9]|1[0-2])(?![\\d%])"),
            // 6: Summer 2018
            Pattern.compile("(?<![\\w])(spring|summer|fall|autumn|winter)\\s*,?\\s*" + YEAR + NOT_DIGIT_AFTER,
                    Pattern.CASE_INSENSITIVE),
            // 7: 2019
            Pattern.compile(NOT_DIGIT_BEFORE + "(?<![\\w])" + YEAR + "(?![\\d%]|[.,]\\d|\\+)"),
    };

    private static final Pattern PRESENT = Pattern.compile(
            "(?<![\\w])(present|current(?:ly)?|now|today|date|ongoing|continuing)"
                    + "(?![\\w])", Pattern.CASE_INSENSITIVE);
    private static final String SEP = "(?:-+|–|—|~|to|till|until|through|thru|upto|up\\s+to|and|&)";
    /** What may stand between the two ends of a range: "-", "to", "- till", ",  to". */
    private static final Pattern SEPARATOR = Pattern.compile(
            "[\\s,]*" + SEP + "(?:\\s*" + SEP + ")?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_BEFORE = Pattern.compile("since\\s*:?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPEN_AFTER = Pattern.compile(
            "^\\s*(?:(?:-+|–|—|~)?\\s*(?:onwards?|ongoing|on\\s+wards)|(?:-+|–|—)\\s*$)", Pattern.CASE_INSENSITIVE);
    private static final Pattern TWO_DIGIT_END = Pattern.compile("^\\s*(?:-|–|—|to)\\s*'?(\\d{2})(?![\\d%])");
    private static final Pattern RANGE_JOIN_AT_END = Pattern.compile("(?:-+|–|—|to|till|until)\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_ONLY_START = Pattern.compile("(?<![\\w])" + MONTH + "\\s*$",
            Pattern.CASE_INSENSITIVE);

    private DateRangeParser() {
    }

    /** One date or "present", found in the text. */
    private record Atom(String iso, boolean present, int from, int to) {
    }

    /** The first date range in {@code text}, or else its first single date. */
    public static Optional<DateRange> parse(CharSequence text) {
        List<DateRange> all = findAll(text);
        for (DateRange d : all) if (d.range()) return Optional.of(d);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every date range and single date in {@code text}, in text order, not overlapping. */
    public static List<DateRange> findAll(CharSequence text) {
        List<Atom> atoms = atoms(text);
        List<DateRange> out = new ArrayList<>();
        for (int i = 0; i < atoms.size(); i++) {
            Atom a = atoms.get(i);
            if (a.present()) continue;
            Atom b = i + 1 < atoms.size() ? atoms.get(i + 1) : null;
            if (b != null && SEPARATOR.matcher(text.subSequence(a.to(), b.from())).matches()) {
                int from = openStart(text, a.from());
                String start = a.iso();
                if (b.present()) {
                    out.add(new DateRange(start, "", true, true, from, b.to()));
                } else {
                    String end = b.iso();
                    if (end.compareTo(start) < 0) { // "2019 - 2017": keep the order the dates have in time
                        String t = start;
                        start = end;
                        end = t;
                    }
                    out.add(new DateRange(start, end, false, true, from, b.to()));
                }
                i++;
                continue;
            }
            CharSequence after = restOfLine(text, a.to(), 24);
            Matcher two = TWO_DIGIT_END.matcher(after);
            if (a.iso().length() == 4 && two.find()) {
                int start = Integer.parseInt(a.iso());
                int end = start / 100 * 100 + Integer.parseInt(two.group(1));
                if (end > start && end - start <= 20) {
                    out.add(new DateRange(a.iso(), Integer.toString(end), false, true, a.from(), a.to() + two.end()));
                    continue;
                }
            }
            int openFrom = openStart(text, a.from());
            Matcher open = OPEN_AFTER.matcher(after);
            boolean onwards = open.find();
            if (openFrom < a.from() || onwards) {
                out.add(new DateRange(a.iso(), "", true, true, openFrom, onwards ? a.to() + open.end() : a.to()));
                continue;
            }
            out.add(new DateRange(a.iso(), a.iso(), false, false, a.from(), a.to()));
        }
        return List.copyOf(out);
    }

    /** Where an open range starts when "since" stands right before its date; else {@code at}. */
    private static int openStart(CharSequence text, int at) {
        CharSequence before = text.subSequence(Math.max(0, at - 10), at);
        Matcher m = OPEN_BEFORE.matcher(before);
        return m.find() ? at - before.length() + m.start() : at;
    }

    private static boolean hasDigit(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }

    private static CharSequence restOfLine(CharSequence text, int from, int max) {
        int end = from;
        int limit = Math.min(text.length(), from + max);
        while (end < limit && text.charAt(end) != '\n') end++;
        return text.subSequence(from, end);
    }

    private static List<Atom> atoms(CharSequence text) {
        List<Atom> found = new ArrayList<>();
        boolean[] taken = new boolean[text.length() + 1];
        // every date pattern needs an ASCII digit: most lines of a resume have none
        int patterns = hasDigit(text) ? DATES.length : 0;
        for (int p = 0; p < patterns; p++) {
            Matcher m = DATES[p].matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) continue;
                String iso = iso(p, m, text);
                if (iso == null) continue;
                int from = m.start();
                if (p == 2 || p == 3 || p == 6 || p == 7) {
                    // "Jan - Mar 2019": a lone month right before the range takes the year of the end
                    Atom start = monthOnlyStart(text, from, iso);
                    if (start != null && !overlaps(taken, start.from(), start.to())) {
                        mark(taken, start.from(), start.to());
                        found.add(start);
                    }
                }
                mark(taken, from, m.end());
                found.add(new Atom(iso, false, from, m.end()));
            }
        }
        Matcher m = PRESENT.matcher(text);
        while (m.find()) {
            if (overlaps(taken, m.start(), m.end())) continue;
            // "date" alone is only "present" when it ends a range ("2018 - date"); the pairing checks that
            mark(taken, m.start(), m.end());
            found.add(new Atom("", true, m.start(), m.end()));
        }
        found.sort((x, y) -> Integer.compare(x.from(), y.from()));
        return found;
    }

    private static Atom monthOnlyStart(CharSequence text, int at, String endIso) {
        CharSequence before = text.subSequence(Math.max(0, at - 24), at);
        Matcher sep = RANGE_JOIN_AT_END.matcher(before);
        if (!sep.find()) return null;
        CharSequence head = before.subSequence(0, sep.start());
        Matcher mo = MONTH_ONLY_START.matcher(head);
        if (!mo.find()) return null;
        int month = month(mo.group(1));
        String year = endIso.substring(0, 4);
        if (endIso.length() > 4 && month > Integer.parseInt(endIso.substring(5, 7))) {
            year = Integer.toString(Integer.parseInt(year) - 1);
        }
        int base = at - before.length();
        return new Atom(year + "-" + two(month), false, base + mo.start(), base + mo.end());
    }

    private static String iso(int pattern, Matcher m, CharSequence text) {
        switch (pattern) {
            case 0: {
                int a = Integer.parseInt(m.group(1));
                int b = Integer.parseInt(m.group(2));
                int month = a <= 12 ? a : (b <= 12 ? b : 0); // month first (US), else day first
                if (month == 0 || (a > 31 || b > 31)) return null;
                return m.group(3) + "-" + two(month);
            }
            case 1:
                return m.group(3) + "-" + two(month(m.group(2)));
            case 2:
                return m.group(3) + "-" + two(month(m.group(1)));
            case 3: {
                int yy = Integer.parseInt(m.group(2));
                int year = yy <= 49 ? 2000 + yy : 1900 + yy;
                if (year < 1950) return null;
                return year + "-" + two(month(m.group(1)));
            }
            case 4:
                return m.group(2) + "-" + two(Integer.parseInt(m.group(1)));
            case 5: {
                // "2010-12" as a year range (2010 to 2012) when the two digits read as a later year nearby
                int year = Integer.parseInt(m.group(1));
                int nn = Integer.parseInt(m.group(2));
                char sep = text.charAt(m.start() + 4);
                if (sep == '-' && nn > year % 100 && nn - year % 100 <= 20) return null;
                return m.group(1) + "-" + m.group(2);
            }
            case 6:
                return m.group(2);
            default:
                return m.group(1);
        }
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String[] prefixes = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int i = 0; i < prefixes.length; i++) if (n.startsWith(prefixes[i])) return i + 1;
        throw new IllegalArgumentException("not a month: " + name);
    }

    private static String two(int month) {
        return month < 10 ? "0" + month : Integer.toString(month);
    }

    private static boolean overlaps(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) if (taken[i]) return true;
        return false;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) taken[i] = true;
    }
}
