package dev.standout.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standout.parse.TextNormalizer;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SectionSegmenterTest {

    private final SectionSegmenter segmenter = new SectionSegmenter();

    private SectionedText segment(String raw) {
        SectionedText st = segmenter.segment(TextNormalizer.normalize(raw));
        assertCoversText(st);
        return st;
    }

    private static List<SectionType> types(SectionedText st) {
        return st.sections().stream().map(Section::type).toList();
    }

    private static List<String> headings(SectionedText st) {
        return st.sections().stream().map(Section::heading).toList();
    }

    /** Sections start at 0, follow one another without gaps and end at the text's end. */
    static void assertCoversText(SectionedText st) {
        List<Section> sections = st.sections();
        assertThat(sections).isNotEmpty();
        assertThat(sections.get(0).start()).isZero();
        for (int i = 1; i < sections.size(); i++) {
            assertThat(sections.get(i).start()).isEqualTo(sections.get(i - 1).end());
        }
        assertThat(sections.get(sections.size() - 1).end()).isEqualTo(st.text().length());
    }

    private static String resumeWith(String heading, String content) {
        return "Jane Roe\njane.roe@example.org\n\n" + heading + "\n" + content + "\n";
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "Relevant Experience | EXPERIENCE",
        "Professional Experience | EXPERIENCE",
        "Work History | EXPERIENCE",
        "Employment History | EXPERIENCE",
        "Career History | EXPERIENCE",
        "EXPERIENCE | EXPERIENCE",
        "Work Experience: | EXPERIENCE",
        "PROFESSIONAL  EXPERIENCE: | EXPERIENCE",
        "Experience & Projects | EXPERIENCE",
        "Internships | EXPERIENCE",
        "Licenses & Certifications | CERTIFICATIONS",
        "Certifications | CERTIFICATIONS",
        "Certificates | CERTIFICATIONS",
        "Courses | CERTIFICATIONS",
        "Training & Certifications | CERTIFICATIONS",
        "Professional Development | CERTIFICATIONS",
        "Technical Skills | SKILLS",
        "Core Competencies | SKILLS",
        "Skills & Tools | SKILLS",
        "Technologies | SKILLS",
        "Areas of Expertise | SKILLS",
        "KEY SKILLS: | SKILLS",
        "Tech Stack | SKILLS",
        "Academic Projects | PROJECTS",
        "Personal Projects | PROJECTS",
        "Key Projects | PROJECTS",
        "Side Projects | PROJECTS",
        "Open Source Contributions | PROJECTS",
        "Summary | SUMMARY",
        "Profile | SUMMARY",
        "Objective | SUMMARY",
        "Career Objective | SUMMARY",
        "About Me | SUMMARY",
        "Professional Summary | SUMMARY",
        "Education | EDUCATION",
        "Educational Qualifications | EDUCATION",
        "Academic Background | EDUCATION",
        "EDUCATION & TRAINING | EDUCATION",
        "Awards | AWARDS",
        "Honors & Awards | AWARDS",
        "Achievements | AWARDS",
        "Accomplishments | AWARDS",
        "Publications | PUBLICATIONS",
        "Patents | PUBLICATIONS",
        "Volunteer Experience | VOLUNTEER",
        "Community Service | VOLUNTEER",
        "Languages | LANGUAGES",
        "Interests | INTERESTS",
        "Hobbies & Interests | INTERESTS",
        "References | OTHER",
        "Personal Details | OTHER",
        "Declaration | OTHER",
        "Additional Information | OTHER",
        "E X P E R I E N C E | EXPERIENCE",
        "— Education — | EDUCATION",
        "TECHINICAL SKILLS | SKILLS",
        "Projects under taken | PROJECTS",
        "COURSES TAUGHT | EXPERIENCE",
        "Projects and Competitions | PROJECTS",
    })
    void mapsHeadingWordingsToTheirCanonicalSection(String heading, SectionType expected) {
        String content = expected == SectionType.LANGUAGES ? "English, French" : "Something worth reading here";
        SectionedText st = segment(resumeWith(heading, content));
        assertThat(types(st)).containsExactly(SectionType.CONTACT, expected);
        assertThat(st.sections().get(1).content(st.text()).strip()).isEqualTo(content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"WORK EXPERIENCE", "Work Experience", "Work experience", "work experience:",
        "Work Experience :", "WORK EXPERIENCE -", "== Work Experience =="})
    void acceptsCapitalsTitleCaseSentenceCaseAndDecoration(String heading) {
        SectionedText st = segment(resumeWith(heading, "Engineer, Acme, 2019 - 2024"));
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE);
    }

    @Test
    void aBulletedProjectsHeadingWithAFullStopOpensProjectsUnderAJob() {
        SectionedText st = segment("""
                Jane Roe
                Experience
                Engineer, Example Motors, 2013 - 2016
                \u2022 Developed control plans for prototype parts.
                \u2022 Major Projects.
                \u2022 Gearbox FMEA - Conducted a study of failure causes in a truck gearbox casing.
                \u2022 Design for assembly - Proposed an assembly line of 138 stations.
                Education
                Master of Science, Example University, 2018
                """);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE, SectionType.PROJECTS,
                SectionType.EDUCATION);
        // any other heading word with a full stop on a bullet is a sentence of its job
        assertThat(types(segment("""
                Jane Roe
                Experience
                Engineer, Example Motors, 2013 - 2016
                \u2022 Key Skills.
                \u2022 Developed control plans for prototype parts.
                """))).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE);
    }

    @Test
    void aLongHeadingInCapitalsWithOneLetterWrongIsStillAHeading() {
        SectionedText st = segment("""
                Jane Roe
                PROJECTS UNDERTAKEN
                Library management under C++
                Pc to Pc communication using infrared
                ACHEIVEMENTS
                Won a prize in the English debate competition of the college fest.
                EXPERIANCE
                Intern, Example Telecom, 2012
                """);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.PROJECTS, SectionType.AWARDS,
                SectionType.EXPERIENCE);
        assertThat(HeadingDictionary.withinOneEdit("acheivements", "achievements")).isTrue();
        assertThat(HeadingDictionary.withinOneEdit("experiance", "experience")).isTrue();
        assertThat(HeadingDictionary.withinOneEdit("experiences", "experience")).isTrue();
        assertThat(HeadingDictionary.withinOneEdit("interests", "interested")).isFalse();
    }

    @Test
    void theLinksOfAContactLineAreNoHeadings() {
        SectionedText st = segment("""
                Jane Roe
                jane.roe@example.org | Example Profile | @handle | LinkedIn | Portfolio Lin
                Web Developer
                Junior web developer able to build a web presence from the ground up.
                Skills
                JavaScript, CSS, HTML
                """);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.SKILLS);
    }

    @Test
    void splitsATypicalResumeAndKeepsHeadingsAsWritten() {
        String text = """
                Jane Roe
                Backend Engineer
                jane.roe@example.org | +1 555 010 9999

                SUMMARY
                Engineer who likes small, boring, reliable systems.

                PROFESSIONAL EXPERIENCE
                Staff Engineer, Acme Corp - 2019 to Present
                • Led the billing rewrite in Kotlin.

                EDUCATION
                B.S. in Computer Science, State University, 2012

                Technical Skills:
                Java, Kotlin, PostgreSQL, Kafka
                """;
        SectionedText st = segment(text);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.SUMMARY, SectionType.EXPERIENCE,
                SectionType.EDUCATION, SectionType.SKILLS);
        assertThat(headings(st)).containsExactly("", "SUMMARY", "PROFESSIONAL EXPERIENCE", "EDUCATION",
                "Technical Skills");
        Section skills = st.first(SectionType.SKILLS).orElseThrow();
        assertThat(skills.content(st.text()).strip()).isEqualTo("Java, Kotlin, PostgreSQL, Kafka");
        assertThat(st.typeAt(st.text().indexOf("Kotlin."))).isEqualTo(SectionType.EXPERIENCE);
        assertThat(st.typeAt(st.text().indexOf("555"))).isEqualTo(SectionType.CONTACT);
    }

    @Test
    void findsAHeadingWithItsContentOnTheSameLine() {
        SectionedText st = segment("Jane Roe\nSkills: Java, Python, SQL\nEducation: B.Sc. Physics, 2015\n");
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.SKILLS, SectionType.EDUCATION);
        assertThat(st.sections().get(1).content(st.text()).strip()).isEqualTo("Java, Python, SQL");
        assertThat(st.sections().get(1).heading()).isEqualTo("Skills");
    }

    @Test
    void findsHeadingsInsideAResumeFlattenedToOneLine() {
        String oneLine = "Systems Engineer Systems Engineer - Northwind Traders Springfield, IL Seasoned engineer with "
                + "ten years in operations and a habit of automating chores. Work Experience Software Engineer ABC "
                + "Corp - Springfield, IL March 2016 to Present Wrote deployment tooling in Go and Python. "
                + "Maintained the build farm. Education Bachelor of Science in Computer Science Lakeside College - "
                + "Springfield, IL 2012 Skills Python (6 years), Go (3 years), Linux, Terraform, Ansible "
                + "Certifications/Licenses AWS Certified Solutions Architect June 2018 to June 2021 "
                + "Additional Information Available for relocation.";
        SectionedText st = segment(oneLine);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE, SectionType.EDUCATION,
                SectionType.SKILLS, SectionType.CERTIFICATIONS, SectionType.OTHER);
        assertThat(st.first(SectionType.EDUCATION).orElseThrow().content(st.text()))
                .startsWith("Bachelor of Science");
        assertThat(st.first(SectionType.SKILLS).orElseThrow().content(st.text())).startsWith("Python (6 years)");
    }

    @Test
    void findsHeadingsInCapitalsInsideAOneLineResume() {
        String oneLine = "Omar Haddad omar@example.net SUMMARY Product designer focused on accessible interfaces. "
                + "EXPERIENCE Lead Designer, Blue Fin Labs, 2018 - 2023: design system and research. EDUCATION "
                + "MA Interaction Design, Riverside University, 2017";
        SectionedText st = segment(oneLine);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.SUMMARY, SectionType.EXPERIENCE,
                SectionType.EDUCATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I have experience in Java and Go and enjoy mentoring.",
        "Gained Experience in cloud migrations across three teams.",
        "Strong communication skills and a sense of humour.",
        "Communication Skills, Teamwork, Leadership, Time Management, Problem Solving",
        "Worked for the Department of Education on grant reporting tools.",
        "Built a Skills Assessment Portal for the HR team and a Projects dashboard for finance.",
        "My education in physics taught me to distrust single measurements.",
        "Promoted twice; Awards committee member; Projects included payments and search.",
    })
    void doesNotSplitProseThatMentionsHeadingWords(String sentence) {
        SectionedText st = segment("Jane Roe\n\nEXPERIENCE\n" + sentence + "\nSecond line of the same job.\n");
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE);
    }

    @Test
    void treatsALanguagesLineOfProgrammingLanguagesAsSkills() {
        SectionedText st = segment("Jane Roe\n\nTECHNICAL SKILLS\nLanguages: Java, C++, Python\nDatabases: Oracle\n\n"
                + "LANGUAGES\nEnglish (native), Spanish (fluent)\n");
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.SKILLS, SectionType.LANGUAGES);
    }

    @Test
    void ignoresFieldLabelsRepeatedUnderEveryItem() {
        String text = """
                Jane Roe

                EXPERIENCE
                Engineer, Acme, 2020 - 2024
                Achievements
                • Cut build times in half
                Engineer, Initech, 2017 - 2020
                Achievements
                • Shipped the mobile app
                Intern, Globex, 2016
                Achievements
                • Wrote the test harness

                EDUCATION
                B.S. Mathematics, 2016
                """;
        SectionedText st = segment(text);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE, SectionType.EDUCATION);
    }

    @Test
    void ignoresFieldsThatLookLikeHeadings() {
        SectionedText st = segment("Jane Roe\n\nEXPERIENCE\nEngineer, Acme\nResponsibilities:\nBuilt things\n"
                + "Environment: Java, Spring\nTotal Experience: 6 years\n");
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE);
    }

    @Test
    void splitsAResumeWithoutHeadingsByWhatItsBlocksHold() {
        String text = """
                Jane Roe
                jane.roe@example.org
                +44 20 7946 0000

                Software engineer who enjoys building developer tools.

                Acme Ltd, Senior Engineer, Jan 2019 - Present
                Built the deployment pipeline and on-call tooling.

                Initech, Engineer, 2015 - 2018
                Maintained payment integrations.

                B.Sc. Computer Science, University of Leeds, 2011 - 2014

                Java, Kotlin, Go, PostgreSQL, Kafka, Docker, Kubernetes, Terraform
                """;
        SectionedText st = segment(text);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE, SectionType.EDUCATION,
                SectionType.SKILLS);
        assertThat(headings(st)).containsOnly("");
        assertThat(st.first(SectionType.EDUCATION).orElseThrow().content(st.text())).startsWith("B.Sc.");
    }

    @Test
    void toleratesTabsAndCarriageReturnsInTextThatSkippedTheNormalizer() {
        SectionedText st = segmenter.segment("Jane Roe\r\n\tEXPERIENCE\t\r\nEngineer\tJan 2019 - Present\r\n"
                + "Skills:\tJava, Go, SQL\r\n");
        assertCoversText(st);
        assertThat(types(st)).containsExactly(SectionType.CONTACT, SectionType.EXPERIENCE, SectionType.SKILLS);
    }

    @Test
    void keepsATextWithoutAnyStructureAsOneContactSection() {
        SectionedText st = segment("Just a note with no structure at all.");
        assertThat(types(st)).containsExactly(SectionType.CONTACT);
    }

    @Test
    void handlesEmptyText() {
        SectionedText st = segmenter.segment("");
        assertThat(types(st)).containsExactly(SectionType.CONTACT);
        assertThat(st.sections().get(0).end()).isZero();
    }

    @Test
    void startsWithTheFirstSectionWhenTheTextOpensWithAHeading() {
        SectionedText st = segment("EDUCATION\nB.A. History, 2010\nSKILLS\nResearch, Writing, Archives\n");
        assertThat(types(st)).containsExactly(SectionType.EDUCATION, SectionType.SKILLS);
    }

    @Nested
    class Dictionary {
        private final HeadingDictionary dictionary = HeadingDictionary.standard();

        @Test
        void normalizesKeys() {
            assertThat(HeadingDictionary.key("Licenses & Certifications:")).isEqualTo("licenses and certifications");
            assertThat(HeadingDictionary.key("  Skills/Tools ")).isEqualTo("skills and tools");
            assertThat(HeadingDictionary.key("Master's")).isEqualTo("masters");
        }

        @Test
        void derivesHeadingsFromModifiersAndGenericWords() {
            assertThat(dictionary.lookup("Relevant Technical Skills").type()).isEqualTo(SectionType.SKILLS);
            assertThat(dictionary.lookup("Education Details").type()).isEqualTo(SectionType.EDUCATION);
            assertThat(dictionary.lookup("Experience and Projects").type()).isEqualTo(SectionType.EXPERIENCE);
        }

        @Test
        void rejectsPhrasesThatOnlyStartWithAHeading() {
            assertThat(dictionary.lookup("Certifications/Licenses Driver's License")).isNull();
            assertThat(dictionary.lookup("Education Coordinator")).isNull();
            assertThat(dictionary.lookup("Responsibilities").negative()).isTrue();
        }
    }
}
