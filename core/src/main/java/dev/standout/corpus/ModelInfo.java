package dev.standout.corpus;

import java.util.Objects;

/**
 * What a corpus-frequency model says about itself. Every field is given by whoever builds the model, so that
 * the same pool built twice gives the same bytes: nothing here is filled in from a clock or the environment.
 *
 * @param id          a short name, e.g. {@code "standout-default"}; not blank
 * @param version     the model's version, e.g. {@code "2025.1"}, or {@code ""}
 * @param description what pool it was built from, or {@code ""}
 * @param created     the build date as the builder wants it written (e.g. {@code "2025-06-01"}), or {@code ""}
 */
public record ModelInfo(String id, String version, String description, String created) {
    /** Longest accepted value of any field, in characters. */
    public static final int MAX_LENGTH = 1000;

    /** The info of a model nobody named. */
    public static final ModelInfo UNNAMED = new ModelInfo("unnamed", "", "", "");

    public ModelInfo {
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) throw new IllegalArgumentException("model id must not be blank: '" + id + "'");
        version = version == null ? "" : version;
        description = description == null ? "" : description;
        created = created == null ? "" : created;
        for (String s : new String[] {id, version, description, created}) {
            if (s.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("model info longer than " + MAX_LENGTH + " characters: "
                        + s.substring(0, 40) + "…");
            }
        }
    }

    /** The info with only an id and a version. */
    public static ModelInfo of(String id, String version) {
        return new ModelInfo(id, version, "", "");
    }

    /** {@code id@version}, or {@code id} alone when the version is empty: the string results cite. */
    public String label() {
        return version.isEmpty() ? id : id + "@" + version;
    }
}
