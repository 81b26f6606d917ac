package dev.standout.resume;

import java.util.List;
import java.util.Objects;

/**
 * A role (JSON Resume {@code work[]}). Dates are ISO-8601 prefixes ({@code "2019"}, {@code "2019-03"}) or
 * {@code ""}; an open-ended role has an empty end date and {@code current} set.
 */
public record Work(String name, String position, String startDate, String endDate, boolean current,
                   String summary, List<Mention> mentions) {
    public Work {
        name = name == null ? "" : name;
        position = position == null ? "" : position;
        startDate = startDate == null ? "" : startDate;
        endDate = endDate == null ? "" : endDate;
        summary = summary == null ? "" : summary;
        mentions = List.copyOf(mentions);
    }
}
