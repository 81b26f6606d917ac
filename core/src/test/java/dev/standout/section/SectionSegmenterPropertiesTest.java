package dev.standout.section;

import static org.assertj.core.api.Assertions.assertThat;

import dev.standout.parse.TextNormalizer;
import dev.standout.resume.Basics;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class SectionSegmenterPropertiesTest {

    private static final List<String> PIECES = List.of("Jane Roe", "EXPERIENCE", "Work Experience", "Education",
            "Skills:", "SKILLS", "Technical Skills", "Languages", "Projects", "References", "Summary", "Awards",
            "Java, Python, SQL", "English, French", "Bachelor of Science", "University of Somewhere", "2019 - Present",
            "Jan 2015 to Dec 2018", "Engineer at Acme", "experience in Java", "Communication Skills,", "jane@ex.org",
            "+1 (555) 010-9999", "github.com/jroe", "https://www.linkedin.com/in/jroe", "• ", "- ", ":", ",", ".",
            " ", "  ", "\n", "\n\n", "Responsibilities", "E X P E R I E N C E", "Achievements", "(Less than 1 year)",
            "Additional Information", "Certifications/Licenses", "Name: ", "Curriculum Vitae", "MBA, PMP", "—");

    private final SectionSegmenter segmenter = new SectionSegmenter();
    private final ContactExtractor contacts = new ContactExtractor();

    @Provide
    Arbitrary<String> resumeLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(80).map(l -> String.join(" ", l));
    }

    @Property(tries = 1500)
    void sectionsCoverTheTextInOrder(@ForAll("resumeLike") String raw) {
        String text = TextNormalizer.normalize(raw);
        SectionedText st = segmenter.segment(text);
        SectionSegmenterTest.assertCoversText(st);
        for (Section s : st.sections()) {
            assertThat(s.contentStart()).isBetween(s.start(), s.end());
            if (!s.heading().isEmpty()) assertThat(text.substring(s.start())).startsWith(s.heading());
        }
    }

    @Property(tries = 1000)
    void neverFailsOnAnyText(@ForAll String raw) {
        SectionedText st = segmenter.segment(raw);
        SectionSegmenterTest.assertCoversText(st);
        Basics basics = contacts.extract(st);
        assertThat(basics).isNotNull();
    }

    @Property(tries = 1000)
    void contactsNeverFailAndComeFromTheText(@ForAll("resumeLike") String raw) {
        String text = TextNormalizer.normalize(raw);
        Basics b = contacts.extract(segmenter.segment(text));
        assertThat(text).contains(b.name(), b.email(), b.phone());
    }
}
