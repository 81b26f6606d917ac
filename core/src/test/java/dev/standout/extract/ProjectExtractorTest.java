package dev.standout.extract;

import dev.standout.nlp.NlpPipeline;
import dev.standout.parse.DocumentFormat;
import dev.standout.parse.Layout;
import dev.standout.parse.LineStyle;
import dev.standout.parse.ParsedDocument;
import dev.standout.parse.ParsedLine;
import dev.standout.resume.Mention;
import dev.standout.resume.Project;
import dev.standout.section.SectionedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.standout.section.SectionType.EXPERIENCE;
import static dev.standout.section.SectionType.PROJECTS;
import static dev.standout.section.SectionType.SKILLS;
import static org.assertj.core.api.Assertions.assertThat;

class ProjectExtractorTest {

    private static final ProjectExtractor EXTRACTOR = new ProjectExtractor();

    private static List<Project> projects(String content) {
        return EXTRACTOR.extract(Texts.sections(PROJECTS, content));
    }

    private static Project project(String content) {
        List<Project> p = projects(content);
        assertThat(p).hasSize(1);
        return p.get(0);
    }

    // a title line, a named bullet, then a labelled project: once a resume labels its projects, what follows the
    // label is read as that project's (its bullets are not projects of their own)
    static final String THREE_LAYOUTS = """
            Air Quality Monitor
            • Built a network of 40 low-cost air quality sensors across Pune that collected 2.1M readings.
            • Dashboard used by 300 residents; code at github.com/alex/airwatch
            • Netflix Clone – React app built by following a YouTube tutorial.
            Project: Titanic Survival Prediction | Tech: Python, scikit-learn
            Trained a random forest on the Kaggle Titanic dataset with 82% accuracy.
            • Build Pipeline – the scripts that retrain the model every night.
            """;

    @Test
    void splitsProjectsWrittenInDifferentLayouts() {
        List<Project> p = projects(THREE_LAYOUTS);
        assertThat(p).extracting(Project::name)
                .containsExactly("Air Quality Monitor", "Netflix Clone", "Titanic Survival Prediction");
        assertThat(p.get(0).description()).contains("2.1M readings").contains("300 residents");
        assertThat(p.get(1).description()).startsWith("React app");
        assertThat(p.get(2).description()).contains("random forest").contains("retrain the model");
    }

    @Test
    void findsEvidenceLinkAndTechnologies() {
        List<Project> p = projects(THREE_LAYOUTS);
        Project air = p.get(0);
        assertThat(air.evidence()).containsExactly("USERS", "DATA", "LINK");
        assertThat(air.url()).isEqualTo("github.com/alex/airwatch");
        assertThat(air.highlights()).hasSize(2);
        assertThat(air.archetype()).isEmpty();
        Project titanic = p.get(2);
        assertThat(titanic.evidence()).containsExactly("METRIC");
        assertThat(titanic.highlights()).containsExactly("Trained a random forest on the Kaggle Titanic dataset with 82% accuracy.");
        assertThat(titanic.keywords()).containsExactly("Python", "scikit-learn");
        assertThat(p.get(1).evidence()).isEmpty();
    }

    @Test
    void matchesTutorialArchetypes() {
        List<Project> p = projects(THREE_LAYOUTS);
        assertThat(p).extracting(Project::archetype).containsExactly("", "netflix-clone", "titanic");
        assertThat(project("Handwritten digit recognizer\nA CNN in Keras trained on MNIST.\n").archetype()).isEqualTo("mnist");
        assertThat(project("To-Do List App\n• Vue front end with local storage.\n").archetype()).isEqualTo("todo-app");
        assertThat(project("Todo app in Flutter\nAdd, edit and delete tasks.\n").archetype()).isEqualTo("todo-app");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Greenhouse irrigation controller\nESP32 boards that water 12 farms on soil moisture readings.\n",
            "Graph database for court records\nLoaded 3 million judgments into Neo4j; used by 40 lawyers.\n",
            "Carbon ledger\nA Rust service that tracks emissions of delivery vans for a logistics firm.\n",
            "Sign language glove\nFlex sensors and an Arduino translate gestures to speech.\n",
    })
    void leavesOriginalProjectsUnmatched(String content) {
        assertThat(project(content).archetype()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Used by 3,000 students every term.                                | USERS",
            "Serving 12k monthly active users.                                 | USERS",
            "Reached 94% accuracy on the held-out set.                         | METRIC",
            "Reduced p95 latency by 40% for the search API.                    | METRIC",
            "Achieved an F1 of 0.91 on the test split.                         | METRIC",
            "Saved $120k a year in licence fees.                               | MONEY",
            "Cut nightly processing from 3 h to 10 min.                        | TIME",
            "Collected 2.1M readings from roadside sensors.                    | DATA",
            "Scraped 40,000 listings from public sites.                        | DATA",
            "Published at EMNLP 2021 as a workshop paper.                      | PUBLICATION",
            "Paper accepted at an IEEE conference.                             | PUBLICATION",
            "Merged pull request adding sparse input support.                  | CONTRIBUTION",
            "Contributor to scikit-learn and maintainer of a plugin.           | CONTRIBUTION",
            "Released v1.2 on PyPI.                                            | RELEASE",
            "Passed 10k downloads on npm.                                      | RELEASE",
            "Available on the App Store.                                       | RELEASE",
            "Source: https://gitlab.com/alex/tool                              | LINK",
            "Deployed to production on AWS Lambda.                             | DEPLOYED",
            "Won 1st place at the city hackathon.                              | AWARD",
    })
    void detectsEvidenceKinds(String sentence, ProjectEvidence kind) {
        assertThat(ProjectEvidence.in(sentence)).contains(kind);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Built in 2019 with Python 3 and Django 4.",
            "A team of 4 worked on it for 3 months.",
            "Implemented in Java 17 using Spring Boot 3.2.",
            "Designed the REST API and the database schema.",
            "Semester project, 2018 - 2019, under Prof. Rao.",
            "Learned about version 2 of the protocol.",
            "Led a team of 6 members across two time zones.",
            "Mentored 4 junior developers on testing.",
            "Profile: https://www.linkedin.com/in/alex-example",
    })
    void findsNoEvidenceInPlainSentences(String sentence) {
        assertThat(ProjectEvidence.in(sentence)).isEmpty();
    }

    @Test
    void themesAreLemmatizedKeyPhrasesAndDeterministic() {
        String content = "Air Quality Monitor\n• Built a network of air quality sensors that collected 2.1M readings"
                + " across three districts.\n• Graph databases stored the sensor readings for the city council.\n";
        List<String> first = project(content).themes();
        List<String> again = project(content).themes();
        assertThat(first).isEqualTo(again);
        assertThat(first).contains("air quality monitor", "air quality sensor", "graph database");
        assertThat(first).hasSizeBetween(3, ProjectThemes.MAX);
        assertThat(first).allSatisfy(t -> {
            assertThat(t).isEqualTo(t.toLowerCase());
            assertThat(t).doesNotContain("project", "application", "system");
        });
    }

    @Test
    void eachBulletIsAProjectWhenThereAreNoTitles() {
        List<Project> p = projects("""
                • Built a Slack bot that answers HR questions for 200 employees.
                • Wrote a Chrome extension that blocks trackers
                  and reports them to the user.
                """);
        assertThat(p).extracting(Project::name).containsExactly("Slack bot", "Chrome extension");
        assertThat(p.get(0).evidence()).containsExactly("USERS");
        assertThat(p.get(1).description()).contains("reports them");
    }

    @Test
    void findsProjectsARoleMarksAsProjectsButNotAchievementBullets() {
        SectionedText st = Texts.sections(EXPERIENCE, """
                Software Engineer, Acme Corp — 2019 – Present
                • Built a scheduling service that cut on-call pages by 60%.
                • Attended stand-ups and code reviews.
                Project: Claims Portal
                Technologies: Java, Angular
                • Rewrote the claims intake used by 1,200 agents.
                Data Analyst, Globex Ltd — 2016 – 2019
                • Developed dashboards for sales.
                """);
        List<Project> p = EXTRACTOR.extract(st);
        // "Built a scheduling service that cut on-call pages by 60%" is an achievement of the job, not a project
        assertThat(p).extracting(Project::name).containsExactly("Claims Portal");
        assertThat(p.get(0).keywords()).containsExactly("Java", "Angular");
        assertThat(p.get(0).evidence()).containsExactly("USERS");
        assertThat(p.get(0).description()).doesNotContain("Globex");
        assertThat(p).allSatisfy(x -> assertThat(x.mentions().get(0).section()).isEqualTo(EXPERIENCE));
    }

    @Test
    void readsLabelledAndNumberedProjects() {
        List<Project> p = projects("""
                Project Name: Smart Parking Finder
                Description: Android app showing free spots from 60 camera feeds.
                Project 2
                Crop Disease Detector
                Description: CNN on 18,000 leaf photos taken with farmers.
                """);
        assertThat(p).extracting(Project::name).containsExactly("Smart Parking Finder", "Crop Disease Detector");
        assertThat(p.get(1).evidence()).contains("DATA");
    }

    @Test
    void aParenthesisSpellingTheNameOutBelongsToIt() {
        List<Project> p = projects("""
                Project Name: AGSP (Auto Guarantee Solution Project)
                Description: Claims engine for a car maker's dealers.
                Project Name: Parking Finder (React, Node)
                Description: Android app showing free spots.
                """);
        assertThat(p).extracting(Project::name)
                .containsExactly("AGSP (Auto Guarantee Solution Project)", "Parking Finder");
    }

    @Test
    void aListOfShortTitlesWithFullStopsAndDashes() {
        List<Project> p = projects("""
                Worked on responsive web projects and designed components with React and Bootstrap.
                Following are some projects which I worked on.
                E-SUPERMARKET WEB APP .
                E – DICTIONARY.
                EMI CALCULATOR.
                I hereby declare that the above information is true to the best of my knowledge.
                """);
        assertThat(p).extracting(Project::name).containsExactly("E-SUPERMARKET WEB APP", "E – DICTIONARY",
                "EMI CALCULATOR");
    }

    @Test
    void aBulletOpeningWithTheWordProjectIsNoLabel() {
        List<Project> p = projects("""
                Project Name: Payroll Upgrade
                Responsibilities:
                • Project Migration SQR copying and SQL execution.
                • Take care of the migration of data and PeopleSoft objects.
                """);
        assertThat(p).extracting(Project::name).containsExactly("Payroll Upgrade");
    }

    @Test
    void aTableOfProjectsIsAProjectPerRow() {
        List<Project> p = projects("""
                Projects | Year of Completion
                A Smart Farmland for crop protection using a CNN | 2021
                Library management system | 2017
                """);
        assertThat(p).extracting(Project::name)
                .containsExactly("A Smart Farmland for crop protection using a CNN", "Library management system");
        // a table of labels and values is one project's fields, not a project per row
        assertThat(projects("""
                Project Name | Claims Portal
                Client | Example Bank
                Duration | 6 months
                """)).extracting(Project::name).containsExactly("Claims Portal");
    }

    @Test
    void labelsWrittenWithAColonInTheirCellOrADashBeforeTheirNumber() {
        assertThat(projects("""
                Project Name | : Golden Lake Resort
                Client | : Golden Lake
                Description: booking site for rooms, spa and halls.
                """)).extracting(Project::name).containsExactly("Golden Lake Resort");
        assertThat(projects("""
                Project -1 Open Enrollment (Benefits)
                Scope: configured plans for 4,000 employees.
                Project -2 Time Tracking Rollout
                Scope: absence and time modules.
                """)).extracting(Project::name).containsExactly("Open Enrollment", "Time Tracking Rollout");
    }

    @Test
    void aDashThenADescriptionOpeningWithAVerbSetsATitleOfAnyCaseApart() {
        assertThat(projects("""
                • Occupant package design - Assessing driver requirements like seat track length and head
                clearance to design a new compact sedan.
                • Vehicle package analysis and evaluation of cargo compartment - Analyzed cost, quality and
                packaging of three entry level sedans.
                • Gearbox FMEA - Conducted a study of failure causes in a truck gearbox casing.
                """)).extracting(Project::name).containsExactly("Occupant package design",
                "Vehicle package analysis and evaluation of cargo compartment", "Gearbox FMEA");
        // without a verb after the dash, a head mostly in lowercase is a sentence's start, not a title
        assertThat(projects("""
                • Managed daily store operations - sales floor, stock and staff rotas.
                • Handled customer complaints - refunds and exchanges.
                """)).isEmpty();
    }

    @Test
    void aDegreeProjectLabelOverItsTitleAndAProjectTitledInQuotes() {
        List<Project> p = EXTRACTOR.extract(Texts.sections(EXPERIENCE, """
                Assistant Professor, Example Institute, 2017 - 2019
                • Taught digital communication to undergraduates.
                M.Tech Project (Thesis)
                DESIGN AND ANALYSIS OF A LI-FI SYSTEM
                • Publication in a journal, 2017.
                B.Tech Major Project
                OFDM WIRELESS COMMUNICATIONS
                • Team leader of a team of 4 members.
                Intern, Example Telecom, Jun 2012 - Aug 2012
                • Project Titled ‘Broadband Communication’.
                """));
        assertThat(p).extracting(Project::name).containsExactly("DESIGN AND ANALYSIS OF A LI-FI SYSTEM",
                "OFDM WIRELESS COMMUNICATIONS", "Broadband Communication");
    }

    @Test
    void aCurrentProjectMarkerIsNamedByItsClient() {
        List<Project> p = EXTRACTOR.extract(Texts.sections(EXPERIENCE, """
                Current Project
                Client : Inline Retail, USA
                Role : React developer
                • Built the store's checkout pages.
                """));
        assertThat(p).extracting(Project::name).containsExactly("Inline Retail, USA");
    }

    @Test
    void aLabelIsNotNamedByTheBulletedSentenceUnderIt() {
        assertThat(EXTRACTOR.extract(Texts.sections(EXPERIENCE, """
                PROJECT
                • Having basic knowledge in HTML, CSS, Bootstrap, JavaScript, React Js, Redux and jQuery.
                • Well acquainted with version control.
                """))).isEmpty();
    }

    @Test
    void aTableCellLabelWhoseValueOpensWithALabelWordBeforeFieldRows() {
        String content = """
                Project Tools Upgrade 8.58
                Customer Credit Suisse
                Role HCM Technical Consultant
                """;
        SectionedText plain = Texts.sections(EXPERIENCE, content);
        List<ParsedLine> lines = new ArrayList<>();
        LineStyle cell = new LineStyle(1, 11f, 0f, false, false, LineStyle.ListMark.NONE, true, false);
        for (String line : plain.text().split("\n", -1)) {
            lines.add(new ParsedLine(line, content.contains(line + "\n") && !line.isEmpty() ? cell : LineStyle.PLAIN));
        }
        ParsedDocument doc = ParsedDocument.of(DocumentFormat.DOC, lines, 1, List.of());
        SectionedText table = new SectionedText(plain.text(), plain.sections(), Layout.align(plain.text(), doc));
        assertThat(EXTRACTOR.extract(table)).extracting(Project::name).containsExactly("Tools Upgrade 8.58");
        // the same words on plain lines are a sentence of a role ("Project Tools …" is a label that goes on)
        assertThat(EXTRACTOR.extract(plain)).isEmpty();
    }

    @Test
    void aNameInCapitalsThenWhatItIsNamesAProject() {
        assertThat(projects("""
                • One time second place winner at a 24-hour hackathon.
                • Tetris Bot, a bot in C# for playing a version of Tetris online.
                • Programmer for Team 3539 in a robotics challenge, an international competition for students.
                • Console Chess, a text-based two player game of chess written in C++.
                • References, Video and Electronic Portfolio Available Upon Request
                """)).extracting(Project::name).containsExactly("Tetris Bot", "Console Chess");
        assertThat(ProjectExtractor.isValidName("Available Upon Request")).isFalse();
    }

    @Test
    void aProjectNamedTwiceIsOneProjectWithTwoMentions() {
        List<Project> p = projects("""
                • Client: Example Agency
                • Project: National skill Development corporation
                • Role: SQL developer
                Project 1: National Skill Development Corporation
                Description: reports on training centres, refreshed daily.
                """);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).name()).isEqualTo("National skill Development corporation");
        assertThat(p.get(0).mentions()).extracting(Mention::text)
                .contains("National skill Development corporation", "National Skill Development Corporation");
        // the same name for two clients, each with its details, is two projects
        assertThat(projects("""
                Project: PeopleSoft Admin Support
                Client: Example Bank
                Role: administrator
                • Applied tax updates and bundles.
                • Refreshed the test environments.
                • Tuned the batch servers.
                Project: PeopleSoft Admin Support
                Client: Example Insurer
                • Upgraded the tools to 8.58.
                """)).hasSize(2);
    }

    @Test
    void aListOfTitlesThatLostItsBulletsButTheFirst() {
        assertThat(projects("""
                • Library management under C++
                Banking under C++
                Bcd to Decimal Decoder in VLSI
                Pc to Pc communication using infrared
                """)).extracting(Project::name).containsExactly("Library management under C++", "Banking under C++",
                "Bcd to Decimal Decoder in VLSI", "Pc to Pc communication using infrared");
    }

    @Test
    void linesAroundTitlesThatAreNoProjects() {
        List<Project> p = projects("""
                Engagement and monetization (Example - Universal Store/Developer Center)
                June 2016- Recently
                • Technologies used:
                • Windows Azure web roles and worker roles, ASP.NET Web API, ASP.NET MVC,
                WCF, Service Bus, Azure Storage
                • Designing and architecting for high scale

                Claims FNOL Client: Example Insurance
                • Built the first notice of loss intake service.

                Project
                : Risk Reporting
                • Daily risk reports for the trading desk.
                Alex Example
                Mobile: +91 1239456789
                Skype: alex.example
                """);
        assertThat(p).extracting(Project::name).containsExactly("Engagement and monetization", "Claims FNOL",
                "Risk Reporting");
    }

    @Test
    void aSectionWithoutStructureIsOneProject() {
        Project p = project("developed a tool to convert scanned invoices to spreadsheets for my father's shop; it now"
                + " handles 500 invoices a month.\n");
        assertThat(p.name()).isNotEmpty();
        assertThat(p.evidence()).containsExactly("DATA");
    }

    @Test
    void mentionsPointIntoTheText() {
        SectionedText st = Texts.sections(PROJECTS, THREE_LAYOUTS);
        for (Project p : EXTRACTOR.extract(st)) {
            Mention name = p.mentions().get(0);
            assertThat(st.text().substring(name.start(), name.end())).isEqualTo(p.name()).isEqualTo(name.text());
            Mention whole = p.mentions().get(1);
            assertThat(st.text().substring(whole.start(), whole.end())).isEqualTo(whole.text());
            assertThat(whole.section()).isEqualTo(PROJECTS);
        }
    }

    @Test
    void keywordHookAddsTechnologies() {
        ProjectExtractor withHook = new ProjectExtractor(NlpPipeline.shared(),
                text -> text.contains("Keras") ? List.of("Keras", "python") : List.of());
        Project p = withHook.extract(Texts.sections(PROJECTS,
                "Leaf classifier | Tech: Python\nA Keras CNN for 9 crops.\n")).get(0);
        assertThat(p.keywords()).containsExactly("Python", "Keras");
    }

    @Test
    void aNumberedMarkerTakesItsDatedHeaderOrTheClientRowUnderIt() {
        String content = """
                Project#1
                Ledger – Payroll Implementation Mar 2019 – Till Date
                Description:
                A payroll rollout for a retail chain.
                Project#2:
                Acme Consulting Aug 2017 – Feb 2019
                Harbor
                Description:
                A logistics portal.
                PROJECT DETAILS: 3
                Client : Northwind Traders
                Role : Analyst
                Project (Support): 4
                Client Contoso Pharma
                Duration May 2016 - Apr 2017
                Project
                Project/ Client : Fabrikam - Tower Services.
                """;
        List<Project> p = EXTRACTOR.extract(Texts.sections(EXPERIENCE, content));
        assertThat(p).extracting(Project::name)
                .containsExactly("Ledger", "Harbor", "Northwind Traders", "Contoso Pharma", "Fabrikam");
    }

    @Test
    void aSentenceUnderAMarkerMayNameTheProject() {
        assertThat(EXTRACTOR.extract(Texts.sections(EXPERIENCE,
                "Project 1\nHarbor is the name of our project which is an online store for boats.\nRole Developer\n")))
                .extracting(Project::name).containsExactly("Harbor");
    }

    @Test
    void aLabelledNameMayBeOneWordInLowerCaseButAFragmentMayNot() {
        assertThat(projects("TITLE : lernbook\nDESCRIPTION: A learning platform for schools.\n"))
                .extracting(Project::name).containsExactly("lernbook");
        assertThat(ProjectExtractor.isValidLabelledName("and")).isFalse();
        assertThat(ProjectExtractor.isValidName("staff")).isFalse();
    }

    @Test
    void aLowerCaseProjectAloneOnALineIsAWrappedWordNotALabel() {
        String content = """
                • Gathered
                project
                requirements and developed process flowcharts.
                """;
        assertThat(EXTRACTOR.extract(Texts.sections(EXPERIENCE, content))).isEmpty();
    }

    @Test
    void titlesOverTheirFieldsAndBulletedTitlesOverTheirDescriptions() {
        String fields = """
                Tide Clock
                Android App
                URL: https://example.org/tide
                Role: Sole developer.
                • Offline tide tables
                • Push notifications
                Trail Log
                Android App
                URL: https://example.org/trail
                Role: Lead developer.
                """;
        assertThat(projects(fields)).extracting(Project::name).containsExactly("Tide Clock", "Trail Log");
        String bulleted = """
                • "Lantern" (Programmer)
                a puzzle game written in C++ and
                Lua, with a custom renderer
                • Orbit Run (Programmer)
                an arcade game in C#
                """;
        assertThat(projects(bulleted)).extracting(Project::name).containsExactly("\"Lantern\"", "Orbit Run");
    }

    @Test
    void quotedNamesAfterTheWordProjectInAJob() {
        String content = "• Led two major projects 'Ledger Sync' and 'Audit Trail Viewer' for the finance team.\n"
                + "• Assisted in the completion of project \"Applicant Journey Study\" for the bank.\n"
                + "• Presented the findings of project \"Applicant Journey Study\" to the board.\n";
        assertThat(EXTRACTOR.extract(Texts.sections(EXPERIENCE, content))).extracting(Project::name)
                .containsExactly("Ledger Sync", "Audit Trail Viewer", "Applicant Journey Study");
    }

    @Test
    void aPlaceAfterTheNameIsNotPartOfIt() {
        assertThat(EXTRACTOR.extract(Texts.sections(EXPERIENCE,
                "Project#3\nHarbor, Springfield, IL USA\nRole: Analyst\n"))).extracting(Project::name)
                .containsExactly("Harbor");
    }

    @Test
    void aHeadingThatLabelsOneProjectNamesItOnItsOwnLine() {
        SectionedText st = new dev.standout.section.SectionSegmenter().segment("""
                Sam Roe
                PROJECTS:
                MINI PROJECT: CONTROL OF A DYNAMIC VOLTAGE RESTORER WITH A BATTERY STORAGE SYSTEM
                MAIN PROJECT: CASCADED TWO LEVEL INVERTER FOR HIGH POWER APPLICATIONS
                SKILLS
                Java
                """);
        assertThat(EXTRACTOR.extract(st)).extracting(Project::name).containsExactly(
                "CONTROL OF A DYNAMIC VOLTAGE RESTORER WITH A BATTERY STORAGE SYSTEM",
                "CASCADED TWO LEVEL INVERTER FOR HIGH POWER APPLICATIONS");
    }

    @Test
    void aLineStandingAloneThreeTimesIsARunningLineNotATitle() {
        String content = """
                • Tide Clock
                Environment: Android
                • Offline tables for 300 harbours.

                Robin Example
                • Search by harbour name.

                Robin Example
                • Trail Log
                Environment: iOS
                • Maps of 40 trails.

                Robin Example
                • Search by trail name.
                """;
        assertThat(projects(content)).extracting(Project::name).containsExactly("Tide Clock", "Trail Log");
    }

    @Test
    void anInstitutesAcronymIsWhereAProjectWasDoneNotItsName() {
        assertThat(ProjectExtractor.isValidName("IIIT Bangalore")).isFalse();
        assertThat(ProjectExtractor.isValidName("University of Example")).isTrue(); // a client may name a project
        assertThat(ProjectExtractor.isValidName("School Management System")).isTrue();
    }

    @Test
    void aNumberedHeadingWithItsProjectsFieldsUnderItIsAProjectButAnEmployerOverProjectsIsNot() {
        String fields = """
                3) On Demand Service Continuity
                The project automated checks so that outages could be prevented.
                Client: Example Operations, Pune
                Team Size: 5
                Roles and Responsibilities:
                • Automated the checklists.
                4) Recovery Portal for carrying out recovery on hosts.
                Client: Example Operations
                Team Size: 2
                """;
        assertThat(EXTRACTOR.extract(Texts.sections(SKILLS, fields))).extracting(Project::name)
                .containsExactly("On Demand Service Continuity", "Recovery Portal");
        String employer = """
                1. Example Systems Ltd
                Project -1 Open Enrollment
                Duration: Aug 2020 - Present
                Role : Consultant
                Client: Example Bank
                """;
        assertThat(EXTRACTOR.extract(Texts.sections(EXPERIENCE, employer))).extracting(Project::name)
                .containsExactly("Open Enrollment");
    }

    @Test
    void aTitleWithItsClientInBracketsAndNoSentenceOnTheAim() {
        String content = """
                Selected projects:
                Diabetes Registry
                (Client: Example Ministry of Health) 2008-Present
                The goal of this project is to:
                Give family physicians a web portal.
                Care Information System (Client: Example Health Network) 2006-2007
                Technical lead of a provincial project used by 100+ hospitals
                """;
        assertThat(projects(content)).extracting(Project::name)
                .containsExactly("Diabetes Registry", "Care Information System");
    }
}
