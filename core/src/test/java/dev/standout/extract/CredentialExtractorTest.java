package dev.standout.extract;

import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Mention;
import dev.standout.section.SectionedText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static dev.standout.section.SectionType.AWARDS;
import static dev.standout.section.SectionType.CERTIFICATIONS;
import static dev.standout.section.SectionType.CONTACT;
import static dev.standout.section.SectionType.EDUCATION;
import static dev.standout.section.SectionType.EXPERIENCE;
import static dev.standout.section.SectionType.OTHER;
import static dev.standout.section.SectionType.SKILLS;
import static dev.standout.section.SectionType.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

class CredentialExtractorTest {

    private static final CredentialExtractor EXTRACTOR = new CredentialExtractor();

    private static List<Certificate> certs(Object... typeAndContent) {
        return EXTRACTOR.extract(Texts.sections(typeAndContent));
    }

    private static Optional<Certificate> cert(List<Certificate> certs, String id) {
        return certs.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    @Test
    void threeSpellingsOfOneAwsCertificationAreOneCredential() {
        SectionedText st = Texts.sections(
                SUMMARY, "Cloud engineer (AWS SAA-C03) who likes boring infrastructure.\n",
                CERTIFICATIONS, "• AWS Certified Solutions Architect – Associate, 2022\n",
                EXPERIENCE, "• Mentored four colleagues through Solutions Architect Associate (AWS).\n");
        List<Certificate> c = EXTRACTOR.extract(st);
        assertThat(c).extracting(Certificate::id).containsExactly("cert:aws-saa");
        Certificate saa = c.get(0);
        assertThat(saa.mentions()).hasSize(3);
        assertThat(saa.kind()).isEqualTo(CredentialKind.VENDOR_CERTIFICATION);
        assertThat(saa.level()).isEqualTo("associate");
        assertThat(saa.issuer()).isEqualTo("Amazon Web Services");
        assertThat(saa.date()).isEqualTo("2022");
        for (Mention m : saa.mentions()) assertThat(st.text().substring(m.start(), m.end())).isEqualTo(m.text());
    }

    @Test
    void readsACatalogCertificationWithItsAcronymIssuerAndDate() {
        List<Certificate> c = certs(CERTIFICATIONS,
                "• Certified Kubernetes Administrator (CKA), The Linux Foundation, Mar 2023\n");
        Certificate cka = cert(c, "cert:cka").orElseThrow();
        assertThat(cka.date()).isEqualTo("Mar 2023");
        assertThat(cka.kind()).isEqualTo(CredentialKind.VENDOR_CERTIFICATION);
        assertThat(cka.mentions().get(0).text()).isEqualTo("Certified Kubernetes Administrator (CKA)");
    }

    @Test
    void aProfessionalCertificateOnCourseraIsAnOnlineCourse() {
        List<Certificate> c = certs(CERTIFICATIONS, "• Google Data Analytics Professional Certificate (Coursera), 2022\n");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).kind()).isEqualTo(CredentialKind.ONLINE_COURSE);
        assertThat(c.get(0).id()).doesNotStartWith("unknown:");
        assertThat(c.get(0).date()).isEqualTo("2022");
    }

    @Test
    void aCertificateInNoCatalogGetsAnUnknownIdAndTheIssuerWritten() {
        List<Certificate> c = certs(EDUCATION, "Certificate in Applied Hydrology, Example University, 2019\n");
        assertThat(c).hasSize(1);
        Certificate h = c.get(0);
        assertThat(h.id()).isEqualTo("unknown:certificate in applied hydrology");
        assertThat(h.name()).isEqualTo("Certificate in Applied Hydrology");
        assertThat(h.issuer()).isEqualTo("Example University");
        assertThat(h.date()).isEqualTo("2019");
        assertThat(h.kind()).isEqualTo(CredentialKind.OTHER);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "• Spatial Widgetry Specialization (Coursera), 2021          | ONLINE_COURSE              | Coursera",
            "• Zephyr Data Bootcamp, Example Coding School, 2020          | BOOTCAMP                   | Example Coding School",
            "• Licensed Harbour Pilot, Example Port Authority, 2018      | LICENSE                    | Example Port Authority",
            "• Certified Widget Safety Professional (CWSP), International Widget Institute, 2019 | PROFESSIONAL_CERTIFICATION | International Widget Institute",
            "• Oracle Quuxflow Implementation Certification, 2021         | VENDOR_CERTIFICATION       | ''",
            "• Plumbing Estimation Certificate, 2017                      | OTHER                      | ''",
    })
    void infersTheKindOfACredentialInNoCatalogFromItsWords(String line, CredentialKind kind, String issuer) {
        List<Certificate> c = certs(CERTIFICATIONS, line + "\n");
        assertThat(c).hasSize(1);
        assertThat(c.get(0).id()).startsWith("unknown:");
        assertThat(c.get(0).kind()).isEqualTo(kind);
        if (!issuer.isEmpty()) assertThat(c.get(0).issuer()).isEqualTo(issuer);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Zeta Cloud Foundations Certificate   | foundational",
            "Zeta Cloud Associate Certification   | associate",
            "Zeta Cloud Expert Certification      | expert",
    })
    void readsTheLevelFromTheName(String name, String level) {
        List<Certificate> c = certs(CERTIFICATIONS, "• " + name + ", 2020\n");
        assertThat(c).singleElement().extracting(Certificate::level).isEqualTo(level);
    }

    @Test
    void readsExpiryDatesAsWritten() {
        List<Certificate> c = certs(CERTIFICATIONS,
                "• Basic Life Support (BLS), American Heart Association — exp. 04/2026\n");
        assertThat(c).singleElement().extracting(Certificate::date).isEqualTo("exp. 04/2026");
    }

    @Test
    void everyItemOfACertificationsSectionIsACredential() {
        List<Certificate> c = certs(CERTIFICATIONS, """
                • Harbour Crane Operator – Example Port Authority, 2016
                • Advanced Rigging Safety, 2018
                """);
        assertThat(c).extracting(Certificate::name)
                .containsExactly("Harbour Crane Operator", "Advanced Rigging Safety");
        assertThat(c.get(0).issuer()).isEqualTo("Example Port Authority");
    }

    @Test
    void degreesAreEducationNotCredentials() {
        List<Certificate> c = certs(EDUCATION, """
                Bachelor of Science in Computer Science, Example State University, 2018
                Higher Secondary Certificate, Example School, 2014
                Victorian Certificate of Education, Example Secondary College, 2010
                """);
        assertThat(c).isEmpty();
    }

    @Test
    void pendingCredentialsAndAwardCertificatesAreLeftOut() {
        List<Certificate> c = certs(CERTIFICATIONS, """
                • Project Management Professional (PMP) – in progress, expected 2025
                • Certified Management Accountant (CMA) Part 1 passed, 2024
                • Certificate of Appreciation for volunteering, 2019
                • Appreciated certificate in "Cyberthon 2018" from the district
                • Best Art Activity Certificate
                """);
        assertThat(c).isEmpty();
    }

    @Test
    void aPendingWordSpeaksOnlyOfTheCredentialInItsClause() {
        List<Certificate> c = certs(AWARDS, """
                Healthcare Administration degree still in progress; Organizational Skills Certificate received in 2000.
                • I Achieve IBM Bluemix certificate in cloud computing for creating an app in the cloud
                """);
        assertThat(c).extracting(Certificate::name).containsExactly("Organizational Skills Certificate",
                "IBM Bluemix certificate");
        assertThat(certs(AWARDS, "Pursuing the Organizational Skills Certificate, 2024\n")).isEmpty();
        // a keyword list naming a credential said to be pending elsewhere brings nothing back
        assertThat(certs(EDUCATION, "Certified Public Accountant: Candidate, expected 2017\n",
                SKILLS, "Bookkeeping, Budgets, Certified Public Accountant, Payroll\n")).isEmpty();
    }

    @Test
    void anOrdinaryPhraseNamesACourseOnlyInACredentialContext() {
        assertThat(certs(SKILLS, "Machine Learning, Statistics, SQL\n")).isEmpty();
        assertThat(certs(SUMMARY, "Completed certifications in machine learning and statistics.\n")).isEmpty();
        List<Certificate> c = certs(CERTIFICATIONS, "• Machine Learning - Stanford University (Coursera), 2021\n");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.kind()).isEqualTo(CredentialKind.ONLINE_COURSE);
            assertThat(x.id()).startsWith("course:");
        });
    }

    @Test
    void theSameCredentialTwiceIsOneCertificateWithTwoMentions() {
        List<Certificate> c = certs(
                SUMMARY, "PMP-certified delivery lead.\n",
                CERTIFICATIONS, "• Project Management Professional (PMP), PMI, 2016\n");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.id()).isEqualTo("cert:pmp");
            assertThat(x.mentions()).hasSize(2);
            assertThat(x.date()).isEqualTo("2016");
        });
    }

    @Test
    void aCatalogAcronymAndItsLongNameSplitByADashAreOne() {
        List<Certificate> c = certs(CERTIFICATIONS,
                "• CISSP — Certified Information Systems Security Professional, ISC2, 2021\n");
        assertThat(c).extracting(Certificate::id).containsExactly("cert:cissp");
        assertThat(c.get(0).mentions()).hasSize(2);
    }

    @Test
    void aCredentialInsideALongerNameIsNotTakenForAnother() {
        List<Certificate> c = certs(CERTIFICATIONS,
                "• JavaScript Algorithms and Data Structures Certification, freeCodeCamp, 2022\n");
        assertThat(c).singleElement().satisfies(x -> {
            assertThat(x.name()).isEqualTo("JavaScript Algorithms and Data Structures Certification");
            assertThat(x.issuer()).isEqualTo("freeCodeCamp");
            assertThat(x.kind()).isEqualTo(CredentialKind.ONLINE_COURSE);
        });
    }

    @Test
    void rolesOfExperienceAreNotReadByThePatterns() {
        List<Certificate> c = certs(EXPERIENCE, "• Led the SOX certification effort for the finance systems.\n");
        assertThat(c).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Group fitness and personal training at a gym; exercise plans. | ACE | cert:ace-cpt",
            "Digital forensics examiner; incident response for a bank.     | ACE | cert:ace",
            "Patient intake and vitals in a clinic; phlebotomy.            | CMA | cert:cma-medical",
            "Cost accounting, budgeting and audit for a manufacturer.      | CMA | cert:cma",
            "Site safety lead: OSHA inspections and hazard analysis.       | CSP | cert:bcsp-csp",
    })
    void anAcronymNamesTheCredentialOfTheResumesTrade(String summary, String acronym, String id) {
        List<Certificate> c = certs(SUMMARY, summary + "\n", CERTIFICATIONS, "• " + acronym + "\n");
        assertThat(c).extracting(Certificate::id).containsExactly(id);
    }

    @Test
    void anAcronymWithNothingToTellItsTradeIsNotACredential() {
        assertThat(certs(SUMMARY, "Reliable and punctual.\n", CERTIFICATIONS, "• ACE\n")).isEmpty();
    }

    @Test
    void commonSpellingsOfCatalogEntriesAreRecognised() {
        List<Certificate> c = certs(CERTIFICATIONS, """
                • Certified Scrum Master
                • PMP Certified
                • CCNA-Security
                • SAFe 5 - Release Train Engineer
                """);
        assertThat(c).extracting(Certificate::id).containsExactly("cert:csm", "cert:pmp", "cert:ccna", "cert:safe-rte");
        assertThat(c).allSatisfy(x -> assertThat(x.confidence()).isGreaterThanOrEqualTo(0.9));
    }

    @Test
    void schoolsHeadingsAndSkillsInACertificationsSectionAreNotCredentials() {
        List<Certificate> c = certs(CERTIFICATIONS, """
                • Example State University
                • Risk Management
                • Team Work
                • Father's Name
                • ID Number
                """);
        assertThat(c).isEmpty();
    }

    @Test
    void aBareAcronymThatResumesMostlyUseForSomethingElseNeedsACredentialWord() {
        // "CAD" is computer-aided design in most resumes that write it bare; "GSOC" a security operations centre
        assertThat(certs(EXPERIENCE, "• Maintained CAD files and drawing documents for four commercial sites.\n",
                AWARDS, "• Responsible for all email communications in GSOC Asia\n")).isEmpty();
        assertThat(certs(SKILLS, "AutoCAD, Revit; CAD certification (GAQM), 2019\n"))
                .extracting(Certificate::id).contains("cert:cad");
    }

    @Test
    void aLicenseWrittenAsAJobTitlePresumesTheLicense() {
        assertThat(certs(EXPERIENCE, "LPN, Sunrise Care Home, 2018 – 2022\n• Cared for 6 residents per shift.\n"))
                .extracting(Certificate::id).containsExactly("cert:lpn");
        // "PE" is physical education in the resumes that write it bare
        assertThat(certs(EXPERIENCE, "PE teacher, Lincoln Middle School, 2015 – 2020\n")).isEmpty();
    }

    @Test
    void aCourseTitleAloneNamesItsSubject() {
        // "Autism Spectrum Disorder" is a Coursera course's title, and first the name of a condition
        assertThat(certs(SKILLS, "Autism Spectrum Disorder, behaviour plans, family coaching\n")).isEmpty();
        assertThat(certs(EDUCATION, "Autism Spectrum Disorder (Coursera), 2021\n")).extracting(Certificate::kind)
                .containsExactly(CredentialKind.ONLINE_COURSE);
    }

    @Test
    void aNameEndsWhereWordsInCapitalsBegin() {
        assertThat(certs(EDUCATION, "Certified Life Coach EXPERT RATING-ONLINE PROGRAM 2017 with specialization in"
                + " career coaching.\n")).extracting(Certificate::name).containsExactly("Certified Life Coach");
    }

    @Test
    void lettersAfterTheNameAreCredentials() {
        List<Certificate> c = certs(CONTACT, "Jane Doe, CISSP\njane@example.com\n",
                EXPERIENCE, "• Ran the SOC for a regional bank.\n");
        assertThat(c).extracting(Certificate::id).containsExactly("cert:cissp");
    }

    @Test
    void aCertificationTrainedForIsNotHeldEvenWhenASkillsListNamesIt() {
        List<Certificate> c = certs(CERTIFICATIONS, "Diploma in hardware. *CCNA trained from a local institute. "
                        + "*ITIL v3 certified.\n",
                SKILLS, "CCNA, Cisco, ITIL, call centre\n");
        assertThat(c).extracting(Certificate::id).doesNotContain("cert:ccna");
    }

    @Test
    void aFieldWrittenAfterACommaBelongsToTheCredential() {
        List<Certificate> c = certs(EDUCATION, """
                North Carolina license, Property Insurance 2009 Charlotte
                North Carolina license, Casualty Insurance 2010 Charlotte
                Certification, Medical Assistant 1995 : Example Community College
                Certification on Software Testing
                """);
        assertThat(c).extracting(Certificate::name).containsExactly("North Carolina license, Property Insurance",
                "North Carolina license, Casualty Insurance", "Certification, Medical Assistant",
                "Certification on Software Testing");
        // another credential or a school after the comma is not a field
        assertThat(certs(CERTIFICATIONS, "CPR Certification, First Aid Certification\n"))
                .extracting(Certificate::name).doesNotContain("CPR Certification, First Aid Certification");
        assertThat(certs(EDUCATION, "Nursing Certificate, Example State College 2011\n"))
                .extracting(Certificate::name).containsExactly("Nursing Certificate");
    }

    @Test
    void educationLinesOfCertificateProgramsAndAccreditations() {
        List<Certificate> c = certs(EDUCATION, """
                Graduate Certificate : Project Management 2010 Example University College
                Certificate Program in Fund Raising, PR : 2003 Example University
                Accredited in Medical Sales - Example Association - 2010
                Certificate of Continuing Education in Management Skills 2004 Dean's List
                Technical IT Certification : Programming and Technology Georgia Tech Institute 1992
                """);
        assertThat(c).extracting(Certificate::name).containsExactly("Graduate Certificate : Project Management",
                "Certificate Program in Fund Raising", "Accredited in Medical Sales",
                "Certificate of Continuing Education in Management Skills",
                "Technical IT Certification : Programming and Technology");
        assertThat(certs(EDUCATION, "I also have Commercial Driver Training. Heavy Equipment Operator Certificate.\n"))
                .extracting(Certificate::name).containsExactly("Heavy Equipment Operator Certificate");
    }

    @Test
    void aBareAcronymNamingAFirmOrAPostIsNoCredential() {
        assertThat(certs(EXPERIENCE, "Worked as IT Manager with CPA Firm Example and Partners, 2004 - 2009.\n",
                OTHER, "Designation: CPA Manager - Credit Operations.\n")).isEmpty();
        // nor does the keyword list of the same resume bring it back
        assertThat(certs(EXPERIENCE, "Worked as IT Manager with CPA Firm Example and Partners, 2004 - 2009.\n",
                SKILLS, "accounting, budgeting, CPA, payroll\n")).isEmpty();
    }

    @Test
    void itemsOfOneLineApartAreReadApart() {
        List<Certificate> c = certs(CERTIFICATIONS,
                "Google Cloud Certified Professional Cloud Architect | VMware VCP | Citrix CCA | SonicWall\n");
        assertThat(c).extracting(Certificate::id).contains("cert:gcp-pca", "cert:vcp")
                .noneMatch(id -> id.startsWith("unknown:google"));
        assertThat(cert(c, "cert:gcp-pca").orElseThrow().mentions().get(0).text())
                .isEqualTo("Google Cloud Certified Professional Cloud Architect");
        assertThat(c).extracting(Certificate::name).contains("Citrix CCA");
    }

    @Test
    void itemsGluedByALostLineBreakAreReadApart() {
        List<Certificate> c = certs(CERTIFICATIONS, "General Contractor License# 961804EPA Accreditation # 18717"
                + "Certified Open Water Diver (PADI)Certified Jump MasterCommunity InvolvementBoy Scouts of America\n");
        assertThat(c).extracting(Certificate::name).contains("General Contractor License",
                "Certified Open Water Diver (PADI)", "Certified Jump Master")
                .noneMatch(n -> n.contains("Scouts") || n.contains("Community"));
        assertThat(certs(CERTIFICATIONS, "Graduated with HonorsHuman Resources Management certificateCoursework in "
                + "Business, Economics and Organizational DevelopmentGraduate certificate in Organizational Development\n"))
                .extracting(Certificate::name)
                .containsExactly("Human Resources Management certificate", "Graduate certificate");
    }

    @Test
    void aListOfCertificationsBeforeASentenceOnMembershipIsStillRead() {
        List<Certificate> c = certs(CERTIFICATIONS, "Lifeguard Certification, Water Safety Certification, Swim Coach"
                + " Certification. *Grew the swim team membership by 40%. *Led monthly drills.\n");
        assertThat(c).extracting(Certificate::name).contains("Lifeguard Certification", "Water Safety Certification",
                "Swim Coach Certification");
    }

    @Test
    void aCredentialWrappedAcrossTwoLinesOfASummary() {
        List<Certificate> c = certs(SUMMARY, "Strong analytical, written and problem-solving skills with clients. Bloomberg\n"
                + "certified as of 2014. Highly adaptive to change.\n");
        assertThat(c).extracting(Certificate::name).containsExactly("Bloomberg certified");
    }

    @Test
    void aCredentialStatedByASentenceOfItsOwnInAJobButNotATaskAboutOne() {
        List<Certificate> c = certs(EXPERIENCE, """
                • Bronze Six Sigma certified.
                • Maintained food handler certification.
                • Trained new staff for the food handler certification exam and scheduled the sessions.
                • And the certified candidates will get placement.
                """);
        assertThat(c).extracting(Certificate::name)
                .containsExactly("Bronze Six Sigma certified", "food handler certification");
    }

    @Test
    void accreditationInAFieldIsACredentialAccreditationOfABodyIsNot() {
        assertThat(certs(EDUCATION, "Accreditation in Public Relations, 2012\n")).extracting(Certificate::name)
                .containsExactly("Accreditation in Public Relations");
        assertThat(certs(CERTIFICATIONS, "National Council for Accreditation of Teacher Education, member\n"))
                .isEmpty();
    }

    @Test
    void aCertificateNamedInsideADegreeIsTheDegree() {
        assertThat(certs(EDUCATION, "Scientific Baccalaureate (General Studies Certification), 1999\n")).isEmpty();
    }

    @Test
    void fragmentsOfSentencesUnderTheHeadingAreNoListedCredentials() {
        List<Certificate> c = certs(CERTIFICATIONS, "Licensure: *Registered Nurse- State of Florida 2017 *Preceptorship"
                + " at the emergency department. *Triaged patients in the Transitional Care Unit. Certificates Achieved.\n");
        assertThat(c).extracting(Certificate::name).containsExactly("Registered Nurse (RN)");
    }

    @Test
    void certifiedBeforeANounAndAPlaceBeforeTheCueNameNothing() {
        assertThat(certs(SUMMARY, "Seeking growth through my experiences Overview Certified project manager with two"
                + " years in managing projects\n")).extracting(Certificate::name).doesNotContain("Overview Certified");
        assertThat(certs(EDUCATION, "Florida Solar Energy School, Cocoa FL Certificate. Course consisted of design.\n"))
                .isEmpty();
    }

    @Test
    void shortLinesInLowerCaseAreItemsOfAListNotOneWrappedLine() {
        List<Certificate> c = certs(CERTIFICATIONS, """
                tennessee license 133714 inactive
                arkansas license 070029 active
                """);
        assertThat(c).hasSize(2);
    }

    @Test
    void aCountryOrASchoolAndADateRunTogetherWithTheCueNameNothing() {
        assertThat(certs(CERTIFICATIONS, "USA Certification\n")).isEmpty();
        assertThat(certs(CERTIFICATIONS, "Food Safety Manager Example Technical College September 2006 Certificate\n"))
                .isEmpty();
    }
}
