package dev.standout.parse;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Cleans the text a {@link DocumentParser} extracted so that later stages see one spelling of the same thing.
 *
 * <p>What {@link #normalize(String)} does, in this order:
 * <ol>
 *   <li>Literal byte escapes left by careless exports ({@code \xe2\x80\xa2}) that spell valid UTF-8 are decoded.</li>
 *   <li>HTML markup: tags of common HTML elements are removed (block elements such as {@code <br>}, {@code <p>},
 *       {@code <li>} become line breaks), comments dropped, character references ({@code &amp;}, {@code &#8226;},
 *       {@code &nbsp;} …) decoded. Text such as {@code a < b} is left alone.</li>
 *   <li>Mojibake, i.e. UTF-8 bytes decoded as Windows-1252 or Latin-1, is repaired: each run of characters that
 *       re-encodes to Windows-1252 bytes is decoded again as UTF-8, one sequence at a time, and a sequence is
 *       replaced only when it is valid UTF-8 and decodes to a character that mojibake plausibly came from
 *       (Latin letters, punctuation, symbols, bullets, fullwidth forms, emoji…). Legitimate text ({@code Ärzte},
 *       {@code São Paulo}, {@code Fuß“}) does not form such sequences and stays as it is. Text encoded twice is
 *       repaired twice. A zero-width space inside a sequence stands for a byte that Windows-1252 does not define
 *       (which renderers drop). {@code Â} before a space is an orphan of a no-break space and is removed. C1
 *       control characters are read as the Windows-1252 characters they stand for.</li>
 *   <li>Characters: ligatures (ﬁ ﬂ ﬀ ﬃ ﬄ) and fullwidth ASCII are folded (NFKC-like); typographic quotes become
 *       ASCII quotes ({@code ’} → {@code '}, {@code “} → {@code "}), Unicode hyphens and the minus sign become
 *       {@code -} (en and em dashes are kept); no-break and other Unicode spaces and tabs become a space;
 *       zero-width characters, the BOM and soft hyphens are removed; CR LF, CR and Unicode line separators become
 *       LF; other control characters become a space; decomposed accents are composed (NFC); bullets of any shape
 *       (● ▪ ◦ ■ ► ✓ ➢ ❖ ◆, Symbol/Wingdings private-use glyphs such as U+F0B7 …) become {@code •}.</li>
 *   <li>Flattened text: a long text with (almost) no line breaks, such as a resume exported as one line, gets
 *       its line breaks back where it has runs of two or more spaces (the usual trace of the breaks it lost).</li>
 *   <li>Lines: spaces are collapsed and lines trimmed; a list marker at the start of a line ({@code •}, {@code o},
 *       {@code *}, {@code -}, {@code –}, {@code ·}, {@code »}, {@code §}, {@code Ø}, a lone {@code ?} left where
 *       an encoder lost a bullet, …) becomes the one marker {@code "• "}, and a bullet alone on its line joins the
 *       next line; a word hyphenated across a line break ({@code develop-\nment}) is joined when both sides are
 *       lowercase letters (the hyphen is kept when the first part already holds a hyphen, is one letter or is a
 *       usual compound prefix such as {@code self-}, so {@code state-of-the-\nart} gives {@code state-of-the-art});
 *       at most one blank line in a row, none at the start or the end.</li>
 * </ol>
 *
 * <p>The result is stable: {@code normalize(normalize(x)).equals(normalize(x))}. Offsets found by later stages
 * refer to the normalized text.
 *
 * <p>Stateless and safe to use from any number of threads. Cost is linear in the text's length; a text with no
 * markup or mojibake is passed over four times.
 */
public final class TextNormalizer {

    /** The one list marker that normalized text uses at the start of a line, followed by a space. */
    public static final char BULLET = '\u2022';

    private static final int MAX_ROUNDS = 4;

    private TextNormalizer() {
    }

    /**
     * Normalizes text extracted from a document.
     *
     * @param raw the text as extracted; not null
     * @return the normalized text (possibly empty), never null
     */
    public static String normalize(String raw) {
        Objects.requireNonNull(raw, "raw");
        String text = raw;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Run run = new Run();
            String out = run.apply(text);
            if (!run.again || out.equals(text)) {
                return out;
            }
            text = out;
        }
        return text;
    }

    /** One pass of all stages; {@code again} tells whether its output may hold work for another pass. */
    private static final class Run {
        boolean again;

        String apply(String s) {
            if (s.indexOf("\\x") >= 0 || s.indexOf("\\X") >= 0) {
                s = decodeByteEscapes(s);
            }
            if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) {
                s = stripMarkup(s);
            }
            if (Mojibake.suspicious(s)) {
                // later stages change the neighbours that repairs look at; a second pass checks for more
                again = true;
                s = Mojibake.repair(s);
            }
            s = foldCharacters(s);
            return Lines.finish(s, this);
        }

        // ---- stage 1: literal byte escapes ----

        private String decodeByteEscapes(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int n = s.length();
            int i = 0;
            byte[] bytes = new byte[64];
            while (i < n) {
                if (!isEscapeAt(s, i)) {
                    out.append(s.charAt(i++));
                    continue;
                }
                int runStart = i;
                int count = 0;
                while (count < bytes.length && isEscapeAt(s, i)) {
                    bytes[count++] = (byte) Integer.parseInt(s.substring(i + 2, i + 4), 16);
                    i += 4;
                }
                int k = 0;
                int escapeStart = runStart;
                while (k < count) {
                    int b = bytes[k] & 0xFF;
                    int len = Utf8.sequenceLength(b);
                    int cp = len > 1 && k + len <= count ? Utf8.decode(bytes, k, len) : -1;
                    if (cp >= 0) {
                        out.appendCodePoint(cp);
                        again = true;
                        k += len;
                        escapeStart += 4 * len;
                    } else if (b < 0x20 || b == 0x7F) {
                        out.append(' ');
                        k++;
                        escapeStart += 4;
                    } else {
                        out.append(s, escapeStart, escapeStart + 4);
                        k++;
                        escapeStart += 4;
                    }
                }
            }
            return out.toString();
        }

        private static boolean isEscapeAt(String s, int i) {
            return i + 3 < s.length() && s.charAt(i) == '\\' && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')
                    && isHex(s.charAt(i + 2)) && isHex(s.charAt(i + 3));
        }

        private static boolean isHex(char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        }

        // ---- stage 2: HTML markup ----

        private String stripMarkup(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int n = s.length();
            int i = 0;
            boolean stripped = false;
            boolean strayAngle = false;
            while (i < n) {
                char c = s.charAt(i);
                if (c == '<') {
                    int end = Html.tagEnd(s, i);
                    if (end < 0) {
                        strayAngle = true;
                    } else {
                        stripped = true;
                        boolean block = Html.isBlockTag(s, i);
                        if (block) {
                            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') out.append('\n');
                        } else if (out.length() > 0 && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && end < n && !Character.isWhitespace(s.charAt(end)) && s.charAt(end) != '<') {
                            again = true; // two pieces of text meet: they may form something new
                        }
                        i = end;
                        continue;
                    }
                } else if (c == '&') {
                    int end = Html.entityEnd(s, i);
                    if (end > 0) {
                        int cp = Html.entityValue(s, i, end);
                        if (cp >= 0 && !(cp == '&' && Html.entityBodyEnd(s, end) > 0)) {
                            if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
                                out.append(' ');
                            } else {
                                out.appendCodePoint(cp);
                            }
                            if (cp == '<' || cp == '>' || cp == '&' || cp == '\\' || cp > 0x7F) {
                                again = true;
                            }
                            i = end;
                            continue;
                        }
                    }
                }
                out.append(c);
                i++;
            }
            if (stripped && strayAngle) again = true; // "<sp<b>an>" is a tag once "<b>" is gone
            return out.toString();
        }

        // ---- stage 4: characters ----

        private String foldCharacters(String s) {
            StringBuilder out = new StringBuilder(s.length());
            boolean combining = false;
            boolean deleted = false;
            int n = s.length();
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x20 && c < 0x7F) {
                    out.append(c);
                    continue;
                }
                switch (c) {
                    case '\n':
                        out.append('\n');
                        continue;
                    case '\r':
                        out.append('\n');
                        if (i + 1 < n && s.charAt(i + 1) == '\n') i++;
                        continue;
                    case '\t':
                        out.append(' ');
                        continue;
                    case '\u000B', '\u000C', '\u2028', '\u2029':
                        out.append('\n');
                        continue;
                    case '\u00AD': // soft hyphen: joins a word broken across lines, else vanishes
                        i = softHyphen(s, i, out);
                        deleted = true;
                        continue;
                    case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u180E', '\u200E', '\u200F', '\u202A',
                            '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069':
                        deleted = true;
                        continue;
                    case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u2035', '\u00B4':
                        if (c != '\u00B4' || (i > 0 && Character.isLetter(s.charAt(i - 1)))) {
                            out.append('\'');
                        } else {
                            out.append(c);
                        }
                        continue;
                    case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u2036':
                        out.append('"');
                        continue;
                    case '\u2010', '\u2011', '\u2212', '\u2043':
                        out.append(c == '\u2043' ? BULLET : '-');
                        continue;
                    case '\uFB00':
                        out.append("ff");
                        continue;
                    case '\uFB01':
                        out.append("fi");
                        continue;
                    case '\uFB02':
                        out.append("fl");
                        continue;
                    case '\uFB03':
                        out.append("ffi");
                        continue;
                    case '\uFB04':
                        out.append("ffl");
                        continue;
                    case '\uFB05', '\uFB06':
                        out.append("st");
                        continue;
                    default:
                        break;
                }
                if (c < 0x20 || c == 0x7F || c == '\uFFFC') {
                    out.append(' '); // control characters and the object replacement character of an image
                } else if (c >= '\uFF01' && c <= '\uFF5E') {
                    out.append((char) (c - 0xFEE0));
                    deleted = true; // may complete a tag name or a reference
                } else if (Character.isSpaceChar(c)) {
                    out.append(' ');
                } else if (isBulletGlyph(c)) {
                    out.append(BULLET);
                } else if (c >= '\uE000' && c <= '\uF8FF') {
                    // Symbol and Wingdings glyphs (U+F000–U+F0FF) are bullets in resumes; other private-use
                    // glyphs are icon fonts (phone, envelope…) that separate items.
                    out.append(c >= '\uF000' && c <= '\uF0FF' ? BULLET : ' ');
                } else {
                    if (c >= '\u0300' && c <= '\u036F') combining = true;
                    out.append(c);
                }
            }
            String folded = out.toString();
            if (deleted && (folded.indexOf('&') >= 0 || folded.indexOf('<') >= 0 || folded.indexOf('\\') >= 0)) {
                again = true; // "&\u00ADamp;" is a reference once the soft hyphen is gone, "<ｂ>" a tag once folded
            }
            if (combining && !Normalizer.isNormalized(folded, Normalizer.Form.NFC)) {
                folded = Normalizer.normalize(folded, Normalizer.Form.NFC);
                again = true;
            }
            return folded;
        }

        /**
         * A soft hyphen before a line break joins the word's parts; one standing alone between spaces was used as
         * a visible dash; anywhere else it vanishes. Returns the index of the last character consumed.
         */
        private static int softHyphen(String s, int i, StringBuilder out) {
            int n = s.length();
            boolean letterBefore = out.length() > 0 && Character.isLetter(out.charAt(out.length() - 1));
            int j = i + 1;
            while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) j++;
            if (letterBefore && j < n && (s.charAt(j) == '\n' || s.charAt(j) == '\r')) {
                int k = j + 1;
                if (s.charAt(j) == '\r' && k < n && s.charAt(k) == '\n') k++;
                while (k < n && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) k++;
                if (k < n && Character.isLowerCase(s.charAt(k))) return k - 1;
                return i;
            }
            boolean spaceBefore = out.length() > 0 && out.charAt(out.length() - 1) == ' ';
            boolean spaceAfter = i + 1 < n && s.charAt(i + 1) == ' ';
            if (spaceBefore && spaceAfter) out.append('-');
            return i;
        }
    }

    /** Bullet glyphs that mean "list item" wherever they stand. */
    private static final String BULLET_GLYPHS = "\u2022\u2023\u2219\u25CF\u25AA\u25AB\u25E6\u25A0\u25A1"
            + "\u25BA\u25B6\u25B8\u25C6\u25C7\u25C9\u25CB\u25D8\u25D9\u25FB\u25FC\u25FD\u25FE\u2666\u2663"
            + "\u2660\u2665\u2713\u2714\u2756\u2751\u2752\u27A2\u27A3\u27A4\u2794\u2799\u279B\u279C\u279D"
            + "\u279E\u27A1\u29BF\u26AB\u2B24\u2B1B\u2B1C\u2605\u2606\u2726\u2727\u21E8\u3013\u204C\u204D";

    static boolean isBulletGlyph(char c) {
        return c >= '\u2022' && BULLET_GLYPHS.indexOf(c) >= 0;
    }

    /** UTF-8 byte-level helpers. */
    static final class Utf8 {
        private Utf8() {
        }

        /** Length of the sequence a lead byte announces; 1 for ASCII, 0 for a byte that cannot lead. */
        static int sequenceLength(int b) {
            if (b < 0x80) return 1;
            if (b >= 0xC2 && b <= 0xDF) return 2;
            if (b >= 0xE0 && b <= 0xEF) return 3;
            if (b >= 0xF0 && b <= 0xF4) return 4;
            return 0;
        }

        /** Decodes one well-formed multi-byte sequence, or returns -1. */
        static int decode(byte[] bytes, int at, int len) {
            int b0 = bytes[at] & 0xFF;
            int cp;
            if (len == 2) {
                cp = b0 & 0x1F;
            } else if (len == 3) {
                cp = b0 & 0x0F;
            } else if (len == 4) {
                cp = b0 & 0x07;
            } else {
                return -1;
            }
            for (int k = 1; k < len; k++) {
                int b = bytes[at + k] & 0xFF;
                if ((b & 0xC0) != 0x80) return -1;
                cp = (cp << 6) | (b & 0x3F);
            }
            if (len == 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) return -1;
            if (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) return -1;
            return cp;
        }
    }

    /** Recognizes HTML tags and character references. */
    static final class Html {
        private static final Set<String> TAGS = Set.of("a", "abbr", "b", "big", "blockquote", "body", "br", "center",
                "code", "dd", "div", "dl", "dt", "em", "font", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "html",
                "i", "img", "li", "ol", "p", "pre", "s", "small", "span", "strike", "strong", "sub", "sup", "table",
                "tbody", "td", "th", "thead", "tfoot", "tr", "tt", "u", "ul", "section", "article", "header", "footer",
                "nav", "label", "meta", "link", "title", "o:p", "mark", "ins", "del", "cite", "q", "main", "aside");
        private static final Set<String> BLOCK = Set.of("br", "div", "p", "li", "tr", "h1", "h2", "h3", "h4", "h5",
                "h6", "ul", "ol", "table", "hr", "blockquote", "pre", "dd", "dt", "dl", "section", "article",
                "header", "footer", "title", "main", "aside");
        private static final int MAX_TAG = 400;

        private Html() {
        }

        /** End (exclusive) of a tag or comment starting at {@code i}, or -1 when there is none there. */
        static int tagEnd(String s, int i) {
            int n = s.length();
            if (s.startsWith("<!--", i)) {
                int close = s.indexOf("-->", i + 4);
                return close < 0 || close - i > 10_000 ? -1 : close + 3;
            }
            int j = i + 1;
            if (j < n && s.charAt(j) == '/') j++;
            int nameStart = j;
            while (j < n && (isAsciiLetterOrDigit(s.charAt(j)) || s.charAt(j) == ':')) j++;
            if (j == nameStart || !isAsciiLetter(s.charAt(nameStart))) return -1;
            if (!TAGS.contains(s.substring(nameStart, j).toLowerCase(Locale.ROOT))) return -1;
            if (j >= n) return -1;
            char after = s.charAt(j);
            if (after != '>' && after != '/' && after != ' ' && after != '\n' && after != '\t' && after != '\r') {
                return -1;
            }
            for (int k = j; k < n && k - i < MAX_TAG; k++) {
                char c = s.charAt(k);
                if (c == '>') return k + 1;
                if (c == '<' || c == '\n') return -1;
            }
            return -1;
        }

        static boolean isBlockTag(String s, int i) {
            if (s.startsWith("<!--", i)) return false;
            int j = i + 1;
            if (s.charAt(j) == '/') j++;
            int start = j;
            while (j < s.length() && isAsciiLetterOrDigit(s.charAt(j))) j++;
            return BLOCK.contains(s.substring(start, j).toLowerCase(Locale.ROOT));
        }

        /** End (exclusive, after the ';') of a character reference at {@code i}, or -1. */
        static int entityEnd(String s, int i) {
            if (i >= s.length() || s.charAt(i) != '&') return -1;
            return entityBodyEnd(s, i + 1);
        }

        /** End of what would follow the {@code &} of a character reference, starting at {@code j}, or -1. */
        static int entityBodyEnd(String s, int j) {
            int n = s.length();
            if (j < n && s.charAt(j) == '#') {
                j++;
                boolean hex = j < n && (s.charAt(j) == 'x' || s.charAt(j) == 'X');
                if (hex) j++;
                int start = j;
                while (j < n && j - start < 7 && (hex ? Run.isHex(s.charAt(j)) : Character.isDigit(s.charAt(j)))) j++;
                if (j == start) return -1;
            } else {
                int start = j;
                while (j < n && j - start < 10 && isAsciiLetterOrDigit(s.charAt(j))) j++;
                if (j == start) return -1;
            }
            return j < n && s.charAt(j) == ';' ? j + 1 : -1;
        }

        /** The code point a reference stands for, or -1 when unknown or invalid. */
        static int entityValue(String s, int start, int end) {
            String body = s.substring(start + 1, end - 1);
            if (body.charAt(0) == '#') {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int cp;
                try {
                    cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                } catch (NumberFormatException e) {
                    return -1;
                }
                if (cp <= 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return -1;
                return cp;
            }
            switch (body) {
                case "amp", "AMP":
                    return '&';
                case "lt", "LT":
                    return '<';
                case "gt", "GT":
                    return '>';
                case "quot", "QUOT":
                    return '"';
                case "apos":
                    return '\'';
                case "nbsp", "ensp", "emsp", "thinsp":
                    return ' ';
                case "ndash":
                    return '\u2013';
                case "mdash":
                    return '\u2014';
                case "bull", "middot":
                    return '\u2022';
                case "lsquo", "rsquo", "sbquo":
                    return '\'';
                case "ldquo", "rdquo", "bdquo":
                    return '"';
                case "hellip":
                    return '\u2026';
                case "copy":
                    return '\u00A9';
                case "reg":
                    return '\u00AE';
                case "trade":
                    return '\u2122';
                case "shy":
                    return '\u00AD';
                case "zwsp", "zwj", "zwnj":
                    return '\u200B';
                case "euro":
                    return '\u20AC';
                case "pound":
                    return '\u00A3';
                case "deg":
                    return '\u00B0';
                case "rarr":
                    return '\u2192';
                default:
                    return -1;
            }
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiLetterOrDigit(char c) {
            return isAsciiLetter(c) || (c >= '0' && c <= '9');
        }
    }

    /** Repairs UTF-8 text that was decoded as Windows-1252 or Latin-1. */
    static final class Mojibake {
        /** Stands for a byte lost in rendering: Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90, 0x9D undefined. */
        private static final int WILDCARD = -2;
        private static final int[] WILD_SOFT_FIRST = {0xAD, 0x8D, 0x81, 0x8F, 0x90, 0x9D};
        private static final int[] WILD_CONTROL_FIRST = {0x8D, 0x9D, 0x81, 0x8F, 0x90, 0xAD};
        /** Windows-1252 characters of bytes 0x80–0x9F; the undefined ones keep their C1 code. */
        private static final String CP1252_80_9F = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021"
                + "\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F\u0090\u2018\u2019\u201C\u201D\u2022"
                + "\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178";

        private Mojibake() {
        }

        static String repair(String s) {
            String current = s;
            // each repair makes the text shorter, so this ends; text encoded twice needs two rounds
            while (true) {
                String next = repairOnce(current);
                if (next.equals(current)) return next;
                current = next;
            }
        }

        static boolean suspicious(String s) {
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c >= 0x80 && (c <= 0x9F || (c >= 0xC2 && c <= 0xF4))) return true;
            }
            return false;
        }

        /** The Windows-1252 (or Latin-1, for C1 controls) byte of a character; -1 if none, WILDCARD for ZWSP. */
        static int toByte(char c) {
            if (c < 0x80) return c;
            if (c <= 0xFF) return c;
            switch (c) {
                case '\u200B', '\uFFFD':
                    return WILDCARD;
                case '\u20AC':
                    return 0x80;
                case '\u201A':
                    return 0x82;
                case '\u0192':
                    return 0x83;
                case '\u201E':
                    return 0x84;
                case '\u2026':
                    return 0x85;
                case '\u2020':
                    return 0x86;
                case '\u2021':
                    return 0x87;
                case '\u02C6':
                    return 0x88;
                case '\u2030':
                    return 0x89;
                case '\u0160':
                    return 0x8A;
                case '\u2039':
                    return 0x8B;
                case '\u0152':
                    return 0x8C;
                case '\u017D':
                    return 0x8E;
                case '\u2018':
                    return 0x91;
                case '\u2019':
                    return 0x92;
                case '\u201C':
                    return 0x93;
                case '\u201D':
                    return 0x94;
                case '\u2022':
                    return 0x95;
                case '\u2013':
                    return 0x96;
                case '\u2014':
                    return 0x97;
                case '\u02DC':
                    return 0x98;
                case '\u2122':
                    return 0x99;
                case '\u0161':
                    return 0x9A;
                case '\u203A':
                    return 0x9B;
                case '\u0153':
                    return 0x9C;
                case '\u017E':
                    return 0x9E;
                case '\u0178':
                    return 0x9F;
                default:
                    return -1;
            }
        }

        private static String repairOnce(String s) {
            int n = s.length();
            StringBuilder out = null;
            byte[] buf = new byte[4];
            int i = 0;
            int copied = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c < 0x80) {
                    i++;
                    continue;
                }
                String replacement = null;
                int consumed = 1;
                int lead = c <= 0xFF ? c : -1;
                int len = lead >= 0 ? Utf8.sequenceLength(lead) : 0;
                if (len > 1 && i + len <= n) {
                    int cp = decodeAt(s, i, len, buf);
                    if (cp >= 0 && isAsian(cp) && !asianNeighbour(s, i, len, copied == i ? out : null)) {
                        cp = -1; // a lone ideograph amid Latin text is more likely "é…”" than mojibake
                    }
                    if (cp >= 0) {
                        replacement = new String(Character.toChars(cp));
                        consumed = len;
                    }
                }
                if (replacement == null) {
                    if (c == '\u00C2' && (i + 1 == n || isBlank(s.charAt(i + 1)))) {
                        replacement = ""; // the orphan of a no-break space (C2 A0) whose A0 became a space
                    } else if (c == '\u00C3' && i + 1 < n && isBlank(s.charAt(i + 1))
                            && (i == 0 || !Character.isLetter(s.charAt(i - 1)))) {
                        replacement = "\u00E0"; // C3 A0 is "à"
                    } else if (c == '\u00E2' && i + 1 < n && s.charAt(i + 1) == '\u20AC'
                            && (i + 2 == n || toByte(s.charAt(i + 2)) < 0x80)) {
                        replacement = "\u201D"; // E2 80 9D whose undefined last byte was dropped
                        consumed = 2;
                    } else if (c >= 0x80 && c <= 0x9F) {
                        char mapped = CP1252_80_9F.charAt(c - 0x80);
                        replacement = mapped == c ? "" : String.valueOf(mapped);
                    }
                }
                if (replacement != null) {
                    if (out == null) out = new StringBuilder(n);
                    out.append(s, copied, i).append(replacement);
                    i += consumed;
                    copied = i;
                } else {
                    i++;
                }
            }
            if (out == null) return s;
            out.append(s, copied, n);
            return out.toString();
        }

        private static boolean isBlank(char c) {
            return Character.isWhitespace(c) || Character.isSpaceChar(c);
        }

        private static boolean isAsian(int cp) {
            return (cp >= 0x3040 && cp <= 0x30FF) || (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xAC00 && cp <= 0xD7AF);
        }

        /** Whether the sequence before (already repaired) or after this one is also East Asian text. */
        private static boolean asianNeighbour(String s, int i, int len, StringBuilder out) {
            if (out != null && out.length() > 0 && isAsian(out.charAt(out.length() - 1))) return true;
            int next = i + len;
            if (next + 3 > s.length() || s.charAt(next) > 0xFF || Utf8.sequenceLength(s.charAt(next)) != 3) {
                return false;
            }
            byte[] probe = new byte[4];
            int cp = decodeAt(s, next, 3, probe);
            return cp >= 0 && (isAsian(cp) || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF));
        }

        /** Decodes the characters at {@code i} as one UTF-8 sequence of {@code len} bytes, or returns -1. */
        private static int decodeAt(String s, int i, int len, byte[] buf) {
            int wildAt = -1;
            buf[0] = (byte) s.charAt(i);
            for (int k = 1; k < len; k++) {
                int b = toByte(s.charAt(i + k));
                if (b == WILDCARD) {
                    if (wildAt >= 0) return -1;
                    wildAt = k;
                    continue;
                }
                if (b < 0x80 || b > 0xBF) return -1;
                buf[k] = (byte) b;
            }
            if (wildAt < 0) {
                int cp = Utf8.decode(buf, 0, len);
                return cp >= 0 && plausible(cp) ? cp : -1;
            }
            int lead = buf[0] & 0xFF;
            int chosen = -1;
            for (int b : lead == 0xC2 || lead == 0xC3 ? WILD_SOFT_FIRST : WILD_CONTROL_FIRST) {
                buf[wildAt] = (byte) b;
                int cp = Utf8.decode(buf, 0, len);
                if (cp < 0 || !plausible(cp) || invisible(cp)) continue;
                if (cp <= 0xFFFF && (isBulletGlyph((char) cp) || (cp >= 0x2018 && cp <= 0x201F))) return cp;
                if (chosen < 0) chosen = cp;
            }
            return chosen;
        }

        /** Characters that mojibake plausibly came from; anything else is left as written. */
        static boolean plausible(int cp) {
            if (cp < 0x80) return false;
            if (cp <= 0x24F) return true; // C1 (text encoded twice), Latin-1, Latin Extended-A/B
            if (cp >= 0x2B0 && cp <= 0x36F) return true; // modifier letters, combining accents
            if (cp >= 0x370 && cp <= 0x4FF) return true; // Greek, Cyrillic
            if (cp >= 0x1E00 && cp <= 0x1EFF) return true; // Latin Extended Additional
            if (cp >= 0x2000 && cp <= 0x2BFF) return true; // punctuation, symbols, arrows, shapes, dingbats
            if (cp >= 0x3000 && cp <= 0x30FF) return true; // CJK punctuation, kana
            if (cp >= 0x4E00 && cp <= 0x9FFF) return true; // CJK ideographs
            if (cp >= 0xAC00 && cp <= 0xD7AF) return true; // Hangul
            if (cp >= 0xE000 && cp <= 0xF8FF) return true; // private use: Symbol and Wingdings bullets
            if (cp >= 0xFB00 && cp <= 0xFB4F) return true; // ligatures
            if (cp >= 0xFE00 && cp <= 0xFE0F) return true; // variation selectors
            if (cp >= 0xFF00 && cp <= 0xFFEF) return true; // fullwidth forms
            if (cp == 0xFEFF || cp == 0xFFFD) return true;
            return cp >= 0x1F000 && cp <= 0x1FAFF; // emoji
        }

        /** What a lost byte is unlikely to have been: invisible controls, spaces, C1 codes. */
        private static boolean invisible(int cp) {
            return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x2000 && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202F)
                    || (cp >= 0x2060 && cp <= 0x206F);
        }
    }

    /** The line stage: flattened text, spaces, list markers, hyphenation, blank lines. */
    static final class Lines {
        private static final Set<String> KEEP_HYPHEN = Set.of("self", "well", "non", "co", "cross", "full", "part",
                "high", "low", "long", "short", "real", "end", "user", "front", "back", "hands", "multi", "state",
                "world", "cutting", "team", "results", "detail", "customer", "client", "server", "open", "third",
                "first", "second", "top", "mid", "on", "off", "pre", "post", "sub", "semi", "anti", "inter", "e",
                "x", "fast", "up", "sign", "check", "follow", "set", "roll", "hand", "large", "small", "data",
                "object", "test", "time", "cost", "award", "goal", "problem", "decision", "fact",
                "year", "day", "month", "week", "hour");
        private static final Set<String> DASH_KEEPERS = Set.of("present", "current", "now", "till", "today", "date",
                "to", "onwards", "ongoing");

        private Lines() {
        }

        static String finish(String s, Run run) {
            if (isFlattened(s)) {
                s = restoreLineBreaks(s);
            }
            StringBuilder out = new StringBuilder(s.length());
            boolean blankPending = false;
            boolean bulletPending = false;
            int lastLineStart = -1;
            int n = s.length();
            int pos = 0;
            while (pos <= n) {
                int eol = s.indexOf('\n', pos);
                if (eol < 0) eol = n;
                String line = cleanLine(s, pos, eol);
                pos = eol + 1;
                if (line.isEmpty()) {
                    if (!bulletPending && out.length() > 0) blankPending = true;
                    continue;
                }
                if (line.length() == 1 && line.charAt(0) == BULLET) {
                    bulletPending = true; // a bullet alone on its line marks the next line
                    continue;
                }
                if (bulletPending) {
                    if (line.charAt(0) != BULLET) line = BULLET + " " + line;
                    bulletPending = false;
                    if (blankPending && out.length() > 0) out.append('\n');
                    blankPending = false;
                    lastLineStart = appendLine(out, line, lastLineStart);
                    continue;
                }
                if (!blankPending && lastLineStart >= 0 && joinable(out, line)) {
                    join(out, lastLineStart, line, run);
                    continue;
                }
                if (blankPending && out.length() > 0) {
                    out.append('\n');
                }
                blankPending = false;
                lastLineStart = appendLine(out, line, lastLineStart);
            }
            return out.toString();
        }

        private static int appendLine(StringBuilder out, String line, int lastLineStart) {
            if (out.length() > 0) out.append('\n');
            int start = out.length();
            out.append(line);
            return start;
        }

        /** A long text with at most one line break per 400 characters and runs of spaces where breaks were. */
        private static boolean isFlattened(String s) {
            int n = s.length();
            if (n < 300) return false;
            int breaks = 0;
            int doubles = 0;
            for (int i = 0; i < n; i++) {
                char c = s.charAt(i);
                if (c == '\n') {
                    breaks++;
                } else if (c == ' ' && i + 1 < n && s.charAt(i + 1) == ' ') {
                    doubles++;
                }
            }
            return breaks * 400 < n && doubles >= 3;
        }

        /** Turns each run of two or more spaces into a line break, unless it follows a lone list marker. */
        private static String restoreLineBreaks(String s) {
            StringBuilder out = new StringBuilder(s.length());
            int n = s.length();
            int i = 0;
            while (i < n) {
                char c = s.charAt(i);
                if (c != ' ' || i + 1 >= n || s.charAt(i + 1) != ' ') {
                    out.append(c);
                    i++;
                    continue;
                }
                int j = i;
                while (j < n && s.charAt(j) == ' ') j++;
                out.append(followsLoneMarker(out) ? ' ' : '\n');
                i = j;
            }
            return out.toString();
        }

        private static boolean followsLoneMarker(StringBuilder out) {
            int k = out.length() - 1;
            if (k < 0) return false;
            char c = out.charAt(k);
            if (Character.isLetterOrDigit(c) && c != 'o') return false;
            return k == 0 || out.charAt(k - 1) == ' ' || out.charAt(k - 1) == '\n';
        }

        /** One line with runs of spaces collapsed, trimmed, its list marker made uniform. */
        private static String cleanLine(String s, int from, int to) {
            while (from < to && s.charAt(from) == ' ') from++;
            while (to > from && s.charAt(to - 1) == ' ') to--;
            if (from == to) return "";
            StringBuilder line = new StringBuilder(to - from);
            boolean space = false;
            for (int i = from; i < to; i++) {
                char c = s.charAt(i);
                if (c == ' ') {
                    space = true;
                    continue;
                }
                if (space) {
                    line.append(' ');
                    space = false;
                }
                if (c == '\u00B7' && (i == from || s.charAt(i - 1) == ' ' || s.charAt(i - 1) == BULLET)
                        && (i + 1 == to || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == BULLET)) {
                    c = BULLET; // a middle dot standing alone separates items
                }
                line.append(c);
            }
            return normalizeMarker(line.toString());
        }

        /** Replaces the list markers at the start of a line with "• "; a line of markers alone becomes "•". */
        static String normalizeMarker(String line) {
            int at = 0;
            boolean marked = false;
            int n = line.length();
            while (at < n) {
                int next = markerEnd(line, at);
                if (next < 0) break;
                marked = true;
                at = next;
                while (at < n && line.charAt(at) == ' ') at++;
            }
            if (!marked) return line;
            if (at >= n) return String.valueOf(BULLET);
            return BULLET + " " + line.substring(at);
        }

        /** End of a list marker at {@code at}, or -1 when the line goes on with text there. */
        private static int markerEnd(String line, int at) {
            int n = line.length();
            char c = line.charAt(at);
            if (c == BULLET) return at + 1;
            int tokenEnd = line.indexOf(' ', at);
            if (tokenEnd < 0) tokenEnd = n;
            String token = line.substring(at, tokenEnd);
            if (tokenEnd < n) {
                String rest = line.substring(tokenEnd + 1);
                if (isWeakMarker(token, rest)) return tokenEnd;
            }
            // a marker glued to the first word: "-Developed", "?Managed"
            if (token.length() > 1 && "-*?>\u00A7\u00A8\u00BB\u00AC\u00B7\uFFFD".indexOf(c) >= 0
                    && Character.isUpperCase(token.charAt(1)) && (token.length() == 2
                    || Character.isLowerCase(token.charAt(2)))) {
                return at + 1;
            }
            return -1;
        }

        private static boolean isWeakMarker(String token, String rest) {
            switch (token) {
                case "-", "\u2013", "\u2014", "--":
                    if (rest.isEmpty() || Character.isDigit(rest.charAt(0))) return false;
                    int sp = rest.indexOf(' ');
                    String word = (sp < 0 ? rest : rest.substring(0, sp)).toLowerCase(Locale.ROOT);
                    return !DASH_KEEPERS.contains(word);
                case "o", "*", "**", "\u00B7", "?", ">", ">>", "->", "=>", "~", "\u00A7", "\u00A8", "\u00D8",
                        "\u00C4", "\u00BB", "\u00AC", "\u2192", "\u21D2", "\u221A", "\uFFFD", "\u00F8", "\u00FC",
                        "\u00A4":
                    return !rest.isEmpty();
                default:
                    return false;
            }
        }

        /** The last line ends in a hyphen after a lowercase letter and the new one starts in lowercase. */
        private static boolean joinable(StringBuilder out, String line) {
            int n = out.length();
            if (n < 2 || out.charAt(n - 1) != '-' || !Character.isLowerCase(out.charAt(n - 2))) return false;
            return Character.isLowerCase(line.charAt(0));
        }

        private static void join(StringBuilder out, int lastLineStart, String line, Run run) {
            int hyphen = out.length() - 1;
            int wordStart = hyphen;
            while (wordStart > lastLineStart && out.charAt(wordStart - 1) != ' ') wordStart--;
            String fragment = out.substring(wordStart, hyphen);
            boolean keep = fragment.indexOf('-') >= 0 || fragment.length() == 1
                    || KEEP_HYPHEN.contains(fragment.toLowerCase(Locale.ROOT));
            if (!keep) out.setLength(hyphen);
            if (out.charAt(out.length() - 1) > 0x7F || line.charAt(0) > 0x7F
                    || line.indexOf('&') >= 0 || line.indexOf(';') >= 0 || line.indexOf('\\') >= 0) {
                run.again = true;
            }
            out.append(line);
        }
    }
}
