package dev.standout.tools;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standout.resume.CredentialKind;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.GazetteerAlias;
import dev.standout.taxonomy.SkillTaxonomy;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds {@code core/src/main/resources/dev/standout/taxonomy/credentials.tsv} from the curated list (first say),
 * Paul Jerimy's Security Certification Roadmap (CC BY-SA 4.0), Ivan Portilla's certification dictionary (MIT) and
 * the Coursera course dataset.
 *
 * <pre>java dev.standout.tools.CredentialCatalogBuilder --shared ../shared --out core/src/main/resources/dev/standout/taxonomy/credentials.tsv</pre>
 *
 * <p>It reads the skills gazetteer of the classpath (to tell course titles that are ordinary skill phrases):
 * after a change of {@code skills.tsv}, rebuild core before running this builder.
 *
 * <p>An alias key belongs to the first entry that claims it: curated, roadmap, dictionary, Coursera, each in a
 * fixed order. A source row one of whose names is already claimed is merged into the owner. Output sorted by id,
 * same bytes on every run.
 */
public final class CredentialCatalogBuilder {
    static final String USAGE = "usage: CredentialCatalogBuilder --shared DIR --out FILE";
    static final String ROADMAP = "credentials/security-cert-roadmap/certifications_extracted.tsv";
    static final String CERTDICT = "credentials/cert-vendor-dict/certifications_vendor.json";
    static final String COURSERA = "credentials/coursera/coursera_data.csv";
    static final String COURSERA_NOTE = "Coursera enrolments, scraped about 2020 (Kaggle Coursera Course Dataset)";

    private static final Pattern CERT_WORD = Pattern.compile("(?i)certif|\\b(associate|professional|expert|"
            + "specialist|administrator|developer|architect|engineer|exam|master|practitioner|foundation|analyst|"
            + "consultant|auditor|implementer|manager|technician|champion)\\b");
    private static final Pattern ENROLLED = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kKmM]?)");
    /** issuers that are professional bodies rather than vendors of a technology */
    private static final Set<String> PROFESSIONAL_BODIES = Set.of("ISC2", "ISACA", "GIAC", "PMI",
            "Project Management Institute", "IIA", "ASIS International", "CREST", "IAPP", "The Open Group",
            "AXELOS", "PeopleCert (AXELOS)", "IIBA", "SABSA Institute", "ACFE", "NCSC", "BCS", "DRI International",
            "Cloud Security Alliance", "Shared Assessments", "Zachman International", "APMG International",
            "ISA", "OCEG", "Identity Management Institute", "Scrum.org", "Axelos", "ISC", "ISMS");
    private static final Map<String, String> DOMAIN_ISSUER = Map.ofEntries(
            Map.entry("giac.org", "GIAC"), Map.entry("mile2.com", "Mile2"),
            Map.entry("mosse-institute.com", "Mossé Cyber Security Institute"), Map.entry("gaqm.org", "GAQM"),
            Map.entry("exin.com", "EXIN"), Map.entry("eccouncil.org", "EC-Council"),
            Map.entry("ciso.eccouncil.org", "EC-Council"), Map.entry("crest-approved.org", "CREST"),
            Map.entry("seco-institute.org", "SECO-Institute"), Map.entry("itgovernance.co.uk", "IT Governance"),
            Map.entry("docs.microsoft.com", "Microsoft"), Map.entry("learn.microsoft.com", "Microsoft"),
            Map.entry("secops.group", "The SecOps Group"), Map.entry("pecb.com", "PECB"),
            Map.entry("identitymanagementinstitute.org", "Identity Management Institute"),
            Map.entry("comptia.org", "CompTIA"), Map.entry("cisco.com", "Cisco"), Map.entry("security.ine.com", "INE"),
            Map.entry("scrum.org", "Scrum.org"), Map.entry("isecom.org", "ISECOM"), Map.entry("isaca.org", "ISACA"),
            Map.entry("axelos.com", "AXELOS"), Map.entry("app.infosecinstitute.com", "Infosec Institute"),
            Map.entry("apmg-international.com", "APMG International"), Map.entry("vmware.com", "VMware"),
            Map.entry("training.fortinet.com", "Fortinet"), Map.entry("offensive-security.com", "OffSec"),
            Map.entry("offsec.com", "OffSec"), Map.entry("isa.org", "ISA"), Map.entry("drii.org", "DRI International"),
            Map.entry("pmi.org", "Project Management Institute"), Map.entry("isc2.org", "ISC2"),
            Map.entry("cncf.io", "The Linux Foundation / CNCF"), Map.entry("aws.amazon.com", "Amazon Web Services"),
            Map.entry("academy.hackthebox.com", "Hack The Box"), Map.entry("zachman.com", "Zachman International"),
            Map.entry("trailhead.salesforce.com", "Salesforce"), Map.entry("sabsa.org", "SABSA Institute"),
            Map.entry("redhat.com", "Red Hat"), Map.entry("ncsc.gov.uk", "NCSC"), Map.entry("lpi.org",
                    "Linux Professional Institute"), Map.entry("cloud.google.com", "Google Cloud"),
            Map.entry("certnexus.com", "CertNexus"), Map.entry("bcs.org", "BCS"),
            Map.entry("asisonline.org", "ASIS International"), Map.entry("tuv.com", "TÜV Rheinland"),
            Map.entry("training.linuxfoundation.org", "The Linux Foundation"), Map.entry("suse.com", "SUSE"),
            Map.entry("sharedassessments.org", "Shared Assessments"), Map.entry("securityblue.team",
                    "Security Blue Team"), Map.entry("opengroup.org", "The Open Group"), Map.entry("oceg.org", "OCEG"),
            Map.entry("iapp.org", "IAPP"), Map.entry("cloudsecurityalliance.org", "Cloud Security Alliance"),
            Map.entry("splunk.com", "Splunk"), Map.entry("training.apple.com", "Apple"));

    /** An entry under construction. */
    static final class Draft {
        final String id;
        final String name;
        final CredentialKind kind;
        final String level;
        final String issuer;
        Long prior;
        String priorNote = "";
        final int priority;
        final TreeSet<String> sources = new TreeSet<>();
        final Map<String, GazetteerAlias> aliases = new LinkedHashMap<>();
        final Set<String> keys = new HashSet<>();

        Draft(String id, String name, CredentialKind kind, String level, String issuer, int priority, String source) {
            this.id = id;
            this.name = name;
            this.kind = kind;
            this.level = level;
            this.issuer = issuer;
            this.priority = priority;
            sources.add(source);
        }
    }

    private final Map<String, Draft> owner = new HashMap<>();
    private final Map<String, Draft> byId = new TreeMap<>();
    private final List<String> warnings = new ArrayList<>();
    private final Map<String, Integer> counts = new TreeMap<>();
    private final SkillTaxonomy skills = SkillTaxonomy.defaultTaxonomy();
    private final Set<String> english = BuildSupport.keySet("english-words.txt");

    public static void main(String[] args) throws IOException {
        Map<String, String> a = BuildSupport.args(args, USAGE);
        Path shared = BuildSupport.sharedDir(a.get("shared"));
        String out = BuildSupport.required(a, "out", USAGE);
        CredentialCatalogBuilder b = new CredentialCatalogBuilder();
        String tsv = b.build(shared);
        BuildSupport.write(Path.of(out), tsv);
        Path gaz = BuildSupport.binaryPathFor(Path.of(out));
        java.nio.file.Files.write(gaz, binaryFor(tsv));
        b.warnings.forEach(w -> System.err.println("warning: " + w));
        System.err.println("wrote " + out + " and " + gaz + ": " + b.counts);
    }

    /** The binary trie that goes with the TSV text (see {@code GazetteerMatcher#write}). */
    public static byte[] binaryFor(String tsv) throws IOException {
        return BuildSupport.binaryTrie(tsv, CredentialCatalog.read(new java.io.StringReader(tsv)).matcher());
    }

    /** The TSV text built from the shared data folder (the one holding {@code credentials/}). */
    public static String buildFrom(Path shared) throws IOException {
        return new CredentialCatalogBuilder().build(shared);
    }

    String build(Path shared) throws IOException {
        addCurated();
        addRoadmap(shared.resolve(ROADMAP));
        addCertDict(shared.resolve(CERTDICT));
        addCoursera(shared.resolve(COURSERA));
        return render();
    }

    // ------------------------------------------------------------------------------------------------ aliases

    private boolean claim(Draft d, GazetteerAlias a, boolean fromSource) {
        String key = BuildSupport.key(a.text());
        if (key.isEmpty() || a.text().contains("|") || a.text().contains("\t")) return false;
        Draft o = owner.get(key);
        if (o != null && o != d) {
            if (!fromSource) warnings.add("curated alias '" + a.text() + "' of " + d.id + " already in " + o.id);
            return false;
        }
        if (fromSource && d.keys.contains(key)) return false;
        if (!fromSource && d.keys.contains(key)) {
            for (GazetteerAlias x : d.aliases.values()) {
                if (BuildSupport.key(x.text()).equals(key) && x.caseSensitive() != a.caseSensitive()) {
                    warnings.add("'" + a.format() + "' and '" + x.format() + "' of " + d.name
                            + ": the case-insensitive one makes the other moot");
                }
            }
        }
        owner.put(key, d);
        d.keys.add(key);
        String identity = a.caseSensitive() ? "=" + a.text() : key;
        GazetteerAlias old = d.aliases.get(identity);
        if (old == null) d.aliases.put(identity, a);
        else if (a.ambiguous() && !old.ambiguous()) {
            d.aliases.put(identity, new GazetteerAlias(old.text(), true, old.caseSensitive()));
        }
        return true;
    }

    private Draft add(Draft d) {
        if (byId.containsKey(d.id)) {
            warnings.add("duplicate id " + d.id);
            return null;
        }
        byId.put(d.id, d);
        return d;
    }

    /** the first owner of any of the forms */
    private Draft ownerOf(List<GazetteerAlias> forms) {
        for (GazetteerAlias f : forms) {
            Draft o = owner.get(BuildSupport.key(f.text()));
            if (o != null) return o;
        }
        return null;
    }

    // ------------------------------------------------------------------------------------------------ curated

    private void addCurated() {
        for (String line : BuildSupport.resourceLines("curated-credentials.tsv")) {
            String[] f = line.split("\t", -1);
            if (f.length != 9) throw new IllegalStateException("curated-credentials.tsv: bad line: " + line);
            Draft d = new Draft(f[0].trim(), f[1].trim(), CredentialKind.valueOf(f[2].trim()), f[3].trim(),
                    f[4].trim(), 0, "curated");
            if (!f[5].isBlank()) d.prior = Long.parseLong(f[5].trim());
            d.priorNote = f[6].trim();
            if (add(d) == null) continue;
            if (!claim(d, GazetteerAlias.parse(f[7].trim() + d.name), false)) {
                warnings.add("curated name of " + d.id + " already taken");
            }
            for (String al : f[8].split("\\|")) {
                if (al.isBlank()) continue;
                GazetteerAlias a = GazetteerAlias.parse(al.trim());
                claim(d, a, false);
                // "MCSA" also as "MCSA certification", "MCSA certified", "MCSA certificate"
                if (a.caseSensitive() && !a.text().contains(" ")) {
                    for (String suffix : List.of(" certification", " certified", " certificate")) {
                        claim(d, new GazetteerAlias(a.text() + suffix, false, false), true);
                    }
                }
            }
            count("curated");
        }
    }

    // ------------------------------------------------------------------------------------------------ roadmap

    private void addRoadmap(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("abbreviation\t")) continue;
            String[] f = line.split("\t", -1);
            if (f.length < 4) continue;
            rows.add(f);
        }
        rows.sort(Comparator.comparing((String[] f) -> f[0]).thenComparing(f -> f[1]));
        for (String[] f : rows) {
            String abbr = BuildSupport.clean(f[0]);
            String name = BuildSupport.clean(f[1]);
            String issuer = issuerOf(f[3], name);
            List<GazetteerAlias> forms = new ArrayList<>();
            if (!name.isEmpty()) forms.add(new GazetteerAlias(name, false, false));
            forms.addAll(abbreviationForms(abbr, issuer));
            Draft o = ownerOf(forms);
            if (o == null) {
                String id = "cert:" + BuildSupport.slug(abbr);
                if (byId.containsKey(id)) id = id + "-" + BuildSupport.slug(issuer);
                CredentialKind kind = PROFESSIONAL_BODIES.contains(issuer) ? CredentialKind.PROFESSIONAL_CERTIFICATION
                        : CredentialKind.VENDOR_CERTIFICATION;
                String display = name.isEmpty() ? abbr : name.contains(abbr) ? name : name + " (" + abbr + ")";
                o = add(new Draft(id, display, kind, levelOf(name), issuer, 1, "roadmap"));
                if (o == null) continue;
                count("roadmap-new");
            } else {
                count("roadmap-merged");
                // another issuer's credential of the same name or code (GAQM's "Certified Scrum Master" is not
                // Scrum Alliance's): the owner keeps it, and takes none of this row's names
                if (!sameIssuer(o.issuer, issuer)) continue;
            }
            boolean added = false;
            for (GazetteerAlias a : forms) added |= claim(o, a, true);
            if (o.priority == 1 || added) o.sources.add("roadmap");
        }
    }

    static boolean sameIssuer(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String y = b.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return !x.isEmpty() && !y.isEmpty() && (x.contains(y) || y.contains(x));
    }

    /** "CISSP" → =CISSP, "CISSP certification", "CISSP certified", "ISC2 CISSP" */
    private List<GazetteerAlias> abbreviationForms(String abbr, String issuer) {
        List<GazetteerAlias> out = new ArrayList<>();
        if (abbr.isEmpty()) return out;
        String letters = abbr.replaceAll("[^A-Za-z]", "");
        String key = BuildSupport.key(abbr);
        boolean word = !skills.byAlias(abbr).isEmpty() || english.contains(key) || key.length() <= 3
                || letters.length() <= 2
                || abbr.chars().anyMatch(Character::isLowerCase) && abbr.chars().filter(Character::isUpperCase)
                .count() <= 1;
        out.add(new GazetteerAlias(abbr, word, true));
        out.add(new GazetteerAlias(abbr + " certification", false, false));
        out.add(new GazetteerAlias(abbr + " certified", false, false));
        out.add(new GazetteerAlias(abbr + " certificate", false, false));
        if (!issuer.isEmpty() && !abbr.toLowerCase(Locale.ROOT).startsWith(issuer.toLowerCase(Locale.ROOT))) {
            out.add(new GazetteerAlias(issuer + " " + abbr, false, false));
        }
        return out;
    }

    private static String issuerOf(String url, String name) {
        Matcher m = Pattern.compile("https?://([^/]+)").matcher(url);
        if (m.find()) {
            String host = m.group(1).toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String mapped = DOMAIN_ISSUER.get(host);
            if (mapped != null) return mapped;
            String[] parts = host.split("\\.");
            String label = parts.length >= 2 ? parts[parts.length - 2] : host;
            if (parts.length >= 3 && (label.equals("co") || label.equals("org") || label.equals("com"))) {
                label = parts[parts.length - 3];
            }
            return Character.toUpperCase(label.charAt(0)) + label.substring(1);
        }
        String[] w = name.split(" ");
        return w.length > 0 ? w[0] : "";
    }

    static String levelOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.matches(".*\\b(expert|master|architect expert|fellow)\\b.*")) return "expert";
        if (n.matches(".*\\b(professional|practitioner|advanced)\\b.*")) return "professional";
        if (n.matches(".*\\bassociate\\b.*")) return "associate";
        if (n.matches(".*\\b(foundation|foundations|fundamentals|essentials|entry|beginner|technician)\\b.*")) {
            return "foundational";
        }
        if (n.matches(".*\\bspecialty\\b.*")) return "specialty";
        return "";
    }

    // ------------------------------------------------------------------------------------------------ dictionary

    private void addCertDict(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        TreeMap<String, String> certs = new TreeMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            certs.put(BuildSupport.clean(e.getKey()), BuildSupport.clean(e.getValue().asText()));
        }
        for (Map.Entry<String, String> e : certs.entrySet()) {
            String name = e.getKey();
            if (name.isEmpty() || BuildSupport.wordCount(name) < 2) continue;
            String issuer = vendorName(e.getValue());
            // "Oracle Business Intelligence" is also a product: such a name needs a credential context
            boolean product = !CERT_WORD.matcher(name).find();
            List<GazetteerAlias> forms = List.of(new GazetteerAlias(name, product, false));
            Draft o = ownerOf(forms);
            if (o != null) {
                o.sources.add("certdict");
                count("certdict-merged");
                continue;
            }
            CredentialKind kind = PROFESSIONAL_BODIES.contains(issuer) || PROFESSIONAL_BODIES.contains(e.getValue())
                    ? CredentialKind.PROFESSIONAL_CERTIFICATION : CredentialKind.VENDOR_CERTIFICATION;
            String id = "cert:" + BuildSupport.slug(name);
            Draft d = add(new Draft(id, name, kind, levelOf(name), issuer, 2, "certdict"));
            if (d == null) continue;
            claim(d, forms.get(0), true);
            count("certdict-new");
        }
    }

    private static String vendorName(String v) {
        return switch (v) {
            case "Amazon" -> "Amazon Web Services";
            case "VMWare Company" -> "VMware";
            case "ISC" -> "ISC2";
            case "PMI" -> "Project Management Institute";
            case "infosec" -> "Infosec Institute";
            case "Axelos" -> "AXELOS";
            default -> v;
        };
    }

    // ------------------------------------------------------------------------------------------------ Coursera

    private void addCoursera(Path file) throws IOException {
        List<CSVRecord> rows;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            rows = new ArrayList<>(CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                    .setAllowMissingColumnNames(true).get().parse(r)
                    .getRecords());
        }
        rows.removeIf(x -> !x.isConsistent());
        rows.sort(Comparator.comparing((CSVRecord x) -> x.get("course_title"))
                .thenComparing(x -> x.get("course_organization")));
        for (CSVRecord r : rows) {
            if (!r.isConsistent()) continue; // a trailing row of empty fields
            String title = BuildSupport.clean(r.get("course_title"));
            String org = BuildSupport.clean(r.get("course_organization"));
            String type = r.get("course_Certificate_type").trim().toUpperCase(Locale.ROOT);
            Long enrolled = parseEnrolled(r.get("course_students_enrolled"));
            if (title.isEmpty()) continue;
            boolean generic = isGenericTitle(title);
            List<GazetteerAlias> forms = new ArrayList<>();
            String suffix = switch (type) {
                case "SPECIALIZATION" -> " Specialization";
                case "PROFESSIONAL CERTIFICATE" -> " Professional Certificate";
                default -> "";
            };
            if (!suffix.isEmpty() && !title.toLowerCase(Locale.ROOT).endsWith(suffix.trim().toLowerCase(Locale.ROOT))) {
                forms.add(new GazetteerAlias(title + suffix, false, false));
            }
            forms.add(new GazetteerAlias(title, generic, false));
            forms.add(new GazetteerAlias(title + " (Coursera)", false, false));
            forms.add(new GazetteerAlias("Coursera " + title, false, false));
            if (!org.isEmpty()) forms.add(new GazetteerAlias(title + " (" + org + ")", false, false));
            Draft o = ownerOf(forms);
            // merge into a curated online course ("Google IT Support"); two Coursera offerings with one title
            // ("Machine Learning" by Stanford and by the University of Washington) stay apart
            if (o != null && o.kind == CredentialKind.ONLINE_COURSE && o.priority == 0) {
                o.sources.add("coursera");
                if (o.prior == null && enrolled != null) {
                    o.prior = enrolled;
                    o.priorNote = COURSERA_NOTE;
                }
                for (GazetteerAlias a : forms) claim(o, a, true);
                count("coursera-merged");
                continue;
            }
            String id = "course:coursera-" + BuildSupport.slug(title);
            if (byId.containsKey(id)) id = id + "-" + BuildSupport.slug(org);
            Draft d = add(new Draft(id, title, CredentialKind.ONLINE_COURSE, "", org, 3, "coursera"));
            if (d == null) continue;
            d.prior = enrolled;
            d.priorNote = enrolled == null ? "" : COURSERA_NOTE;
            // the bare title first: it is the canonical name
            GazetteerAlias bare = forms.stream().filter(a -> a.text().equals(title)).findFirst().orElseThrow();
            claim(d, bare, true);
            for (GazetteerAlias a : forms) {
                // a title that names a certification, "(ISC)² Systems Security Certified Practitioner (SSCP)",
                // must not take the certification's own mentions: owner checks handle exact names
                claim(d, a, true);
            }
            count("coursera-new");
        }
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "for", "in",
            "with", "to", "on", "by", "from", "using", "into", "your", "how", "i", "ii", "iii", "1", "2", "3", "part",
            "introduction", "intro", "basics", "fundamentals", "foundations", "advanced", "applied", "beginners",
            "everyone", "everybody", "principles", "concepts", "essentials");

    /**
     * A title that is an ordinary phrase ("Machine Learning", "Python Data Structures", "Machine Learning with
     * Python"): two words or fewer, or every word other than a function word inside a skill name.
     */
    private boolean isGenericTitle(String title) {
        if (BuildSupport.wordCount(title) <= 2 || !skills.byAlias(title).isEmpty()) return true;
        boolean[] covered = new boolean[title.length()];
        for (var m : skills.find(title)) {
            for (int i = m.start(); i < m.end(); i++) covered[i] = true;
        }
        Matcher w = Pattern.compile("[\\p{L}\\p{N}+#]+").matcher(title);
        while (w.find()) {
            if (covered[w.start()]) continue;
            if (!FUNCTION_WORDS.contains(w.group().toLowerCase(Locale.ROOT))) return false;
        }
        return true;
    }

    /** "350k" → 350000, "1.2m" → 1200000 */
    static Long parseEnrolled(String s) {
        if (s == null) return null;
        Matcher m = ENROLLED.matcher(s.trim());
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1));
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> v *= 1_000;
            case "m" -> v *= 1_000_000;
            default -> {
            }
        }
        return Math.round(v);
    }

    // ------------------------------------------------------------------------------------------------ output

    private void count(String what) {
        counts.merge(what, 1, Integer::sum);
    }

    private String render() {
        Map<CredentialKind, Integer> kinds = new TreeMap<>();
        int aliasTotal = 0;
        int roadmapRows = 0;
        StringBuilder body = new StringBuilder(1 << 20);
        for (Draft d : byId.values()) {
            GazetteerAlias canonical = null;
            List<GazetteerAlias> rest = new ArrayList<>();
            for (GazetteerAlias a : d.aliases.values()) {
                if (canonical == null && a.text().equals(d.name)) canonical = a;
                else rest.add(a);
            }
            if (canonical == null && rest.isEmpty()) {
                warnings.add("no alias for " + d.id);
                continue;
            }
            rest.sort(BuildSupport.ALIAS_ORDER);
            List<String> out = new ArrayList<>();
            if (canonical != null) out.add(canonical.format());
            for (GazetteerAlias a : rest) out.add(a.format());
            boolean context = canonical != null && canonical.ambiguous();
            aliasTotal += out.size();
            kinds.merge(d.kind, 1, Integer::sum);
            if (d.sources.contains("roadmap")) roadmapRows++;
            body.append(d.id).append('\t').append(BuildSupport.clean(d.name)).append('\t').append(d.kind).append('\t')
                    .append(d.level).append('\t').append(BuildSupport.clean(d.issuer)).append('\t')
                    .append(d.prior == null ? "" : d.prior.toString()).append('\t')
                    .append(BuildSupport.clean(d.priorNote)).append('\t').append(context ? '1' : '0').append('\t')
                    .append(String.join(",", d.sources)).append('\t').append(String.join("|", out)).append('\n');
        }
        counts.put("entries", byId.size());
        counts.put("aliases", aliasTotal);
        StringBuilder sb = new StringBuilder(body.length() + 4096);
        sb.append("# Standout credential catalog. Generated by dev.standout.tools.CredentialCatalogBuilder; do not edit.\n");
        sb.append("# Entries: ").append(byId.size()).append("; aliases: ").append(aliasTotal).append("; by kind: ")
                .append(kinds).append('\n');
        sb.append("# Sources (column 'sources'):\n");
        sb.append("#  curated: tools/src/main/resources/dev/standout/tools/curated-credentials.tsv (Standout,\n");
        sb.append("#    GPL-3.0-or-later). Priors there are rough public figures, an order of magnitude only.\n");
        sb.append("#  roadmap: Security Certification Roadmap by Paul Jerimy (https://pauljerimy.com/security-certification-roadmap/),\n");
        sb.append("#    July 2024, CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/). Modified: names,\n");
        sb.append("#    abbreviations and issuers extracted and merged. The ").append(roadmapRows)
                .append(" rows whose sources include 'roadmap' are derived\n");
        sb.append("#    from it and stay under CC BY-SA 4.0.\n");
        sb.append("#  certdict: certification dictionary of Ivan Portilla's ontology (github.com/jiportilla/ontology), MIT\n");
        sb.append("#    licence, Copyright (c) 2021 Ivan Portilla.\n");
        sb.append("#  coursera: Coursera Course Dataset (Kaggle, siddharthm1698, scraped about 2020): course titles,\n");
        sb.append("#    organizations and enrolment counts (the 'prior' of online courses), facts from coursera.org.\n");
        sb.append("# prior: outside estimate of holders (enrolments for online courses), blank when unknown.\n");
        sb.append("# context: 1 when the name itself is an ordinary phrase that names the credential only in a\n");
        sb.append("#   credential context. Aliases: |-separated, canonical name first; ~ = needs credential context,\n");
        sb.append("#   = = case-sensitive.\n");
        sb.append(CredentialCatalog.HEADER).append('\n');
        sb.append(body);
        return sb.toString();
    }

    List<String> warnings() {
        return warnings;
    }
}
