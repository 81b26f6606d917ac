package dev.standout.extract;

import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.List;

/** Builds {@link SectionedText} by hand for tests: headings on their own lines, each followed by its content. */
final class Texts {
    private Texts() {
    }

    /** Pairs of (type, content); each section gets a heading line named after its type. */
    static SectionedText sections(Object... typeAndContent) {
        StringBuilder b = new StringBuilder("Alex Example\nalex@example.org\n");
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(SectionType.CONTACT, "", 0, 0, b.length()));
        for (int i = 0; i < typeAndContent.length; i += 2) {
            SectionType type = (SectionType) typeAndContent[i];
            String content = (String) typeAndContent[i + 1];
            int start = b.length();
            String heading = type.name();
            b.append(heading).append('\n');
            int contentStart = b.length();
            b.append(content);
            if (!content.endsWith("\n")) b.append('\n');
            sections.add(new Section(type, heading, start, contentStart, b.length()));
        }
        return new SectionedText(b.toString(), sections);
    }

    /** The whole text as one section of the given type, without a heading. */
    static SectionedText single(SectionType type, String text) {
        return new SectionedText(text, List.of(new Section(type, "", 0, 0, text.length())));
    }
}
