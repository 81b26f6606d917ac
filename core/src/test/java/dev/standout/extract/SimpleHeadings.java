package dev.standout.extract;

import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple heading splitter for the evaluation only, until the section segmenter lands: a line that
 * is one of a few common headings (any case, optional colon) starts a section. A text flattened to one line is
 * split at the same words where they stand in capitals or title case.
 */
final class SimpleHeadings {
    private SimpleHeadings() {
    }

    private static final Map<String, SectionType> HEADINGS = Map.ofEntries(
            Map.entry("work experience", SectionType.EXPERIENCE),
            Map.entry("experience", SectionType.EXPERIENCE),
            Map.entry("professional experience", SectionType.EXPERIENCE),
            Map.entry("employment history", SectionType.EXPERIENCE),
            Map.entry("employment", SectionType.EXPERIENCE),
            Map.entry("work history", SectionType.EXPERIENCE),
            Map.entry("career history", SectionType.EXPERIENCE),
            Map.entry("internships", SectionType.EXPERIENCE),
            Map.entry("education", SectionType.EDUCATION),
            Map.entry("academics", SectionType.EDUCATION),
            Map.entry("academic qualifications", SectionType.EDUCATION),
            Map.entry("educational qualifications", SectionType.EDUCATION),
            Map.entry("educational qualification", SectionType.EDUCATION),
            Map.entry("academic qualification", SectionType.EDUCATION),
            Map.entry("qualifications", SectionType.EDUCATION),
            Map.entry("education and training", SectionType.EDUCATION),
            Map.entry("skills", SectionType.SKILLS),
            Map.entry("technical skills", SectionType.SKILLS),
            Map.entry("key skills", SectionType.SKILLS),
            Map.entry("skill set", SectionType.SKILLS),
            Map.entry("core competencies", SectionType.SKILLS),
            Map.entry("highlights", SectionType.SKILLS),
            Map.entry("projects", SectionType.PROJECTS),
            Map.entry("academic projects", SectionType.PROJECTS),
            Map.entry("personal projects", SectionType.PROJECTS),
            Map.entry("key projects", SectionType.PROJECTS),
            Map.entry("project details", SectionType.PROJECTS),
            Map.entry("certifications", SectionType.CERTIFICATIONS),
            Map.entry("certifications/licenses", SectionType.CERTIFICATIONS),
            Map.entry("certificates", SectionType.CERTIFICATIONS),
            Map.entry("awards", SectionType.AWARDS),
            Map.entry("accomplishments", SectionType.AWARDS),
            Map.entry("achievements", SectionType.AWARDS),
            Map.entry("publications", SectionType.PUBLICATIONS),
            Map.entry("summary", SectionType.SUMMARY),
            Map.entry("professional summary", SectionType.SUMMARY),
            Map.entry("profile", SectionType.SUMMARY),
            Map.entry("objective", SectionType.SUMMARY),
            Map.entry("career objective", SectionType.SUMMARY),
            Map.entry("languages", SectionType.LANGUAGES),
            Map.entry("interests", SectionType.INTERESTS),
            Map.entry("hobbies", SectionType.INTERESTS),
            Map.entry("links", SectionType.OTHER),
            Map.entry("additional information", SectionType.OTHER),
            Map.entry("personal details", SectionType.OTHER),
            Map.entry("references", SectionType.OTHER),
            Map.entry("declaration", SectionType.OTHER));

    private static final Pattern INLINE = Pattern.compile(
            "(?<=\\s|^)(Work Experience|WORK EXPERIENCE|Experience|EXPERIENCE|Education|EDUCATION|Skills|SKILLS"
                    + "|Additional Information|ADDITIONAL INFORMATION|Certifications|CERTIFICATIONS|Projects|PROJECTS"
                    + "|Links|LINKS|Awards|AWARDS|Publications|PUBLICATIONS)(?=\\s)");

    /** A short line in capitals that holds a section word: "RELATED EXPERIENCE", "ACADEMIC QUALIFICATIONS". */
    private static SectionType byKeyword(String line) {
        if (line.length() > 40 || line.split("\\s+").length > 4) return null;
        if (!line.equals(line.toUpperCase(Locale.ROOT))) {
            // "Internship/Experience": title case with a slash or ampersand between section words
            if (!line.matches("[A-Z][a-z]+(?:\\s*[/&]\\s*[A-Z][a-z]+)+")) return null;
            line = line.toUpperCase(Locale.ROOT);
        }
        if (!line.matches("[A-Z &/,.'-]+")) return null;
        if (line.endsWith("EXPERIENCE") || line.contains("EMPLOYMENT") || line.endsWith("HISTORY")) return SectionType.EXPERIENCE;
        if (line.contains("EDUCATION") || line.contains("QUALIFICATION") || line.contains("ACADEMIC")) return SectionType.EDUCATION;
        if (line.contains("PROJECT")) return SectionType.PROJECTS;
        if (line.contains("SKILL")) return SectionType.SKILLS;
        if (line.contains("CERTIF")) return SectionType.CERTIFICATIONS;
        return null;
    }

    /**
     * Texts flattened to one line whose line breaks survive only as runs of spaces (as in part of the dotin set) get
     * their breaks back; other texts are returned as they are.
     */
    static String restoreLines(String text) {
        String t = text.strip();
        if (t.startsWith("\"") && t.endsWith("\"")) t = t.substring(1, t.length() - 1);
        long breaks = t.chars().filter(c -> c == '\n').count();
        if (breaks * 300 > t.length()) return text;
        return t.replaceAll("[ \\t]{2,}", "\n");
    }

    static SectionedText split(String text) {
        List<int[]> heads = new ArrayList<>(); // start, contentStart, type ordinal
        int i = 0;
        boolean oneLine = text.indexOf('\n') < 0 || text.length() / Math.max(1, text.split("\n").length) > 500;
        if (oneLine) {
            Matcher m = INLINE.matcher(text);
            while (m.find()) {
                SectionType t = HEADINGS.get(m.group(1).toLowerCase(Locale.ROOT));
                heads.add(new int[]{m.start(), m.end(), t.ordinal()});
            }
        } else {
            while (i < text.length()) {
                int nl = text.indexOf('\n', i);
                int end = nl < 0 ? text.length() : nl;
                String line = text.substring(i, end).trim().replaceAll("[:\\-]+$", "").trim();
                SectionType t = HEADINGS.get(line.toLowerCase(Locale.ROOT));
                if (t == null) t = byKeyword(line);
                if (t != null && line.length() < 40) heads.add(new int[]{i, end, t.ordinal()});
                i = end + 1;
            }
        }
        List<Section> sections = new ArrayList<>();
        if (heads.isEmpty() || heads.get(0)[0] > 0) {
            sections.add(new Section(SectionType.CONTACT, "", 0, 0, heads.isEmpty() ? text.length() : heads.get(0)[0]));
        }
        for (int k = 0; k < heads.size(); k++) {
            int[] h = heads.get(k);
            int end = k + 1 < heads.size() ? heads.get(k + 1)[0] : text.length();
            sections.add(new Section(SectionType.values()[h[2]], text.substring(h[0], h[1]).trim(), h[0],
                    Math.min(h[1], end), end));
        }
        return new SectionedText(text, sections);
    }
}
