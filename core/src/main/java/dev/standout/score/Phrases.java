package dev.standout.score;

import dev.standout.corpus.Commonness;
import dev.standout.corpus.Occupations;
import dev.standout.corpus.SegmentResolver;
import dev.standout.resume.Confidence;
import dev.standout.resume.CredentialKind;

import java.util.Collection;
import java.util.List;
import java.util.Locale;

/** The words of explanations and advice, in one place. Stateless; no locale-dependent formatting. */
final class Phrases {
    private Phrases() {
    }

    /** "about 41%", "under 1%", "nearly all". */
    static String share(double p) {
        if (p >= 0.995) return "nearly all";
        if (p >= 0.01) return "about " + Math.max(1, Math.round(p * 100)) + "%";
        if (p >= 0.001) return "under 1%";
        return "under 0.1%";
    }

    /**
     * "software developer resumes in the pool", "resumes in the pool", or for a standard occupation the pool
     * has no segment of, "resumes of data scientists".
     */
    static String population(String segment) {
        if (segment.isEmpty()) return "resumes in the pool";
        var o = Occupations.standard().byId(segment);
        if (o.isPresent()) return "resumes of " + o.get().display();
        return SegmentResolver.displayName(segment) + " resumes in the pool";
    }

    /**
     * "about 41% of software developer resumes in the pool", or "fewer than 5 of the 29,783 resumes…"; for an
     * occupation whose counts came from an ancestor, the ancestor's resumes are named ("about 5% of IT resumes
     * in the pool"), since that is what the estimate says.
     */
    static String shareOf(Commonness.Estimate e) {
        String where = e.borrowed() && !e.hasPrior() ? e.countsSegment() : e.segment();
        if (!e.seen() && !e.hasPrior() && e.poolSize() >= 1000) {
            int n = e.countsSegment().isEmpty() ? e.poolSize() : e.countsSize();
            return "fewer than " + e.minCount() + " of the " + thousands(n) + " " + population(e.countsSegment());
        }
        return share(e.share()) + " of " + population(where);
    }

    /** "under 1% of this pool's IT resumes", "fewer than 5 of this pool's 1,930 IT resumes": the pool's counts. */
    static String poolShare(Commonness.Estimate e) {
        String where = e.countsSegment();
        String whose = where.isEmpty() ? "resumes" : SegmentResolver.displayName(where) + " resumes";
        if (!e.seen() && e.poolSize() >= 1000) {
            return "fewer than " + e.minCount() + " of this pool's " + thousands(e.countsSize()) + " " + whose;
        }
        return share(e.countsShare()) + " of this pool's " + whose;
    }

    /**
     * Who an estimate is about: the prior's audience ("data-science applicants") when the prior was measured
     * against one, else the estimate's own population.
     */
    static String whom(Commonness.Estimate e) {
        return !e.priorAudience().isEmpty() ? e.priorAudience() : population(e.segment());
    }

    static String kind(CredentialKind kind, String level) {
        String base = switch (kind) {
            case ONLINE_COURSE -> "online-course certificate";
            case BOOTCAMP -> "bootcamp certificate";
            case VENDOR_CERTIFICATION -> "vendor certification";
            case PROFESSIONAL_CERTIFICATION -> "professional certification";
            case LICENSE -> "license";
            case OTHER -> "credential";
        };
        String l = level == null ? "" : level.trim().toLowerCase(Locale.ROOT);
        String phrase = l.isEmpty() ? base : l + "-level " + base;
        return article(phrase) + " " + phrase;
    }

    static String article(String phrase) {
        return !phrase.isEmpty() && "aeiou".indexOf(Character.toLowerCase(phrase.charAt(0))) >= 0 ? "an" : "a";
    }

    static String evidence(Collection<String> kinds) {
        StringBuilder b = new StringBuilder();
        for (String k : kinds) {
            if (b.length() > 0) b.append(", ");
            b.append(switch (k) {
                case "USERS" -> "users";
                case "METRIC" -> "metrics";
                case "LINK" -> "link";
                case "CONTRIBUTION" -> "merged contribution";
                case "RELEASE" -> "release";
                case "PUBLICATION" -> "publication";
                case "DATA" -> "data gathered";
                case "AWARD" -> "award";
                case "DEPLOYMENT" -> "deployment";
                default -> k.toLowerCase(Locale.ROOT).replace('_', ' ');
            });
        }
        return b.toString();
    }

    static String degree(String level, String area) {
        String l = level == null ? "" : level.trim().toLowerCase(Locale.ROOT);
        String what = switch (l) {
            case "bachelor" -> "a bachelor's degree";
            case "master" -> "a master's degree";
            case "doctorate", "phd", "doctoral" -> "a doctorate";
            case "associate" -> "an associate degree";
            case "diploma" -> "a diploma";
            case "" -> "a degree";
            default -> article(l) + " " + l + " degree";
        };
        return area == null || area.isBlank() ? what : what + " in " + area.trim();
    }

    /** "Python, Docker and SQL". */
    static String list(List<String> names) {
        if (names.isEmpty()) return "";
        if (names.size() == 1) return names.get(0);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Points with one decimal, or none from 10 up: "0.3", "4.2", "12". */
    static String points(double p) {
        if (p >= 10) return Long.toString(Math.round(p));
        long r = Math.round(p * 10);
        return r / 10 + "." + r % 10;
    }

    static String quote(String name) {
        return "\u201C" + name + "\u201D";
    }

    static String thousands(int n) {
        String s = Integer.toString(n);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (i > 0 && (s.length() - i) % 3 == 0) b.append(',');
            b.append(s.charAt(i));
        }
        return b.toString();
    }

    /**
     * The explanation of an item with a word on its confidence when it is below {@link Confidence#UNCERTAIN}:
     * "…; read with low confidence from the text (0.4), so it counts for little".
     */
    static String withConfidence(String explanation, double confidence) {
        if (!Confidence.uncertain(confidence)) return explanation;
        long hundredths = Math.round(confidence * 100);
        String c = hundredths / 100 + "." + (hundredths % 100 < 10 ? "0" : "") + hundredths % 100;
        return explanation + "; read with low confidence from the text (" + c + "), so it counts for "
                + (Rules.confidenceWeight(confidence) > 0 ? "little" : "nothing");
    }

    static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
