package dev.standout.parse;

import dev.standout.EmptyTextException;

import org.apache.commons.text.StringEscapeUtils;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of an HTML page (a resume saved as a web page, or an HTML file with a {@code .doc} name) by
 * stripping tags: no DOM, no XML parser, so no external entities or network access. Scripts, styles and the
 * {@code <head>} are dropped, block elements end lines, list items start with a bullet, table cells are
 * separated by {@code " | "}, and character references are decoded. Stateless and thread-safe.
 */
public final class HtmlParser implements DocumentParser {

    private static final Pattern META_CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:\\-]+)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> SKIP_CONTENT =
            Set.of("script", "style", "head", "noscript", "template", "svg", "object", "xml");

    private static final Set<String> HEADING = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

    /** Marks a paragraph break (a blank line) before headings; no text holds it (control characters go). */
    private static final char BREAK = '\u000B';

    private static final Set<String> BLOCK = Set.of("p", "div", "br", "tr", "ul", "ol", "table", "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "hr",
            "dl", "dt", "dd", "address", "form", "fieldset", "figure", "figcaption", "main", "title", "body",
            "html", "center", "caption", "tbody", "thead", "tfoot");

    @Override
    public ParsedDocument parse(byte[] bytes, ParseLimits limits) throws EmptyTextException {
        int bom = bomLength(bytes);
        String html = new String(bytes, bom, bytes.length - bom, charsetOf(bytes));
        String text = toText(html);
        if (!DocumentParsers.hasLetterOrDigit(text)) {
            throw new EmptyTextException("The HTML file holds no text");
        }
        return new ParsedDocument(DocumentFormat.HTML, text, 1, List.of());
    }

    private static int bomLength(byte[] b) {
        if (FormatDetector.startsWith(b, 0, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        if (FormatDetector.startsWith(b, 0, 0xFF, 0xFE) || FormatDetector.startsWith(b, 0, 0xFE, 0xFF)) {
            return 2;
        }
        return 0;
    }

    private static Charset charsetOf(byte[] b) {
        if (bomLength(b) > 0) {
            return TextDecoding.guessCharset(b);
        }
        String head = new String(b, 0, Math.min(b.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            try {
                Charset declared = Charset.forName(m.group(1));
                if (declared.equals(StandardCharsets.UTF_8)
                        && !TextDecoding.isValidUtf8(b, 0, b.length, false)) {
                    return TextDecoding.WINDOWS_1252; // mislabeled, a common case
                }
                if (declared.equals(StandardCharsets.ISO_8859_1) || declared.name().equals("US-ASCII")) {
                    return TextDecoding.WINDOWS_1252; // what browsers do
                }
                return declared;
            } catch (IllegalArgumentException e) {
                // unknown or illegal charset name: guess
            }
        }
        return TextDecoding.guessCharset(b);
    }

    /** The text of an HTML document, lines separated by '\n'. */
    static String toText(String html) {
        StringBuilder out = new StringBuilder(html.length() / 2);
        StringBuilder chunk = new StringBuilder();
        int n = html.length();
        int i = 0;
        int pre = 0;
        int cell = 0;
        Set<String> unclosed = new java.util.HashSet<>();
        while (i < n) {
            char c = html.charAt(i);
            if (c != '<') {
                int next = html.indexOf('<', i);
                if (next < 0) {
                    next = n;
                }
                chunk.append(html, i, next);
                i = next;
                continue;
            }
            if (html.startsWith("<!--", i)) {
                int end = html.indexOf("-->", i + 4);
                i = end < 0 ? n : end + 3;
                continue;
            }
            if (i + 1 < n && (html.charAt(i + 1) == '!' || html.charAt(i + 1) == '?')) {
                int end = html.indexOf('>', i + 2);
                i = end < 0 ? n : end + 1;
                continue;
            }
            int nameStart = i + 1;
            boolean closing = nameStart < n && html.charAt(nameStart) == '/';
            if (closing) {
                nameStart++;
            }
            int nameEnd = nameStart;
            while (nameEnd < n && (Character.isLetterOrDigit(html.charAt(nameEnd)) || html.charAt(nameEnd) == ':'
                    || html.charAt(nameEnd) == '-')) {
                nameEnd++;
            }
            if (nameEnd == nameStart) {
                chunk.append(c); // a lone '<' in text
                i++;
                continue;
            }
            int tagEnd = endOfTag(html, nameEnd);
            String name = html.substring(nameStart, nameEnd).toLowerCase(Locale.ROOT);
            int colon = name.indexOf(':');
            String local = colon >= 0 ? name.substring(colon + 1) : name;
            i = tagEnd;
            if (!closing && SKIP_CONTENT.contains(local) && !html.startsWith("/>", tagEnd - 2)
                    && !unclosed.contains(name)) {
                int close = indexOfIgnoreCase(html, "</" + name, tagEnd);
                if (close < 0) {
                    unclosed.add(name); // never search again: keeps hostile input linear
                } else {
                    int end = html.indexOf('>', close);
                    i = end < 0 ? n : end + 1;
                }
                continue;
            }
            flush(chunk, out, pre > 0);
            if (local.equals("pre")) {
                pre += closing ? (pre > 0 ? -1 : 0) : 1;
            }
            if (local.equals("td") || local.equals("th")) {
                if (!closing) {
                    if (cell++ > 0) {
                        out.append(" | ");
                    }
                }
            } else if (local.equals("tr")) {
                cell = 0;
                out.append('\n');
            } else if (local.equals("li")) {
                out.append('\n');
                if (!closing) {
                    out.append("• ");
                }
            } else if (HEADING.contains(local) || local.equals("hr")) {
                out.append(closing ? "\n" : "\n" + BREAK);
            } else if (BLOCK.contains(local)) {
                out.append('\n');
            }
        }
        flush(chunk, out, pre > 0);
        return tidy(out);
    }

    private static int endOfTag(String html, int from) {
        char quote = 0;
        for (int j = from; j < html.length(); j++) {
            char ch = html.charAt(j);
            if (quote != 0) {
                if (ch == quote) {
                    quote = 0;
                }
            } else if (ch == '"' || ch == '\'') {
                quote = ch;
            } else if (ch == '>') {
                return j + 1;
            }
        }
        return html.length();
    }

    private static void flush(StringBuilder chunk, StringBuilder out, boolean pre) {
        if (chunk.length() == 0) {
            return;
        }
        String s = StringEscapeUtils.unescapeHtml4(chunk.toString()).replace(BREAK, ' ');
        if (!pre) {
            s = s.replaceAll("[ \\t\\r\\n\\f]+", " ");
        }
        out.append(s);
        chunk.setLength(0);
    }

    private static String tidy(StringBuilder out) {
        String[] lines = out.toString().split("\n", -1);
        StringBuilder b = new StringBuilder(out.length());
        boolean pendingBreak = false;
        for (String line : lines) {
            if (line.indexOf(BREAK) >= 0) {
                pendingBreak = true;
                line = line.replace(String.valueOf(BREAK), "");
            }
            String t = line.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (b.length() > 0) {
                b.append(pendingBreak ? "\n\n" : "\n");
            }
            b.append(t);
            pendingBreak = false;
        }
        return b.toString();
    }

    private static int indexOfIgnoreCase(String s, String needle, int from) {
        int max = s.length() - needle.length();
        for (int i = Math.max(0, from); i <= max; i++) {
            if (s.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }
}
