package dev.standout.nlp;

import java.util.Locale;
import java.util.Objects;

/**
 * One token of a text, with its offsets into the string that was given to {@link NlpPipeline}.
 *
 * @param text  the characters of the token exactly as they stand in the input ({@code input.substring(start, end)})
 * @param start offset of the first character
 * @param end   offset just past the last character
 * @param tag   the Penn Treebank part-of-speech tag, or {@code ""} when the text was only tokenized
 * @param lemma the lemma as CoreNLP gives it (proper nouns keep their case), or {@code ""} when only tokenized
 */
public record Token(String text, int start, int end, String tag, String lemma) {
    public Token {
        Objects.requireNonNull(text, "text");
        tag = tag == null ? "" : tag;
        lemma = lemma == null ? "" : lemma;
        if (start < 0 || end < start) throw new IllegalArgumentException("bad offsets: " + start + ", " + end);
    }

    /** The lemma in lower case, or the lower-cased text when there is no lemma: the form to compare and count. */
    public String key() {
        return (lemma.isEmpty() ? text : lemma).toLowerCase(Locale.ROOT);
    }

    /** True for nouns of any kind (NN, NNS, NNP, NNPS). */
    public boolean isNoun() {
        return tag.startsWith("NN");
    }

    /** True for adjectives (JJ, JJR, JJS). */
    public boolean isAdjective() {
        return tag.startsWith("JJ");
    }

    /** True for verbs of any form (VB, VBD, VBG, VBN, VBP, VBZ). */
    public boolean isVerb() {
        return tag.startsWith("VB");
    }

    /** True for a cardinal number (CD). */
    public boolean isNumber() {
        return tag.equals("CD");
    }
}
