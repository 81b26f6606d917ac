package dev.standout.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the segment title table ({@link SegmentResolver#RESOURCE}) from the florex job-title list and the
 * hand-written livecareer phrases below. Run it when either changes:
 * <pre>
 *   java ... dev.standout.corpus.SegmentTableGenerator ../shared/data/corpus/florex-job-titles/normlized_classes.txt \
 *       core/src/main/resources/dev/standout/corpus/segment-titles.tsv
 * </pre>
 * {@code SegmentTableTest} checks that the committed table is what this writes.
 */
public final class SegmentTableGenerator {
    static final int MIN_SUPPORT = 8;
    static final double MIN_PURITY = 0.75;
    static final double HAND_WEIGHT = 1.25;

    /** Words that say nothing about an IT speciality on their own (they are kept inside longer phrases). */
    static final Set<String> GENERIC = Set.of("manager", "project", "program", "director", "officer", "delivery",
            "finance", "portfolio", "asset", "change", "deputy", "entity", "construction", "response", "facilities",
            "assessment", "procurement", "life", "coach", "improvement", "retail", "boot", "avp", "transition",
            "estimator", "transformation", "photographer", "mean", "sourcing", "region", "ant", "assessor", "end",
            "front", "spring", "eclipse", "oracle", "security", "system", "systems");

    /** Hand-written phrases for the livecareer occupations (and a few general IT ones). */
    static final Map<String, List<String>> HAND = handPhrases();

    private static Map<String, List<String>> handPhrases() {
        Map<String, List<String>> m = new TreeMap<>();
        m.put("accountant", List.of("accountant", "accounting", "accounts payable", "accounts receivable",
                "bookkeeper", "bookkeeping", "cpa", "auditor", "tax", "payroll", "controller"));
        m.put("advocate", List.of("advocate", "attorney", "lawyer", "paralegal", "legal", "counsel", "solicitor",
                "litigation", "law clerk"));
        m.put("agriculture", List.of("agriculture", "agricultural", "farm", "farmer", "agronomist", "horticulture",
                "horticulturist", "crop", "livestock", "ranch"));
        m.put("apparel", List.of("apparel", "fashion", "garment", "textile", "clothing", "tailor", "boutique"));
        m.put("arts", List.of("artist", "arts", "art", "musician", "actor", "painter", "illustrator", "museum",
                "curator", "gallery", "performer", "dancer"));
        m.put("automobile", List.of("automotive", "automobile", "mechanic", "auto", "vehicle", "car"));
        m.put("aviation", List.of("aviation", "pilot", "aircraft", "flight", "airline", "aerospace", "avionics",
                "air traffic"));
        m.put("banking", List.of("banking", "bank", "banker", "teller", "loan officer", "mortgage", "credit analyst",
                "branch manager"));
        m.put("bpo", List.of("bpo", "call center", "call centre", "customer service", "customer care",
                "contact center", "process associate"));
        m.put("business-development", List.of("business development", "business developer", "partnerships"));
        m.put("chef", List.of("chef", "cook", "culinary", "kitchen", "sous chef", "pastry", "baker", "restaurant"));
        m.put("construction", List.of("construction", "foreman", "carpenter", "electrician", "plumber",
                "site supervisor", "superintendent"));
        m.put("consultant", List.of("consultant", "consulting", "advisor"));
        m.put("designer", List.of("designer", "graphic design", "interior design", "graphic"));
        m.put("digital-media", List.of("digital media", "social media", "content", "media", "video",
                "digital marketing", "seo", "editor", "producer", "multimedia", "journalist"));
        m.put("engineering", List.of("engineer", "engineering", "mechanical", "electrical", "civil", "chemical",
                "manufacturing"));
        m.put("finance", List.of("finance", "financial", "financial analyst", "investment", "treasury"));
        m.put("fitness", List.of("fitness", "personal trainer", "yoga", "gym", "athletic trainer"));
        m.put("healthcare", List.of("nurse", "nursing", "rn", "physician", "medical", "healthcare", "health",
                "clinical", "patient", "pharmacist", "therapist", "doctor", "hospital", "caregiver", "dental"));
        m.put("hr", List.of("hr", "human resources", "human resource", "recruiter", "recruiting",
                "talent acquisition", "hris"));
        m.put("information-technology", List.of("it", "information technology", "technical support", "help desk",
                "helpdesk", "desktop support", "it specialist", "computer", "data scientist", "data science",
                "data engineer", "machine learning", "machine learning engineer", "devops", "devops engineer",
                "cloud", "cloud engineer", "programmer", "developer"));
        m.put("public-relations", List.of("public relations", "pr", "communications", "publicist", "spokesperson",
                "media relations"));
        m.put("sales", List.of("sales", "account executive", "sales representative", "salesperson",
                "sales engineer", "sales associate"));
        m.put("systems-administrator", List.of("linux", "linux administrator", "sysadmin"));
        m.put("teacher", List.of("teacher", "teaching", "tutor", "educator", "instructor", "professor", "lecturer",
                "principal", "school"));
        return m;
    }

    private SegmentTableGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SegmentTableGenerator <normlized_classes.txt> <out.tsv>");
            System.exit(2);
        }
        Files.writeString(Path.of(args[1]), generate(Path.of(args[0])), StandardCharsets.UTF_8);
    }

    /** The table's text for the florex title list at {@code florexTitles}. */
    static String generate(Path florexTitles) throws IOException {
        String text = new String(Files.readAllBytes(florexTitles), StandardCharsets.UTF_8);
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (String line : text.split("\n")) {
            int colon = line.lastIndexOf(':');
            if (colon < 0) continue;
            String[] labels = line.substring(colon + 1).trim().split(",");
            if (labels.length != 1 || labels[0].isBlank()) continue;
            String seg = SegmentResolver.canonical(labels[0]);
            List<String> tok = SegmentResolver.tokens(line.substring(0, colon));
            Set<String> grams = new LinkedHashSet<>();
            for (int n = 1; n <= SegmentResolver.MAX_PHRASE_WORDS; n++) {
                for (int i = 0; i + n <= tok.size(); i++) grams.add(String.join(" ", tok.subList(i, i + n)));
            }
            for (String g : grams) counts.computeIfAbsent(g, k -> new HashMap<>()).merge(seg, 1, Integer::sum);
        }
        TreeMap<String, String> rows = new TreeMap<>();
        counts.forEach((g, bySeg) -> {
            int total = bySeg.values().stream().mapToInt(Integer::intValue).sum();
            String best = null;
            int top = 0;
            for (Map.Entry<String, Integer> e : new TreeMap<>(bySeg).entrySet()) {
                if (e.getValue() > top) {
                    best = e.getKey();
                    top = e.getValue();
                }
            }
            double purity = (double) top / total;
            if (total < MIN_SUPPORT || purity < MIN_PURITY) return;
            if (!g.contains(" ") && GENERIC.contains(g)) return;
            rows.put(g + "\t" + best, String.format(Locale.ROOT, "%.3f\tflorex n=%d", purity, total));
        });
        List<String> out = new ArrayList<>();
        out.add("# Title phrase -> segment table for dev.standout.corpus.SegmentResolver.");
        out.add("# Written by SegmentTableGenerator (core/src/test); do not edit by hand.");
        out.add("# florex rows: derived from the florex job-title list (Jiechieu & Tsopze 2020,");
        out.add("#   doi:10.1007/s00521-020-05302-x): single-class titles, phrases of 1-3 words seen at least "
                + MIN_SUPPORT + " times,");
        out.add("#   at least " + MIN_PURITY + " of them in one class; weight = that share. Counts only, no titles.");
        out.add("# hand rows: phrases for the livecareer occupations, weight " + HAND_WEIGHT + ".");
        out.add("# phrase\tsegment\tweight\tnote");
        HAND.forEach((seg, phrases) -> {
            for (String p : phrases) {
                rows.put(String.join(" ", SegmentResolver.tokens(p)) + "\t" + seg,
                        String.format(Locale.ROOT, "%.3f\thand", HAND_WEIGHT));
            }
        });
        rows.forEach((k, v) -> out.add(k + "\t" + v));
        return String.join("\n", out) + "\n";
    }
}
