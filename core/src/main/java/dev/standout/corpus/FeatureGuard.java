package dev.standout.corpus;

import java.util.regex.Pattern;

/**
 * The privacy check every feature and segment name passes before it is counted or written: no e-mail
 * addresses, phone numbers, URLs, control characters or long runs of text. Stateless and thread-safe.
 *
 * <p>The phone pattern is deliberately eager: a run of nine or more digits broken only by spaces, dots,
 * dashes, slashes or brackets is refused, even when it is an exam code ({@code "220-1101 220-1102"}). Such a
 * feature is then simply unseen by the model, which errs on the private side.
 */
final class FeatureGuard {
    /** Longest feature accepted, in characters: anything longer is a sentence, not a feature. */
    static final int MAX_LENGTH = 160;

    private static final Pattern EMAIL = Pattern.compile("[^\\s@:]+@[^\\s@]+\\.[\\p{L}]{2,}");
    private static final Pattern URL = Pattern.compile(
            "(?i)\\b[a-z][a-z0-9+.-]*://|\\bwww\\.|\\b[a-z0-9-]+(\\.[a-z0-9-]+)*\\."
            + "(com|org|net|io|dev|edu|gov|co|ai|app|me|info|biz|us|uk|de|fr|in|ca|au|ly|gl|page|site|xyz|tech)"
            + "/\\S");
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s./()-]{0,3}\\d){8,}");

    private FeatureGuard() {
    }

    /** Why {@code s} may not be stored, or {@code null} when it may. */
    static String refusal(String s) {
        if (s == null || s.isEmpty()) return "empty";
        if (s.length() > MAX_LENGTH) return "longer than " + MAX_LENGTH + " characters";
        // one pass decides which patterns can match at all: most features need none of them
        boolean at = false;
        boolean slashOrDot = false;
        int digits = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c)) return "contains a control character";
            if (c == '@') at = true;
            else if (c == '/' || c == '.') slashOrDot = true;
            else if (c >= '0' && c <= '9') digits++;
        }
        if (at && EMAIL.matcher(s).find()) return "looks like an e-mail address";
        if (slashOrDot && URL.matcher(s).find()) return "looks like a URL";
        if (digits >= 9 && PHONE.matcher(s).find()) return "looks like a phone number";
        return null;
    }

    static boolean acceptable(String s) {
        return refusal(s) == null;
    }
}
