package dev.standout.extract;

import dev.standout.nlp.Sentence;
import dev.standout.nlp.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Themes of a project: its key noun phrases as lower-case lemmas ("air quality sensor", "graph database"), for
 * the corpus model. A phrase is a run of adjectives and nouns that ends in a noun, with stop words and generic
 * resume words ("project", "application", "system", "use", "team"…) left out; runs longer than three words lose
 * their leading adjectives, and if still longer give their first three words and their last two. Phrases in the project's name, repeated phrases and longer phrases
 * rank first; a single word already inside a chosen phrase is not repeated. The result is deterministic.
 */
final class ProjectThemes {
    private ProjectThemes() {
    }

    static final int MAX = 8;

    /** Words too common in resumes to say what a project is about. */
    static final Set<String> GENERIC = Set.of(
            "project", "projects", "application", "applications", "app", "apps", "system", "systems", "use", "user",
            "users", "team", "tool", "tools", "feature", "features", "module", "modules", "functionality", "website",
            "site", "web site", "platform", "solution", "technology", "technologies", "tech", "stack", "result",
            "role", "responsibility", "description", "member", "implementation", "development", "developer", "work",
            "way", "part", "thing", "lot", "various", "different", "new", "simple", "basic", "multiple", "several",
            "many", "other", "etc", "task", "end", "time", "year", "month", "week", "day", "help", "order",
            "purpose", "basis", "detail", "details", "information", "client", "company", "organization",
            "environment", "name", "title", "duration", "github", "link", "url", "demo", "code", "source",
            "repository", "repo", "version", "people", "student", "course", "assignment", "goal", "aim", "objective",
            "approach", "method", "technique", "overview", "summary", "abstract", "scope", "requirement",
            "requirements", "functionalities", "capability", "capabilities", "aspect", "level", "number", "type",
            "kind", "set", "range", "area", "field", "process", "using", "good", "great", "best", "better", "large",
            "small", "main", "key", "major", "minor", "successful", "efficient", "effective", "robust", "scalable",
            "responsive", "dynamic", "interactive", "user-friendly", "easy", "full", "complete", "final",
            "personal", "online", "own", "able", "same", "such", "first", "second", "last", "next", "current",
            "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november",
            "december", "present", "%", "i", "we", "my", "our");

    private record Candidate(String phrase, int first, boolean inName, int words) {
    }

    /**
     * Themes of a project whose tagged sentences are given; tokens within {@code [nameStart, nameEnd)} belong to the
     * project's name.
     */
    static List<String> of(List<Sentence> tagged, int nameStart, int nameEnd) {
        Map<String, int[]> counts = new LinkedHashMap<>(); // phrase -> count
        Map<String, Candidate> firsts = new LinkedHashMap<>();
        int position = 0;
        for (Sentence s : tagged) {
            List<Token> run = new ArrayList<>();
            for (Token t : s.tokens()) {
                if (isPhraseWord(t)) {
                    run.add(t);
                } else {
                    position = emit(run, counts, firsts, position, nameStart, nameEnd);
                    run.clear();
                }
            }
            position = emit(run, counts, firsts, position, nameStart, nameEnd);
        }
        List<Candidate> all = new ArrayList<>(firsts.values());
        all.sort(Comparator
                .comparingDouble((Candidate c) -> -score(c, counts.get(c.phrase())[0]))
                .thenComparingInt(Candidate::first)
                .thenComparing(Candidate::phrase));
        List<String> out = new ArrayList<>();
        for (Candidate c : all) {
            if (out.size() >= MAX) break;
            if (c.words() == 1 && containedInChosen(c.phrase(), out)) continue;
            if (out.contains(c.phrase())) continue;
            out.add(c.phrase());
        }
        // a chosen single word that a later, longer phrase holds is dropped as well
        List<String> pruned = new ArrayList<>();
        for (String p : out) {
            if (!p.contains(" ") && containedInChosen(p, out)) continue;
            pruned.add(p);
        }
        return List.copyOf(pruned);
    }

    private static double score(Candidate c, int count) {
        return count + 0.5 * (c.words() - 1) + (c.inName() ? 1.5 : 0);
    }

    private static boolean containedInChosen(String word, List<String> chosen) {
        for (String p : chosen) {
            if (p.equals(word) || !p.contains(" ")) continue;
            for (String w : p.split(" ")) if (w.equals(word)) return true;
        }
        return false;
    }

    private static boolean isPhraseWord(Token t) {
        String tag = t.tag();
        if (!(tag.startsWith("NN") || tag.startsWith("JJ") || tag.equals("FW"))) return false;
        String k = t.key();
        boolean letter = false;
        for (int i = 0; i < k.length(); i++) if (Character.isLetter(k.charAt(i))) letter = true;
        if (!letter || k.length() < 2) return false;
        if (k.contains("://") || k.contains("www.") || k.contains("@") || k.contains(".com")) return false;
        return true;
    }

    private static int emit(List<Token> run, Map<String, int[]> counts, Map<String, Candidate> firsts, int position,
                            int nameStart, int nameEnd) {
        if (run.isEmpty()) return position;
        // split the run at generic words; each piece must end in a noun
        List<List<Token>> pieces = new ArrayList<>();
        List<Token> cur = new ArrayList<>();
        for (Token t : run) {
            if (GENERIC.contains(t.key())) {
                pieces.add(cur);
                cur = new ArrayList<>();
            } else {
                cur.add(t);
            }
        }
        pieces.add(cur);
        for (List<Token> piece : pieces) {
            while (!piece.isEmpty() && !piece.get(piece.size() - 1).isNoun()) piece.remove(piece.size() - 1);
            // in a long run, leading adjectives go first: "low-cost air quality sensor" is about air quality sensors
            while (piece.size() > 3 && piece.get(0).isAdjective()) piece.remove(0);
            if (piece.isEmpty()) continue;
            boolean inName = piece.get(0).start() >= nameStart && piece.get(piece.size() - 1).end() <= nameEnd;
            List<List<Token>> phrases = new ArrayList<>();
            if (piece.size() <= 3) {
                phrases.add(piece);
            } else {
                phrases.add(piece.subList(0, 3));
                phrases.add(piece.subList(piece.size() - 2, piece.size()));
            }
            for (List<Token> p : phrases) {
                // a phrase of adjectives only says nothing; the last word must be a noun
                if (!p.get(p.size() - 1).isNoun()) continue;
                StringBuilder b = new StringBuilder();
                for (Token t : p) {
                    if (b.length() > 0) b.append(' ');
                    b.append(t.key());
                }
                String phrase = b.toString();
                counts.computeIfAbsent(phrase, k -> new int[1])[0]++;
                firsts.putIfAbsent(phrase, new Candidate(phrase, position, inName, p.size()));
                position++;
            }
        }
        return position;
    }
}
