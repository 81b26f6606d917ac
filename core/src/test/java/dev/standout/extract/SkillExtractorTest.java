package dev.standout.extract;

import dev.standout.resume.Evidence;
import dev.standout.resume.Mention;
import dev.standout.resume.Skill;
import dev.standout.resume.SkillType;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.SkillTaxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static dev.standout.section.SectionType.EDUCATION;
import static dev.standout.section.SectionType.EXPERIENCE;
import static dev.standout.section.SectionType.PROJECTS;
import static dev.standout.section.SectionType.SKILLS;
import static dev.standout.section.SectionType.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

class SkillExtractorTest {

    private static final SkillExtractor EXTRACTOR = new SkillExtractor();
    private static final SkillExtractor RULES = new SkillExtractor(SkillTaxonomy.defaultTaxonomy(), null);

    private static List<Skill> skills(Object... typeAndContent) {
        return EXTRACTOR.extract(Texts.sections(typeAndContent));
    }

    private static List<String> ids(List<Skill> skills) {
        return skills.stream().map(Skill::id).toList();
    }

    private static Optional<Skill> skill(List<Skill> skills, String id) {
        return skills.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    @Test
    void readsShortLanguageNamesInAListOfLanguages() {
        List<Skill> s = skills(SKILLS, "Languages: C, Go, R, Java\n");
        assertThat(ids(s)).contains("skill:c", "skill:go", "skill:r", "skill:java");
    }

    @Test
    void readsAmbiguousNamesNextToATechnologyCue() {
        List<Skill> s = skills(EXPERIENCE, """
                • Built forecasting models using R, SQL and Tableau for the finance team.
                • Ran nightly Spark jobs on a 12-node cluster.
                """);
        assertThat(ids(s)).contains("skill:r", "skill:apache-spark");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "• Helped the team go to market in six weeks.",
            "• Worked with R. Alvarez and J. Chen on the rollout.",
            "• Presented the findings to the board; grade (C) in the final review.",
            "• Sparked interest in the new process among staff.",
            "• Kept access to the files limited to the auditors.",
    })
    void leavesOrdinaryWordsAlone(String line) {
        List<Skill> s = skills(EXPERIENCE, line + "\n");
        assertThat(ids(s)).doesNotContain("skill:go", "skill:r", "skill:c", "skill:apache-spark",
                "skill:microsoft-access");
    }

    @Test
    void neverMatchesInsideAnotherWord() {
        List<Skill> s = skills(SKILLS, "JavaScript, TypeScript, Google Analytics, Rust-belt logistics\n");
        assertThat(ids(s)).contains("skill:javascript").doesNotContain("skill:java", "skill:go");
    }

    @Test
    void readsAcronymsAndSpellingsAsTheirSkill() {
        List<Skill> s = skills(SKILLS, "Platforms: k8s, NodeJS, Postgres\n");
        assertThat(ids(s)).contains("skill:kubernetes", "skill:node-js");
        assertThat(skill(s, "skill:node-js")).get().extracting(Skill::name).isEqualTo("Node.js");
        assertThat(skill(s, "skill:kubernetes").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("k8s");
    }

    @Test
    void usedInARoleBeatsListed() {
        List<Skill> s = skills(
                SKILLS, "Python, Docker, Terraform\n",
                EXPERIENCE, "Platform Engineer, Example Corp, 2020 – Present\n• Moved 40 services to Docker.\n");
        assertThat(skill(s, "skill:docker").orElseThrow().evidence()).isEqualTo(Evidence.USED);
        assertThat(skill(s, "skill:python").orElseThrow().evidence()).isEqualTo(Evidence.LISTED);
        assertThat(skill(s, "skill:docker").orElseThrow().mentions()).extracting(Mention::section)
                .containsExactly(SKILLS, EXPERIENCE);
    }

    @Test
    void aSkillInAProjectIsUsed() {
        List<Skill> s = skills(
                SUMMARY, "Backend developer who likes PostgreSQL.\n",
                PROJECTS, "Ledger Sync\n• Built a PostgreSQL replication monitor used by 3 teams.\n");
        assertThat(skill(s, "skill:postgresql").orElseThrow().evidence()).isEqualTo(Evidence.USED);
    }

    @Test
    void groupsEveryMentionUnderOneSkill() {
        List<Skill> s = skills(
                SKILLS, "Kubernetes, Helm, Docker\n",
                EXPERIENCE, "• Ran Kubernetes clusters for 30 teams.\n• Wrote k8s operators in Go.\n");
        Skill k = skill(s, "skill:kubernetes").orElseThrow();
        assertThat(k.mentions()).hasSize(3);
        assertThat(ids(s)).filteredOn("skill:kubernetes"::equals).hasSize(1);
        for (Mention m : k.mentions()) {
            assertThat(Texts.sections(SKILLS, "Kubernetes, Helm, Docker\n", EXPERIENCE,
                    "• Ran Kubernetes clusters for 30 teams.\n• Wrote k8s operators in Go.\n").text()
                    .substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }

    @Test
    void leavesGenericPhrasesOfSentencesOut() {
        List<Skill> s = skills(EXPERIENCE, """
                • Supported the sales team and improved teaching materials for new hires.
                • Graduated with a degree in political science before joining.
                """);
        assertThat(ids(s)).doesNotContain("skill:sales", "skill:teaching", "skill:political-science");
    }

    @Test
    void readsJobSkillsThatStandAsListItems() {
        List<Skill> s = RULES.extract(Texts.sections(SKILLS, "Budgeting, Project management, Payroll\n"));
        assertThat(s).isNotEmpty();
        assertThat(s).extracting(Skill::name).anyMatch(n -> n.toLowerCase().contains("project management"));
    }

    @Test
    void keepsItemsOfATechnologyListThatTheTaxonomyDoesNotKnow() {
        List<Skill> s = skills(SKILLS, "Tools: Jenkins, Maven, Quuxbuild, Gradle\n");
        assertThat(ids(s)).contains("unknown:quuxbuild", "skill:jenkins");
        assertThat(skill(s, "unknown:quuxbuild").orElseThrow().name()).isEqualTo("Quuxbuild");
    }

    @Test
    void findsAnUnknownListedSkillAgainWhereItIsUsed() {
        List<Skill> s = skills(
                SKILLS, "Tools: Jenkins, Maven, QuuxBuild, Gradle\n",
                EXPERIENCE, "• Cut build times by 40% by moving the monorepo to QuuxBuild.\n");
        Skill q = skill(s, "unknown:quuxbuild").orElseThrow();
        assertThat(q.evidence()).isEqualTo(Evidence.USED);
        assertThat(q.mentions()).hasSize(2);
    }

    @Test
    void naturalLanguagesAreSkillsWhereTheyAreSpoken() {
        List<Skill> s = skills(SKILLS, "Languages: English (native), Spanish (fluent)\n");
        assertThat(s).extracting(Skill::id).contains("skill:english", "skill:spanish");
        assertThat(s).allSatisfy(x -> assertThat(x.type()).isEqualTo(SkillType.LANGUAGE));
        List<Skill> none = skills(EDUCATION, "B.A. in English, Example University, 2015\n",
                SKILLS, "Spanish, Python, SQL, Docker\n");
        assertThat(ids(none)).contains("skill:python").noneMatch(id -> id.contains("english") || id.contains("spanish"));
    }

    @Test
    void givesEachSkillItsType() {
        List<Skill> s = skills(SKILLS, "Python, SQL, Docker\n", SKILLS, "Budgeting, Payroll, Menu planning\n",
                SKILLS, "Communication, Time management\n");
        assertThat(skill(s, "skill:python").orElseThrow().type()).isEqualTo(SkillType.TECHNICAL);
        assertThat(skill(s, "skill:menu-planning").orElseThrow().type()).isEqualTo(SkillType.DOMAIN);
        assertThat(skill(s, "skill:payroll").orElseThrow().type()).isEqualTo(SkillType.DOMAIN);
        assertThat(skill(s, "skill:communication").orElseThrow().type()).isEqualTo(SkillType.SOFT);
    }

    @Test
    void anAmbiguousNameNeedsOtherTechnologiesInTheResume() {
        // a cook, the Americans with Disabilities Act, a place: no other technology in the resume
        List<Skill> cook = skills(SUMMARY, "Executive Chef with 12 years in fine dining.\n",
                EXPERIENCE, "• Kept the kitchen compliant with ADA and food safety rules.\n• Catering for Elk Draw events.\n",
                SKILLS, "Menu planning, Chef, Catering, Microsoft Excel\n");
        assertThat(ids(cook)).doesNotContain("skill:chef", "skill:ada", "skill:elk-stack")
                .contains("skill:menu-planning", "skill:microsoft-excel");
        // the same names among technologies
        List<Skill> devops = skills(SKILLS, "Chef, Puppet, Ansible, Terraform, Kubernetes\n",
                EXPERIENCE, "• Shipped logs from 40 Linux hosts to an ELK cluster.\n");
        assertThat(ids(devops)).contains("skill:chef", "skill:elk-stack");
    }

    @Test
    void aLoneItTechnologyNeedsAWordOfSoftwareWork() {
        List<Skill> alone = skills(SKILLS, "Customer service, Java, Scheduling\n");
        assertThat(ids(alone)).doesNotContain("skill:java");
        List<Skill> worded = skills(SUMMARY, "Trained in software development.\n", SKILLS, "Customer service, SQL\n");
        assertThat(ids(worded)).contains("skill:sql");
    }

    @Test
    void keepsAVersionWithTheTechnology() {
        List<Skill> s = skills(SKILLS, "Hibernate 3.0, Tomcat 5.5, Java\n");
        assertThat(skill(s, "skill:hibernate").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Hibernate 3.0");
    }

    @Test
    void theRulesAloneAlsoReadAmbiguousNamesInSkillsLists() {
        SectionedText st = Texts.sections(SKILLS, "Languages: C, Go, R\n");
        assertThat(ids(RULES.extract(st))).contains("skill:c", "skill:go", "skill:r");
    }

    @Test
    void candidatesCarryTheRulesVerdictAndFeatures() {
        SectionedText st = Texts.sections(SKILLS, "Languages: C, Go, Python\n", EXPERIENCE, "• Go to market plan.\n");
        List<SkillExtractor.Candidate> c = EXTRACTOR.candidates(st);
        assertThat(c).filteredOn(x -> x.id().equals("skill:go")).hasSize(2)
                .extracting(SkillExtractor.Candidate::byRules).containsExactly(true, false);
        assertThat(c).allSatisfy(x -> assertThat(x.features()).isNotEmpty());
        assertThat(c.get(0).mention().section()).isEqualTo(SectionType.SKILLS);
    }

    @Test
    void theShippedModelLoads() {
        SkillModel m = SkillModel.standard();
        assertThat(m).isNotNull();
        assertThat(m.threshold()).isBetween(0.05, 0.95);
        assertThat(m.weights()).containsKey("bias");
    }

    @Test
    void aCategoryLabelOfATechnologyListIsNoSkill() {
        List<Skill> s = skills(SKILLS, """
                Programming Languages: C#, Java, Python
                Operating Systems Windows, Linux, Solaris
                Databases
                Oracle, MySQL, PostgreSQL
                Budgeting, Payroll, Programming
                """);
        assertThat(ids(s)).contains("skill:c-sharp", "skill:linux", "skill:oracle-database", "skill:payroll")
                .doesNotContain("skill:operating-systems", "skill:databases");
        // the item of a list stays a skill, the label does not
        assertThat(skill(s, "skill:programming").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Programming");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"C/C++, Java, Python", "Languages: C/C++, SQL", "Java, Python, C / C++"})
    void twoNamesJoinedBySlashAreTwoSkills(String line) {
        List<Skill> s = skills(SKILLS, line + "\n");
        assertThat(ids(s)).contains("skill:c", "skill:c-plus-plus");
        assertThat(skill(s, "skill:c").orElseThrow().mentions()).extracting(Mention::text).containsExactly("C");
    }

    @Test
    void aNameThatHoldsItsSlashStaysOneSkill() {
        List<Skill> s = skills(SKILLS, "TCP/IP, PL/SQL, Unix/Linux, Java\n");
        assertThat(ids(s)).contains("skill:tcp-ip", "skill:pl-sql", "skill:unix", "skill:linux");
        assertThat(skill(s, "skill:tcp-ip").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("TCP/IP");
    }

    @Test
    void aContactLabelOrLinkIsNoSkill() {
        List<Skill> contact = skills(SectionType.CONTACT, """
                Jane Doe
                GitHub: janedoe | Portfolio: github.com/janedoe/portfolio
                """, SKILLS, "Python, SQL, Docker\n");
        assertThat(ids(contact)).contains("skill:python").doesNotContain("skill:github");
        assertThat(ids(skills(SKILLS, "Git, GitHub, Jenkins, Docker\n"))).contains("skill:github");
    }

    @Test
    void lumpedSkillsAreReportedUnderTheirOwnNames() {
        List<Skill> s = skills(SKILLS, "Accounts payable, General ledger, Litigation, Lesson planning\n",
                SKILLS, "Solaris, AIX, Linux, Python\n");
        assertThat(s).extracting(Skill::name)
                .contains("Accounts payable", "General ledger", "Litigation", "Lesson planning", "Solaris", "IBM AIX")
                .doesNotContain("Accounting", "Legal research", "Teaching", "Unix");
    }

    @Test
    void softSkillsAreReadInTheSentencesOfASummary() {
        List<Skill> s = skills(SUMMARY, "Detail oriented accountant with excellent communication skills and a"
                + " strong work ethic, trusted to lead month-end close for three entities.\n");
        assertThat(ids(s)).contains("skill:attention-to-detail", "skill:communication", "skill:work-ethic");
        assertThat(skill(s, "skill:communication").orElseThrow().type()).isEqualTo(SkillType.SOFT);
        // in a role's sentences they stay out
        List<Skill> role = skills(EXPERIENCE, "• Improved communication skills of the junior staff through weekly"
                + " reviews of their client letters.\n");
        assertThat(ids(role)).doesNotContain("skill:communication");
    }

    @Test
    void aNameDoesNotRunIntoABracketItDoesNotClose() {
        // the gazetteer skips brackets inside names: "Perl (5" would be the alias "Perl 5", ".NET (6" .NET Core 6
        List<Skill> s = skills(SKILLS, """
                Perl (5 years), .NET (6 years), Python
                Autodesk (AutoCAD 2009, 3Ds Max), SQL Server(2008 R2, 2012)
                """);
        assertThat(ids(s)).contains("skill:perl", "skill:dot-net", "skill:autodesk-autocad",
                "skill:microsoft-sql-server").doesNotContain("skill:dot-net-core");
        assertThat(skill(s, "skill:perl").orElseThrow().mentions()).extracting(Mention::text).containsExactly("Perl");
        assertThat(skill(s, "skill:microsoft-sql-server").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("SQL Server");
    }

    @Test
    void aBracketClosedInsideOrRightAfterANameStaysItsOwn() {
        List<Skill> s = skills(SKILLS, "Amazon Web Services (AWS), Java, Linux\n");
        assertThat(skill(s, "skill:amazon-web-services").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Amazon Web Services (AWS)");
    }

    @Test
    void versionsJoinedBySlashesStayWithTheirName() {
        List<Skill> s = skills(SKILLS, """
                Operating Systems: Windows NT 2000/2003/XP, Linux, Solaris
                Websphere 4.0/5.1/6.1, Excel 2003/2007, Python
                Java/J2EE, C/C++, Unix
                """);
        assertThat(skill(s, "skill:microsoft-windows").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Windows NT 2000/2003/XP");
        assertThat(skill(s, "skill:ibm-websphere").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Websphere 4.0/5.1/6.1");
        assertThat(skill(s, "skill:microsoft-excel").orElseThrow().mentions()).extracting(Mention::text)
                .containsExactly("Excel 2003/2007");
        // two names joined by a slash are still two skills
        assertThat(ids(s)).contains("skill:java", "skill:j2ee", "skill:c", "skill:c-plus-plus");
    }
}
