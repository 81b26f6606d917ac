package dev.standout.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DateRangeParserTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Jan 2019 – Present                  | 2019-01 |         | true",
            "January 2018 to Present             | 2018-01 |         | true",
            "November 2016 to December 2017      | 2016-11 | 2017-12 | false",
            "03/2015 - 06/2017                   | 2015-03 | 2017-06 | false",
            "03/2015-06/2017                     | 2015-03 | 2017-06 | false",
            "2015 to 2017                        | 2015    | 2017    | false",
            "2016-2018                           | 2016    | 2018    | false",
            "2016-18                             | 2016    | 2018    | false",
            "Aug 2007 to Current                 | 2007-08 |         | true",
            "04/2013 to Current                  | 2013-04 |         | true",
            "Sept. 2017 - Now                    | 2017-09 |         | true",
            "June, 2015 – July, 2017             | 2015-06 | 2017-07 | false",
            "Mar'15 - Jun'17                     | 2015-03 | 2017-06 | false",
            "2019 - till date                    | 2019    |         | true",
            "2019 till now                       | 2019    |         | true",
            "since 2018                          | 2018    |         | true",
            "September 2017 onwards              | 2017-09 |         | true",
            "2015-03 to 2017-06                  | 2015-03 | 2017-06 | false",
            "Summer 2018 - Fall 2019             | 2018    | 2019    | false",
            "Jan - Mar 2019                      | 2019-01 | 2019-03 | false",
            "15 Jan 2019 – 30 Jun 2020           | 2019-01 | 2020-06 | false",
            "(2012 – 2016)                       | 2012    | 2016    | false",
            "Dec 2019 — Ongoing                  | 2019-12 |         | true",
    })
    void parsesRanges(String text, String start, String end, boolean current) {
        DateRange d = DateRangeParser.parse(text).orElseThrow();
        assertThat(d.range()).isTrue();
        assertThat(d.start()).isEqualTo(start);
        assertThat(d.end()).isEqualTo(end == null ? "" : end);
        assertThat(d.current()).isEqualTo(current);
    }

    @Test
    void singleDateIsNotARange() {
        DateRange d = DateRangeParser.parse("Graduated May 2008 with honours").orElseThrow();
        assertThat(d.range()).isFalse();
        assertThat(d.start()).isEqualTo("2008-05");
        assertThat(d.end()).isEqualTo("2008-05");
    }

    @Test
    void offsetsCoverTheRange() {
        String text = "Senior Engineer, Acme — Jan 2019 – Present, Pune";
        DateRange d = DateRangeParser.parse(text).orElseThrow();
        assertThat(text.substring(d.from(), d.to())).isEqualTo("Jan 2019 – Present");
    }

    @Test
    void ignoresNumbersThatAreNotDates() {
        assertThat(DateRangeParser.findAll("Python 3, 94% accuracy, $2019 budget, 2019% growth, 12019 rows"))
                .isEmpty();
        assertThat(DateRangeParser.findAll("call 555 123 4567 or 1800")).isEmpty();
    }

    @Test
    void findsEveryRangeInOrder() {
        List<DateRange> all = DateRangeParser.findAll("Acme 2014 - 2016\nGlobex 2016 - Present\nB.Sc 2013");
        assertThat(all).extracting(DateRange::start).containsExactly("2014", "2016", "2013");
        assertThat(all.get(1).current()).isTrue();
        assertThat(all.get(2).range()).isFalse();
    }

    @Test
    void reversedRangeIsPutInOrder() {
        DateRange d = DateRangeParser.parse("2019 - 2017").orElseThrow();
        assertThat(d.start()).isEqualTo("2017");
        assertThat(d.end()).isEqualTo("2019");
    }
}
