package dev.standout.section;

import dev.standout.resume.Basics;
import dev.standout.resume.Profile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the contact basics of a resume: the person's name and headline, the first e-mail address and phone number,
 * a personal web site, and links to profiles (GitHub, LinkedIn, GitLab, Stack Overflow, Kaggle, Twitter/X, Medium…).
 *
 * <p>The name is the first line of the contact block that looks like a person's name (two to five capitalized words,
 * no digits or {@code @}, not a heading, not "Curriculum Vitae" or a job title); the label is a job title on the line
 * after it. E-mail, phone and links are looked for in the contact block first and then in the whole text, since
 * many resumes put them in a footer or a "Links" section. A phone number needs seven to fifteen digits and is never
 * a date, a year range or an IP address.
 *
 * <p>Stateless, immutable and safe to share between threads.
 */
public final class ContactExtractor {

    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])[A-Za-z0-9][A-Za-z0-9._%+-]*@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\\.[A-Za-z]{2,24}(?![\\w-])");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\w+@/.#$-])(?:\\+ ?\\d{1,3}[ .-]?)?(?:\\(\\d{1,5}\\) ?[ .-]?)?\\d(?:[ .-]{0,2}\\d){5,16}"
                    + "(?![\\w@/%-]|\\.\\d)");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?i)\\b(phone|mobile|mob|cell|tel|telephone|contact|ph|m|t|h|o|whatsapp|call)\\b\\.?\\s*(no\\.?|number|#)?"
                    + "\\s*[:.\\-]?\\s*$");
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{1,2}[./-]\\d{1,2}[./-]\\d{2,4}|\\d{4}[./-]\\d{1,2}[./-]\\d{1,2})$");
    private static final Pattern YEARS = Pattern.compile("^((19|20)\\d\\d[ .-]*)+$");
    private static final Pattern IP = Pattern.compile("^\\d{1,3}(\\.\\d{1,3}){3}$");
    private static final Pattern URL = Pattern.compile(
            "(?i)(?<![\\w@.-])(?:https?://|www\\.)[^\\s<>\"'|,;]+|(?<![\\w@./-])(?:[a-z0-9-]+\\.)+"
                    + "(?:com|dev|io|me|net|org|site|tech|info|co|ai|app|xyz|page|blog|online|in|uk|de|fr|ca|us|eu)"
                    + "(?:/[^\\s<>\"'|,;]*)?(?![\\w@-])");
    private static final Pattern HANDLE = Pattern.compile(
            "(?i)\\b(github|gitlab|linkedin|twitter|kaggle|medium|stack ?overflow)\\s*(?:id|profile|handle)?"
                    + "\\s*[:\\-]\\s*"
                    + "@?([A-Za-z0-9][A-Za-z0-9_.-]{1,38})\\b");
    private static final Set<String> NOT_NAMES = Set.of("curriculum", "vitae", "resume", "résumé", "cv", "biodata",
            "profile", "contact", "address", "phone", "mobile", "email", "e-mail", "page", "street", "road", "avenue",
            "lane", "drive", "nagar", "university", "college", "school", "institute", "inc", "llc", "ltd", "limited",
            "corp", "company", "technologies", "solutions", "services", "systems", "pvt", "private", "sample",
            "template", "example", "objective", "summary", "experience", "education", "skills", "city", "state",
            "country", "india", "usa", "linkedin", "github", "present", "confidential", "years", "year", "name",
            "dear", "sir", "madam", "to", "the", "and", "for", "of", "at", "in", "with", "my", "personal", "details",
            "information", "career", "professional", "seeking", "looking", "available", "willing", "relocate",
            "indeed", "me", "on", "handle", "twitter", "facebook", "instagram", "skype", "website", "portfolio",
            "united", "kingdom", "states", "america", "republic", "emirates", "your", "here", "date", "birth", "job",
            "seeker", "key", "competence", "competencies", "technical", "support", "management", "tuning", "making",
            "global", "national", "international", "headquarters", "department", "center", "centre", "group",
            "team", "office", "microsoft", "oracle", "sql", "server", "sap", "cisco", "amazon", "google", "aws",
            "java", "python", "customer", "service", "quality", "medical", "patient", "care", "public", "records",
            "help", "desk", "remote", "account", "accounts", "carrier", "power", "generation", "case", "studies",
            "decision", "performance", "corporate", "buying", "innovation", "operations", "operation", "pricing");
    private static final Set<String> TITLE_WORDS = Set.of("engineer", "developer", "manager", "analyst",
            "administrator", "consultant", "designer", "architect", "specialist", "scientist", "lead", "director",
            "officer", "intern", "assistant", "associate", "coordinator", "technician", "programmer", "tester",
            "accountant", "executive", "representative", "head", "president", "founder", "owner", "supervisor",
            "trainee", "student", "graduate", "teacher", "professor", "nurse", "writer", "editor", "admin", "devops",
            "qa", "sre", "dba", "cto", "ceo", "cfo", "coo", "vp", "chef", "advocate", "lawyer", "attorney", "agent",
            "clerk", "operator", "instructor", "trainer", "researcher", "fellow", "freelancer", "expert",
            "professional", "strategist", "marketer", "recruiter", "partner", "principal", "sde", "sdet",
            "controller", "auditor", "planner", "producer", "artist", "photographer", "pharmacist", "physician",
            "therapist", "counselor", "counsellor", "receptionist", "cashier", "driver", "mechanic", "electrician",
            "secretary", "generalist", "advisor", "adviser", "buyer", "merchandiser", "estimator", "inspector",
            "superintendent", "foreman", "contractor", "entrepreneur", "leader", "chief", "member", "volunteer",
            "apprentice", "tutor", "fresher", "candidate", "coach", "practitioner", "master", "evangelist",
            "preacher", "worker", "helper", "handler", "cook", "server", "bartender", "nanny", "caregiver", "aide",
            "paralegal", "realtor", "broker", "banker", "teller", "dispatcher", "scheduler", "storekeeper");
    /** Words that qualify a role ("Senior", "Data", "Web"): part of a title, never of a name. */
    private static final Set<String> ROLE_QUALIFIERS = Set.of("senior", "junior", "sr", "jr", "staff",
            "full-stack", "fullstack", "backend", "frontend", "front-end", "back-end", "software", "data", "web",
            "java", "python", "cloud", "network", "security", "systems", "database", "mobile", "android", "ios",
            "sales", "marketing", "hr", "it", "business", "product", "project", "program", "aspiring");
    private static final Set<String> PARTICLES = Set.of("van", "von", "de", "da", "del", "della", "di", "du", "le",
            "la", "bin", "binti", "al", "el", "ibn", "dos", "das", "der", "den", "ter", "ten", "y", "e", "st.");
    private static final Set<String> CREDENTIALS = Set.of("mba", "pmp", "phd", "ph.d", "ph.d.", "cpa", "md", "m.d",
            "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "cfa", "cissp", "csm", "pe", "rn", "esq", "ms", "msc", "bsc",
            "ma", "ba", "b.tech", "m.tech", "be", "me", "mca", "bca", "shrm-cp", "cphr");
    private static final Set<String> JOB_BOARDS = Set.of("indeed.com", "monster.com", "naukri.com",
            "glassdoor.com", "ziprecruiter.com", "careerbuilder.com", "dice.com", "livecareer.com", "resume.io",
            "linkedin.com", "github.com", "gitlab.com", "twitter.com", "x.com", "kaggle.com", "medium.com",
            "stackoverflow.com", "facebook.com", "instagram.com", "youtube.com", "google.com", "gmail.com",
            "yahoo.com", "hotmail.com", "outlook.com", "microsoft.com", "amazon.com", "coursera.org", "udemy.com",
            "credly.com", "youracclaim.com", "bitbucket.org", "behance.net", "dribbble.com");
    /** US states and Canadian provinces: "Springfield, IL" is a place, not a name with credentials. */
    private static final Set<String> REGION_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "ON", "QC", "BC", "AB", "MB", "SK", "NS", "NB", "NL", "PE", "UK", "US", "USA",
            "UAE");
    private static final Pattern PERSONAL = Pattern.compile("(?i)personal|particulars|bio ?data|contact");
    private static final int NAME_LINES = 8;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[).,:;!?\\]]+$");
    private static final Pattern SITE_LABEL = Pattern.compile(
            "(?i)(website|web site|portfolio|blog|homepage|home page|site)\\s*[:\\-]?\\s*$");
    private static final Pattern BULLET_START = Pattern.compile("^\u2022\\s*");
    private static final Pattern RESUME_OF = Pattern.compile(
            "(?i)^(resume|r\u00E9sum\u00E9|curriculum vitae|cv|bio ?data)\\s+((of|for|[-:])\\s+)?");
    private static final Pattern FIELD_SEPARATOR = Pattern.compile(
            "\\s[|\u2022\u00B7]\\s|\\s[-\u2013\u2014]\\s|\\s{2,}|\\t");
    private static final Pattern DECORATION = Pattern.compile("^[^\\p{L}]+|[^\\p{L}.,()]+$");

    private final HeadingDictionary dictionary;

    /** An extractor with the standard heading vocabulary (used to tell headings from names). */
    public ContactExtractor() {
        this.dictionary = HeadingDictionary.standard();
    }

    /**
     * Extracts the contact basics.
     *
     * @param sectioned the resume's sectioned, normalized text
     * @return the basics; absent values are empty strings, never null
     */
    public Basics extract(SectionedText sectioned) {
        Objects.requireNonNull(sectioned, "sectioned");
        String text = sectioned.text();
        String contact = sectioned.first(SectionType.CONTACT).map(s -> s.content(text)).orElse("");
        String top = text.substring(0, Math.min(text.length(), 1500));
        boolean details = !firstEmail(top).isEmpty() || !firstPhone(top, false).isEmpty() || !urls(top).isEmpty();
        String[] nameAndLabel = nameAndLabel(contact, details);
        if (nameAndLabel[0].isEmpty()) {
            // "Personal Details" sections hold the name when the resume opens with them
            for (Section s : sectioned.sections()) {
                if (s.start() > 2000) break;
                if (s.type() == SectionType.OTHER && PERSONAL.matcher(s.heading()).find()) {
                    String[] inDetails = nameAndLabel(s.content(text), details);
                    if (!inDetails[0].isEmpty()) {
                        nameAndLabel = new String[] {inDetails[0], ""};
                        break;
                    }
                }
            }
        }
        String email = firstEmail(contact);
        if (email.isEmpty()) email = firstEmail(text);
        String phone = firstPhone(contact, false);
        if (phone.isEmpty()) phone = firstPhone(text, true);
        Map<String, Profile> profiles = new LinkedHashMap<>();
        String site = links(contact, true, profiles);
        String elsewhere = links(text, false, profiles);
        if (site.isEmpty()) site = elsewhere;
        handles(contact.isEmpty() ? text : contact, profiles);
        List<Profile> list = new ArrayList<>(profiles.values());
        return new Basics(nameAndLabel[0], nameAndLabel[1], email, phone, site, list);
    }

    // ---- name and label ----

    /**
     * The name and label in a block of lines. Below the first line a name needs contact details at the top of the
     * resume ({@code details}); without them a short capitalized line is more often a phrase.
     */
    private String[] nameAndLabel(String block, boolean details) {
        String[] lines = block.split("\n");
        int seen = 0;
        for (int i = 0; i < lines.length && seen < NAME_LINES; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            seen++;
            if (seen > 1 && !details) break;
            if (line.charAt(0) == '\u2022' && !line.matches("(?i)^\u2022\\s*name\\s*:.*")) continue; // a list item
            String[] found = nameIn(line, seen == 1, details);
            if (found == null) continue;
            String label = found[1].isEmpty() ? "" : labelIn(found[1]);
            for (int j = i + 1; label.isEmpty() && j < lines.length && j <= i + 2; j++) {
                String next = lines[j].strip();
                if (next.isEmpty()) continue;
                label = labelIn(next);
                break;
            }
            return new String[] {found[0], label};
        }
        String label = lines.length > 0 ? labelIn(lines[0].strip()) : "";
        return new String[] {"", label.length() > 60 ? "" : label};
    }

    /**
     * The person's name on a line and what follows it on the line, or null when the line holds no name. The name
     * is the whole line, its first field ("Jane Roe | jane@x.org"), the part before credentials ("Jane Roe, MBA"),
     * or the capitalized words that open it ("Jane Roe 12 Main St.", "Jane Roe DATA ENGINEER").
     */
    private String[] nameIn(String line, boolean firstLine, boolean details) {
        String l = RESUME_OF.matcher(BULLET_START.matcher(line).replaceFirst("")).replaceFirst("");
        if (l.regionMatches(true, 0, "name", 0, 4) && l.length() > 5 && (l.charAt(4) == ':' || l.charAt(5) == ':')) {
            l = l.substring(l.indexOf(':') + 1).strip();
        }
        String[] fields = FIELD_SEPARATOR.split(l, 2);
        String first = DECORATION.matcher(fields[0]).replaceAll("").strip();
        String after = fields.length > 1 ? fields[1].strip() : "";
        int comma = first.indexOf(',');
        boolean prefixOnly = false;
        if (comma > 0) {
            String tail = first.substring(comma + 1).strip();
            first = first.substring(0, comma).strip();
            if (REGION_CODES.contains(tail.replaceAll("[^A-Za-z]", ""))) return null; // "San Mateo, CA"
            if (!tail.isEmpty() && !onlyCredentials(tail)) {
                // "Jane Roe, Software Engineer" on the first line; never "New York, NY"
                if (firstLine && !tail.matches("[A-Z]{2}\\b.*") && !labelIn(tail).isEmpty()) {
                    after = tail;
                } else {
                    prefixOnly = true; // "Jane Roe 12 Main Street, Springfield"
                }
            }
        }
        if (!prefixOnly && isName(first, firstLine, details)) return new String[] {first, after};
        // the capitalized words that open the line
        String[] words = first.split(" ");
        int k = 0;
        while (k < words.length && k < 5 && isNameWord(words[k]) && !isAllCapsWord(words[k])
                && !isNotName(words[k])) {
            k++;
        }
        if (k < 2 || k == words.length) return null;
        String next = words[k];
        boolean boundary = Character.isDigit(next.charAt(0)) || (isAllCapsWord(next) && next.length() >= 3)
                || next.indexOf('@') >= 0 || next.regionMatches(true, 0, "http", 0, 4)
                || next.regionMatches(true, 0, "www.", 0, 4);
        if (!boundary) return null;
        if (k > 2 && words[k - 1].length() == 1) k--; // "Jane Roe B jane@x.org": a stray letter
        String name = String.join(" ", Arrays.copyOfRange(words, 0, k));
        if (line.indexOf(name) != line.lastIndexOf(name)) return null; // a title said twice, not a name
        if (!isName(name, firstLine, details)) return null;
        String rest = String.join(" ", Arrays.copyOfRange(words, k, words.length));
        return new String[] {name, Character.isDigit(next.charAt(0)) ? "" : rest};
    }

    private boolean isName(String l, boolean firstLine, boolean details) {
        if (l.isEmpty() || l.length() > 60) return false;
        for (int i = 0; i < l.length(); i++) {
            char c = l.charAt(i);
            if (Character.isDigit(c) || c == '@' || c == '/' || c == ':' || c == '(' || c == '&') return false;
        }
        String[] words = l.split(" ");
        int real = 0;
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (i > 0 && i < words.length - 1 && PARTICLES.contains(w.toLowerCase(Locale.ROOT))) continue;
            if (isNotName(w)) return false;
            if (!isNameWord(w) && !(firstLine && isLowercaseNameWord(w))) return false;
            real++;
        }
        if (real < 2 || real > 5) return false;
        if (Arrays.stream(words).map(w -> w.toLowerCase(Locale.ROOT)).distinct().count() < words.length) {
            return false; // "Evangelist Evangelist": a title said again
        }
        boolean caps = SectionSegmenter.isAllCaps(l);
        if (caps && !details) return false; // "SOUS CHEF" heads many resumes; a name in capitals comes with contacts
        if (!caps) {
            for (int i = 0; i < words.length; i++) {
                // "Karthik GV" ends in initials; "Senior DBA Lead" mixes in an abbreviation
                if (isAllCapsWord(words[i]) && !(i == words.length - 1 && words[i].length() <= 3)) return false;
            }
        }
        String firstWord = words[0].toLowerCase(Locale.ROOT);
        if ((firstWord.endsWith("ing") && firstWord.length() >= 6)
                || (firstWord.endsWith("ed") && firstWord.length() >= 7 && !firstWord.startsWith("moham")
                && !firstWord.startsWith("muham"))) {
            return false; // "Configuring Oracle", "Evaluated Options": a phrase that starts with a verb
        }
        String last = words[words.length - 1];
        if (last.endsWith(".") && last.length() > 2) return false; // "Tamil Nadu." ends a sentence

        if (l.replaceAll("[^\\p{L}]", "").length() <= real) return false; // "N A M E": letters, no name
        return dictionary.lookup(l) == null;
    }

    private static boolean isNotName(String w) {
        for (String part : w.split("-")) {
            String b = bare(part);
            if (NOT_NAMES.contains(b) || TITLE_WORDS.contains(b) || ROLE_QUALIFIERS.contains(b)) return true;
        }
        return false;
    }

    private static String bare(String w) {
        StringBuilder b = new StringBuilder(w.length());
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c != '.' && c != '\'' && c != '\u2019' && c != ',' && c != '-') b.append(Character.toLowerCase(c));
        }
        return b.toString();
    }

    private static boolean isAllCapsWord(String w) {
        return w.length() >= 2 && SectionSegmenter.isAllCaps(w) && !w.endsWith(".");
    }

    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) return false;
        if (w.length() <= 2 && (w.length() == 1 || w.charAt(1) == '.')) return true; // an initial
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '\u2019' && c != '-' && c != '.') return false;
        }
        return true;
    }

    /** A name written in lowercase, accepted on the very first line only: "kimaya sonawane". */
    private static boolean isLowercaseNameWord(String w) {
        if (w.length() < 2) return false;
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isLowerCase(w.charAt(i))) return false;
        }
        return true;
    }

    /** "MBA, PMP", "Ph.D.", "M.ED.", "MS (CS), CSM": degrees and post-nominal letters only. */
    private static boolean onlyCredentials(String s) {
        String t = s.replaceAll("\\([^)]*\\)", " ");
        boolean any = false;
        for (String part : t.split("[,\\s]+")) {
            if (part.isEmpty()) continue;
            any = true;
            if (CREDENTIALS.contains(part.toLowerCase(Locale.ROOT))) continue;
            String letters = part.replace(".", "");
            if (letters.length() >= 2 && letters.length() <= 6 && letters.chars().allMatch(Character::isLetter)
                    && letters.chars().filter(Character::isUpperCase).count() * 2 > letters.length()) {
                continue;
            }
            return false;
        }
        return any;
    }

    /** A job title on a line (the part before " - company" or " | …"), or "". */
    private String labelIn(String line) {
        String l = onceIfRepeated(line.split("\\s[|\u2022\u00B7]\\s")[0].strip());
        int dash = indexOfDash(l);
        String head = dash > 0 ? l.substring(0, dash).strip() : l;
        if (head.isEmpty() || head.length() > 80 || head.indexOf('@') >= 0 || head.endsWith(".")) return "";
        if (head.matches(".*\\d{3,}.*") || head.toLowerCase(Locale.ROOT).contains("http")) return "";
        HeadingDictionary.Match m = dictionary.lookup(head);
        if (m != null) return "";
        head = head.replaceAll("[,;:]+$", "").strip();
        String[] words = head.split("[\\s/,&()\\-]+");
        if (words.length == 0 || words.length > 8) return "";
        if (words.length > 4) {
            int capitalized = 0;
            for (String w : words) if (!w.isEmpty() && !Character.isLowerCase(w.charAt(0))) capitalized++;
            if (capitalized * 10 < words.length * 7) return ""; // a phrase of prose, not a title
        }
        boolean title = false;
        for (String w : words) {
            if (TITLE_WORDS.contains(bare(w))) title = true;
        }
        if (!title) return "";
        // a sentence ("Seeking a position as an engineer") is no headline
        return Character.isLetter(head.charAt(0)) && !head.contains(" a ") && !head.contains(" an ") ? head : "";
    }

    /** "Data Engineer Data Engineer Graduate Student" (a headline said twice, as job boards print it): once. */
    static String onceIfRepeated(String s) {
        String[] w = s.split(" ");
        for (int len = 1; len * 2 <= w.length && len <= 8; len++) {
            boolean same = true;
            for (int i = 0; i < len && same; i++) same = w[i].equalsIgnoreCase(w[len + i]);
            if (same) return String.join(" ", Arrays.copyOfRange(w, 0, len));
        }
        return s;
    }

    private static int indexOfDash(String s) {
        for (String d : new String[] {" - ", " \u2013 ", " \u2014 ", " at ", " @ "}) {
            int k = s.indexOf(d);
            if (k > 0) return k;
        }
        return -1;
    }

    // ---- e-mail and phone ----

    /** The first e-mail address; the pattern only runs around each '@', which keeps long texts cheap. */
    private static String firstEmail(String s) {
        int at = s.indexOf('@');
        while (at >= 0) {
            Matcher m = EMAIL.matcher(s).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(Math.max(0, at - 64), Math.min(s.length(), at + 256));
            while (m.find()) {
                if (m.start() <= at && m.end() > at) return m.group();
                if (m.start() > at) break;
            }
            at = s.indexOf('@', at + 1);
        }
        return "";
    }

    /** The first phone number; outside the contact block only one with a label, a '+' or parentheses counts. */
    static String firstPhone(String s, boolean strict) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            // the pattern only runs over runs of digits, spaces and phone punctuation holding seven digits or more
            char c = s.charAt(i);
            if (!Character.isDigit(c) && c != '+' && c != '(') {
                i++;
                continue;
            }
            int j = i;
            int digits = 0;
            while (j < n && j - i < 40 && isPhoneChar(s.charAt(j))) {
                if (Character.isDigit(s.charAt(j))) digits++;
                j++;
            }
            if (digits >= 7) {
                String found = phoneIn(s, i, j, strict);
                if (!found.isEmpty()) return found;
            }
            i = j + 1;
        }
        return "";
    }

    private static boolean isPhoneChar(char c) {
        return Character.isDigit(c) || c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+';
    }

    private static String phoneIn(String s, int from, int to, boolean strict) {
        Matcher m = PHONE.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
        while (m.find()) {
            String candidate = trimTrailingYear(m.group().strip());
            if (!isPhone(candidate)) continue;
            if (strict) {
                String before = s.substring(Math.max(0, m.start() - 25), m.start());
                boolean labelled = PHONE_LABEL.matcher(before).find();
                if (!labelled && candidate.charAt(0) != '+' && candidate.indexOf('(') < 0) continue;
            }
            return candidate;
        }
        return "";
    }

    /** "555 010 9999 2019" is a phone number followed by a year. */
    private static String trimTrailingYear(String c) {
        String s = c;
        while (digits(s) > 11 && s.charAt(0) != '+' && !s.startsWith("00")) {
            int sp = s.lastIndexOf(' ');
            if (sp <= 0 || !s.substring(sp + 1).matches("(19|20)\\d\\d")) break;
            s = s.substring(0, sp).strip();
        }
        return s;
    }

    static boolean isPhone(String c) {
        int digits = digits(c);
        if (digits < 7 || digits > 15) return false;
        if (DATE.matcher(c).matches() || YEARS.matcher(c).matches() || IP.matcher(c).matches()) return false;
        if (c.matches("\\d{5}-\\d{4}")) return false; // a ZIP+4 code
        boolean formatted = c.charAt(0) == '+' || c.indexOf('(') >= 0;
        int groups = c.split("[ .\\-()]+").length;
        if (!formatted && groups == 1 && digits < 10) return false; // a bare number: an id, not a phone
        if (!formatted && c.matches("\\d{1,2}[ .-]\\d{1,2}[ .-]\\d{4}.*")) return false; // a date
        if (c.matches(".*\\d\\.\\d{1,2}\\.\\d.*") && groups > 3) return false; // a version number
        return true;
    }

    private static int digits(String s) {
        int d = 0;
        for (int i = 0; i < s.length(); i++) if (Character.isDigit(s.charAt(i))) d++;
        return d;
    }

    // ---- links ----

    /**
     * Adds the profiles linked in a text; returns the first personal site found (only in the contact block,
     * {@code contactBlock}, or after a "Website:", "Portfolio:" or "Blog:" label elsewhere).
     */
    private static String links(String s, boolean contactBlock, Map<String, Profile> profiles) {
        String site = "";
        if (!contactBlock && !mayHoldLinks(s)) return site;
        for (int[] span : urls(s)) {
            int start = span[0];
            if (start > 0 && s.charAt(start - 1) == '@') continue;
            String raw = TRAILING_PUNCTUATION.matcher(s.substring(start, span[1])).replaceAll("");
            if (raw.indexOf('@') >= 0 && raw.indexOf('/') < 0) continue;
            boolean bare = !raw.regionMatches(true, 0, "http", 0, 4) && !raw.regionMatches(true, 0, "www.", 0, 4);
            if (bare && !bareDomainLooksLikeASite(raw)) continue;
            String url = raw.regionMatches(true, 0, "http", 0, 4) ? raw : "https://" + raw;
            Profile p = profile(url);
            if (p != null) {
                profiles.putIfAbsent(p.network(), p);
                continue;
            }
            String host = host(url);
            if (host.isEmpty() || isKnownService(host)) continue;
            String before = s.substring(Math.max(0, start - 20), start);
            boolean labelled = SITE_LABEL.matcher(before).find();
            if (site.isEmpty() && (contactBlock || labelled)) {
                site = url;
                profiles.putIfAbsent("Website", new Profile("Website", "", url));
            }
        }
        return site;
    }

    /**
     * Where links are in a text. The pattern only runs over the words that hold a dot, which keeps long texts
     * cheap.
     */
    private static List<int[]> urls(String s) {
        List<int[]> spans = new ArrayList<>();
        int n = s.length();
        int searchedTo = 0;
        int dot = s.indexOf('.');
        while (dot >= 0) {
            int from = dot;
            while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) from--;
            int to = dot;
            while (to < n && !Character.isWhitespace(s.charAt(to))) to++;
            if (from >= searchedTo) {
                Matcher m = URL.matcher(s).useTransparentBounds(true).useAnchoringBounds(false).region(from, to);
                while (m.find()) spans.add(new int[] {m.start(), m.end()});
            }
            searchedTo = Math.max(searchedTo, to);
            dot = s.indexOf('.', to);
        }
        return spans;
    }

    /** Whether a text holds anything a link could start with: a scheme, "www." or a domain ending. */
    private static boolean mayHoldLinks(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("http") || lower.contains("www.") || lower.contains(".com/") || lower.contains(".io")
                || lower.contains(".dev") || lower.contains(".me/") || lower.contains(".net/")
                || lower.contains(".org/");
    }

    /** "GitHub: janeroe", "Twitter - @janeroe". */
    private static void handles(String s, Map<String, Profile> profiles) {
        String lower = s.toLowerCase(Locale.ROOT);
        if (!lower.contains("github") && !lower.contains("gitlab") && !lower.contains("linkedin")
                && !lower.contains("twitter") && !lower.contains("kaggle") && !lower.contains("medium")
                && !lower.contains("stack")) {
            return;
        }
        Matcher m = HANDLE.matcher(s);
        while (m.find()) {
            String network = m.group(1).toLowerCase(Locale.ROOT).replace(" ", "");
            String user = m.group(2);
            if (user.contains(".") && !network.equals("medium")) continue; // a domain, read as a link already
            String url;
            String name;
            switch (network) {
                case "github" -> { name = "GitHub"; url = "https://github.com/" + user; }
                case "gitlab" -> { name = "GitLab"; url = "https://gitlab.com/" + user; }
                case "linkedin" -> { name = "LinkedIn"; url = "https://www.linkedin.com/in/" + user; }
                case "twitter" -> { name = "Twitter"; url = "https://twitter.com/" + user; }
                case "kaggle" -> { name = "Kaggle"; url = "https://www.kaggle.com/" + user; }
                case "medium" -> { name = "Medium"; url = "https://medium.com/@" + user; }
                default -> { name = "Stack Overflow"; url = "https://stackoverflow.com/users/" + user; }
            }
            profiles.putIfAbsent(name, new Profile(name, user, url));
        }
    }

    /** The profile a URL points to, or null when it is no known network's profile. */
    static Profile profile(String url) {
        String host = host(url);
        String[] path = path(url);
        String first = path.length > 0 ? path[0] : "";
        switch (host) {
            case "github.com":
                return isUser(first) && !Set.of("orgs", "topics", "features", "about", "settings", "login")
                        .contains(first.toLowerCase(Locale.ROOT)) ? new Profile("GitHub", first, url) : null;
            case "gitlab.com":
                return isUser(first) ? new Profile("GitLab", first, url) : null;
            case "linkedin.com":
                if ((first.equals("in") || first.equals("pub")) && path.length > 1) {
                    return new Profile("LinkedIn", path[1], url);
                }
                return null;
            case "stackoverflow.com":
                if (first.equals("users") && path.length > 1) {
                    return new Profile("Stack Overflow", path.length > 2 ? path[2] : path[1], url);
                }
                return null;
            case "kaggle.com":
                return isUser(first) && !Set.of("competitions", "datasets", "code", "learn", "c", "discussions")
                        .contains(first) ? new Profile("Kaggle", first, url) : null;
            case "twitter.com", "x.com":
                return isUser(first) && !first.equals("i") && !first.equals("home")
                        ? new Profile("Twitter", first.replace("@", ""), url) : null;
            case "medium.com":
                return first.startsWith("@") ? new Profile("Medium", first.substring(1), url) : null;
            default:
                if (host.endsWith(".medium.com")) {
                    return new Profile("Medium", host.substring(0, host.length() - ".medium.com".length()), url);
                }
                return null;
        }
    }

    /** "janeroe.dev" is a site; "ASP.NET" and "vb.net" are technologies. */
    private static boolean bareDomainLooksLikeASite(String raw) {
        String host = raw.split("/")[0];
        if (!host.equals(host.toLowerCase(Locale.ROOT)) && raw.indexOf('/') < 0) return false;
        String[] labels = host.split("\\.");
        return labels.length >= 2 && labels[labels.length - 2].length() >= 4;
    }

    private static boolean isUser(String s) {
        return !s.isEmpty() && s.matches("@?[A-Za-z0-9][A-Za-z0-9_.-]{0,38}");
    }

    /** The host without "www." and port, lowercase. */
    static String host(String url) {
        String u = url.replaceFirst("(?i)^https?://", "");
        int end = u.length();
        for (char c : new char[] {'/', '?', '#', ':'}) {
            int k = u.indexOf(c);
            if (k >= 0 && k < end) end = k;
        }
        String host = u.substring(0, end).toLowerCase(Locale.ROOT);
        if (host.startsWith("www.")) host = host.substring(4);
        if (host.startsWith("m.") || host.startsWith("mobile.")) host = host.substring(host.indexOf('.') + 1);
        if (host.endsWith(".linkedin.com")) host = "linkedin.com"; // in.linkedin.com, uk.linkedin.com
        return host.indexOf('.') > 0 ? host : "";
    }

    private static String[] path(String url) {
        String u = url.replaceFirst("(?i)^https?://", "");
        int slash = u.indexOf('/');
        if (slash < 0) return new String[0];
        String p = u.substring(slash + 1).replaceFirst("[?#].*$", "");
        return Arrays.stream(p.split("/")).filter(x -> !x.isEmpty()).toArray(String[]::new);
    }

    private static boolean isKnownService(String host) {
        for (String h : JOB_BOARDS) {
            if (host.equals(h) || host.endsWith("." + h)) return true;
        }
        return false;
    }
}
