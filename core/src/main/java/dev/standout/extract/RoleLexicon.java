package dev.standout.extract;

import java.util.Locale;
import java.util.Set;

/** Word lists that tell job titles, employers and places apart in the header lines of a role. */
final class RoleLexicon {
    private RoleLexicon() {
    }

    /** Words that end (or head) a job title: "Senior Software <b>Engineer</b>". */
    static final Set<String> TITLE_HEADS = words(
            "engineer", "engineers", "developer", "developers", "programmer", "manager", "analyst", "consultant",
            "architect", "administrator", "admin", "intern", "internship", "trainee", "apprentice", "lead", "leader",
            "director", "officer", "specialist", "assistant", "associate", "executive", "coordinator", "co-ordinator",
            "designer", "technician", "scientist", "researcher", "tester", "supervisor", "head", "president",
            "founder", "co-founder", "cofounder", "owner", "partner", "accountant", "auditor", "clerk", "teacher",
            "lecturer", "professor", "instructor", "tutor", "trainer", "nurse", "representative", "rep", "agent",
            "advisor", "adviser", "counselor", "counsellor", "editor", "writer", "operator", "volunteer", "fellow",
            "expert", "principal", "chief", "ceo", "cto", "cfo", "coo", "cio", "vp", "svp", "avp", "controller",
            "planner", "buyer", "recruiter", "generalist", "paralegal", "attorney", "lawyer", "chef", "cook",
            "mechanic", "electrician", "driver", "cashier", "receptionist", "secretary", "technologist", "strategist",
            "marketer", "producer", "photographer", "artist", "inspector", "estimator", "surveyor", "draftsman",
            "drafter", "pharmacist", "therapist", "physician", "dentist", "aide", "worker", "staff", "dean",
            "investigator", "postdoc", "ambassador", "evangelist", "sdet", "dba", "sre", "devops", "master",
            "owner", "superintendent", "foreman", "guard", "steward", "stewardess", "attendant", "bookkeeper",
            "banker", "teller", "underwriter", "actuary", "economist", "statistician", "mathematician", "physicist",
            "chemist", "biologist", "journalist", "reporter", "copywriter", "translator", "interpreter", "librarian",
            "pilot", "captain", "sergeant", "lieutenant", "commander", "soldier", "contractor", "freelancer",
            "merchandiser", "stylist", "hostess", "host", "server", "bartender", "barista", "housekeeper",
            "janitor", "custodian", "caregiver", "paramedic", "midwife", "surgeon", "resident", "clinician",
            "psychologist", "dietitian", "nutritionist", "coach", "mentor", "advocate", "solicitor", "notary",
            "agronomist", "farmer", "welder", "machinist", "fitter", "plumber", "carpenter", "installer",
            "dispatcher", "scheduler", "handler", "processor", "examiner", "reviewer", "tester", "modeler",
            "modeller", "animator", "illustrator", "architect", "officer", "clerk", "analyst", "member",
            "chairman", "chairperson", "secretary", "treasurer", "coordinator", "facilitator", "educator",
            "administrator", "programmer", "hr", "executive", "professional", "employee", "helper", "support");

    /** Words that qualify a title but never end one on their own. */
    static final Set<String> TITLE_MODIFIERS = words(
            "senior", "sr", "sr.", "junior", "jr", "jr.", "lead", "principal", "staff", "chief", "assistant",
            "associate", "deputy", "acting", "interim", "head", "trainee", "graduate", "software", "systems",
            "system", "data", "web", "full", "stack", "full-stack", "frontend", "front-end", "backend", "back-end");

    /** Words that make a phrase an organisation's name even beside a title word: "Acme <b>Ltd</b>". */
    static final Set<String> COMPANY_STRONG = words(
            "inc", "inc.", "inc.,", "llc", "llc.", "l.l.c.", "llp", "lp", "ltd", "ltd.", "limited", "limited.", "pvt",
            "pvt.", "private", "corp", "corp.", "corporation", "co.", "company", "gmbh", "ag", "s.a.", "plc", "pte",
            "bv", "b.v.", "nv", "technologies", "infotech", "infosystems", "infosys", "laboratories", "bank",
            "hospital", "university", "college", "institute", "school", "academy", "agency", "enterprises",
            "industries", "foundation", "council", "ministry", "government", "authority", "pharmaceuticals",
            "motors", "airlines", "airways", "insurance", "holdings", "ventures", "studios", "restaurant",
            "hotel", "hotels", "church", "district", "county", "organization", "organisation", "society",
            "association", "trust", "clinic", "bpo", "mahindra", "semiconductors", "telecom", "logistics");

    /** Words common in organisations' names that also stand in titles ("Software", "Systems", "Services"). */
    static final Set<String> COMPANY_WEAK = words(
            "co", "group", "sa", "technology", "tech", "solutions", "systems", "services", "software", "consulting",
            "consultancy", "consultants", "labs", "associates", "partners", "enterprise", "international",
            "global", "networks", "communications", "media", "department", "healthcare", "pharma", "financial",
            "capital", "studio", "stores", "center", "centre", "club", "firm", "analytics", "digital", "infra",
            "automation", "electronics", "semiconductor", "retail", "store", "market", "markets");

    /** US states (names and codes), Indian states and some countries: words that mark a place, not an employer. */
    static final Set<String> PLACES = words(
            "al", "ak", "az", "ar", "ca", "co", "ct", "de", "fl", "ga", "hi", "id", "il", "in", "ia", "ks", "ky",
            "la", "me", "md", "ma", "mi", "mn", "ms", "mo", "mt", "ne", "nv", "nh", "nj", "nm", "ny", "nc", "nd",
            "oh", "ok", "or", "pa", "ri", "sc", "sd", "tn", "tx", "ut", "vt", "va", "wa", "wv", "wi", "wy", "dc",
            "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware",
            "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky",
            "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
            "montana", "nebraska", "nevada", "new hampshire", "new jersey", "new mexico", "new york",
            "north carolina", "north dakota", "ohio", "oklahoma", "oregon", "pennsylvania", "rhode island",
            "south carolina", "south dakota", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
            "west virginia", "wisconsin", "wyoming", "karnataka", "maharashtra", "tamil nadu", "telangana",
            "andhra pradesh", "kerala", "gujarat", "rajasthan", "punjab", "haryana", "delhi", "new delhi",
            "uttar pradesh", "madhya pradesh", "west bengal", "odisha", "orissa", "bihar", "jharkhand", "assam",
            "goa", "uttarakhand", "chhattisgarh", "himachal pradesh", "india", "usa", "us", "u.s.", "united states",
            "uk", "united kingdom", "canada", "australia", "germany", "france", "singapore", "uae", "dubai",
            "remote", "bangalore", "bengaluru", "bangalore urban", "mumbai", "pune", "chennai", "hyderabad",
            "kolkata", "noida", "gurgaon", "gurugram", "ahmedabad", "london", "city", "state", "city , state",
            "ontario", "nsw", "victoria", "ae", "in.", "europe", "asia");

    private static Set<String> words(String... words) {
        return Set.copyOf(new java.util.HashSet<>(java.util.Arrays.asList(words)));
    }

    /** True when {@code word} ends a job title. */
    static boolean isTitleHead(String word) {
        return TITLE_HEADS.contains(clean(word));
    }

    /** True when {@code word} marks an organisation's name, strongly or weakly. */
    static boolean isCompanyWord(String word) {
        String c = clean(word);
        return COMPANY_STRONG.contains(c) || COMPANY_WEAK.contains(c);
    }

    /** True when {@code word} marks an organisation's name even next to a title word. */
    static boolean isStrongCompanyWord(String word) {
        return COMPANY_STRONG.contains(clean(word));
    }

    /** True when the whole phrase names a place ("Pune", "Bangalore, Karnataka", "Roswell, GA", "Remote"). */
    static boolean isPlace(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT).replaceAll("[\\s]+", " ").trim();
        if (p.isEmpty()) return false;
        if (PLACES.contains(p)) return true;
        String[] parts = p.split("\\s*,\\s*");
        if (parts.length >= 2 && parts.length <= 3) {
            String last = parts[parts.length - 1].replaceAll("[.\\-\\s]+$", "");
            if (PLACES.contains(last)) return true;
        }
        return false;
    }

    /** Lower case, without surrounding punctuation other than a trailing dot of an abbreviation. */
    static String clean(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int s = 0;
        int e = w.length();
        while (s < e && !Character.isLetterOrDigit(w.charAt(s))) s++;
        while (e > s && !Character.isLetterOrDigit(w.charAt(e - 1)) && w.charAt(e - 1) != '.') e--;
        String c = w.substring(s, e);
        if (c.endsWith(".") && !COMPANY_STRONG.contains(c)) c = c.substring(0, c.length() - 1);
        return c;
    }
}
