package dev.standout.extract;

import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Mention;
import dev.standout.section.Section;
import dev.standout.section.SectionType;
import dev.standout.section.SectionedText;
import dev.standout.taxonomy.CredentialCatalog;
import dev.standout.taxonomy.CredentialEntry;
import dev.standout.taxonomy.GazetteerMatch;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds credentials: certifications, licenses, online courses and bootcamps (degrees are education, see
 * {@link EducationExtractor}).
 *
 * <ul>
 *   <li><b>Catalog</b>: the {@link CredentialCatalog}'s aliases, matched over the whole text in one pass, so that
 *       "AWS Certified Solutions Architect – Associate", "AWS SAA-C03" and "Solutions Architect Associate (AWS)"
 *       are one credential. Aliases that are ordinary phrases ("Machine Learning", "CSM") count only in a
 *       CERTIFICATIONS section or next to a credential cue ("certificate", "Coursera", "license"…).</li>
 *   <li><b>Patterns</b>, for credentials in no catalog: "Certified …", "… Certification", "… Certificate",
 *       "Certificate in …", "… Specialization", "… Nanodegree", "… License", "Licensed …", outside role and project
 *       descriptions; and in a CERTIFICATIONS section every item, whatever its wording. Their id is
 *       {@code unknown:} followed by the name's words, lower-cased, punctuation folded; their kind comes from their
 *       words (a course platform, a bootcamp, a license, a vendor, a professional body), their level from the name
 *       ("Foundation", "Associate", "Professional", "Expert").</li>
 * </ul>
 * Each credential gets the issuer of the catalog, or the one written on its line ("(Coursera)", "– Microsoft",
 * "issued by …", ", Example University"), and the first date written after it on its line or item ("2021",
 * "Mar 2021", "exp. 04/2026"). Credentials still pending ("in progress", "expected 2025") are left out. A credential
 * named twice is one {@link Certificate} with two mentions.
 *
 * <p>Immutable and safe to share between threads; the catalog is loaded once per JVM.
 */
public final class CredentialExtractor {

    /** Prefix of the ids of credentials in no catalog. */
    public static final String UNKNOWN = "unknown:";

    /** Sections where a credential may be read from a pattern ("… Certification") rather than the catalog. */
    private static final EnumSet<SectionType> PATTERN_SECTIONS = EnumSet.of(SectionType.CERTIFICATIONS,
            SectionType.EDUCATION, SectionType.SKILLS, SectionType.SUMMARY, SectionType.CONTACT, SectionType.AWARDS,
            SectionType.OTHER);

    private static final String NAME_WORD = "(?:[A-Z0-9][\\w+#.&'/-]*|of|in|for|and|&|the|on|to|de)";
    /** "… Certification", "… Certificate", "… Specialization (Coursera)", "… Nanodegree", "… License". */
    private static final Pattern SUFFIXED = Pattern.compile(
            "\\b(?:[A-Z0-9][\\w+#.&'/-]*\\s+(?:" + NAME_WORD + "\\s+){0,7})"
                    + "(?i:certification|certificate|certified|specialization|specialisation|nanodegree|license|licence"
                    + "|professional\\s+certificate)\\b");
    /** "Certified Kubernetes Administrator", "Licensed Practical Nurse". */
    private static final Pattern PREFIXED = Pattern.compile(
            "\\b(?:[A-Z][\\w+#.&'/-]*\\s+){0,3}(?:Certified|CERTIFIED|Licensed|LICENSED|Accredited|ACCREDITED)\\s+(?:"
                    + NAME_WORD
                    + "\\s+){0,6}[A-Z0-9][\\w+#.&'/-]*");
    /** "Certificate in Applied Hydrology", "Certification in Project Management". */
    private static final Pattern IN_FIELD = Pattern.compile(
            "\\b(?:Certificate|Certification|CERTIFICATE|CERTIFICATION)(?:\\s+(?:Program(?:me)?|Course))?\\s+(?:in|of|on)\\s+(?:"
                    + NAME_WORD
                    + "\\s+){0,6}[A-Z0-9][\\w+#.&'/-]*");
    /** "Accreditation in Public Relations"; "Accreditation of Teacher Education" names the accrediting body. */
    private static final Pattern ACCREDITATION_IN = Pattern.compile(
            "\\bAccreditation\\s+in\\s+(?:" + NAME_WORD + "\\s+){0,6}[A-Z0-9][\\w+#.&'/-]*");
    /** A place, then the cue: "Cocoa FL Certificate" names where a course was taken, not what. */
    private static final Pattern PLACE_LEAD = Pattern.compile("[A-Z][a-z]+(?:\\s[A-Z][a-z]+)?,?\\s(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID"
            + "|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA"
            + "|WV|WI|WY|DC)\\s+Certific");
    /** A word that goes on after "certified" without making it an adjective: "certified as of 2014". */
    private static final Pattern AFTER_CERTIFIED = Pattern.compile("\\G\\s+(?!(?:in|by|as|since|from|through|with"
            + "|and|or|at|on|for|of|to|until|till)\\b)\\p{Ll}");

    /** "Overview Certified project manager": "certified" qualifies the noun after it; the name is not before it. */
    private static boolean certifiedBeforeNoun(String text, int ne, int to) {
        if (ne < 9 || !text.regionMatches(true, ne - 9, "certified", 0, 9)) return false;
        return AFTER_CERTIFIED.matcher(text).region(ne, to).lookingAt();
    }

    /** An adverb right before "certified" at the end of a name: "Currently certified", "Nationally certified". */
    private static final Pattern ADVERB_CERTIFIED = Pattern.compile("(?i)\\b\\w+ly\\s+certified$");
    /** Capitalized words after a name: what "Clinically certified" qualifies. */
    private static final Pattern CAPITALIZED_AFTER = Pattern.compile("\\G(?:\\s+[A-Z][\\w+#.&'/-]*){1,5}");

    /** A small word that ends a name only where a cut left it. */
    private static final Pattern TRAILING_SMALL_WORD = Pattern.compile("\\s+(?:in|of|for|and|on|to|from|the|at)$");
    /** A degree, then the parenthesis the name stands in. */
    private static final Pattern DEGREE_BEFORE = Pattern.compile(
            "(?i)\\b(?:baccalaureate|bachelor\\w*|master\\w*|diploma|degree|associate\\w*)\\s*\\(\\s*$");
    /** A school's name at the end of a field after a colon: "… Technology Georgia Tech Institute". */
    private static final Pattern TAIL_SCHOOL = Pattern.compile("\\s+(?:[A-Z][\\w.&'-]*\\s+){0,2}(?:University|College"
            + "|Institute|School|Academy|Center|Centre)\\b");
    /** The end of a sentence inside a run of capitalized words: "Training. Heavy". */
    private static final Pattern SENTENCE_STOP = Pattern.compile("(?<=\\p{Ll}{2})\\.\\s+(?=\\p{Lu})");
    /** A year inside a name read by a pattern, where the name ends. */
    private static final Pattern YEAR_IN_NAME = Pattern.compile("\\s+(?:19|20)\\d\\d\\b");
    /** "Certification, Medical Assistant": the word alone, its field after a comma (see {@link #COMMA_FIELD}). */
    private static final Pattern FIELD_AFTER = Pattern.compile(
            "(?<![\\w-])(?:Certification|Certificate|CERTIFICATION|CERTIFICATE)(?=,\\s+[A-Za-z])");
    /** Certificates that are awards, not credentials. */
    private static final Pattern AWARD = Pattern.compile("(?i)\\bcertificates?\\s+of\\s+(?:appreciation|merit|"
            + "excellence|achievement|recognition|participation|honou?r|attendance|commendation|distinction)"
            + "|\\b(?:appreciat\\w*|participation|merit|best\\s+[\\w ]{1,30}?)\\s+certificates?\\b");
    /** Degrees and school-leaving certificates, which are education. */
    private static final Pattern DEGREE = Pattern.compile("(?i)\\b(?:bachelor|master'?s|master(?=\\s+(?:of|in|degree)\\b)|mba|m\\.?b\\.?a|ph\\.?\\s?d|doctor"
            + "|doctorate|b\\.?\\s?tech|m\\.?\\s?tech|b\\.?\\s?sc|m\\.?\\s?sc|b\\.?e|m\\.?e|b\\.?com|associate\\s+of"
            + "|associate'?s\\s+degree|high\\s+school|secondary|higher\\s+secondary|hsc|ssc|sslc|cbse|icse|matriculation"
            + "|intermediate|diploma|degree|gpa|cgpa|graduat\\w*|undergraduate|postgraduate|school\\s+leaving"
            + "|associates|a\\.a\\.s?|aas|certificate\\s+of\\s+(?:secondary\\s+)?education|leaving\\s+certificate"
            + "|school\\s+certificate|gcses?)\\b|\\bAA\\b");
    /** Confidence of a catalog credential named without doubt. */
    private static final double CATALOG = 0.95;
    /** Confidence of a spelling of a catalog entry written on its own, read by the patterns. */
    private static final double CATALOG_SPELLING = 0.9;
    /** Confidence of a credential of no catalog read by its cue words ("Certified …", "… License"). */
    private static final double PATTERN = 0.85;
    /** Confidence of a credential stated by a short sentence of its own in a job ("Bronze Six Sigma certified."). */
    private static final double STATED_CONFIDENCE = 0.75;
    /** Confidence of an ambiguous catalog alias ("CSM", "Machine Learning") listed under certifications. */
    private static final double AMBIGUOUS_LISTED = 0.8;
    /** Confidence of an ambiguous catalog alias next to a credential cue elsewhere. */
    private static final double AMBIGUOUS_IN_CONTEXT = 0.75;
    /** Confidence of an item of a certifications section read by its shape alone (an acronym, a vendor's code). */
    private static final double LISTED = 0.6;
    /** Confidence of a title-cased item without any cue under a heading that names certifications or licenses. */
    private static final double LISTED_WEAK = 0.55;
    /** A heading that names credentials, not a mixed "Skills" or "Accreditation" one. */
    private static final Pattern CREDENTIAL_HEADING = Pattern.compile("(?i)certif|licen[cs]|credential");
    /** Schools, boards and universities: a credential's issuer at most, never a credential by themselves. */
    private static final Pattern INSTITUTION_WORD = Pattern.compile("(?i)\\b(?:university|college|colleg|school"
            + "|board|institute|institution|academy|polytechnic|vidyalaya|topper)\\b");
    /** Words that make a credential of what a school issues: "Graduate Certificate …", "… License". */
    private static final Pattern STRONG_CUE = Pattern.compile("(?i)certif|licen[cs]|endorsement|accredit");
    /** A sentence about oneself or a bare word with an article, not a name: "I'm certified", "A Certification". */
    private static final Pattern SENTENCE_START = Pattern.compile("(?i)(?:i|i'm|i\\s+am|my|we|our|have|has|had|was|were|is|are|and|or|but|so|then|these|those"
            + "|this|all|any|each)\\b"
            + "|(?:a|an|the)\\s+(?:certification|certificate|license|licence)s?\\W*$");
    private static final Pattern CUE_CERTIFIED = Pattern.compile("(?i)certif|licen[cs]|passed|holder");
    /** A course, training or workshop attended: no credential unless a certificate is named. */
    private static final Pattern ATTENDED = Pattern.compile("(?i)\\b(?:course|training|workshop|seminar|class)\\s*$");
    /** "Education Specialization": a degree's field, unless a course platform or a certificate is named with it. */
    private static final Pattern FIELD_SPECIALIZATION = Pattern.compile("(?i)^(?!.*certif).*\\bspeciali[sz]ation\\s*$");
    /** Words that say a certification was trained for, not earned: "CCNA trained", "PMP training". */
    private static final Pattern TRAINED = Pattern.compile("(?i)\\b(?:trained|training|coursework|course|preparation"
            + "|prep)\\b");
    /** "Series 7", "Series 63": securities licenses. */
    private static final Pattern SERIES = Pattern.compile("(?i)series\\s+\\d{1,3}");
    /** Credentials not held yet. */
    private static final Pattern PENDING = Pattern.compile("(?i)\\b(?:pending|in\\s+progress|expected|pursuing|"
            + "preparing\\s+for|candidate|working\\s+towards?|studying\\s+for|enrolled|anticipated|part[- ]passed"
            + "|part\\s*\\d\\s+(?:of\\s+\\d\\s+)?passed|(?:\\d|two|three)\\s+of\\s+(?:\\d|two|three|four)\\s+(?:parts|exams"
            + "|sections))\\b");
    /** How far from a name, within its clause, a word saying it is not yet held still speaks of it. */
    private static final int PENDING_REACH = 30;

    /**
     * Whether a credential named at {@code [ns, ne)} is said to be pending ("PMP – in progress", "Pursuing the CPA"):
     * the word must stand in the name's clause and near it, so that a line's other credentials stay
     * ("Healthcare Administration – still in progress. Organizational Skills Certificate, 2000").
     */
    private static boolean pendingNear(String text, int[] item, int ns, int ne) {
        int from = Math.max(item[0], ns - PENDING_REACH);
        int to = Math.min(item[1], ne + PENDING_REACH);
        for (int i = ns - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == ';' || c == '|' || c == '\u2022' || (c == '.' && i + 1 < text.length()
                    && Character.isWhitespace(text.charAt(i + 1)))) {
                from = i + 1;
                break;
            }
        }
        for (int i = ne; i < to; i++) {
            char c = text.charAt(i);
            if (c == ';' || c == '|' || c == '\u2022' || (c == '.' && (i + 1 >= text.length()
                    || Character.isWhitespace(text.charAt(i + 1))))) {
                to = i;
                break;
            }
        }
        return from < to && PENDING.matcher(text).region(from, to).find();
    }

    /** Items that are no credentials: clearances, memberships, table headings. */
    private static final Pattern NOT_CREDENTIAL = Pattern.compile("(?i)\\b(?:clearance|member(?:ship)?\\s+of|membership"
            + "|ssl|tls|self[- ]signed|digital\\s+certificates?|certificate\\s+authority|x\\.?509|signing\\s+certificates?"
            + ")\\b");
    private static final Set<String> HEADER_WORDS = Set.of("credential", "credentials", "issuer", "issued", "issuing",
            "number", "no", "year", "years", "date", "dates", "name", "certification", "certifications", "certificate",
            "certificates", "license", "licenses", "licence", "state", "status", "expires", "expiry", "expiration",
            "id", "organization", "organisation", "authority", "body", "level", "type", "title", "valid", "until",
            "obtained", "awarded", "by", "and", "course", "courses", "provider", "platform", "qualification",
            "qualifications", "specialization", "specialisation", "passing", "board", "university", "percentage",
            "institution", "school", "college", "of", "marks", "grade", "class");
    /** A date as written, with what says it is an expiry: "2021", "Mar 2021", "03/2021", "exp. 04/2026". */
    private static final Pattern DATE = Pattern.compile("(?i)(?:(?:exp(?:\\.|ires?|iry|iration)?|valid\\s+(?:until|"
            + "through|thru|till)|active\\s+(?:through|until)|renewed|issued|earned|obtained|completed|since)\\s*:?\\s*)?"
            + "(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+(?:19|20)\\d\\d"
            + "|(?:0?[1-9]|1[0-2])[/.-](?:19|20)\\d\\d|(?:19|20)\\d\\d[/.-](?:0?[1-9]|1[0-2])\\b|(?<![\\d/.-])(?:19|20)\\d\\d(?![\\d/]))");
    /** Online course platforms. */
    private static final Pattern PLATFORM = Pattern.compile("(?i)\\b(?:coursera|udemy|edx|udacity|linkedin\\s+learning"
            + "|lynda|datacamp|pluralsight|khan\\s+academy|futurelearn|codecademy|skillshare|great\\s+learning"
            + "|simplilearn|nptel|swayam|mooc|freecodecamp|treehouse|educative|kaggle\\s+learn|google\\s+career"
            + "|alison)\\b");
    private static final Pattern COURSE = Pattern.compile("(?i)\\b(?:course|courses|specialization|specialisation"
            + "|mooc|online|micro-?credential|professional\\s+certificate)\\b");
    private static final Pattern BOOTCAMP = Pattern.compile("(?i)\\b(?:bootcamp|boot\\s+camp|nanodegree)\\b");
    private static final Pattern LICENSE = Pattern.compile("(?i)\\b(?:licen[cs]e[ds]?|licensure)\\b|\\b(?:RN|LPN|LVN|PE"
            + "|CPA|EIT|EI|PharmD|MD|DO|NP|APRN|CRNA|PT|OT|SLP)\\b");
    private static final Pattern PROFESSIONAL_BODY = Pattern.compile("(?i)\\b(?:institute|association|society|board"
            + "|council|academy|chartered|federation|college\\s+of|international|alliance|guild|commission"
            + "|national|american|royal)\\b|\\bcertified\\s+[\\w\\s]*professional\\b");
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(foundations?|fundamentals|foundational|essentials"
            + "|associate|professional|expert|master|specialty|practitioner|advanced)\\b");
    private static final Set<String> EXTRA_VENDORS = Set.of("aws", "amazon", "azure", "gcp", "google", "microsoft",
            "cisco", "oracle", "ibm", "sap", "salesforce", "vmware", "red hat", "redhat", "adobe", "autodesk", "apple",
            "meta", "facebook", "hubspot", "juniper", "citrix", "hashicorp", "databricks", "snowflake", "tableau",
            "servicenow", "atlassian", "splunk", "fortinet", "palo alto", "checkpoint", "check point", "comptia",
            "linux foundation", "cncf", "mongodb", "elastic", "kubernetes", "docker", "terraform", "dell", "hp",
            "huawei", "alibaba", "cloudera", "sas", "qlik", "uipath", "blue prism", "automation anywhere", "zend",
            "microsoft certified", "mcp", "ccna", "ccnp", "esri", "arcgis", "netsuite", "workday", "epic",
            "cerner", "quickbooks", "intuit", "zoho", "shopify", "meta blueprint", "hubspot academy");

    private final CredentialCatalog catalog;
    private final Pattern vendors;

    /** With the catalog shipped with Standout. */
    public CredentialExtractor() {
        this(CredentialCatalog.defaultCatalog());
    }

    public CredentialExtractor(CredentialCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.vendors = catalog == CredentialCatalog.defaultCatalog() ? DefaultVendors.PATTERN : vendorPattern(catalog);
    }

    /** The vendors of the default catalog, compiled once. */
    private static final class DefaultVendors {
        static final Pattern PATTERN = vendorPattern(CredentialCatalog.defaultCatalog());
    }

    /** Vendor names: the issuers of the catalog's vendor certifications, and a few more. */
    private static Pattern vendorPattern(CredentialCatalog catalog) {
        Set<String> names = new HashSet<>(EXTRA_VENDORS);
        for (CredentialEntry e : catalog.entries()) {
            if (e.kind() != CredentialKind.VENDOR_CERTIFICATION || e.issuer().isBlank()) continue;
            for (String part : e.issuer().split("\\s*[/()]\\s*")) {
                String p = part.replaceFirst("(?i)^the\\s+", "").trim().toLowerCase(Locale.ROOT);
                if (p.length() >= 3) names.add(p);
            }
        }
        List<String> sorted = new ArrayList<>(names);
        sorted.sort((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b));
        StringBuilder re = new StringBuilder("(?i)\\b(?:");
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0) re.append('|');
            re.append(Pattern.quote(sorted.get(i)));
        }
        return Pattern.compile(re.append(")\\b").toString());
    }

    /** One sense of an acronym: the catalog entry, and the words of a resume that point to it. */
    private record Sense(String id, List<Pattern> words) {
        int score(String lowerText) {
            int n = 0;
            for (Pattern w : words) {
                Matcher m = w.matcher(lowerText);
                while (m.find()) n++;
            }
            return n;
        }
    }

    /** The senses of acronyms that name different credentials in different trades ({@code credential-senses.tsv}). */
    private static final class Senses {
        static final Map<String, List<Sense>> BY_ACRONYM = load();

        private static Map<String, List<Sense>> load() {
            Map<String, List<Sense>> out = new java.util.HashMap<>();
            try (var in = CredentialExtractor.class.getResourceAsStream("credential-senses.tsv")) {
                if (in == null) throw new IllegalStateException("credential-senses.tsv is missing from the class path");
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) continue;
                    String[] f = line.split("\t");
                    List<Pattern> words = new ArrayList<>();
                    for (String w : f[2].split(",")) {
                        words.add(Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(w.strip()).replace(" ", "\\E\\s+\\Q")
                                + "(?![\\p{L}\\d])"));
                    }
                    out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(new Sense(f[1], List.copyOf(words)));
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.copyOf(out);
        }
    }

    /**
     * "CCNA trained", "PMP training": the clause around a match (the item, cut at bullets, semicolons, bars and
     * sentence ends) says the credential was trained for and never says it was earned.
     */
    private static boolean trainedOnly(String text, int[] item, int start, int end) {
        int cs = start;
        while (cs > item[0] && !clauseEnd(text, cs - 1)) cs--;
        int ce = end;
        while (ce < item[1] && !clauseEnd(text, ce)) ce++;
        return TRAINED.matcher(text).region(cs, ce).find() && !CUE_CERTIFIED.matcher(text).region(cs, ce).find();
    }

    private static boolean clauseEnd(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '*' || c == '•' || c == ';' || c == '|' || c == '▪' || c == '●') return true;
        return c == '.' && i + 1 < text.length() && text.charAt(i + 1) == ' ';
    }

    /** A catalog acronym written bare: capitals and digits ("PMP", "CCNA", "EMT-B"), no cue word. */
    private static final Pattern BARE = Pattern.compile("[A-Z][A-Z0-9&./-]{0,9}[A-Z0-9]");
    /** Words saying that an acronym beside them is held as a credential. */
    private static final Pattern HELD_CUE = Pattern.compile("(?i)certif|licen[cs]|credential|accredit|\\bexam\\b"
            + "|\\bpassed\\b|\\bregistered\\b|\\bboard\\b");
    /** Share of the resumes writing an acronym bare in which it stands as a credential, from which it is trusted bare. */
    static final double TRUSTED_BARE_SHARE = 0.5;
    /**
     * The same share for licenses. A license's acronym is written bare mostly as a job title or a designation
     * ("Staff RN", "EMT, County Ambulance"), which presumes the license, and seldom beside a credential word, so
     * its share understates it (RN 0.14, EMT 0.15, CPA 0.31 in the corpora); a share near nothing still says the
     * letters mean something else in resumes (PE 0 of 22: physical education; NP 0 of 19).
     */
    static final double TRUSTED_BARE_LICENSE_SHARE = 0.1;
    /** Resumes the share must come from. */
    static final int TRUSTED_BARE_DOCS = 5;

    /**
     * Whether a catalog match outside a certifications section may stand. A bare acronym ("CAD files", "GSOC Asia",
     * "CPA firm") is an ordinary abbreviation as often as a credential: it stands with a credential word beside it
     * on its line ("CCNA certified", "passed the CPA exam"), after a name in the resume's heading ("Jane Doe, RN,
     * BSN"), or where the corpora show that resumes writing it bare mostly mean the credential
     * ({@code credential-acronyms.tsv}, learned by the tools' {@code CredentialContextBuilder}: at least half of at
     * least five resumes; a tenth for a license). Any other match (a full name, "Cisco CCNA") stands. Returns one of the {@code BARE_}
     * constants.
     */
    private static int trustedBare(String text, SectionType section, GazetteerMatch m, CredentialKind kind) {
        if (!BARE.matcher(m.surface()).matches()) return BARE_IN_CONTEXT;
        int ls = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        int le = text.indexOf('\n', m.end());
        if (le < 0) le = text.length();
        if (HELD_CUE.matcher(text).region(Math.max(ls, m.start() - 60), Math.min(le, m.end() + 60)).find()) {
            return BARE_IN_CONTEXT;
        }
        if (postNominal(text, section, ls, m.start())) return BARE_IN_CONTEXT;
        // "CPA Firm", "CPA Manager - Credit Operations": the acronym names a kind of firm or a post, not a credential
        if (ORGANIZATION_AFTER.matcher(text).region(m.end(), le).lookingAt()) return BARE_NAMES_ORGANIZATION;
        int[] c = BareAcronyms.COUNTS.get(m.surface());
        double share = kind == CredentialKind.LICENSE ? TRUSTED_BARE_LICENSE_SHARE : TRUSTED_BARE_SHARE;
        return c != null && c[0] >= TRUSTED_BARE_DOCS && c[1] >= share * c[0] ? BARE_BY_CORPUS : BARE_UNTRUSTED;
    }

    /** {@link #trustedBare}: the match does not stand. */
    private static final int BARE_UNTRUSTED = 0;
    /** {@link #trustedBare}: the match stands by its words or place. */
    private static final int BARE_IN_CONTEXT = 1;
    /** {@link #trustedBare}: a bare acronym naming a firm or a post ("CPA Firm"); its bare mentions elsewhere fall. */
    private static final int BARE_NAMES_ORGANIZATION = 3;
    /** {@link #trustedBare}: a bare acronym that stands because resumes writing it mostly mean the credential. */
    private static final int BARE_BY_CORPUS = 2;

    /** A noun after a bare acronym that makes it a firm's, a team's or a post's name. */
    private static final Pattern ORGANIZATION_AFTER = Pattern.compile("(?i)\\s+(?:firms?|offices?|manager|managers"
            + "|department|dept|team|group|practice|partners?|company|clients?|staff|services|division|unit)\\b");

    /** Letters after a name in the resume's heading: "Jane Doe, RN, BSN", "John Smith PMP | CSM". */
    private static boolean postNominal(String text, SectionType section, int lineStart, int at) {
        if (section != SectionType.CONTACT && section != null) return false;
        if (lineStart > 400) return false;
        int i = at;
        while (i > lineStart && " ,|/".indexOf(text.charAt(i - 1)) >= 0) i--;
        if (i == at || i == lineStart) return false;
        // before the separators: a capitalized name word or another designation
        int w = i;
        while (w > lineStart && Character.isLetter(text.charAt(w - 1))) w--;
        return w < i && Character.isUpperCase(text.charAt(w)) && (w == lineStart || text.charAt(w - 1) == ' '
                || text.charAt(w - 1) == ',');
    }

    /** The corpus counts of bare acronyms ({@code credential-acronyms.tsv}): resumes naming each, as a credential. */
    private static final class BareAcronyms {
        static final Map<String, int[]> COUNTS = load();

        private static Map<String, int[]> load() {
            Map<String, int[]> out = new java.util.HashMap<>();
            try (var in = CredentialExtractor.class.getResourceAsStream("credential-acronyms.tsv")) {
                if (in == null) throw new IllegalStateException("credential-acronyms.tsv is missing from the class path");
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#") || line.startsWith("acronym\t")) continue;
                    String[] f = line.split("\t");
                    out.put(f[0], new int[]{Integer.parseInt(f[1].strip()), Integer.parseInt(f[2].strip())});
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return Map.copyOf(out);
        }
    }

    /** The sense the resume's words point to most; empty when none of them is there (or two tie). */
    private static Optional<String> sense(List<Sense> senses, String lowerText) {
        String best = null;
        int bestScore = 0;
        boolean tie = false;
        for (Sense s : senses) {
            int score = s.score(lowerText);
            if (score > bestScore) {
                best = s.id();
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    /** One credential mention found. */
    private record Hit(String id, String name, CredentialKind kind, String level, String issuer, String date,
                       Mention mention, double confidence) {
    }

    /**
     * Reads one credential's name as written (for example a JSON Resume certificate): the catalog entry it
     * names in any of its spellings, else what the credential patterns make of it (an id {@code unknown:…}
     * with the kind and level they read), else empty.
     */
    public Optional<Certificate> resolve(String name) {
        String n = Objects.requireNonNull(name, "name").strip();
        if (n.isEmpty() || n.length() > MAX_ITEM) return Optional.empty();
        SectionedText one = new SectionedText(n, List.of(new Section(SectionType.CERTIFICATIONS, "", 0, 0, n.length())));
        List<Certificate> found = extract(one);
        for (Certificate c : found) if (!c.id().startsWith(UNKNOWN)) return Optional.of(c);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** The credentials of a resume, in the order of their first mention. */
    public List<Certificate> extract(SectionedText original) {
        SectionedText sectioned = SectionRepair.repair(Objects.requireNonNull(original, "sectioned"));
        String text = sectioned.text();
        List<Hit> hits = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        String lower = null;
        // credentials the resume says were trained for, are pending or names a firm or post by, and the hits read
        // from a bare acronym alone
        Set<String> trained = new HashSet<>();
        Set<String> pending = new HashSet<>();
        Set<Integer> byCorpus = new HashSet<>();
        // the catalog, in one pass
        List<GazetteerMatch> matches = catalogMatches(text);
        for (int i = 0; i < matches.size(); i++) {
            GazetteerMatch m = matches.get(i);
            SectionType section = sectioned.typeAt(m.start());
            CredentialEntry e = catalog.byId(m.id()).orElse(null);
            if (e == null || inHeading(sectioned, m.start())) continue;
            List<Sense> senses = Senses.BY_ACRONYM.get(m.surface());
            if (senses != null) {
                // "ACE" in a fitness resume is the American Council on Exercise, not AccessData
                if (lower == null) lower = text.toLowerCase(Locale.ROOT);
                e = sense(senses, lower).flatMap(catalog::byId).orElse(null);
                if (e == null) continue;
            }
            if ((m.ambiguous() || bareCourseTitle(m, e)) && !acceptAmbiguous(text, m, e, section)) continue;
            int bare = section == SectionType.CERTIFICATIONS ? BARE_IN_CONTEXT : trustedBare(text, section, m, e.kind());
            if (bare == BARE_UNTRUSTED) continue;
            if (bare == BARE_NAMES_ORGANIZATION) {
                trained.add(e.id()); // "CPA Firm" here, "CPA" in a keyword list there: no credential either
                continue;
            }
            int[] item = item(sectioned, m.start());
            if (pendingNear(text, item, m.start(), m.end())) {
                pending.add(e.id()); // "CPA: candidate" in the education, "CPA" in a keyword list: not held
                continue;
            }
            if (e.kind() != CredentialKind.ONLINE_COURSE && e.kind() != CredentialKind.BOOTCAMP
                    && trainedOnly(text, item, m.start(), m.end())) {
                trained.add(e.id());
                continue; // "CCNA trained": a training, not the credential
            }
            if (bare == BARE_BY_CORPUS) byCorpus.add(hits.size());
            int next = i + 1 < matches.size() ? Math.min(item[1], matches.get(i + 1).start()) : item[1];
            next = Math.max(next, m.end());
            String date = dateIn(text, m.end(), next);
            if (date.isEmpty()) date = dateIn(text, item[0], m.start());
            String issuer = e.issuer();
            if (issuer.isBlank()) issuer = issuerIn(text, m.end(), next);
            String level = e.level().isBlank() ? levelOf(e.name()) : e.level();
            double confidence = !m.ambiguous() ? CATALOG : section == SectionType.CERTIFICATIONS ? AMBIGUOUS_LISTED
                    : AMBIGUOUS_IN_CONTEXT;
            // "Google Cloud Certified Professional Cloud Architect": the vendor's "… Certified" belongs to the name
            int start = m.start();
            Matcher lead = CERTIFIED_LEAD.matcher(text).region(Math.max(item[0], m.start() - 60), m.start());
            if (lead.find()) start = lead.start();
            hits.add(new Hit(e.id(), clean(e.name()), e.kind(), level, issuer, date,
                    new Mention(text.substring(start, m.end()), section, start, m.end()), confidence));
            taken.add(new int[]{start, m.end()});
        }
        if (!trained.isEmpty() || !pending.isEmpty()) {
            // "CCNA trained from …" in the certifications, then "CCNA" in a skills list: still no credential held;
            // "CPA: candidate" in the education, then the long name in a keyword list: not held either
            List<Hit> kept = new ArrayList<>(hits.size());
            for (int h = 0; h < hits.size(); h++) {
                Hit hit = hits.get(h);
                boolean listed = hit.mention().section() == SectionType.SKILLS;
                boolean notHeld = byCorpus.contains(h) && (trained.contains(hit.id()) || pending.contains(hit.id()))
                        || listed && pending.contains(hit.id());
                if (!notHeld) kept.add(hit);
            }
            hits = kept;
        }
        // patterns, and the items of CERTIFICATIONS sections
        for (Section s : sectioned.sections()) {
            if (!PATTERN_SECTIONS.contains(s.type())) continue;
            for (int[] item : items(text, s)) {
                patterns(text, s.type(), CREDENTIAL_HEADING.matcher(s.heading()).find(), item, taken, hits);
            }
        }
        // a credential stated by a short sentence of its own in a job ("Bronze Six Sigma certified.")
        for (Section s : sectioned.sections()) {
            if (s.type() == SectionType.EXPERIENCE || s.type() == SectionType.VOLUNTEER) stated(text, s, taken, hits);
        }
        hits.sort((a, b) -> Integer.compare(a.mention().start(), b.mention().start()));
        return group(hits);
    }

    /**
     * A sentence that states a credential and nothing else: "Bronze Six Sigma certified.", "Maintained food handler
     * certification.", "Certified Pharmacy Technician." A credential inside a longer sentence of a job ("Trained
     * staff for the food handler certification") is left alone: there it is as often a task as a credential.
     */
    private static final Pattern STATED = Pattern.compile("^(?:(?i:maintained|maintain|obtained|earned|received"
            + "|achieved|attained|acquired|awarded|hold|holds|currently\\s+hold|current)\\s+(?:(?i:a|an|the|my)\\s+)?)?"
            + "(?<name>(?:[\\w+#/&'.-]+\\s+){1,6}(?i:certified|certification|certificate|license|licence)"
            + "|(?:Certified|Licensed)(?:\\s+[A-Z0-9][\\w+#/&'.-]*){1,6})\\s*[.!]?$");

    private void stated(String text, Section s, List<int[]> taken, List<Hit> hits) {
        for (TextLine line : TextLine.lines(text, s.contentStart(), s.end())) {
            TextLine body = line.withoutBullet();
            String bt = body.text();
            Matcher sentence = STATEMENT_END.matcher(bt);
            int from = 0;
            while (from < bt.length()) {
                int to = sentence.find(from) ? sentence.end() : bt.length();
                int lead = from;
                while (lead < to && Character.isWhitespace(bt.charAt(lead))) lead++;
                String t = bt.substring(lead, to).strip();
                int at = body.start() + lead;
                from = to;
                if (t.isEmpty()) continue;
                Matcher m = STATED.matcher(t);
                if (t.split("\\s+").length > 10 || !m.matches()) continue;
                int ns = at + m.start("name");
                int ne = at + m.end("name");
                boolean earned = m.start("name") > 0;
                if (!earned && !statedName(text.substring(ns, ne))) continue;
                String name = clean(text.substring(ns, ne));
                if (!plausible(name) || overlaps(taken, ns, ne) || AWARD.matcher(t).find()
                        || NOT_CREDENTIAL.matcher(t).find() || TRAINED.matcher(name).find()
                        && !name.toLowerCase(Locale.ROOT).startsWith("certified")) {
                    continue;
                }
                Mention mention = new Mention(text.substring(ns, ne), s.type(), ns, ne);
                hits.add(hit(name, catalog.byAlias(name), "", "", mention, STATED_CONFIDENCE));
                taken.add(new int[]{ns, ne});
            }
        }
    }

    /**
     * A name stated without a verb of earning: it opens with a capitalized word that is no verb or adverb ("Bronze
     * Six Sigma certified", "Fork truck certified"), not "Helped with … certification" or "Currently certified", and
     * holds no small word ("Issue of TDS Certificate").
     */
    private static boolean statedName(String name) {
        String[] words = name.strip().split("\\s+");
        String first = words[0];
        if (!Character.isUpperCase(first.charAt(0))) return false;
        String f = first.toLowerCase(Locale.ROOT);
        if (f.endsWith("ed") && !ADJECTIVES.contains(f) || f.endsWith("ly") || f.endsWith("ing")) return false;
        for (String w : words) if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) return false;
        return true;
    }

    /** The end of a sentence inside a line. */
    private static final Pattern STATEMENT_END = Pattern.compile("(?<=\\p{Ll}{2})[.!?](?=\\s+\\p{Lu})");

    /**
     * The catalog's matches, one pass over the text. A match that runs across a spaced dash ("CISSP — Certified
     * Information Systems Security Professional" read as the alias "CISSP certified") is cut at the dash when what
     * stands before it is an alias of the same entry, and the rest of the line is matched again.
     */
    private List<GazetteerMatch> catalogMatches(String text) {
        List<GazetteerMatch> out = new ArrayList<>();
        for (GazetteerMatch m : catalog.find(text)) {
            Matcher dash = SPACED_DASH.matcher(m.surface());
            if (dash.find() && dash.start() > 0) {
                String before = m.surface().substring(0, dash.start());
                if (catalog.byAlias(before).stream().anyMatch(e -> e.id().equals(m.id()))) {
                    out.add(new GazetteerMatch(m.start(), m.start() + before.length(), m.id(), before, m.ambiguous()));
                    int from = m.start() + dash.end();
                    int le = text.indexOf('\n', from);
                    if (le < 0) le = text.length();
                    for (GazetteerMatch r : catalog.find(text.substring(from, le))) {
                        out.add(new GazetteerMatch(from + r.start(), from + r.end(), r.id(), r.surface(), r.ambiguous()));
                    }
                    continue;
                }
            }
            if (!out.isEmpty() && out.get(out.size() - 1).end() > m.start()) continue;
            out.add(m);
        }
        return out;
    }

    private static final Pattern SPACED_DASH = Pattern.compile("\\s[-–—]\\s");
    /** Capitalized words ending in "Certified" right before a catalog name: "Google Cloud Certified ", "AWS Certified – ". */
    private static final Pattern CERTIFIED_LEAD = Pattern.compile("(?<![\\w-])(?:[A-Z][\\w&.+-]*\\s+){0,3}(?:Certified"
            + "|CERTIFIED)\\s*[-–—:]?\\s*$");
    private static final Pattern COURSE_CUE = Pattern.compile("(?i)\\b(?:course|courses|coursera|edx|udemy|udacity"
            + "|linkedin\\s+learning|datacamp|pluralsight|mooc|specialization|specialisation|nanodegree|online)\\b");

    /**
     * An alias that is an ordinary phrase ("Machine Learning", "Algorithms", "CSM") names a credential in a
     * CERTIFICATIONS section or next to a credential cue, and only when it stands on its own: not inside a longer
     * capitalized name ("JavaScript Algorithms and Data Structures Certification"). A course needs a course cue
     * ("Coursera", "course", "online") outside a CERTIFICATIONS section: "certifications in machine learning" names
     * no course.
     */
    private boolean acceptAmbiguous(String text, GazetteerMatch m, CredentialEntry e, SectionType section) {
        if (capitalizedNeighbour(text, m.start(), m.end())) return false;
        if (section == SectionType.CERTIFICATIONS) return true;
        if (!catalog.hasCredentialContext(text, m.start(), m.end())) return false;
        if (e.kind() != CredentialKind.ONLINE_COURSE) return true;
        int ls = text.lastIndexOf('\n', Math.max(0, m.start() - 1)) + 1;
        int le = text.indexOf('\n', m.end());
        return COURSE_CUE.matcher(text).region(ls, le < 0 ? text.length() : le).find();
    }

    /**
     * An online course named by its bare title ("Autism Spectrum Disorder", "Financial Markets"): a course's title is
     * the name of its subject, so without a platform, a course word or a certifications section around it, it names
     * the subject. "Machine Learning (Coursera)" and "Deep Learning Specialization" say what they are.
     */
    private static boolean bareCourseTitle(GazetteerMatch m, CredentialEntry e) {
        return e.kind() == CredentialKind.ONLINE_COURSE && !COURSE_CUE.matcher(m.surface()).find()
                && !CUE.matcher(m.surface()).find() && !PLATFORM.matcher(m.surface()).find();
    }

    /** True when a capitalized word stands right before or after the span, with only spaces between. */
    private static boolean capitalizedNeighbour(String text, int start, int end) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') i--;
        if (i < start && i > 0 && Character.isLetterOrDigit(text.charAt(i - 1))) {
            int w = i;
            while (w > 0 && Character.isLetterOrDigit(text.charAt(w - 1))) w--;
            if (Character.isUpperCase(text.charAt(w))) return true;
        }
        int j = end;
        while (j < text.length() && text.charAt(j) == ' ') j++;
        // "Music Production and Arrangement": a title that goes on after "and" is a longer one
        Matcher joined = JOINED_TITLE.matcher(text).region(j, text.length());
        if (j > end && joined.lookingAt()) return true;
        return j > end && j < text.length() && Character.isUpperCase(text.charAt(j))
                && !ISSUER_START.matcher(text).region(j, text.length()).lookingAt();
    }

    /** "and Arrangement", "& Design": a title going on after a catalog name. */
    private static final Pattern JOINED_TITLE = Pattern.compile("(?:and|&)\\s+[A-Z][a-z]");
    /** Words that start an issuer or a note after a name rather than continue it. */
    private static final Pattern ISSUER_START = Pattern.compile("(?:Coursera|Udemy|Udacity|EdX|edX|LinkedIn|DataCamp"
            + "|Pluralsight|Issued|Expires|Exp|Valid|Completed|From|By)\\b");

    /** True when {@code at} stands in a section's heading. */
    private static boolean inHeading(SectionedText sectioned, int at) {
        for (Section s : sectioned.sections()) if (at >= s.start() && at < s.contentStart()) return true;
        return false;
    }

    /** Longest item, in characters, that the credential patterns read. */
    static final int MAX_ITEM = 400;

    /** Credentials in no catalog, found on one item by the patterns, or the item itself in CERTIFICATIONS. */
    private void patterns(String text, SectionType section, boolean credentialHeading, int[] item, List<int[]> taken,
                          List<Hit> hits) {
        int from = item[0];
        int to = item[1];
        // a credential is named in one short item: a longer "item" is flattened text, and the patterns, which
        // backtrack, would take minutes on hostile runs of it
        if (to - from > MAX_ITEM) return;
        String s = text.substring(from, to);
        if (AWARD.matcher(s).find() || NOT_CREDENTIAL.matcher(s).find()) return;
        if (isHeaderRow(s)) return;
        boolean any = overlaps(taken, from, to);
        List<int[]> names = new ArrayList<>();
        Map<Integer, String> institutions = new java.util.HashMap<>();
        for (Pattern p : List.of(IN_FIELD, ACCREDITATION_IN, PREFIXED, SUFFIXED, FIELD_AFTER)) {
            Matcher m = p.matcher(s);
            while (m.find()) {
                int ns = from + m.start();
                int ne = from + m.end();
                ns = afterGlue(text, ns, ne);
                ne = beforeCapitals(text, ns, ne);
                if (p == SUFFIXED && certifiedBeforeNoun(text, ne, to)) continue;
                if (p == SUFFIXED && ADVERB_CERTIFIED.matcher(text).region(ns, ne).find()) {
                    // "Clinically certified Mental Health Therapist" is named by what follows; "Currently
                    // certified" alone names nothing
                    Matcher after = CAPITALIZED_AFTER.matcher(text).region(ne, to);
                    if (!after.lookingAt()) continue;
                    ne = after.end();
                }
                if (p == SUFFIXED && PLACE_LEAD.matcher(text).region(ns, ne).lookingAt()) continue;
                if (p == SUFFIXED) {
                    // "Commercial Driver Training. Heavy Equipment Operator Certificate": a sentence ends before it
                    Matcher stop = SENTENCE_STOP.matcher(text).region(ns, ne);
                    while (stop.find()) ns = stop.end();
                } else {
                    // "Certificate of Continuing Education in Management Skills 2004 Dean's List": a year ends it
                    Matcher year = YEAR_IN_NAME.matcher(text).region(ns, ne);
                    if (year.find()) ne = year.start();
                }
                ne = withAcronym(text, ne, to);
                Matcher inst = INSTITUTION.matcher(text).region(ns, ne);
                if (p != SUFFIXED && inst.find() && inst.start() > ns + 12) {
                    int is = inst.start();
                    Matcher stop = INSTITUTION_END.matcher(text).region(is, to);
                    int ie = stop.find() ? stop.start() : to;
                    String school = text.substring(is, ie).strip();
                    if (!school.isEmpty()) institutions.put(ns, DATE.matcher(school).replaceAll("").strip());
                    ne = is;
                }
                while (ne > ns && Character.isWhitespace(text.charAt(ne - 1))) ne--;
                // "Certificate of English in 2000": the year cut leaves a small word behind
                Matcher small = TRAILING_SMALL_WORD.matcher(text).region(ns, ne);
                if (small.find()) ne = small.start();
                // "Scientific Baccalaureate (General Studies Certification)": the degree's own name
                String before = text.substring(Math.max(from, ns - 40), ns);
                if (DEGREE_BEFORE.matcher(before).find()) continue;
                Matcher tail = COLON_TAIL.matcher(text).region(ne, to);
                if (p == SUFFIXED && tail.lookingAt()) {
                    // "Technical IT Certification : Programming and Technology Georgia Tech Institute 1992"
                    Matcher school = TAIL_SCHOOL.matcher(text).region(ne, tail.end());
                    ne = school.find() ? school.start() : tail.end();
                }
                Matcher field = COMMA_FIELD.matcher(text).region(ne, to);
                boolean withField = field.lookingAt() && !overlaps(taken, ne, field.end(1))
                        && !CREDENTIAL_NOUN.matcher(field.group(1)).find();
                if (p == FIELD_AFTER && !withField) continue;
                if ((p == SUFFIXED || p == FIELD_AFTER) && withField) ne = field.end(1);
                if (overlaps(taken, ns, ne) || overlaps(names, ns, ne)) continue;
                names.add(new int[]{ns, ne});
            }
        }
        int cued = names.size();
        double listed = 0;
        // an item cut from glued text ("…PsychologyCoursework in…") holds a credential only where a cue says so
        boolean glued = (from > 0 && Character.isLetterOrDigit(text.charAt(from - 1)))
                || (to < text.length() && Character.isLetterOrDigit(text.charAt(to)));
        boolean prose = item.length > 2 && item[2] == PROSE;
        if (names.isEmpty() && !any && !glued && !prose && section == SectionType.CERTIFICATIONS) {
            int[] head = head(text, from, to);
            String name = head == null ? "" : clean(text.substring(head[0], head[1]));
            if (head != null && looksLikeName(name, vendors)) {
                names.add(head);
                listed = LISTED;
            } else if (head != null && credentialHeading && looksLikeListedTitle(name)
                    && dev.standout.taxonomy.SkillTaxonomy.defaultTaxonomy().byAlias(name).isEmpty()) {
                // a skill's name ("Risk Management", "Team Work") is a skill even under that heading
                names.add(head);
                listed = LISTED_WEAK;
            }
        }
        for (int k = 0; k < names.size(); k++) {
            int[] n = names.get(k);
            double confidence = k < cued ? PATTERN : listed;
            String name = clean(text.substring(n[0], n[1]));
            if (!plausible(name) || pendingNear(text, item, n[0], n[1])) continue;
            if (FIELD_SPECIALIZATION.matcher(name).find() && !PLATFORM.matcher(s).find()) continue;
            // a spelling the catalog knows, written on its own; an acronym of several trades by the resume's words
            List<CredentialEntry> known = catalog.byAlias(name);
            List<Sense> senses = Senses.BY_ACRONYM.get(name);
            if (senses != null) {
                Optional<CredentialEntry> e = sense(senses, text.toLowerCase(Locale.ROOT)).flatMap(catalog::byId);
                if (e.isEmpty()) continue;
                known = List.of(e.get());
            }
            int next = to;
            for (int[] o : names) if (o[0] > n[0]) next = Math.min(next, o[0]);
            String date = dateIn(text, n[1], next);
            if (date.isEmpty() && names.size() == 1) date = dateIn(text, from, n[0]);
            String written = institutions.getOrDefault(n[0], issuerIn(text, n[1], next));
            Mention mention = new Mention(text.substring(n[0], n[1]), section, n[0], n[1]);
            hits.add(hit(name, known, written, date, mention, confidence));
            taken.add(n);
        }
    }

    /**
     * The hit of a name read by a pattern: the catalog's entry when the name is one of its spellings ({@code known}),
     * else a credential of no catalog, its issuer the one written, a course platform or the vendor it begins with.
     */
    private Hit hit(String name, List<CredentialEntry> known, String written, String date, Mention mention,
                    double confidence) {
        if (!known.isEmpty()) {
            CredentialEntry e = known.get(0);
            return new Hit(e.id(), e.name(), e.kind(), e.level().isBlank() ? levelOf(e.name()) : e.level(),
                    e.issuer().isBlank() ? written : e.issuer(), date, mention, CATALOG_SPELLING);
        }
        String issuer = written.isEmpty() ? platformIn(name) : written;
        if (issuer.isEmpty()) {
            // "Google Certified Educator": the vendor the name begins with
            Matcher v = vendors.matcher(name);
            if (v.find() && v.start() == 0) issuer = v.group();
        }
        return new Hit(UNKNOWN + key(name), name, kindOf(name, issuer), levelOf(name), issuer, date, mention,
                confidence);
    }

    /** Two words in capitals of three letters or more: "EXPERT RATING", "ONLINE PROGRAM". */
    private static final Pattern CAPITAL_RUN = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}{3,}[\\s-]+\\p{Lu}{3,}(?![\\p{Ll}])");

    /**
     * Where a name written in mixed case runs on into words in capitals, the capitals are another item, an issuer
     * or a heading ("Certified Life Coach EXPERT RATING-ONLINE PROGRAM 2017"): the name ends before them when what
     * is left still says it is a credential.
     */
    private static int beforeCapitals(String text, int ns, int ne) {
        int firstLower = -1;
        for (int i = ns; i < ne; i++) {
            if (Character.isLowerCase(text.charAt(i))) {
                firstLower = i;
                break;
            }
        }
        if (firstLower < 0) return ne;
        Matcher run = CAPITAL_RUN.matcher(text).region(firstLower, ne);
        if (!run.find()) return ne;
        int cut = run.start();
        while (cut > ns && Character.isWhitespace(text.charAt(cut - 1))) cut--;
        return cut > ns && CUE.matcher(text).region(ns, cut).find() ? cut : ne;
    }

    /** A word glued to the next one where a PDF lost the line break: "HonorsHuman", "DevelopmentGraduate". */
    private static final Pattern GLUED = Pattern.compile("(?<=[a-z]{4})(?=[A-Z][a-z]{2})");

    /**
     * Where a name read across glued words really starts: after the last glued pair of words ("Graduated with
     * HonorsHuman Resources Management certificate" is "Human Resources Management certificate"). A name written
     * in camel case ("PowerPoint", "QuickBooks", "LinkedIn") is no glued pair: the skill taxonomy or the vendors
     * know it.
     */
    private int afterGlue(String text, int ns, int ne) {
        Matcher g = GLUED.matcher(text).region(ns, ne);
        int cut = ns;
        while (g.find()) {
            if (gluedPair(text, g.start(), ns, ne)) cut = g.start();
        }
        return cut;
    }

    /** Where a school's name starts inside a "Certificate in …" that runs on into it. */
    private static final Pattern INSTITUTION = Pattern.compile("\\s(?:(?:The\\s+)?University|College|Institute\\s+of"
            + "|School\\s+of|Academy|Community\\s+College)\\b");

    /** "Esri Technical Certification: ArcGIS Desktop Associate": the name goes on after the colon. */
    private static final Pattern COLON_TAIL = Pattern.compile(
            "\\G\\s?:\\s*[A-Z][^,;|(:*]{1,60}?(?=\\s*(?:$|[,;|(*]|\\s[-–—]\\s|\\s(?:19|20)\\d\\d\\b"
                    + "|\\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?(?:\\s|$)))");
    /**
     * "Certification, Medical Assistant 1995", "North Carolina license, Property Insurance 2009": a field written
     * after a comma, up to a year, a colon or the item's end, is the credential's (two words at least; not a list).
     */
    private static final Pattern COMMA_FIELD = Pattern.compile("\\G,\\s+((?!(?i:and|or|with|in|from|through|by|for"
            + "|expires?|expired|valid|issued|renewed|since|current|active)\\b)[A-Za-z][\\w&'/-]*"
            + "(?:\\s+(?:and|&|of|[A-Za-z][\\w'/-]*)){1,5})(?=\\s+(?:19|20)\\d\\d\\b|\\s*[:;(]|\\s*$)");
    /** A word naming a credential or a school: a field holding one is another item or an issuer. */
    private static final Pattern CREDENTIAL_NOUN = Pattern.compile("(?i)certif|licen[cs]|diploma|degree|universit"
            + "|college|institut|school|academy|\\bcent(?:er|re)\\b");
    private static final Pattern ACRONYM = Pattern.compile("\\G\\s*\\([A-Z][A-Z0-9+& -]{1,11}\\)");

    /** A table's heading row: "Credential | Issuer | Number / Year". */
    private static boolean isHeaderRow(String s) {
        String k = key(s);
        if (k.isEmpty()) return false;
        for (String w : k.split(" ")) if (!HEADER_WORDS.contains(w)) return false;
        return true;
    }

    /** After a name, an acronym in parentheses belongs to it: "Certified Kubernetes Administrator (CKA)". */
    private static int withAcronym(String text, int end, int limit) {
        Matcher m = ACRONYM.matcher(text).region(end, limit);
        return m.lookingAt() ? m.end() : end;
    }

    /** Where an institution's name named after a credential ends. */
    private static final Pattern INSTITUTION_END = Pattern.compile("[,;|(\\n]");
    /** Where the name at the head of a CERTIFICATIONS item ends: a separator that brings an issuer or a date. */
    private static final Pattern HEAD_END = Pattern.compile("\\s+[-–—|]\\s+|,\\s|:\\s|;\\s|\\s+(?:from|by|issued|through|via|at)\\s"
            + "|\\s*\\((?![A-Z][A-Z0-9+& -]{1,11}\\))|\\s+(?=(?i:exp(?:\\.|ires?))\\b)");

    /**
     * The name at the head of a CERTIFICATIONS item: up to the first separator that brings an issuer or a date
     * (" - ", " – ", " | ", ", ", ": ", " from ", " by ", " issued ", a date). An acronym in parentheses stays.
     */
    private static int[] head(String text, int from, int to) {
        Matcher cut = HEAD_END.matcher(text).region(from, to);
        int end = cut.find() ? cut.start() : to;
        Matcher d = DATE.matcher(text).region(from, end);
        if (d.find()) end = d.start();
        while (end > from && " \t.,;:-–—".indexOf(text.charAt(end - 1)) >= 0) end--;
        return end > from ? new int[]{from, end} : null;
    }

    /** Words in "-ed" that open credentials' names rather than sentences. */
    private static final Set<String> ADJECTIVES = Set.of("advanced", "certified", "licensed", "registered",
            "accredited", "applied", "integrated", "automated", "distributed", "embedded", "specialized",
            "specialised", "qualified", "chartered", "authorized", "authorised", "approved", "enrolled", "red");
    private static final Set<String> SMALL_WORDS = Set.of("of", "in", "for", "and", "the", "to", "on", "with", "a",
            "an", "at", "by", "&", "de", "or", "from");
    /**
     * Words that name a credential. A course, a training or an exam attended names none ("Excel training",
     * "coursework in risk management"), so those words are no cue.
     */
    private static final Pattern CUE = Pattern.compile("(?i)certif|licen[cs]|specializ|specialis|nanodegree|bootcamp"
            + "|accredit|credential|registered|endorsement|\\bcpr\\b|\\bfirst\\s+aid\\b");
    private static final Pattern NOT_A_NAME = Pattern.compile("(?i)\\b(?:fluen\\w*|native|bilingual|proficien\\w*"
            + "|skills?|abilit\\w+|results?|responsib\\w+|customers?|awards?|coursework|course\\s*work|name"
            + "|father'?s?|mother'?s?|birth|nationality|gender|marital|passport|address|hobb\\w+|disorder"
            + "|charity|volunteer\\w*)\\b|^(?:i|i'm|i\\s+am|my|we|our|a|an|the)\\b|^\\W*(?i:a|an|the)?\\s*(?:certification"
            + "|certificate|license|licence)s?\\W*$|/");

    /**
     * Whether an item of a CERTIFICATIONS section that the patterns did not read is still a credential's name.
     * Precision first: a line of such a section is often a skill, a school, a heading or a note. The item needs a
     * credential cue in its own words (certified, license, course, exam, CPR…), the shape of a credential's code
     * (an acronym or code: "NCCER", "GTAW", "Series 7"), or a vendor's name followed by a code ("Citrix CCA"); it
     * is never a sentence, a school or board, a skill or a language.
     */
    private static boolean looksLikeName(String name, Pattern vendors) {
        String[] words = name.split("\\s+");
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if ((first.endsWith("ed") && !ADJECTIVES.contains(first)) || first.endsWith("ly")
                || (first.endsWith("ing") && !first.equals("training"))) {
            return false;
        }
        if (SMALL_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
        if (NOT_A_NAME.matcher(name).find()) return false;
        if (INSTITUTION_WORD.matcher(name).find() && !STRONG_CUE.matcher(name).find()) return false;
        // "National Council for Accreditation of Teacher Education": the accrediting body, not a credential
        if (ORGANIZATION_WORD.matcher(name).find() && !HELD_WORD.matcher(name).find()) return false;
        if (CUE.matcher(name).find()) return words.length <= 12;
        if (words.length == 1) return name.matches("[A-Z][A-Z0-9+&./-]{1,9}");
        if (words.length == 2 && words[1].matches("[A-Z][A-Z0-9+&./-]{1,9}|\\d{1,3}")) {
            Matcher v = vendors.matcher(name);
            return words[1].matches("\\d{1,3}") ? SERIES.matcher(name).matches() : v.find() && v.start() == 0
                    || words[0].matches("[A-Z][A-Z0-9+&./-]{1,9}");
        }
        return false;
    }

    /**
     * Under a heading that names certifications or licenses, an item without any cue may still be one ("Medical
     * Billing and Coding", "Oracle Cloud Infrastructure Architect Associate"): title-cased, two to eight words,
     * not a sentence, a school, a skill's wording or a language. Read with a lower confidence.
     */
    /** Words naming a body: a council, an association. */
    private static final Pattern ORGANIZATION_WORD = Pattern.compile("(?i)\\b(?:council|association|society|federation"
            + "|commission|alliance|guild)\\b");
    /** Words naming what a person holds: a certificate, a license. */
    private static final Pattern HELD_WORD = Pattern.compile("(?i)certif|licen[cs]");

    /** Words of a credential's or a course's title: a level, a role, or what is taught. */
    private static final Pattern TITLE_WORD = Pattern.compile("(?i)\\b(?:associate|professional|expert|specialist"
            + "|developer|administrator|architect|engineer|technician|technologist|practitioner|analyst|instructor"
            + "|trainer|coach|consultant|auditor|inspector|operator|assessor|master|foundations?|fundamentals"
            + "|essentials|development|programming|training|techniques|design|management|safety|aid|therapy"
            + "|handling|care|support|level\\s+\\d|advanced|basic|intermediate)\\b");

    private static boolean looksLikeListedTitle(String name) {
        String[] words = name.split("\\s+");
        if (words.length < 2 || words.length > 8) return false;
        String first = words[0].toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if ((first.endsWith("ed") && !ADJECTIVES.contains(first)) || first.endsWith("ly") || first.endsWith("ing")) {
            return false;
        }
        if (SMALL_WORDS.contains(words[words.length - 1].toLowerCase(Locale.ROOT))) return false;
        if (NOT_A_NAME.matcher(name).find() || INSTITUTION_WORD.matcher(name).find()) return false;
        if (name.contains(":") || name.contains("http") || name.contains("@")) return false;
        // the title of a credential or a course says a level, a role or a discipline taught: "… Architect
        // Associate", "… Application Developer", "Flexibility Training"; "Praxis Status" and "Student Teaching" none
        if (!TITLE_WORD.matcher(name).find()) return false;
        for (String w : words) {
            if (SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) return false;
        }
        return true;
    }

    /**
     * A plausible credential name: two letters or more, at most twelve words, not a degree nor a sentence, not a
     * school or board without a credential's word.
     */
    private static boolean plausible(String name) {
        if (name.length() < 2 || name.length() > 120) return false;
        // "USA Certification": a country and the cue name nothing; "… College September 2006 Certificate": a school
        // and a date run together with the cue are a table's row, not a name
        if (COUNTRY_CUE.matcher(name).matches() || YEAR_INSIDE.matcher(name).find()) return false;
        if (INSTITUTION_WORD.matcher(name).find() && !STRONG_CUE.matcher(name).find()) return false;
        if (SENTENCE_START.matcher(name).lookingAt() || ATTENDED.matcher(name).find()) return false;
        int letters = 0;
        for (int i = 0; i < name.length(); i++) if (Character.isLetter(name.charAt(i))) letters++;
        if (letters < 2) return false;
        String[] words = name.split("\\s+");
        if (words.length > 12) return false;
        // a graduate certificate is a certificate, not a degree
        if (DEGREE.matcher(GRADUATE_CERTIFICATE.matcher(name).replaceAll("")).find()) return false;
        return !Set.of("certification", "certifications", "certificate", "certificates", "certified", "license",
                "licenses", "licence", "licensed", "specialization", "none", "n/a", "courses", "training").contains(
                key(name));
    }

    /** A country, then the cue alone. */
    private static final Pattern COUNTRY_CUE = Pattern.compile("(?i)(?:USA|U\\.S\\.A?\\.?|US|United\\s+States|America|India"
            + "|UK|Canada)\\s+(?:certification|certificate|certified|license|licence)");
    /** A year with words on both sides. */
    private static final Pattern YEAR_INSIDE = Pattern.compile("\\p{L}\\s+(?:19|20)\\d\\d\\s+\\p{L}");

    private static final Pattern GRADUATE_CERTIFICATE = Pattern.compile("(?i)\\b(?:post-?\\s*)?graduate(?=\\s+certific)");

    /** The name without a bullet, quotes or trailing punctuation. */
    private static String clean(String s) {
        String t = s.replaceAll("[\\u200B-\\u200D\\uFEFF]", "").replaceAll("\\s+", " ").strip();
        t = t.replaceAll("^[•*\\-–—\"'“]+\\s*", "").replaceAll("[\"'”.,;:]+$", "").strip();
        return LEADING_VERB.matcher(t).replaceFirst("");
    }

    /** A verb of earning before a name, maybe after "I": "Completed the …", "I Achieve IBM Bluemix certificate". */
    private static final Pattern LEADING_VERB = Pattern.compile("^(?i:(?:i|we)\\s+(?:have\\s+)?)?(?i:completed|attended"
            + "|earned|received|obtained|achieved?|got|gained|secured|passed|awarded|acquired|holds?|holding)\\s+"
            + "(?:the\\s+|a\\s+|an\\s+)?");

    /** The first date in {@code [from, to)}, as written; "" when none. */
    static String dateIn(String text, int from, int to) {
        if (to <= from) return "";
        Matcher d = DATE.matcher(text).region(from, to);
        return d.find() ? d.group().replaceAll("\\s+", " ").strip() : "";
    }

    private static final Pattern ISSUER = Pattern.compile(
            "\\G\\s*(?:[-–—|,:]\\s*|\\((?=[^)]*\\))|\\s(?:issued\\s+by|offered\\s+by|by|from|through|via|at)\\s+)"
                    + "(?:issued\\s+by\\s+|offered\\s+by\\s+|by\\s+)?([A-Za-z][^,;|()\\n–—]{1,70}?)\\s*(?=$|[,;|()\\n–—]|\\s-\\s)");

    /** Words that are a status, a template's placeholder or a sentence, not an issuer. */
    private static final Pattern BAD_ISSUER = Pattern.compile("(?i)^(?:city|state|company|company\\s+name|name"
            + "|location)$|\\b(?:expired|inactive|active|current|renewed|pending|willing|retake|since|until)\\b|\\.\\s");

    /** The issuer written right after a name: "– Microsoft", "(Coursera)", ", Example University", "issued by X". */
    private static String issuerIn(String text, int from, int to) {
        if (to <= from) return "";
        Matcher m = ISSUER.matcher(text).region(from, to);
        if (!m.lookingAt()) return "";
        String issuer = m.group(1).strip();
        if (issuer.equals(issuer.toLowerCase(Locale.ROOT)) || BAD_ISSUER.matcher(issuer).find()) return "";
        if (DATE.matcher(issuer).matches() || issuer.matches("(?i)(?:exp|expires|valid|license|licence|no|id)\\b.*")) {
            return "";
        }
        // "Oregon State Board of Nursing — License No. …": the issuer, not what follows
        return issuer.replaceAll("\\s+(?:19|20)\\d\\d$", "").strip();
    }

    private static String platformIn(String name) {
        Matcher m = PLATFORM.matcher(name);
        if (!m.find()) return "";
        String p = m.group();
        return p.substring(0, 1).toUpperCase(Locale.ROOT) + p.substring(1);
    }

    /** An ordinary driving licence: a credential, but not a professional one. */
    private static final Pattern DRIVING = Pattern.compile("(?i)\\b(?<!commercial\\s)driv(?:ing|er'?s?)\\s+licen[cs]e\\b"
            + "|\\bpermis\\s+[a-d]\\b");

    /** The kind of a credential in no catalog, from its words and its issuer. */
    CredentialKind kindOf(String name, String issuer) {
        String both = name + " " + issuer;
        if (DRIVING.matcher(name).find()) return CredentialKind.OTHER;
        if (BOOTCAMP.matcher(both).find()) return CredentialKind.BOOTCAMP;
        if (PLATFORM.matcher(both).find() || COURSE.matcher(name).find()) return CredentialKind.ONLINE_COURSE;
        if (LICENSE.matcher(name).find()) return CredentialKind.LICENSE;
        if (vendors.matcher(both).find()) return CredentialKind.VENDOR_CERTIFICATION;
        if (PROFESSIONAL_BODY.matcher(both).find()) return CredentialKind.PROFESSIONAL_CERTIFICATION;
        return CredentialKind.OTHER;
    }

    /** foundational, associate, professional, expert, specialty… from the name; "" when it says none. */
    static String levelOf(String name) {
        Matcher m = LEVEL.matcher(name);
        String level = "";
        while (m.find()) {
            String w = m.group(1).toLowerCase(Locale.ROOT);
            switch (w) {
                case "foundation", "foundations", "fundamentals", "foundational", "essentials" -> level = "foundational";
                case "associate" -> level = "associate";
                case "professional", "practitioner", "advanced" -> {
                    // "Certified … Professional" names a professional body's credential, not a level
                    if (!(w.equals("professional") && name.matches("(?i)^certified\\b.*"))) level = "professional";
                }
                case "expert", "master" -> level = "expert";
                case "specialty" -> level = "specialty";
                default -> {
                }
            }
        }
        return level;
    }

    /** Lower-cased words joined by single spaces, punctuation folded. */
    static String key(String name) {
        return ListItems.key(name);
    }

    /**
     * The item that holds {@code at}: in a CERTIFICATIONS section, a bullet line with the lines that continue it;
     * elsewhere the line.
     */
    private int[] item(SectionedText sectioned, int at) {
        String text = sectioned.text();
        int ls = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (at == 0) ls = 0;
        int le = text.indexOf('\n', at);
        if (le < 0) le = text.length();
        if (sectioned.typeAt(at) != SectionType.CERTIFICATIONS) return new int[]{ls, le};
        Section s = null;
        for (Section x : sectioned.sections()) if (at >= x.start() && at < x.end()) s = x;
        if (s == null) return new int[]{ls, le};
        for (int[] item : items(text, s)) if (at >= item[0] && at <= item[1]) return item;
        return new int[]{ls, le};
    }

    /**
     * The items of a section: in a CERTIFICATIONS section whose lines open with bullets, each bullet line with the
     * lines that follow it without one; otherwise each line. Offsets of the content, without the bullet.
     */
    private List<int[]> items(String text, Section s) {
        List<TextLine> lines = TextLine.lines(text, s.contentStart(), s.end());
        List<int[]> out = new ArrayList<>();
        boolean bullets = false;
        if (s.type() == SectionType.CERTIFICATIONS) for (TextLine l : lines) bullets |= l.isBullet();
        for (int i = 0; i < lines.size(); i++) {
            TextLine l = lines.get(i).withoutBullet();
            int end = l.end();
            if (bullets && lines.get(i).isBullet()) {
                while (i + 1 < lines.size() && !lines.get(i + 1).isBullet()
                        && !lines.get(i + 1).text().matches("^[A-Z][A-Za-z ]{0,40}:$")) {
                    end = lines.get(++i).end();
                }
            }
            // a line wrapped inside a sentence goes on with the next ("… skills. Bloomberg" over "certified as of
            // 2014."): one item, which the sentence ends then split
            while (!bullets && i + 1 < lines.size() && wrapsInto(text, lines.get(i), lines.get(i + 1))) {
                end = lines.get(++i).end();
            }
            if (end > l.start()) splitAtSeparators(text, l.start(), end, out);
        }
        return out;
    }

    /** How long a line is, at least, when it wraps at the margin. */
    private static final int WRAPPED_LINE = 60;

    /** Whether line {@code a} ends inside a sentence that line {@code b}, opening in lower case, goes on with. */
    private static boolean wrapsInto(String text, TextLine a, TextLine b) {
        String t = a.text();
        String n = b.text();
        if (t.isEmpty() || n.isEmpty() || b.isBullet()) return false;
        char last = t.charAt(t.length() - 1);
        // a line that ran to the margin; short lines in lower case are a list's items ("tennessee license …")
        return t.length() >= WRAPPED_LINE && Character.isLowerCase(n.charAt(0))
                && (Character.isLetterOrDigit(last) || last == ',')
                && text.substring(a.end(), b.start()).chars().filter(c -> c == '\n').count() == 1;
    }

    /**
     * Between the items of one line: a bar, a bullet, a middle dot, a semicolon, a tab, an asterisk opening a bullet
     * ("… Certification. *Increased …") or the end of a sentence ("… Certification. Lead swim instructors …").
     */
    private static final Pattern ITEM_SEPARATOR = Pattern.compile(
            "\\s*[|•·▪●;\\t]\\s*|\\s+\\*(?=\\S)|(?<=(?:\\p{Ll}{3}|\\d{2})[.!?])\\s+(?=[*\\p{Lu}])");

    /**
     * "Citrix CCA | Cisco CCNA | SonicWall": one item each; so are the glued items of a PDF that lost its line
     * breaks ("EPA Accreditation # 18717Certified Open Water Diver (PADI)Certified Jump Master").
     */
    private void splitAtSeparators(String text, int from, int to, List<int[]> out) {
        Matcher m = ITEM_SEPARATOR.matcher(text).region(from, to);
        int first = out.size();
        boolean prose = false;
        int at = from;
        while (m.find()) {
            splitAtGlue(text, at, m.start(), out);
            at = m.end();
            String sep = m.group();
            prose |= sep.indexOf('*') >= 0 || m.start() > 0 && ".!?".indexOf(text.charAt(m.start() - 1)) >= 0;
        }
        splitAtGlue(text, at, to, out);
        // the parts of a line cut at its sentences are read by their cue words only: a fragment of a sentence
        // ("Transitional Care Unit", "Certificates Achieved") is no item of a list
        if (prose) {
            for (int k = first; k < out.size(); k++) out.set(k, new int[]{out.get(k)[0], out.get(k)[1], PROSE});
        }
    }

    /** Mark of an item cut from a line of sentences (its third element). */
    private static final int PROSE = 1;

    /** A glued item boundary: a lower-case word, a digit or a closing bracket, then a capitalized word. */
    private static final Pattern GLUED_ITEM = Pattern.compile("(?<=[a-z]{4}|\\d|\\))(?=[A-Z][a-z]{2})");

    private void splitAtGlue(String text, int from, int to, List<int[]> out) {
        int at = from;
        Matcher g = GLUED_ITEM.matcher(text).region(from, to);
        while (g.find()) {
            if (!gluedPair(text, g.start(), from, to)) continue;
            if (g.start() > at) out.add(new int[]{at, g.start()});
            at = g.start();
        }
        if (to > at) out.add(new int[]{at, to});
    }

    /** Whether the word around {@code at} is two words glued, not a name in camel case ("PowerPoint"). */
    private boolean gluedPair(String text, int at, int from, int to) {
        int ws = at;
        while (ws > from && Character.isLetterOrDigit(text.charAt(ws - 1))) ws--;
        int we = at;
        while (we < to && Character.isLetterOrDigit(text.charAt(we))) we++;
        if (ws == at) return true; // after a bracket
        // a glued pair starts like a word of a title ("HonorsHuman", "18717Certified") or with a long word
        // ("certificateCoursework"); not "freeCodeCamp", "iPhone"
        if (Character.isLowerCase(text.charAt(ws)) && at - ws < 6) return false;
        String word = text.substring(ws, we);
        return dev.standout.taxonomy.SkillTaxonomy.defaultTaxonomy().byAlias(word).isEmpty()
                && !vendors.matcher(word).find() && catalog.byAlias(word).isEmpty();
    }

    private static boolean overlaps(List<int[]> spans, int s, int e) {
        for (int[] x : spans) if (x[0] < e && s < x[1]) return true;
        return false;
    }

    /**
     * The id a hit is grouped under: its own, or, for a credential of no catalog whose name ends with the whole
     * name of another such hit ("Cochin Dubai Driving License" read across a lost line break, and "Dubai Driving
     * License"), the shorter one's: the words before are what the line break glued to it.
     */
    private static String sameAs(Hit h, List<Hit> hits) {
        if (!h.id().startsWith(UNKNOWN)) return h.id();
        String k = h.id().substring(UNKNOWN.length());
        String best = h.id();
        for (Hit o : hits) {
            if (!o.id().startsWith(UNKNOWN) || o.id().length() >= best.length()) continue;
            String ok = o.id().substring(UNKNOWN.length());
            if (ok.indexOf(' ') > 0 && k.endsWith(" " + ok)) best = o.id();
        }
        return best;
    }

    /** One certificate per id, mentions merged, the first issuer and date that were found kept. */
    private static List<Certificate> group(List<Hit> hits) {
        Map<String, List<Hit>> byId = new LinkedHashMap<>();
        for (Hit h : hits) byId.computeIfAbsent(sameAs(h, hits), k -> new ArrayList<>()).add(h);
        List<Certificate> out = new ArrayList<>(byId.size());
        for (List<Hit> group : byId.values()) {
            Hit first = group.get(0);
            for (Hit h : group) if (h.name().length() < first.name().length()) first = h;
            String issuer = "";
            String date = "";
            List<Mention> mentions = new ArrayList<>();
            for (Hit h : group) {
                if (issuer.isEmpty()) issuer = h.issuer();
                if (date.isEmpty()) date = h.date();
                mentions.add(h.mention());
            }
            double confidence = 0;
            for (Hit h : group) confidence = Math.max(confidence, h.confidence());
            out.add(new Certificate(first.id(), first.name(), first.kind(), first.level(), issuer, date, mentions,
                    confidence));
        }
        return List.copyOf(out);
    }
}
