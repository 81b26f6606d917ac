package dev.standout.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.pipeline.MorphaAnnotator;
import edu.stanford.nlp.pipeline.POSTaggerAnnotator;
import edu.stanford.nlp.pipeline.TokenizerAnnotator;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Stanford CoreNLP pipeline Standout runs on resume text, in two levels:
 * <ul>
 *   <li>{@link #tokenize(String)}: tokens and sentences only (CoreNLP {@code tokenize} with its built-in sentence
 *       splitter, about 100,000+ tokens a second), for everything;</li>
 *   <li>{@link #tag(String)}: tokens, part-of-speech tags and lemmas ({@code tokenize,ssplit,pos,lemma}, some
 *       thousands of tokens a second), for the few passages that need them (project descriptions, summaries).</li>
 * </ul>
 * Every line break ends a sentence ({@code ssplit.newlineIsSentenceBreak=always}): resume lines are seldom
 * sentences. Offsets of tokens and sentences point into the string that was passed in, or into the whole text when
 * a range of it is annotated ({@link #tokenize(String, int, int)}), so callers can map results back to the
 * normalized resume text. Tokenization keeps resume words whole: "C++", "C#", ".NET", "ASP.NET", "Node.js",
 * "e-commerce", "CI/CD" (split at the slash), "03/2015".
 *
 * <p><b>Sharing.</b> A pipeline is immutable and safe to use from many threads at once; {@link #shared()} returns
 * the one instance of the JVM. The tokenizer is built on first use (milliseconds); the part-of-speech model
 * (about 0.6 s and some tens of MB) is loaded on the first call to {@code tag}, so programs that only tokenize never
 * pay for it; programs that will tag can have it loaded on a helper thread meanwhile
 * ({@link #preloadTaggerInBackground()}).
 *
 * <p><b>No output, no global settings.</b> The annotators are built directly rather than through
 * {@code StanfordCoreNLP}: that class logs "Adding annotator …" for every annotator and keeps annotators in a
 * JVM-wide static pool. Built this way, with the tagger loaded quietly, CoreNLP logs nothing while the pipeline is
 * built or used, so no message reaches the embedding application's log or, when it has no SLF4J binding, SLF4J's
 * "no binder" warning on standard error. Standout does not touch CoreNLP's global logging configuration
 * (Redwood); note that CoreNLP itself, when its classes are first loaded, routes its logging to SLF4J when SLF4J is
 * on the class path.
 */
public final class NlpPipeline {

    /** A leading-dot technology name that the tokenizer would otherwise split into "." and a word. */
    private static final Pattern DOT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}._])\\.(?=(?i:net)\\b)");

    /** Longest sentence handed to the tagger; longer runs (lists without punctuation) are tagged in pieces. */
    static final int MAX_TAGGED_SENTENCE = 300;

    private final TokenizerAnnotator tokenizer;
    private volatile Tagger tagger;
    /** the tagger being loaded on a helper thread ({@link #preloadTaggerInBackground()}), or null */
    private FutureTask<Tagger> loading;

    private NlpPipeline() {
        this.tokenizer = new TokenizerAnnotator(false, properties());
    }

    /** The pipeline of this JVM, built on first use. */
    public static NlpPipeline shared() {
        return Holder.INSTANCE;
    }

    /** A new, independent pipeline. For tests that must watch a pipeline being built. */
    static NlpPipeline newInstance() {
        return new NlpPipeline();
    }

    private static final class Holder {
        static final NlpPipeline INSTANCE = new NlpPipeline();
    }

    /** The CoreNLP settings, in one place. */
    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("tokenize.language", "en");
        p.setProperty("tokenize.options", String.join(",",
                "invertible=true",
                "untokenizable=noneKeep",       // keep odd characters as tokens, never log about them
                "splitHyphenated=false",        // e-commerce, tic-tac-toe, real-time stay one token
                "normalizeParentheses=false",
                "normalizeOtherBrackets=false"));
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return p;
    }

    /** Tokens and sentences of {@code text}; tokens have no tag or lemma. */
    public List<Sentence> tokenize(String text) {
        Objects.requireNonNull(text, "text");
        return tokenize(text, 0, text.length());
    }

    /**
     * Tokens and sentences of {@code text.substring(start, end)}, with offsets into {@code text}.
     *
     * @throws IndexOutOfBoundsException when the range is not within the text
     */
    public List<Sentence> tokenize(String text, int start, int end) {
        Annotation a = annotation(text, start, end);
        tokenizer.annotate(a);
        return convert(a, text, start);
    }

    /** Tokens, sentences, part-of-speech tags and lemmas of {@code text}. */
    public List<Sentence> tag(String text) {
        Objects.requireNonNull(text, "text");
        return tag(text, 0, text.length());
    }

    /**
     * Tokens, sentences, part-of-speech tags and lemmas of {@code text.substring(start, end)}, with offsets into
     * {@code text}. Loads the tagging model on first use.
     *
     * @throws IndexOutOfBoundsException when the range is not within the text
     */
    public List<Sentence> tag(String text, int start, int end) {
        Annotation a = annotation(text, start, end);
        tokenizer.annotate(a);
        splitLongSentences(a);
        tagger().annotate(a);
        return convert(a, text, start);
    }

    /** Loads the tagging model now rather than on the first call to {@code tag}; returns this pipeline. */
    public NlpPipeline preloadTagger() {
        tagger();
        return this;
    }

    /**
     * Starts loading the tagging model on a daemon thread and returns at once; a later {@code tag} waits for that
     * load rather than starting its own. For programs that will tag (an analyzer that extracts projects, a batch):
     * the model's second or so of loading then overlaps with their other work, such as reading the first PDF, on
     * another core. Does nothing when the model is loaded or loading.
     */
    public NlpPipeline preloadTaggerInBackground() {
        synchronized (this) {
            if (tagger != null || loading != null) return this;
            FutureTask<Tagger> f = new FutureTask<>(Tagger::new);
            loading = f;
            Thread t = new Thread(f, "standout-tagger-load");
            t.setDaemon(true);
            t.start();
        }
        return this;
    }

    private Tagger tagger() {
        Tagger t = tagger;
        if (t != null) return t;
        FutureTask<Tagger> f;
        synchronized (this) {
            t = tagger;
            if (t != null) return t;
            f = loading;
            if (f == null) {
                t = new Tagger();
                tagger = t;
                return t;
            }
        }
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    t = f.get(); // the load takes a second or so: wait for it even when interrupted
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    synchronized (this) {
                        if (loading == f) loading = null; // load here instead, and fail here if it fails again
                    }
                    return tagger();
                }
            }
        } finally {
            if (interrupted) Thread.currentThread().interrupt();
        }
        synchronized (this) {
            tagger = t;
            loading = null;
        }
        return t;
    }

    /** Part-of-speech tagger and lemmatizer; both are safe for concurrent use. */
    private static final class Tagger {
        private final POSTaggerAnnotator pos;
        private final MorphaAnnotator lemma;

        Tagger() {
            String model = DefaultPaths.DEFAULT_POS_MODEL;
            Properties config = new Properties();
            config.setProperty("model", model);
            // printLoading=false: load without logging
            MaxentTagger maxent = new MaxentTagger(model, config, false);
            this.pos = new POSTaggerAnnotator(maxent, Integer.MAX_VALUE, 1);
            this.lemma = new MorphaAnnotator(false);
        }

        void annotate(Annotation a) {
            pos.annotate(a);
            lemma.annotate(a);
        }
    }

    private static Annotation annotation(String text, int start, int end) {
        Objects.requireNonNull(text, "text");
        Objects.checkFromToIndex(start, end, text.length());
        return new Annotation(protect(text.substring(start, end)));
    }

    /**
     * Same-length rewrites that keep resume words whole in the tokenizer. Offsets do not move, and token texts are
     * taken from the original string, so the rewrite never shows.
     */
    static String protect(String s) {
        if (s.indexOf('.') < 0) return s;
        Matcher m = DOT_WORD.matcher(s);
        if (!m.find()) return s;
        StringBuilder b = new StringBuilder(s);
        do {
            b.setCharAt(m.start(), 'x');
        } while (m.find());
        return b.toString();
    }

    /** Cuts sentences longer than {@link #MAX_TAGGED_SENTENCE} tokens so that the tagger's work stays bounded. */
    private static void splitLongSentences(Annotation a) {
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null) return;
        boolean any = false;
        for (CoreMap s : sentences) {
            if (s.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_TAGGED_SENTENCE) {
                any = true;
                break;
            }
        }
        if (!any) return;
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= MAX_TAGGED_SENTENCE) {
                out.add(s);
                continue;
            }
            for (int i = 0; i < tokens.size(); i += MAX_TAGGED_SENTENCE) {
                List<CoreLabel> part = new ArrayList<>(tokens.subList(i, Math.min(tokens.size(), i + MAX_TAGGED_SENTENCE)));
                Annotation piece = new Annotation(a.get(CoreAnnotations.TextAnnotation.class)
                        .substring(part.get(0).beginPosition(), part.get(part.size() - 1).endPosition()));
                piece.set(CoreAnnotations.TokensAnnotation.class, part);
                piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
                piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
                out.add(piece);
            }
        }
        a.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static List<Sentence> convert(Annotation a, String text, int base) {
        List<CoreMap> sentences = a.get(CoreAnnotations.SentencesAnnotation.class);
        if (sentences == null || sentences.isEmpty()) return List.of();
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels == null || labels.isEmpty()) continue;
            List<Token> tokens = new ArrayList<>(labels.size());
            for (CoreLabel l : labels) {
                int b = base + l.beginPosition();
                int e = base + l.endPosition();
                String surface = text.substring(b, e);
                String lemma = l.lemma();
                // a token rewritten by protect() has the lemma of its rewritten form: use its own text instead
                if (lemma != null && !surface.equals(l.originalText())) lemma = surface;
                tokens.add(new Token(surface, b, e, l.tag(), lemma));
            }
            out.add(new Sentence(tokens, tokens.get(0).start(), tokens.get(tokens.size() - 1).end()));
        }
        return List.copyOf(out);
    }
}
