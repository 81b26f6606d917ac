package dev.standout.extract;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Kinds of outcome evidence in a project's description: what shows that a project was real and mattered. Names are
 * those written to {@link dev.standout.resume.Project#evidence()}.
 *
 * <p>Detection is by patterns over one sentence at a time; a bare number is never evidence ("2019", "Python 3",
 * "a team of 4"). Stateless and safe to share between threads.
 */
public enum ProjectEvidence {
    /** People served: "used by 3,000 students", "12k monthly active users", "serving 40 farms". */
    USERS,
    /** A measured result: "accuracy 94%", "reduced latency by 40%", "F1 of 0.91", "3x faster". */
    METRIC,
    /** Money: "$120k saved", "₹2 lakh revenue", "cut cloud costs by 30,000 USD". */
    MONEY,
    /** Time saved: "cut processing from 3 h to 10 min", "reduced build time to 90 seconds". */
    TIME,
    /** Data gathered or handled: "collected 2.1M readings", "scraped 40,000 listings", "1.2 TB of logs". */
    DATA,
    /** Published work: "published at EMNLP", "paper accepted", "IEEE conference", "arXiv". */
    PUBLICATION,
    /** Open-source contribution: "merged pull request", "maintainer", "contributor to scikit-learn". */
    CONTRIBUTION,
    /** A release: "released v1.2 on PyPI", "10k downloads", "on the App Store", "400 GitHub stars". */
    RELEASE,
    /** A link to the work: a URL or a GitHub repository. */
    LINK,
    /** Running for real: "deployed to production", "live at", "running on AWS". */
    DEPLOYED,
    /** Recognition: "won 1st place", "hackathon winner", "best paper award", "finalist". */
    AWARD;

    private static final String NUM = "(?<![\\w.])\\d[\\d,]*(?:\\.\\d+)?\\s*(?:k|K|m|M|mn|million|billion|lakh|lakhs|crore|crores|thousand|hundred)?\\+?";
    private static final int F = Pattern.CASE_INSENSITIVE;

    private static final Pattern USERS_P = Pattern.compile(
            NUM + "\\s+(?:[\\w-]+\\s+){0,2}(?:users|students|customers|clients|people|members|subscribers|visitors|patients"
                    + "|farmers|residents|employees|developers|learners|players|readers|listeners|volunteers|teachers|doctors"
                    + "|nurses|merchants|drivers|riders|shops|stores|restaurants|schools|hospitals|businesses|companies"
                    + "|organizations|organisations|teams|dau|mau|daily active|monthly active|accounts|signups|sign-ups|families"
                    + "|households|villages|farms|citizens|attendees|participants|employees)\\b"
                    + "|\\b(?:used|adopted|relied on|in use)\\s+(?:daily\\s+|every day\\s+|weekly\\s+)?by\\s+\\S+"
                    + "|\\bserv(?:es|ed|ing)\\s+" + NUM + "|\\buser\\s*base\\s+of\\s+" + NUM, F);
    private static final Pattern METRIC_P = Pattern.compile(
            NUM + "\\s?(?:%|percent\\b|pct\\b|x\\s+(?:faster|speed|improvement|more|less|fewer|smaller|cheaper)|times\\s+faster|-fold)"
                    + "|\\b(?:accuracy|precision|recall|f1|f-score|f1-score|auc|roc-auc|bleu|rouge|map|mae|rmse|mse|r2|r²|iou|wer"
                    + "|perplexity|p95|p99|latency|throughput|qps|rps|uptime)\\b[^.;]{0,25}?(?<![\\w.])(?:0?\\.\\d+|\\d+(?:\\.\\d+)?)"
                    + "|(?<![\\w.])\\d+(?:\\.\\d+)?\\s?(?:ms|qps|rps|fps)\\b", F);
    private static final Pattern MONEY_P = Pattern.compile(
            "[$€£₹¥]\\s?\\d[\\d,.]*\\s*(?:k|m|mn|million|billion|bn|lakh|lakhs|crore|crores)?\\b"
                    + "|(?<![\\w.])\\d[\\d,.]*\\s*(?:k|m|mn|million|billion|lakh|lakhs|crore|crores)?\\s*(?:usd|eur|gbp|inr|dollars|euros|pounds|rupees|rs\\.?)\\b"
                    + "|\\b(?:rs\\.?|inr|usd)\\s?\\d[\\d,.]*", F);
    private static final String DURATION = "(?<![\\w.])\\d+(?:\\.\\d+)?\\s?(?:ms|milliseconds?|s|sec|secs|seconds?|min|mins"
            + "|minutes?|h|hr|hrs|hours?|days?|weeks?|man-hours|person-hours)\\b";
    private static final Pattern TIME_P = Pattern.compile(
            "\\b(?:cut|cutting|reduc\\w*|shorten\\w*|brought\\s+down|sped\\s+up|speeds?\\s+up|saved|saving|saves|lowered"
                    + "|decreased|dropped|trimmed)\\b[^.;]{0,40}?" + DURATION
                    + "|\\bfrom\\s+" + DURATION + "\\s+(?:down\\s+)?to\\s+(?:under\\s+|below\\s+)?(?:\\d|a\\b|an\\b|one\\b)", F);
    private static final Pattern DATA_P = Pattern.compile(
            NUM + "\\s+(?:[\\w-]+\\s+){0,2}(?:rows|records|readings|images|photos|videos|documents|docs|samples|data\\s*points"
                    + "|tweets|reviews|transactions|events|messages|requests|files|pages|articles|entries|observations|measurements"
                    + "|sentences|utterances|recordings|hours\\s+of\\s+audio|scans|listings|posts|comments|emails|logs|labels|annotations"
                    + "|examples|profiles|tickets|queries|sensor|products|papers|books|songs|tracks|frames|invoices|orders|forms|claims"
                    + "|payments|bookings|calls|jobs|receipts|shipments|parcels|packages)\\b"
                    + "|(?<![\\w.])\\d[\\d,.]*\\s?(?:gb|tb|pb|gigabytes|terabytes)\\b"
                    + "|\\b(?:collected|gathered|scraped|crawled|labell?ed|annotated|curated|compiled|recorded|ingested|digitized|surveyed)\\b"
                    + "[^.;]{0,40}?(?<![\\w.])\\d", F);
    private static final Pattern PUBLICATION_P = Pattern.compile(
            "\\bpublished\\s+(?:in|at|by)\\s+(?!(?:pypi|npm|maven|the\\s+app|app\\s+store|google\\s+play|play\\s+store|crates|docker))"
                    + "|\\b(?:paper|article|poster|abstract)\\s+(?:was\\s+)?(?:accepted|published|presented)"
                    + "|\\b(?:co-?authored|first[- ]author)\\b|\\barxiv\\b|\\bproceedings\\b"
                    + "|\\b(?:ieee|acm|springer|elsevier|neurips|nips|icml|iclr|acl|emnlp|naacl|cvpr|iccv|eccv|aaai|ijcai|kdd|sigir|chi)\\b"
                    + "[^.;]{0,40}\\b(?:conference|journal|workshop|paper|symposium|proceedings|published|accepted|presented)\\b"
                    + "|\\b(?:conference|journal|workshop|symposium)\\s+(?:paper|publication|article)\\b|\\bpresented\\s+at\\b", F);
    private static final Pattern CONTRIBUTION_P = Pattern.compile(
            "\\bmerged\\b[^.;]{0,30}\\b(?:pull\\s+requests?|prs?|patch(?:es)?|commits?)\\b"
                    + "|\\b(?:pull\\s+requests?|prs?|patch(?:es)?)\\b[^.;]{0,30}\\b(?:merged|accepted|upstreamed|landed)\\b"
                    + "|\\b(?:maintainer|co-maintainer|committer|core\\s+(?:developer|contributor|team\\s+member))\\b"
                    + "|\\bcontributor\\s+(?:to|of|at)\\b|\\bcontributed\\s+(?:to|a|an|the|code|patches|fixes|features)\\b"
                    + "|\\bopen[- ]source\\s+contribut\\w*|\\bupstream(?:ed)?\\b", F);
    private static final Pattern RELEASE_P = Pattern.compile(
            "\\b(?:released|shipped|published|launched|listed|available)\\b[^.;]{0,40}\\b(?:on|to|in|via)\\s+(?:the\\s+)?"
                    + "(?:pypi|npm|maven\\s+central|crates\\.io|rubygems|nuget|cran|app\\s+store|apple\\s+app\\s+store|google\\s+play|play\\s+store"
                    + "|chrome\\s+web\\s+store|firefox\\s+add-ons|docker\\s+hub|homebrew|f-droid|steam|itch\\.io|vs\\s*code\\s+marketplace"
                    + "|marketplace|github\\s+releases)"
                    + "|\\b(?:released|shipped|tagged)\\s+(?:version\\s+)?v?\\d+\\.\\d+|\\bv\\d+\\.\\d+(?:\\.\\d+)?\\s+(?:release|released)"
                    + "|" + NUM + "\\s+(?:[\\w-]+\\s+)?(?:downloads|installs|installations|github\\s+stars|stars|forks|stargazers|clones)\\b"
                    + "|\\b(?:on|in)\\s+the\\s+(?:app\\s+store|play\\s+store)|\\bapp\\s+store\\b|\\bgoogle\\s+play\\b|\\bplay\\s+store\\b", F);
    private static final Pattern LINK_P = Pattern.compile(
            "\\bhttps?://\\S+|\\bwww\\.[\\w-]+\\.\\S+|\\b(?:github\\.com|gitlab\\.com|bitbucket\\.org|huggingface\\.co|kaggle\\.com"
                    + "|npmjs\\.com|pypi\\.org|play\\.google\\.com|apps\\.apple\\.com)/\\S+|\\b[\\w-]+\\.(?:github\\.io|vercel\\.app"
                    + "|netlify\\.app|herokuapp\\.com|streamlit\\.app|pages\\.dev)\\b", F);
    private static final Pattern DEPLOYED_P = Pattern.compile(
            "\\bdeployed\\b[^.;]{0,30}\\b(?:to|on|in|into|at|across)\\b"
                    + "|\\b(?:in|into|to)\\s+production\\b|\\bproduction[- ](?:use|ready|deployment|traffic|system)\\b"
                    + "|\\bwent\\s+live\\b|\\blive\\s+(?:at|on|in)\\b|\\bnow\\s+live\\b|\\brunning\\s+(?:in|on)\\s+(?:production|aws|gcp|azure|kubernetes|k8s)\\b"
                    + "|\\b(?:hosted|running|served)\\s+on\\s+(?:aws|gcp|azure|heroku|vercel|netlify|render|fly\\.io|digitalocean|firebase|kubernetes|k8s)\\b"
                    + "|\\brolled\\s+out\\s+to\\b|\\blaunched\\s+(?:to|in|for|at)\\b", F);
    private static final Pattern AWARD_P = Pattern.compile(
            "\\bwon\\b|\\bwinn(?:er|ers|ing)\\b|\\b(?:1st|2nd|3rd|first|second|third|top\\s+\\d+)\\s+(?:place|prize|position|rank)\\b"
                    + "|\\bawarded\\b|\\baward\\b|\\bprize\\b|\\bfinalist\\b|\\brunner[- ]up\\b|\\bhonou?rable\\s+mention\\b|\\bmedal\\b"
                    + "|\\bbest\\s+(?:paper|project|demo|hack|innovation|poster)\\b|\\bgrant(?:ed)?\\s+(?:of|from|by)\\b|\\bscholarship\\b", F);

    private Pattern pattern() {
        switch (this) {
            case USERS: return USERS_P;
            case METRIC: return METRIC_P;
            case MONEY: return MONEY_P;
            case TIME: return TIME_P;
            case DATA: return DATA_P;
            case PUBLICATION: return PUBLICATION_P;
            case CONTRIBUTION: return CONTRIBUTION_P;
            case RELEASE: return RELEASE_P;
            case LINK: return LINK_P;
            case DEPLOYED: return DEPLOYED_P;
            default: return AWARD_P;
        }
    }

    /** Words before a head count that make it the size of one's own team, not people served. */
    private static final Pattern TEAM_BEFORE = Pattern.compile(
            "(?i)(?:\\b(?:team|group|squad|crew|batch|class)\\s+(?:of|size)|\\b(?:led|lead|leading|managed|managing|mentored"
                    + "|mentoring|supervised|supervising|coordinated|coordinating|trained|training|hired|hiring|with|among)"
                    + "(?:\\s+(?:a|an|the|my|our|over|about|around|\\w+ing))*)\\s*:?\\s*$");
    /** Links to the resume's own host or to a profile are not links to the work. */
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "(?i)(?:indeed\\.com|linkedin\\.com|facebook\\.com|instagram\\.com|twitter\\.com|x\\.com|mailto:)");

    /**
     * What a sentence must hold for a kind's pattern to match at all: an ASCII digit (every alternative built on a
     * number needs one) or one of these words, in lower case. Every alternative of each pattern needs the one or
     * the other (the patterns are ASCII case-insensitive, so lower-casing the sentence keeps every possible match),
     * so a sentence without them is not run through the pattern: most sentences are run through none.
     */
    private static final Map<ProjectEvidence, Cue> CUES = new EnumMap<>(Map.ofEntries(
            Map.entry(USERS, new Cue(true, "by")),
            Map.entry(METRIC, new Cue(true)),
            Map.entry(MONEY, new Cue(true)),
            Map.entry(TIME, new Cue(true)),
            Map.entry(DATA, new Cue(true)),
            Map.entry(PUBLICATION, new Cue(false, "published", "paper", "article", "poster", "abstract", "author",
                    "arxiv", "proceedings", "conference", "journal", "workshop", "symposium", "accepted", "presented")),
            Map.entry(CONTRIBUTION, new Cue(false, "merged", "accepted", "landed", "maintainer", "committer", "core",
                    "contribut", "upstream")),
            Map.entry(RELEASE, new Cue(true, "release", "shipped", "published", "launched", "listed", "available",
                    "tagged", "store", "play")),
            Map.entry(LINK, new Cue(false, "http", "www.", "github.com", "gitlab.com", "bitbucket.org", "huggingface.co",
                    "kaggle.com", "npmjs.com", "pypi.org", "play.google.com", "apps.apple.com", "github.io", "vercel.app",
                    "netlify.app", "herokuapp.com", "streamlit.app", "pages.dev")),
            Map.entry(DEPLOYED, new Cue(false, "deployed", "production", "live", "running", "hosted", "served", "rolled",
                    "launched")),
            Map.entry(AWARD, new Cue(false, "won", "winn", "place", "prize", "position", "rank", "award", "finalist",
                    "runner", "mention", "medal", "best", "grant", "scholarship"))));

    /** A necessary condition for a pattern to match: a digit (when {@code digit}) or one of the words. */
    private record Cue(boolean digit, String... words) {
        boolean mayMatch(String lower, boolean hasDigit) {
            if (digit && hasDigit) return true;
            for (String w : words) if (lower.contains(w)) return true;
            return false;
        }
    }

    /** The kinds of evidence in one sentence, in declaration order. */
    public static Set<ProjectEvidence> in(CharSequence sentence) {
        EnumSet<ProjectEvidence> out = EnumSet.noneOf(ProjectEvidence.class);
        String lower = sentence.toString().toLowerCase(Locale.ROOT);
        boolean hasDigit = hasDigit(lower);
        for (ProjectEvidence e : values()) {
            if (CUES.get(e).mayMatch(lower, hasDigit) && e.matches(sentence)) out.add(e);
        }
        return out;
    }

    /** True when the sentence holds any kind of evidence: {@code !in(sentence).isEmpty()}, without the rest. */
    public static boolean any(CharSequence sentence) {
        String lower = sentence.toString().toLowerCase(Locale.ROOT);
        boolean hasDigit = hasDigit(lower);
        for (ProjectEvidence e : values()) {
            if (CUES.get(e).mayMatch(lower, hasDigit) && e.matches(sentence)) return true;
        }
        return false;
    }

    private boolean matches(CharSequence sentence) {
        Matcher m = pattern().matcher(sentence);
        while (m.find()) {
            if (this == USERS && TEAM_BEFORE.matcher(sentence.subSequence(Math.max(0, m.start() - 40), m.start())).find()) {
                continue;
            }
            if (this == LINK && PROFILE_LINK.matcher(m.group()).find()) continue;
            return true;
        }
        return false;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') return true;
        }
        return false;
    }
}
