package dev.standout.taxonomy;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;

/** The prebuilt tries shipped next to the TSV resources must be fresh and equal to what the TSV gives. */
class GazetteerBinaryTest {
    private static void assertShippedTrieIsFresh(String tsv, String gaz, String header, int columns, int aliasColumn)
            throws Exception {
        byte[] source = Tsv.resourceBytes(GazetteerBinaryTest.class, tsv);
        byte[] binary = Tsv.resourceBytes(GazetteerBinaryTest.class, gaz);
        CRC32 crc = new CRC32();
        crc.update(source);
        Optional<GazetteerMatcher> shipped = GazetteerMatcher.read(binary, source.length, crc.getValue());
        assertThat(shipped).as(gaz + " is stale: rerun the builder").isPresent();
        List<String[]> rows = Tsv.parse(source, header, columns, null);
        GazetteerMatcher built = Tsv.buildMatcher(rows, 0, aliasColumn);
        assertThat(shipped.get().sameAs(built)).as(gaz + " differs from the trie of " + tsv).isTrue();
        String text = TaxonomyPerformanceTest.syntheticResume();
        assertThat(shipped.get().find(text)).isEqualTo(built.find(text));
    }

    @Test
    void skillsTrieIsFresh() throws Exception {
        assertShippedTrieIsFresh(SkillTaxonomy.RESOURCE, SkillTaxonomy.BINARY_RESOURCE, SkillTaxonomy.HEADER, 7, 6);
    }

    @Test
    void credentialsTrieIsFresh() throws Exception {
        assertShippedTrieIsFresh(CredentialCatalog.RESOURCE, CredentialCatalog.BINARY_RESOURCE,
                CredentialCatalog.HEADER, 10, 9);
    }

    @Test
    void roundTripAndStaleness() throws Exception {
        GazetteerMatcher m = GazetteerMatcher.builder()
                .add("go", "Go", true, true).add("go", "Golang", false, false)
                .add("node", "Node.js", false, false).add("sb", "Spring Boot", false, false).build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.write(out, 42, 7);
        byte[] bytes = out.toByteArray();
        GazetteerMatcher back = GazetteerMatcher.read(bytes, 42, 7).orElseThrow();
        assertThat(back.sameAs(m)).isTrue();
        assertThat(back.find("Go, golang, node js and spring-boot")).isEqualTo(m.find("Go, golang, node js and spring-boot"));
        assertThat(GazetteerMatcher.read(bytes, 43, 7)).isEmpty();
        assertThat(GazetteerMatcher.read(bytes, 42, 8)).isEmpty();
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        back.write(again, 42, 7);
        assertThat(again.toByteArray()).isEqualTo(bytes);
    }
}
