package dev.standout.score;

import dev.standout.corpus.CorpusModel;
import dev.standout.corpus.ModelInfo;
import dev.standout.resume.Certificate;
import dev.standout.resume.CredentialKind;
import dev.standout.resume.Project;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Models with chosen shares, and small item factories, for scorer tests. */
final class Fixtures {
    private Fixtures() {
    }

    static final String SEG = "software-developer";

    /** A pool of {@code n} resumes, all in segment {@link #SEG}, where each feature is held by its share. */
    static Pool pool(int n) {
        return new Pool(n);
    }

    static final class Pool {
        private final int n;
        private final Map<String, Double> shares = new LinkedHashMap<>();

        private Pool(int n) {
            this.n = n;
        }

        Pool with(String feature, double share) {
            shares.put(feature, share);
            return this;
        }

        CorpusModel build() {
            CorpusModel.Builder b = CorpusModel.builder();
            for (int i = 0; i < n; i++) {
                Set<String> f = new HashSet<>();
                f.add("skill:filler");
                for (Map.Entry<String, Double> e : shares.entrySet()) {
                    if (i < Math.round(e.getValue() * n)) f.add(e.getKey());
                }
                b.add(f, Set.of(SEG));
            }
            return b.build(1, ModelInfo.of("fixture", "1"));
        }
    }

    static Certificate cert(String id, CredentialKind kind, String level) {
        return new Certificate(id, id, kind, level, "", "", List.of());
    }

    static Project project(String name, List<String> themes, List<String> evidence) {
        return new Project(name, "", List.of(), "", List.of(), evidence, "", themes, List.of());
    }

    static Project tutorial(String name, String archetype) {
        return new Project(name, "", List.of(), "", List.of(), List.of(), archetype, List.of("digit recognition"),
                List.of());
    }
}
