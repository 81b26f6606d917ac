package dev.standout.nlp;

import java.util.List;

/**
 * A sentence (or, in resumes, usually one line): its tokens and its offsets into the string that was given to
 * {@link NlpPipeline}.
 *
 * @param tokens the tokens, in text order, never empty
 * @param start  offset of the first character of the first token
 * @param end    offset just past the last character of the last token
 */
public record Sentence(List<Token> tokens, int start, int end) {
    public Sentence {
        tokens = List.copyOf(tokens);
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets: " + start + ", " + end);
    }

    /** The sentence's characters taken from the text its offsets point into. */
    public String text(CharSequence source) {
        return source.subSequence(start, end).toString();
    }

    /** Number of tokens. */
    public int size() {
        return tokens.size();
    }
}
