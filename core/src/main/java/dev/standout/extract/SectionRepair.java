package dev.standout.extract;

import dev.standout.section.Section;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.List;

/**
 * Undoes section boundaries that cut a bullet item in two: a heading word found in the middle of a bullet line
 * ("• Esri Technical Certification: ArcGIS Desktop Associate, 2021", where "Technical Certification:" reads like
 * a heading with its content) does not start a section; its text stays with the section of the bullet. Stateless.
 */
final class SectionRepair {
    private SectionRepair() {
    }

    /** The sections with those that begin inside a bullet line merged into the one before; the same when none do. */
    static SectionedText repair(SectionedText sectioned) {
        String text = sectioned.text();
        List<Section> sections = sectioned.sections();
        List<Section> out = null;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            if (i > 0 && insideBulletLine(text, s.start())) {
                if (out == null) out = new ArrayList<>(sections.subList(0, i));
                Section prev = out.remove(out.size() - 1);
                out.add(new Section(prev.type(), prev.heading(), prev.start(), prev.contentStart(), s.end()));
            } else if (out != null) {
                out.add(s);
            }
        }
        return out == null ? sectioned : new SectionedText(text, out);
    }

    /** True when {@code at} is after the bullet of a line that opens with one. */
    private static boolean insideBulletLine(String text, int at) {
        int ls = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0 || ls >= at) return false;
        int i = ls;
        while (i < at && Character.isWhitespace(text.charAt(i))) i++;
        return i < at && text.charAt(i) == '\u2022';
    }
}
