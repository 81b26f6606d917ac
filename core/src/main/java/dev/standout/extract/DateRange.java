package dev.standout.extract;

import java.util.Objects;

/**
 * A date or a date range found in resume text, normalized to ISO-8601 prefixes ({@code "2019"} or
 * {@code "2019-03"}).
 *
 * @param start     the first date, never empty
 * @param end       the last date; {@code ""} for an open-ended range ({@code current}); equal to {@code start} for
 *                  a single date
 * @param current   the range runs to the present ("Present", "Current", "till date", "since 2019", "onwards")
 * @param range     true for a range ("2016 – 2018", "since 2019"), false for a single date ("May 2008")
 * @param from      offset of the first character of the match in the text that was searched
 * @param to        offset just past the match
 */
public record DateRange(String start, String end, boolean current, boolean range, int from, int to) {
    public DateRange {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (start.isEmpty()) throw new IllegalArgumentException("empty start");
        if (from < 0 || to < from) throw new IllegalArgumentException("bad offsets: " + from + ", " + to);
    }

    /** The year of the start date. */
    public int startYear() {
        return Integer.parseInt(start.substring(0, 4));
    }

    /** The year of the end date, or the start year for an open-ended range. */
    public int endYear() {
        return end.isEmpty() ? startYear() : Integer.parseInt(end.substring(0, 4));
    }
}
