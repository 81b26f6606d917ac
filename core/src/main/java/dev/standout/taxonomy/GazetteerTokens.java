package dev.standout.taxonomy;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * The tokens that the gazetteer matches on, with their offsets in the text.
 *
 * <p>Rules, shared by the aliases of the gazetteers and by the texts matched against them:
 * <ul>
 *   <li>A word is a run of letters and digits; an apostrophe between two letters stays inside it and is dropped
 *       from its key ({@code driver's} → {@code drivers}).</li>
 *   <li>One {@code #} or up to two {@code +} right after a word belong to it ({@code C#}, {@code C++},
 *       {@code Security+}, {@code Notepad++}) unless a letter or digit follows them.</li>
 *   <li>A dot that does not follow a letter or digit and is followed by a letter starts a word
 *       ({@code .NET}, {@code (.net)}), whereas in {@code ASP.NET} or {@code Node.js} the dot is a separate token.</li>
 *   <li>Every other non-space character is a token of its own. Dashes of all kinds become {@code -}.</li>
 *   <li>Keys are lower-cased (root locale); words with characters past ASCII are NFKC-normalized and lose their
 *       accents.</li>
 * </ul>
 * A token is <em>soft</em> when it may be skipped inside a match: {@code - ( ) :} and a dot glued to words on both
 * sides ({@code Node.js} matches {@code node js}). Aliases are stored without their soft tokens.
 */
final class GazetteerTokens {
    /**
     * Version of the tokenization and key rules. Bump it when they change: binary tries built under another
     * version are then ignored (and the builders must be rerun).
     */
    static final int VERSION = 1;
    static final byte WORD = 0;
    static final byte PUNCT = 1;

    final String text;
    int size;
    int[] start;
    int[] end;
    String[] key;
    byte[] kind;
    /** no whitespace between the previous token and this one */
    boolean[] glued;

    private GazetteerTokens(String text, int capacity) {
        this.text = text;
        start = new int[capacity];
        end = new int[capacity];
        key = new String[capacity];
        kind = new byte[capacity];
        glued = new boolean[capacity];
    }

    static GazetteerTokens of(String text) {
        GazetteerTokens t = new GazetteerTokens(text, Math.max(8, text.length() / 4));
        t.scan();
        return t;
    }

    /**
     * Top-level domains that make "host.tld/path" a web address without "www." or a scheme; not "net" nor "io",
     * which end names ("ASP.NET/C#", "Socket.io").
     */
    private static final java.util.Set<String> WEB_DOMAINS = java.util.Set.of("com", "org", "edu", "gov", "in", "co",
            "me", "us", "uk", "de");

    /**
     * Marks the tokens of web addresses and e-mail addresses: every token of a run of non-space characters that
     * holds "://", starts with "www.", holds an "@" between words or a host of a common top-level domain before a
     * path ("linkedin.com/in/jane"). Null when there is none.
     */
    boolean[] addressTokens() {
        boolean[] out = null;
        int i = 0;
        while (i < size) {
            int j = i + 1;
            while (j < size && glued[j]) j++;
            // tokens i..j-1 form one run of non-space characters
            boolean address = false;
            for (int k = i; k < j && !address; k++) {
                if (kind[k] != PUNCT) continue;
                String c = key[k];
                if (c.equals(":") && k + 2 < j && key[k + 1].equals("/") && key[k + 2].equals("/")) address = true;
                else if (c.equals("@") && k > i && k + 1 < j && kind[k - 1] == WORD && kind[k + 1] == WORD) {
                    address = true;
                }
            }
            if (!address && j - i >= 3 && key[i].equals("www") && key[i + 1].equals(".")) address = true;
            // "linkedin.com/in/jane", "github.com/jane": a host of a common top-level domain before a path
            for (int k = i + 2; k + 1 < j && !address; k++) {
                if (key[k - 1].equals(".") && kind[k - 2] == WORD && WEB_DOMAINS.contains(key[k])
                        && key[k + 1].equals("/")) {
                    address = true;
                }
            }
            if (address) {
                if (out == null) out = new boolean[size];
                for (int k = i; k < j; k++) out[k] = true;
            }
            i = j;
        }
        return out;
    }

    private void add(int s, int e, String k, byte kd, boolean g) {
        if (size == start.length) {
            int n = size * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            key = Arrays.copyOf(key, n);
            kind = Arrays.copyOf(kind, n);
            glued = Arrays.copyOf(glued, n);
        }
        start[size] = s;
        end[size] = e;
        key[size] = k;
        kind[size] = kd;
        glued[size] = g;
        size++;
    }

    static boolean isWordChar(char c) {
        if (c < 128) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (Character.isLetterOrDigit(c)) return true;
        int type = Character.getType(c);
        return type == Character.OTHER_NUMBER || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isDash(char c) {
        return c == '-' || (c >= '\u2010' && c <= '\u2015') || c == '\u2212' || c == '\u00AD';
    }

    private void scan() {
        final String s = text;
        final int n = s.length();
        boolean glue = false;
        int i = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || (c < 128 ? c <= ' ' : Character.isWhitespace(c) || Character.isSpaceChar(c)
                    || c == '\u200B' || c == '\uFEFF')) {
                glue = false;
                i++;
                continue;
            }
            boolean leadingDot = c == '.' && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                    && (i == 0 || !isWordChar(s.charAt(i - 1)));
            if (isWordChar(c) || leadingDot) {
                int b = i;
                i = leadingDot ? i + 1 : i;
                boolean apostrophe = false;
                while (i < n) {
                    char d = s.charAt(i);
                    if (isWordChar(d)) {
                        i++;
                    } else if (isApostrophe(d) && i + 1 < n && Character.isLetter(s.charAt(i + 1))
                            && i > b && Character.isLetter(s.charAt(i - 1))) {
                        apostrophe = true;
                        i++;
                    } else {
                        break;
                    }
                }
                // attached suffix: C#, C++, Security+
                if (i < n) {
                    char d = s.charAt(i);
                    int e = i;
                    if (d == '#') {
                        e = i + 1;
                    } else if (d == '+') {
                        e = i + 1;
                        if (e < n && s.charAt(e) == '+') e++;
                    }
                    if (e > i && (e == n || !isWordChar(s.charAt(e)))) i = e;
                }
                add(b, i, wordKey(s, b, i, apostrophe), WORD, glue);
                glue = true;
                continue;
            }
            String k;
            if (isDash(c)) k = "-";
            else if (isApostrophe(c)) k = "'";
            else k = String.valueOf(c);
            add(i, i + 1, k, PUNCT, glue);
            glue = true;
            i++;
        }
    }

    static String wordKey(String s, int b, int e, boolean apostrophe) {
        boolean ascii = true;
        boolean lower = true;
        for (int i = b; i < e; i++) {
            char c = s.charAt(i);
            if (c >= 128) ascii = false;
            else if (c >= 'A' && c <= 'Z') lower = false;
        }
        String w = s.substring(b, e);
        if (apostrophe) w = w.replace("'", "").replace("\u2019", "");
        if (!ascii) {
            w = Normalizer.normalize(w, Normalizer.Form.NFKD);
            StringBuilder sb = new StringBuilder(w.length());
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                int type = Character.getType(c);
                if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) sb.append(c);
            }
            w = Normalizer.normalize(sb, Normalizer.Form.NFKC);
            return w.toLowerCase(Locale.ROOT);
        }
        return lower ? w : w.toLowerCase(Locale.ROOT);
    }

    boolean isSoft(int i) {
        if (kind[i] != PUNCT) return false;
        String k = key[i];
        if (k.length() != 1) return false;
        switch (k.charAt(0)) {
            case '-':
            case '(':
            case ')':
            case ':':
                return true;
            case '.':
                return i > 0 && i + 1 < size && glued[i] && glued[i + 1]
                        && kind[i - 1] == WORD && kind[i + 1] == WORD;
            default:
                return false;
        }
    }

    /** punctuation that, glued between two words, makes them one word: R&amp;D, java.util, e-mail */
    boolean isJoiner(int i) {
        if (kind[i] != PUNCT) return false;
        char c = key[i].charAt(0);
        return c == '-' || c == '&' || c == '.' || c == '_' || c == '@' || c == '\'';
    }

    /** the raw text of token i */
    String raw(int i) {
        return text.substring(start[i], end[i]);
    }

    /**
     * The key of an alias: its non-soft tokens, separated by single spaces. Two aliases with the same key match the
     * same texts (case aside).
     */
    static String keyOf(String alias) {
        GazetteerTokens t = of(alias);
        StringBuilder sb = new StringBuilder(alias.length());
        for (int i = 0; i < t.size; i++) {
            if (t.isSoft(i)) continue;
            if (sb.length() > 0) sb.append(' ');
            sb.append(t.key[i]);
        }
        return sb.toString();
    }
}
