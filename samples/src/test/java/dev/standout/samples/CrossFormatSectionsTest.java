package dev.standout.samples;

import dev.standout.Result;
import dev.standout.Standout;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The same resume as TXT, DOCX and PDF yields the same sections and basically the same text. */
class CrossFormatSectionsTest {
    private static final Path TRIPLETS = Path.of("triplets");
    private static final Standout STANDOUT = Standout.builder().withoutScoring().build();

    private static Result analyze(String name, String ext) throws Exception {
        return STANDOUT.analyze(TRIPLETS.resolve(name + "." + ext));
    }

    private static List<SectionType> types(Result r) {
        return r.sections().stream().map(Section::type).toList();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 1) out.add(w);
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> inter = new HashSet<>(a);
        inter.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return union.isEmpty() ? 1 : (double) inter.size() / union.size();
    }

    @ParameterizedTest
    @ValueSource(strings = {"jordan-whitlock", "mireille-tanaka-boyd", "hannah-meriwether"})
    void sameSectionsInEveryFormat(String name) throws Exception {
        Result txt = analyze(name, "txt");
        Result docx = analyze(name, "docx");
        Result pdf = analyze(name, "pdf");
        assertThat(txt.sections()).hasSizeGreaterThan(3);
        assertThat(new HashSet<>(types(docx))).as("DOCX sections").isEqualTo(new HashSet<>(types(txt)));
        assertThat(new HashSet<>(types(pdf))).as("PDF sections").isEqualTo(new HashSet<>(types(txt)));
        assertThat(docx.resume().basics().name()).isEqualTo(txt.resume().basics().name());
        assertThat(pdf.resume().basics().name()).isEqualTo(txt.resume().basics().name());
        assertThat(pdf.resume().basics().email()).isEqualTo(txt.resume().basics().email());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jordan-whitlock", "mireille-tanaka-boyd", "hannah-meriwether"})
    void basicallyTheSameText(String name) throws Exception {
        Set<String> txt = words(analyze(name, "txt").text());
        assertThat(jaccard(words(analyze(name, "docx").text()), txt)).isGreaterThan(0.95);
        assertThat(jaccard(words(analyze(name, "pdf").text()), txt)).isGreaterThan(0.95);
    }
}
