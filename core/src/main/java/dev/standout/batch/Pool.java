package dev.standout.batch;

import dev.standout.corpus.CorpusModel;

import java.util.Objects;
import java.util.Optional;

/**
 * The pool a batch scores its resumes against. Immutable.
 *
 * <ul>
 *   <li>{@link #none()}: no scoring; records carry no analysis.</li>
 *   <li>{@link #defaultModel()}: the model embedded in the library ({@link CorpusModel#defaultModel()}). When
 *       the library was built without one, the batch runs without analysis and says so in its summary
 *       ({@link BatchSummary#poolNote()}).</li>
 *   <li>{@link #of(CorpusModel)}: a model of the caller's.</li>
 *   <li>{@link #self()}: the batch itself — among these applicants, who stands out? Every resume is scored
 *       against a model counted from the batch's own resumes, blended with the default model where the batch
 *       is small, and its percentile is its rank within the batch. The formula is in the
 *       {@linkplain dev.standout.batch package documentation}.</li>
 * </ul>
 */
public final class Pool {
    /** What a pool is made of. */
    public enum Kind { NONE, DEFAULT, MODEL, SELF }

    private static final Pool NONE = new Pool(Kind.NONE, null, "none");
    private static final Pool DEFAULT = new Pool(Kind.DEFAULT, null, "default");
    private static final Pool SELF = new Pool(Kind.SELF, null, "self");

    private final Kind kind;
    private final CorpusModel model;
    private final String description;

    private Pool(Kind kind, CorpusModel model, String description) {
        this.kind = kind;
        this.model = model;
        this.description = description;
    }

    /** No scoring. */
    public static Pool none() {
        return NONE;
    }

    /** The model embedded in the library, when it has one. */
    public static Pool defaultModel() {
        return DEFAULT;
    }

    /** A model of the caller's. */
    public static Pool of(CorpusModel model) {
        Objects.requireNonNull(model, "model");
        return new Pool(Kind.MODEL, model, "model " + model.label());
    }

    /** The batch itself, blended with the default model where the batch is small. */
    public static Pool self() {
        return SELF;
    }

    public Kind kind() {
        return kind;
    }

    /** The caller's model of a {@link Kind#MODEL} pool. */
    public Optional<CorpusModel> model() {
        return Optional.ofNullable(model);
    }

    @Override
    public String toString() {
        return description;
    }
}
