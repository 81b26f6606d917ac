package dev.standout.extract;

import dev.standout.resume.Education;
import dev.standout.resume.Mention;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standout.section.SectionType.EDUCATION;
import static org.assertj.core.api.Assertions.assertThat;

class EducationExtractorTest {

    private final EducationExtractor extractor = new EducationExtractor();

    private List<Education> education(String content) {
        return extractor.extract(Texts.sections(EDUCATION, content));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "B.Tech in Computer Science                       | B.Tech                 | bachelor  | Computer Science",
            "B.E. (Mechanical Engineering)                    | B.E.                   | bachelor  | Mechanical Engineering",
            "BSc Physics                                      | BSc                    | bachelor  | Physics",
            "B.S. in Electrical Engineering                   | B.S.                   | bachelor  | Electrical Engineering",
            "BA in Economics                                  | BA                     | bachelor  | Economics",
            "BCA                                              | BCA                    | bachelor  | ''",
            "Bachelor of Science in Computer Science          | Bachelor of Science    | bachelor  | Computer Science",
            "Bachelor's Degree in Business Studies            | Bachelor's Degree      | bachelor  | Business Studies",
            "MBA (Finance)                                    | MBA                    | master    | Finance",
            "M.Tech in VLSI Design                            | M.Tech                 | master    | VLSI Design",
            "MSc Data Science                                 | MSc                    | master    | Data Science",
            "MS in Computer Science                           | MS                     | master    | Computer Science",
            "MCA                                              | MCA                    | master    | ''",
            "Master of Computer Applications                  | Master of Computer Applications | master | ''",
            "Masters in Environmental Engineering             | Masters                | master    | Environmental Engineering",
            "Ph.D. in Computational Biology                   | Ph.D.                  | doctorate | Computational Biology",
            "PhD, Statistics                                  | PhD                    | doctorate | Statistics",
            "Doctor of Philosophy in Industrial Engineering   | Doctor of Philosophy   | doctorate | Industrial Engineering",
            "Associate of Applied Science in Nursing          | Associate of Applied Science | associate | Nursing",
            "Diploma in Computer Technology                   | Diploma                | diploma   | Computer Technology",
            "High School Diploma                              | High School Diploma    | diploma   | ''",
            "HSC                                              | HSC                    | diploma   | ''",
            "SSC                                              | SSC                    | diploma   | ''",
    })
    void readsDegreeLevelAndField(String line, String studyType, String level, String area) {
        List<Education> e = education(line + "\n");
        assertThat(e).isNotEmpty();
        assertThat(e.get(0).studyType()).isEqualTo(studyType);
        assertThat(e.get(0).level()).isEqualTo(level);
        assertThat(e.get(0).area()).isEqualTo(area);
    }

    @Test
    void takesInstitutionAndYearFromTheLinesBelow() {
        List<Education> e = education("""
                B.E in Computer Science Engineering

                Lakeside Institute of Technology -  Chennai, Tamil Nadu

                September 2008 to June 2012

                Class XII
                Greenfield Senior Secondary School
                2008
                """);
        assertThat(e).hasSize(2);
        assertThat(e.get(0).institution()).isEqualTo("Lakeside Institute of Technology");
        assertThat(e.get(0).endDate()).isEqualTo("2012");
        assertThat(e.get(0).area()).isEqualTo("Computer Science Engineering");
        assertThat(e.get(1).level()).isEqualTo("diploma");
        assertThat(e.get(1).institution()).isEqualTo("Greenfield Senior Secondary School");
        assertThat(e.get(1).endDate()).isEqualTo("2008");
    }

    @Test
    void readsOneLineEntries() {
        List<Education> e = education("""
                Bachelor of Science in Computer Science, May 2008, Riverbend State University, Normal, IL
                M.S. in Data Science | University of Northland | 2010
                """);
        assertThat(e).extracting(Education::institution)
                .containsExactly("Riverbend State University", "University of Northland");
        assertThat(e).extracting(Education::endDate).containsExactly("2008", "2010");
    }

    @Test
    void readsInstitutionFirstLayout() {
        List<Education> e = education("""
                Hillcrest University, Springfield
                MBA, Marketing, 2015
                Oakridge College
                B.Com, 2012
                """);
        assertThat(e).hasSize(2);
        assertThat(e.get(0).institution()).isEqualTo("Hillcrest University");
        assertThat(e.get(0).studyType()).isEqualTo("MBA");
        assertThat(e.get(0).area()).isEqualTo("Marketing");
        assertThat(e.get(1).institution()).isEqualTo("Oakridge College");
        assertThat(e.get(1).level()).isEqualTo("bachelor");
    }

    @Test
    void keepsAnInstitutionWithoutDegree() {
        List<Education> e = education("Westbrook Polytechnic, 2014\n");
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.institution()).isEqualTo("Westbrook Polytechnic");
            assertThat(x.level()).isEmpty();
            assertThat(x.endDate()).isEqualTo("2014");
        });
    }

    @Test
    void ignoresWordsThatOnlyLookLikeDegrees() {
        SectionedText st = Texts.sections(SectionType.SKILLS, "MS Office, MS Excel, Scrum Master, Master Data Management\n",
                SectionType.EXPERIENCE, "Associate Consultant, Jackson Associates, 2015 - 2018\nBE the change.\n");
        assertThat(extractor.extract(st)).isEmpty();
    }

    @Test
    void looksElsewhereWhenThereIsNoEducationSection() {
        SectionedText st = Texts.sections(SectionType.SUMMARY,
                "Magna cum laude graduate with a BS in Computer Science from Lakeview University.\n");
        List<Education> e = extractor.extract(st);
        assertThat(e).singleElement().satisfies(x -> {
            assertThat(x.level()).isEqualTo("bachelor");
            assertThat(x.area()).isEqualTo("Computer Science");
            assertThat(x.mentions().get(0).section()).isEqualTo(SectionType.SUMMARY);
        });
    }

    @Test
    void mentionsPointIntoTheText() {
        SectionedText st = Texts.sections(EDUCATION, "M.Tech in VLSI Design, Eastfield Institute of Technology, 2019\n");
        Education e = extractor.extract(st).get(0);
        for (Mention m : e.mentions()) assertThat(st.text().substring(m.start(), m.end())).isEqualTo(m.text());
        assertThat(e.mentions()).extracting(Mention::text).containsExactly("M.Tech in VLSI Design", "Eastfield Institute of Technology");
    }
}
