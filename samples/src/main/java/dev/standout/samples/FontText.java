package dev.standout.samples;

import java.io.IOException;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes text drawable with a simple (WinAnsi-encoded) PDF font: characters the font cannot
 * encode are replaced by a close equivalent ("→" by "->", "▪" by "•", "ł" by "l") or, failing
 * that, by "?", instead of making PDFBox throw.
 */
final class FontText {

    private static final Map<Integer, String> FALLBACK = new HashMap<>();

    static {
        for (int cp : new int[] {0x25AA, 0x25AB, 0x25A0, 0x25A1, 0x25CF, 0x25CB, 0x25E6, 0x27A2, 0x25BA, 0x25B6,
                0x2023, 0x2043, 0x2219, 0x2713, 0x2714, 0x2605, 0x2606, 0x25C6, 0x2756, 0x27A4, 0x2794}) {
            FALLBACK.put(cp, "\u2022");
        }
        FALLBACK.put(0x2192, "->");
        FALLBACK.put(0x2190, "<-");
        FALLBACK.put(0x2194, "<->");
        FALLBACK.put(0x21D2, "=>");
        FALLBACK.put(0x2265, ">=");
        FALLBACK.put(0x2264, "<=");
        FALLBACK.put(0x2260, "!=");
        FALLBACK.put(0x2248, "~");
        FALLBACK.put(0x2212, "-");
        FALLBACK.put(0x2010, "-");
        FALLBACK.put(0x2011, "-");
        FALLBACK.put(0x2012, "-");
        FALLBACK.put(0x2015, "\u2014");
        FALLBACK.put(0x2009, " ");
        FALLBACK.put(0x200A, " ");
        FALLBACK.put(0x202F, " ");
        FALLBACK.put(0x2002, " ");
        FALLBACK.put(0x2003, " ");
        FALLBACK.put(0x200B, "");
        FALLBACK.put(0x200C, "");
        FALLBACK.put(0x200D, "");
        FALLBACK.put(0xFEFF, "");
        FALLBACK.put(0x2032, "'");
        FALLBACK.put(0x2033, "\"");
        FALLBACK.put(0x0141, "L");
        FALLBACK.put(0x0142, "l");
        FALLBACK.put(0x0110, "D");
        FALLBACK.put(0x0111, "d");
        FALLBACK.put(0x0131, "i");
        FALLBACK.put(0x2116, "No.");
        FALLBACK.put(0x2122, "(TM)");
    }

    private final PDFont font;
    private final Map<Integer, String> cache = new HashMap<>();

    FontText(PDFont font) {
        this.font = font;
    }

    PDFont font() {
        return font;
    }

    /** The text with every character the font cannot encode replaced. */
    String safe(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> sb.append(cache.computeIfAbsent(cp, this::map)));
        return sb.toString();
    }

    /** Width of already safe text, in points. */
    float width(String safeText, float size) {
        try {
            return font.getStringWidth(safeText) / 1000f * size;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String map(int cp) {
        String s = new String(Character.toChars(cp));
        if (cp == '\t') {
            return " ";
        }
        if (encodable(s)) {
            return s;
        }
        String fb = FALLBACK.get(cp);
        if (fb != null && (fb.isEmpty() || encodable(fb))) {
            return fb;
        }
        // drop accents: "ő" -> "o"
        String stripped = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        if (!stripped.isEmpty() && !stripped.equals(s) && encodable(stripped)) {
            return stripped;
        }
        return "?";
    }

    private boolean encodable(String s) {
        try {
            font.encode(s);
            return font.getStringWidth(s) >= 0;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
