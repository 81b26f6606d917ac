package dev.standout.samples;

import java.util.ArrayList;
import java.util.List;

import dev.standout.samples.ResumeSource.Block;
import dev.standout.samples.ResumeSource.Section;

/**
 * Renders a {@link ResumeSource} as a plain-text resume, the way people paste one into a form:
 * lines wrapped at {@code @txt-width} (default 80), dates pushed to the right margin, headings as
 * written and, with {@code @txt-underline: =}, underlined.
 */
final class TextRenderer {

    private final ResumeSource src;
    private final int width;
    private final String underline;
    private final String bullet;
    private final StringBuilder out = new StringBuilder();

    private TextRenderer(ResumeSource src) {
        this.src = src;
        this.width = Integer.parseInt(src.option("txt-width", "80"));
        this.underline = src.option("txt-underline", "");
        this.bullet = src.option("txt-bullet", src.option("bullet", "\u2022"));
    }

    static String render(ResumeSource src) {
        return new TextRenderer(src).write();
    }

    private String write() {
        boolean centered = src.option("header-align", "center").equalsIgnoreCase("center")
            && src.flag("txt-center");
        line(centered ? center(src.name) : src.name);
        if (src.headline != null) {
            line(centered ? center(plain(src.headline)) : plain(src.headline));
        }
        for (String c : src.contact) {
            line(centered ? center(plain(c)) : plain(c));
        }
        for (Section s : src.sections) {
            blank();
            if (s.heading() != null) {
                line(s.heading());
                if (!underline.isEmpty()) {
                    line(underline.repeat(s.heading().length()));
                }
            }
            for (Block b : s.blocks()) {
                block(b);
            }
        }
        // one newline at the end, no trailing blank lines
        while (out.length() > 1 && out.charAt(out.length() - 1) == '\n' && out.charAt(out.length() - 2) == '\n') {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    private void block(Block b) {
        switch (b.kind()) {
            case GAP -> blank();
            case RULE -> line("-".repeat(Math.min(width, 60)));
            case PARA -> wrap(plain(b.text()), "", "");
            case BULLET -> wrap(plain(b.text()), bullet + " ", " ".repeat(bullet.length() + 1));
            case ENTRY, SUBENTRY -> {
                String left = plain(b.text());
                String right = plain(b.right());
                if (right == null) {
                    wrap(left, "", "");
                } else if (left.length() + right.length() + 3 <= width) {
                    line(left + " ".repeat(width - left.length() - right.length()) + right);
                } else {
                    wrap(left, "", "");
                    line(right);
                }
            }
            case TABLE -> table(b.rows(), b.tableHeader());
            default -> throw new IllegalStateException(b.kind().toString());
        }
    }

    private void table(List<List<String>> rows, boolean header) {
        int cols = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] w = new int[cols];
        for (List<String> r : rows) {
            for (int c = 0; c < r.size(); c++) {
                w[c] = Math.max(w[c], plain(r.get(c)).length());
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            StringBuilder sb = new StringBuilder();
            for (int c = 0; c < r.size(); c++) {
                String cell = plain(r.get(c));
                sb.append(cell);
                if (c < r.size() - 1) {
                    sb.append(" ".repeat(w[c] - cell.length() + 3));
                }
            }
            line(sb.toString().stripTrailing());
            if (i == 0 && header) {
                StringBuilder rule = new StringBuilder();
                for (int c = 0; c < cols; c++) {
                    rule.append("-".repeat(w[c]));
                    if (c < cols - 1) {
                        rule.append("   ");
                    }
                }
                line(rule.toString());
            }
        }
    }

    private void wrap(String text, String first, String rest) {
        List<String> words = new ArrayList<>(List.of(text.split(" +")));
        StringBuilder cur = new StringBuilder(first);
        boolean empty = true;
        for (String word : words) {
            if (!empty && cur.length() + 1 + word.length() > width) {
                line(cur.toString());
                cur = new StringBuilder(rest);
                empty = true;
            }
            if (!empty) {
                cur.append(' ');
            }
            cur.append(word);
            empty = false;
        }
        line(cur.toString());
    }

    private String center(String s) {
        int pad = Math.max(0, (width - s.length()) / 2);
        return " ".repeat(pad) + s;
    }

    private void line(String s) {
        out.append(s.stripTrailing()).append('\n');
    }

    private void blank() {
        int n = out.length();
        if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) != '\n') {
            out.append('\n');
        }
    }

    private static String plain(String s) {
        return ResumeSource.plain(s);
    }
}
