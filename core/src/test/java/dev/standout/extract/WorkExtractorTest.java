package dev.standout.extract;

import dev.standout.resume.Mention;
import dev.standout.resume.Work;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static dev.standout.section.SectionType.EXPERIENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkExtractorTest {

    private final WorkExtractor extractor = new WorkExtractor();

    private List<Work> roles(String experience) {
        return extractor.extract(Texts.sections(EXPERIENCE, experience, SectionType.SKILLS, "Java, SQL"));
    }

    @Test
    void readsTitleCompanyCityAndDatesOnOneLine() {
        List<Work> w = roles("""
                Senior Engineer, Acme Corp, Pune — Jan 2019 – Present
                • Built the billing service.
                Software Developer, Globex Inc, Mumbai — Jun 2016 – Dec 2018
                • Maintained the reporting tool.
                """);
        assertThat(w).hasSize(2);
        assertThat(w.get(0).position()).isEqualTo("Senior Engineer");
        assertThat(w.get(0).name()).isEqualTo("Acme Corp");
        assertThat(w.get(0).startDate()).isEqualTo("2019-01");
        assertThat(w.get(0).endDate()).isEmpty();
        assertThat(w.get(0).current()).isTrue();
        assertThat(w.get(0).summary()).contains("billing service");
        assertThat(w.get(1).name()).isEqualTo("Globex Inc");
        assertThat(w.get(1).endDate()).isEqualTo("2018-12");
        assertThat(w.get(1).current()).isFalse();
    }

    @Test
    void readsPipeSeparatedCompanyFirst() {
        List<Work> w = roles("""
                Initrode Technologies | Data Analyst | 2016-2018
                Cleaned sales data for the regional teams.
                """);
        assertThat(w).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Initrode Technologies");
            assertThat(r.position()).isEqualTo("Data Analyst");
            assertThat(r.startDate()).isEqualTo("2016");
            assertThat(r.endDate()).isEqualTo("2018");
        });
    }

    @Test
    void readsTitleLineThenCompanyLineThenDateLine() {
        List<Work> w = roles("""
                Senior Software Engineer

                Northwind Lending -  Bangalore, Karnataka -

                January 2018 to Present

                Staff Consultant

                Oracle -  Hyderabad, Telangana -

                November 2014 to December 2017

                • Designed batch jobs.
                """);
        assertThat(w).extracting(Work::position).containsExactly("Senior Software Engineer", "Staff Consultant");
        assertThat(w).extracting(Work::name).containsExactly("Northwind Lending", "Oracle");
        assertThat(w.get(1).startDate()).isEqualTo("2014-11");
        assertThat(w.get(1).endDate()).isEqualTo("2017-12");
        assertThat(w.get(1).summary()).isEqualTo("• Designed batch jobs.");
    }

    @Test
    void readsDateLineFirst() {
        List<Work> w = roles("""
                03/2015 - 06/2017
                Network Analyst Contoso Manufacturing - Atlanta, GA
                Replaced 40 switches across two plants.
                2012 to 2015
                Help Desk Technician, Fabrikam Ltd
                Answered tickets.
                """);
        assertThat(w).hasSize(2);
        assertThat(w.get(0).position()).isEqualTo("Network Analyst");
        assertThat(w.get(0).name()).isEqualTo("Contoso Manufacturing");
        assertThat(w.get(0).startDate()).isEqualTo("2015-03");
        assertThat(w.get(0).endDate()).isEqualTo("2017-06");
        assertThat(w.get(1).position()).isEqualTo("Help Desk Technician");
        assertThat(w.get(1).name()).isEqualTo("Fabrikam Ltd");
        assertThat(w.get(1).startDate()).isEqualTo("2012");
    }

    @Test
    void readsLabelledFields() {
        List<Work> w = roles("""
                Company: Tailspin Toys Pvt Ltd
                Designation: QA Lead
                Duration: Aug 2013 - till date
                Led a team of four testers.
                """);
        assertThat(w).singleElement().satisfies(r -> {
            assertThat(r.name()).isEqualTo("Tailspin Toys Pvt Ltd");
            assertThat(r.position()).isEqualTo("QA Lead");
            assertThat(r.startDate()).isEqualTo("2013-08");
            assertThat(r.current()).isTrue();
        });
    }

    @Test
    void readsTitleAtCompany() {
        List<Work> w = roles("Data Engineer at Wingtip Analytics (2020 - 2022)\nBuilt pipelines.");
        assertThat(w).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("Data Engineer");
            assertThat(r.name()).isEqualTo("Wingtip Analytics");
            assertThat(r.startDate()).isEqualTo("2020");
            assertThat(r.endDate()).isEqualTo("2022");
        });
    }

    @Test
    void readsResumesFlattenedToOneLine() {
        String line = "Database Administrator Bluebird Care LLC - Roswell, GA April 2017 to Present Confirmed that"
                + " backups were saved and restored the weekly copies for the payroll systems of the office. "
                + "Database Administrator Lagos Registry - Lagos, GU December 2008 to August 2011 Responsibilities"
                + " Planned the backup and recovery of the database and monitored the performance of the servers"
                + " across the three regional offices of the registry and reported to management each week.";
        List<Work> w = extractor.extract(Texts.single(EXPERIENCE, line));
        assertThat(w).hasSize(2);
        assertThat(w.get(0).position()).isEqualTo("Database Administrator");
        assertThat(w.get(0).name()).isEqualTo("Bluebird Care LLC");
        assertThat(w.get(0).current()).isTrue();
        assertThat(w.get(0).summary()).startsWith("Confirmed that backups");
        assertThat(w.get(1).name()).isEqualTo("Lagos Registry");
        assertThat(w.get(1).startDate()).isEqualTo("2008-12");
        assertThat(w.get(1).endDate()).isEqualTo("2011-08");
    }

    @Test
    void findsRolesWithoutDatesFromTitleLines() {
        List<Work> w = roles("""
                Associate Software Engineer
                Contoso
                • Wrote automation scripts in Python.
                """);
        assertThat(w).singleElement().satisfies(r -> {
            assertThat(r.position()).isEqualTo("Associate Software Engineer");
            assertThat(r.name()).isEqualTo("Contoso");
            assertThat(r.startDate()).isEmpty();
        });
    }

    @Test
    void mentionsPointIntoTheText() {
        SectionedText st = Texts.sections(EXPERIENCE, "Senior Engineer, Acme Corp, Pune — Jan 2019 – Present\n");
        Work w = extractor.extract(st).get(0);
        for (Mention m : w.mentions()) {
            assertThat(st.text().substring(m.start(), m.end())).isEqualTo(m.text());
            assertThat(m.section()).isEqualTo(EXPERIENCE);
        }
        assertThat(w.mentions()).extracting(Mention::text).contains("Senior Engineer", "Acme Corp", "Jan 2019 – Present");
    }

    @Test
    void totalYearsMergesOverlappingRoles() {
        List<Work> w = List.of(
                new Work("A", "Engineer", "2015-01", "2017-12", false, "", List.of()),
                new Work("B", "Consultant", "2017-01", "2018-12", false, "", List.of()), // overlaps A by a year
                new Work("C", "Lead", "2020-01", "", true, "", List.of()),
                new Work("D", "Mentor", "2021-01", "", true, "", List.of())); // inside C
        double years = WorkExtractor.totalYears(w, LocalDate.of(2022, 1, 1));
        assertThat(years).isCloseTo(4.0 + 2.0, within(0.02));
    }

    @Test
    void totalYearsReadsYearOnlyRanges() {
        List<Work> w = List.of(new Work("A", "Engineer", "2016", "2018", false, "", List.of()),
                new Work("B", "Intern", "2015", "2015", false, "", List.of()));
        assertThat(WorkExtractor.totalYears(w, LocalDate.of(2024, 1, 1))).isCloseTo(2.5, within(0.02));
        assertThat(WorkExtractor.totalYears(List.of(), LocalDate.of(2024, 1, 1))).isZero();
    }
}
