package dev.standout.tools;

import dev.standout.taxonomy.GazetteerAlias;
import dev.standout.taxonomy.GazetteerMatcher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Helpers shared by the resource builders. */
final class BuildSupport {
    private BuildSupport() {
    }

    /** Aliases in output order: the canonical name first, then by lower-case text, then by text. */
    static final Comparator<GazetteerAlias> ALIAS_ORDER = Comparator
            .comparing((GazetteerAlias a) -> a.text().toLowerCase(Locale.ROOT))
            .thenComparing(GazetteerAlias::text)
            .thenComparing(GazetteerAlias::format);

    /**
     * A stable id slug: lower-case ASCII letters and digits separated by single hyphens; {@code +} reads
     * "plus", {@code #} "sharp", a leading dot "dot" ({@code C++ → c-plus-plus}, {@code .NET → dot-net}).
     */
    static String slug(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).trim();
        if (s.startsWith(".")) s = "dot-" + s.substring(1);
        s = s.replace("+", "-plus").replace("#", "-sharp").replace("&", "-and-");
        boolean otherScript = s.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x24F);
        String ascii = otherScript ? "" : s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        // a name in another script keeps its letters: "Искусство ведения бизнеса" → "искусство-ведения-бизнеса"
        s = ascii.isEmpty() ? s.replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "") : ascii;
        if (s.isEmpty()) throw new IllegalArgumentException("no slug for '" + name + "'");
        return s;
    }

    /** Removes characters that the TSV cannot hold and collapses spaces. */
    static String clean(String s) {
        if (s == null) return "";
        String t = s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').replace('|', '/')
                .replace('\u00A0', ' ');
        t = t.replaceAll("\\s+", " ").trim();
        while (!t.isEmpty() && (t.charAt(0) == '~' || t.charAt(0) == '=')) t = t.substring(1).trim();
        return t;
    }

    static String key(String text) {
        return GazetteerMatcher.normalize(text);
    }

    static int wordCount(String s) {
        String t = s.trim();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }

    /** Non-comment, non-blank lines of a classpath resource next to this class. */
    static List<String> resourceLines(String name) {
        try (InputStream in = BuildSupport.class.getResourceAsStream(name)) {
            if (in == null) throw new IOException("missing resource " + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> out = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> keySet(String resource) {
        Set<String> out = new LinkedHashSet<>();
        for (String l : resourceLines(resource)) out.add(key(l.trim()));
        return out;
    }

    /** The binary trie of a matcher built from {@code tsv}, stamped with the TSV's length and CRC-32. */
    static byte[] binaryTrie(String tsv, dev.standout.taxonomy.GazetteerMatcher matcher) throws IOException {
        byte[] bytes = tsv.getBytes(StandardCharsets.UTF_8);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(bytes);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(1 << 20);
        matcher.write(out, bytes.length, crc.getValue());
        return out.toByteArray();
    }

    /** Where the binary trie of a TSV goes: {@code skills.tsv → skills.gaz}. */
    static Path binaryPathFor(Path tsv) {
        String name = tsv.getFileName().toString().replaceFirst("\\.tsv$", "") + ".gaz";
        return tsv.resolveSibling(name);
    }

    /** Writes with '\n' line ends, UTF-8, no BOM. */
    static void write(Path out, String text) throws IOException {
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    /** Parses {@code --name value} pairs. */
    static Map<String, String> args(String[] args, String usage) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println(usage);
                System.exit(2);
            }
            m.put(args[i].substring(2), args[++i]);
        }
        return m;
    }

    /** The value of a required option; without it the usage goes to standard error and the tool exits with 2. */
    static String required(Map<String, String> args, String key, String usage) {
        String v = args.get(key);
        if (v == null) {
            System.err.println(usage);
            System.exit(2);
        }
        return v;
    }

    /** The shared data folder: an argument, else system property {@code standout.shared}, else env. */
    static Path sharedDir(String arg) {
        String s = arg;
        if (s == null || s.isBlank()) s = System.getProperty("standout.shared");
        if (s == null || s.isBlank()) s = System.getenv("STANDOUT_SHARED");
        if (s == null || s.isBlank()) throw new IllegalArgumentException("no --shared DIR (nor standout.shared)");
        Path p = Path.of(s);
        return Files.isDirectory(p.resolve("data")) ? p.resolve("data") : p;
    }
}
