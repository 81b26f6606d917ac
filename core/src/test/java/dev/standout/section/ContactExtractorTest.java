package dev.standout.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Basics;
import dev.standout.resume.Profile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ContactExtractorTest {

    private final SectionSegmenter segmenter = new SectionSegmenter();
    private final ContactExtractor extractor = new ContactExtractor();

    private Basics extract(String raw) {
        return extractor.extract(segmenter.segment(TextNormalizer.normalize(raw)));
    }

    @Test
    void readsAClassicHeader() {
        Basics b = extract("""
                Jane Q. Roe
                Senior Backend Engineer
                Springfield, IL | jane.roe@example.org | +1 (555) 010-9999
                github.com/janeroe | https://www.linkedin.com/in/jane-roe-42/ | janeroe.dev

                SUMMARY
                Builds dependable payment systems.
                """);
        assertThat(b.name()).isEqualTo("Jane Q. Roe");
        assertThat(b.label()).isEqualTo("Senior Backend Engineer");
        assertThat(b.email()).isEqualTo("jane.roe@example.org");
        assertThat(b.phone()).isEqualTo("+1 (555) 010-9999");
        assertThat(b.url()).isEqualTo("https://janeroe.dev");
        assertThat(b.profiles()).extracting(Profile::network, Profile::username).containsExactly(
                org.assertj.core.groups.Tuple.tuple("GitHub", "janeroe"),
                org.assertj.core.groups.Tuple.tuple("LinkedIn", "jane-roe-42"),
                org.assertj.core.groups.Tuple.tuple("Website", ""));
    }

    @Test
    void skipsTitlesAboveTheName() {
        Basics b = extract("Curriculum Vitae\n\nOmar Haddad\nData Analyst - Blue Fin Labs\nomar@example.net\n");
        assertThat(b.name()).isEqualTo("Omar Haddad");
        assertThat(b.label()).isEqualTo("Data Analyst");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Jane Roe, MBA, PMP; Jane Roe",
        "JANE ROE; JANE ROE",
        "Jane Roe | jane@example.org | 555-010-9999; Jane Roe",
        "Name: Jane Roe; Jane Roe",
        "Resume of Jane Roe; Jane Roe",
        "Jean-Luc de la Croix; Jean-Luc de la Croix",
        "Jane Roe 12 Main Street, Springfield; Jane Roe",
        "Mary O'Neil, Ph.D.; Mary O'Neil",
        "kim lee; kim lee",
    })
    void findsTheNameInManyHeaderShapes(String firstLine, String name) {
        Basics b = extract(firstLine + "\njane@example.org\n\nEXPERIENCE\nWork\n");
        assertThat(b.name()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PROFESSIONAL SUMMARY", "Curriculum Vitae", "Senior Software Engineer",
        "Database Administrator Database Administrator", "Springfield, IL", "Configuring Oracle Clusters",
        "SOUS CHEF"})
    void takesNoHeadingTitleOrPlaceForAName(String firstLine) {
        Basics b = extract(firstLine + "\nSeasoned professional with ten years in the field.\n");
        assertThat(b.name()).isEmpty();
    }

    @Test
    void readsTheHeadlineOfAResumeWithoutAName() {
        Basics b = extract("Data Engineer Data Engineer Data Engineer - Northwind Traders Springfield, IL\n"
                + "Builds pipelines.\n");
        assertThat(b.name()).isEmpty();
        assertThat(b.label()).isEqualTo("Data Engineer");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Phone: +1 (555) 010-9999 | +1 (555) 010-9999",
        "Mobile: +91-9876543210 | +91-9876543210",
        "Tel (555) 010 9999 | (555) 010 9999",
        "Cell: 555.010.9999 | 555.010.9999",
        "T: +44 20 7946 0000 | +44 20 7946 0000",
        "Phone 0044 20 7946 0000 | 0044 20 7946 0000",
        "Ph: 555-010-9999 2019 | 555-010-9999",
    })
    void readsPhoneNumbersInInternationalFormats(String line, String phone) {
        assertThat(extract("Jane Roe\n" + line + "\n").phone()).isEqualTo(phone);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Acme Corp 2014 - 2018", "Joined 12/08/2019", "Server 192.168.10.20",
        "Oracle 11.2.0.4 and 12.1.0.2", "Springfield, IL 62704-1234", "Employee id 1234567", "2008 2012 2016"})
    void takesNoDateYearRangeAddressOrVersionForAPhone(String line) {
        assertThat(extract("Jane Roe\n" + line + "\n").phone()).isEmpty();
    }

    @Test
    void looksForContactsBeyondTheContactBlockButOnlyForClearOnes() {
        Basics b = extract("Jane Roe\n\nEXPERIENCE\nAcme, 2014 - 2018, ticket 5550109999\n\nREFERENCES\n"
                + "Contact me: jane@example.org, Phone: +1 555 010 9999\n");
        assertThat(b.email()).isEqualTo("jane@example.org");
        assertThat(b.phone()).isEqualTo("+1 555 010 9999");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://github.com/janeroe | GitHub | janeroe",
        "gitlab.com/jroe | GitLab | jroe",
        "https://stackoverflow.com/users/12345/jane-roe | Stack Overflow | jane-roe",
        "https://www.kaggle.com/janeroe | Kaggle | janeroe",
        "twitter.com/jane_roe | Twitter | jane_roe",
        "https://x.com/jane_roe | Twitter | jane_roe",
        "https://medium.com/@janeroe | Medium | janeroe",
        "https://janeroe.medium.com | Medium | janeroe",
        "http://in.linkedin.com/in/janeroe | LinkedIn | janeroe",
        "GitHub: janeroe | GitHub | janeroe",
        "Twitter - @jane_roe | Twitter | jane_roe",
    })
    void recognizesProfileLinks(String link, String network, String username) {
        Basics b = extract("Jane Roe\njane@example.org\n" + link + "\n");
        assertThat(b.profiles()).extracting(Profile::network).contains(network);
        Profile p = b.profiles().stream().filter(x -> x.network().equals(network)).findFirst().orElseThrow();
        assertThat(p.username()).isEqualTo(username);
        assertThat(p.url()).startsWith("http");
    }

    @Test
    void takesNoTechnologyNameForAWebSite() {
        Basics b = extract("Jane Roe\njane@example.org\nSkills: ASP.NET, VB.NET, Node.js\n");
        assertThat(b.url()).isEmpty();
        assertThat(b.profiles()).isEmpty();
    }

    @Test
    void returnsEmptyValuesWhenNothingIsThere() {
        Basics b = extract("");
        assertThat(b).isEqualTo(Basics.EMPTY);
    }
}
