package dev.standout.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One sample resume written in the light markup of {@code samples/resumes-src/*.txt}.
 *
 * <pre>
 * // comment             ignored
 * &#64;key: value            rendering option (only before the name line)
 * = Full Name            the name, first content line
 * ~ Headline             optional line under the name
 * plain lines            right after the name: contact lines, up to the first blank line
 * # Heading              section heading, written exactly as it should appear
 * #&gt; Heading             heading of a sidebar section (two-column layouts; elsewhere like '#')
 * ## Left &gt;&gt; Right       bold entry line (role, degree) with an optional right-aligned part (dates)
 * ### Left &gt;&gt; Right      italic entry line (employer, place)
 * - text                 bullet
 * | a | b |              table row; a |---|---| row after the first makes that one a header
 * ---                    horizontal rule
 * other lines            a paragraph each (wrapped); **text** is bold
 * blank line             a small gap
 * </pre>
 */
final class ResumeSource {

    enum Kind { HEADING, ENTRY, SUBENTRY, BULLET, PARA, TABLE, RULE, GAP }

    /** One block of a section. {@code right} is the right-aligned part of an entry, or null. */
    record Block(Kind kind, String text, String right, List<List<String>> rows, boolean tableHeader) {
        static Block of(Kind kind, String text) {
            return new Block(kind, text, null, List.of(), false);
        }
    }

    /** A section: its heading (null for none) and blocks. */
    record Section(String heading, boolean side, List<Block> blocks) {
    }

    final String id;
    final Map<String, String> options = new LinkedHashMap<>();
    String name;
    String headline;
    final List<String> contact = new ArrayList<>();
    final List<Section> sections = new ArrayList<>();
    /** Lines of the source as a reader sees them, kept for error messages. */
    private int lineNo;

    private ResumeSource(String id) {
        this.id = id;
    }

    String option(String key, String fallback) {
        String v = options.get(key);
        return v == null || v.isBlank() ? fallback : v.trim();
    }

    boolean flag(String key) {
        String v = options.get(key);
        return v != null && (v.isBlank() || v.trim().equalsIgnoreCase("yes") || v.trim().equalsIgnoreCase("true"));
    }

    static ResumeSource read(Path file) throws IOException {
        String fileName = file.getFileName().toString();
        String id = fileName.replaceFirst("\\.[^.]+$", "");
        ResumeSource r = new ResumeSource(id);
        r.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        return r;
    }

    private void parse(List<String> lines) {
        boolean inContact = false;
        Section current = null;
        List<List<String>> table = null;
        boolean tableHeader = false;
        for (lineNo = 1; lineNo <= lines.size(); lineNo++) {
            String raw = stripTrailing(lines.get(lineNo - 1));
            String line = raw.strip();
            if (line.startsWith("//")) {
                continue;
            }
            // tables end at the first non-table line
            if (table != null && !line.startsWith("|")) {
                current.blocks().add(new Block(Kind.TABLE, null, null, table, tableHeader));
                table = null;
                tableHeader = false;
            }
            if (name == null) {
                if (line.isEmpty()) {
                    continue;
                }
                if (line.startsWith("@")) {
                    int colon = line.indexOf(':');
                    String key = (colon < 0 ? line.substring(1) : line.substring(1, colon)).trim().toLowerCase(Locale.ROOT);
                    options.put(key, colon < 0 ? "" : line.substring(colon + 1).trim());
                    continue;
                }
                if (!line.startsWith("= ")) {
                    throw error("expected '= Name' before any content");
                }
                name = line.substring(2).strip();
                inContact = true;
                continue;
            }
            if (inContact) {
                if (line.startsWith("~ ")) {
                    headline = line.substring(2).strip();
                    continue;
                }
                if (line.isEmpty() || line.startsWith("#")) {
                    inContact = false;
                } else {
                    contact.add(line);
                    continue;
                }
            }
            if (line.startsWith("#") && !line.startsWith("##")) {
                boolean side = line.startsWith("#>");
                String heading = line.substring(side ? 2 : 1).strip();
                current = new Section(heading, side, new ArrayList<>());
                sections.add(current);
                continue;
            }
            if (current == null) {
                if (line.isEmpty()) {
                    continue;
                }
                // content before the first heading (e.g. an untitled summary paragraph)
                current = new Section(null, false, new ArrayList<>());
                sections.add(current);
            }
            List<Block> blocks = current.blocks();
            if (line.isEmpty()) {
                if (!blocks.isEmpty() && blocks.get(blocks.size() - 1).kind() != Kind.GAP) {
                    blocks.add(Block.of(Kind.GAP, null));
                }
            } else if (line.startsWith("|")) {
                List<String> cells = cells(line);
                if (table == null) {
                    table = new ArrayList<>();
                }
                if (cells.stream().allMatch(c -> c.matches(":?-{2,}:?"))) {
                    if (table.size() != 1) {
                        throw error("a |---| row may only follow the first row of a table");
                    }
                    tableHeader = true;
                } else {
                    table.add(cells);
                }
            } else if (line.equals("---")) {
                blocks.add(Block.of(Kind.RULE, null));
            } else if (line.startsWith("### ")) {
                blocks.add(entry(Kind.SUBENTRY, line.substring(4)));
            } else if (line.startsWith("## ")) {
                blocks.add(entry(Kind.ENTRY, line.substring(3)));
            } else if (line.startsWith("- ")) {
                blocks.add(Block.of(Kind.BULLET, line.substring(2).strip()));
            } else {
                blocks.add(Block.of(Kind.PARA, line));
            }
        }
        if (table != null) {
            current.blocks().add(new Block(Kind.TABLE, null, null, table, tableHeader));
        }
        if (name == null) {
            throw error("no '= Name' line");
        }
        for (Section s : sections) {
            List<Block> b = s.blocks();
            while (!b.isEmpty() && b.get(b.size() - 1).kind() == Kind.GAP) {
                b.remove(b.size() - 1);
            }
        }
    }

    private static Block entry(Kind kind, String text) {
        int sep = text.indexOf(">>");
        if (sep < 0) {
            return Block.of(kind, text.strip());
        }
        return new Block(kind, text.substring(0, sep).strip(), text.substring(sep + 2).strip(), List.of(), false);
    }

    private static List<String> cells(String line) {
        String s = line.strip();
        if (s.startsWith("|")) {
            s = s.substring(1);
        }
        if (s.endsWith("|")) {
            s = s.substring(0, s.length() - 1);
        }
        List<String> out = new ArrayList<>();
        for (String c : s.split("\\|", -1)) {
            out.add(c.strip());
        }
        return out;
    }

    private static String stripTrailing(String s) {
        return s.replace("\t", "    ").stripTrailing();
    }

    private IllegalArgumentException error(String message) {
        return new IllegalArgumentException(id + ":" + lineNo + ": " + message);
    }

    // ---- inline markup -------------------------------------------------------------------

    /** A run of text, bold or not. */
    record Run(String text, boolean bold) {
    }

    /** Splits {@code **bold**} spans out of a line. */
    static List<Run> runs(String text) {
        List<Run> out = new ArrayList<>();
        boolean bold = false;
        int i = 0;
        while (i <= text.length()) {
            int j = text.indexOf("**", i);
            if (j < 0) {
                j = text.length();
            }
            if (j > i) {
                out.add(new Run(text.substring(i, j), bold));
            }
            bold = !bold;
            i = j + 2;
        }
        return out;
    }

    /** The line without inline markup. */
    static String plain(String text) {
        return text == null ? null : text.replace("**", "");
    }
}
