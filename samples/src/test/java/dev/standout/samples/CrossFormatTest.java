package dev.standout.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.parse.DocumentFormat;
import dev.standout.resume.Certificate;
import dev.standout.resume.Resume;
import dev.standout.resume.Skill;

/**
 * Each triplet of {@code triplets/} (the same resume as TXT, DOCX and PDF) analyzed with {@link Standout#create()}
 * names the same credentials, the same projects and the same skills in every format, and scores within three points
 * of the TXT in every format.
 *
 * <p>One difference is allowed, because it comes from the layout and not from the words: a skill that the taxonomy
 * does not know, read from a list item ({@code unknown:…}), may be kept in one format and not in another when the
 * list wraps at other words (the TXT is wrapped at 80 columns, the PDF at its column width, the DOCX not at all),
 * since the decision to keep such an item looks at its line. In {@code hannah-meriwether} the "Clinical Skills"
 * paragraph, a list of bullets on three TXT lines, two PDF lines and one DOCX line, gives "IV insertion",
 * "ultrasound-guided IV" and "PICC care" in the PDF only. Such a skill must still be spelled, word for word, in
 * every format, and at most three of them may differ per triplet. Skills from the taxonomy must be the same.
 */
class CrossFormatTest {

    private static final Path TRIPLETS = Path.of("triplets");
    private static final Standout STANDOUT = Standout.create();

    static Stream<String> triplets() throws Exception {
        try (Stream<Path> s = Files.list(TRIPLETS)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".txt"))
                    .map(n -> n.substring(0, n.length() - 4))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triplets")
    void theThreeFormatsNameTheSameSkillsCredentialsAndProjects(String id) throws Exception {
        Map<String, Result> byFormat = new LinkedHashMap<>();
        for (String ext : List.of("txt", "docx", "pdf")) {
            byFormat.put(ext, STANDOUT.analyze(TRIPLETS.resolve(id + "." + ext)));
        }
        assertThat(byFormat.get("txt").format()).isEqualTo(DocumentFormat.TXT);
        assertThat(byFormat.get("docx").format()).isEqualTo(DocumentFormat.DOCX);
        assertThat(byFormat.get("pdf").format()).isEqualTo(DocumentFormat.PDF);

        Resume txt = byFormat.get("txt").resume();
        assertThat(txt.skills()).as("skills of %s", id).isNotEmpty();
        double txtScore = byFormat.get("txt").analysis().orElseThrow().score();
        for (String ext : List.of("docx", "pdf")) {
            assertThat(byFormat.get(ext).analysis().orElseThrow().score()).as("score of %s.%s", id, ext)
                    .isCloseTo(txtScore, org.assertj.core.data.Offset.offset(3.0));
        }
        for (String ext : List.of("docx", "pdf")) {
            Resume other = byFormat.get(ext).resume();
            assertThat(credentials(other)).as("credentials of %s.%s", id, ext).isEqualTo(credentials(txt));
            assertThat(projects(other)).as("projects of %s.%s", id, ext).isEqualTo(projects(txt));
            assertThat(known(other)).as("taxonomy skills of %s.%s", id, ext).isEqualTo(known(txt));

            Set<String> differ = new TreeSet<>(unknown(other));
            differ.addAll(unknown(txt));
            Set<String> both = new TreeSet<>(unknown(other));
            both.retainAll(unknown(txt));
            differ.removeAll(both);
            assertThat(differ).as("unknown list skills of %s.%s that differ from the TXT", id, ext).hasSizeLessThanOrEqualTo(3);
            for (String d : differ) {
                String words = d.substring("unknown:".length());
                for (Result r : byFormat.values()) {
                    assertThat(wordsOf(r.text())).as("'%s' in every format of %s", words, id).contains(words);
                }
            }
        }
    }

    private static Set<String> credentials(Resume r) {
        return r.certificates().stream().map(Certificate::id).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> projects(Resume r) {
        return r.projects().stream().map(p -> wordsOf(p.name())).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> known(Resume r) {
        return r.skills().stream().map(Skill::id).filter(i -> !i.startsWith("unknown:"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> unknown(Resume r) {
        return r.skills().stream().map(Skill::id).filter(i -> i.startsWith("unknown:"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Lower-cased words joined by single spaces, punctuation folded, as in the ids of unknown skills. */
    private static String wordsOf(String s) {
        return String.join(" ", Stream.of(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}+#]+"))
                .filter(w -> !w.isEmpty()).toList());
    }
}
