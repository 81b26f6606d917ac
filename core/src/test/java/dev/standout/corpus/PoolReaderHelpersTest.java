package dev.standout.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The helpers that let other readers (the Spark jobs) see a pool as {@link PoolReader#read} does. */
class PoolReaderHelpersTest {
    @Test
    void picksThePoolFilesOfAFolder() {
        assertThat(PoolReader.isPoolFile(Path.of("ACCOUNTANT/a.pdf"))).isTrue();
        assertThat(PoolReader.isPoolFile(Path.of("a/.b/c.pdf"))).isTrue(); // as read() does: only the first part
        assertThat(PoolReader.isPoolFile(Path.of(".git/config"))).isFalse();
        assertThat(PoolReader.isPoolFile(Path.of("a/.draft.txt"))).isFalse();
        assertThat(PoolReader.isPoolFile(Path.of("a/source.TXT"))).isFalse();
    }

    @Test
    void takesSegmentsFromTheFolderNamesOfAFile() {
        assertThat(PoolReader.segmentsOfFile("pool", Path.of("Java_Developer/2020/a.pdf")))
                .isEqualTo(Set.of("java-developer", "information-technology"));
        assertThat(PoolReader.segmentsOfFile("ACCOUNTANT", Path.of("a.pdf"))).isEqualTo(Set.of("accountant"));
        assertThat(PoolReader.segmentsOfFile("", Path.of("misc/a.pdf"))).isEmpty();
    }

    @Test
    void makesTheRecordsThatReadMakesOfAJsonLinesFile(@TempDir Path dir) throws IOException {
        List<String> lines = List.of("{\"id\":\"a\",\"labels\":[\"Teacher\"],\"text\":\"x\"}",
                "{\"labels\":[\"Python_Developer\"],\"text\":\"y\"}");
        Path f = dir.resolve("p.jsonl");
        Files.write(f, lines);
        List<PoolDocument> read = new ArrayList<>();
        PoolReader.read(List.of(f), read::add);
        for (int i = 0; i < lines.size(); i++) {
            PoolDocument d = PoolReader.jsonRecord(lines.get(i), i + 1, f.toString());
            assertThat(d.id()).isEqualTo(read.get(i).id());
            assertThat(d.segments()).isEqualTo(read.get(i).segments());
            assertThat(d.text()).isEqualTo(read.get(i).text());
        }
        assertThat(read.get(1).id()).isEqualTo("2");
        assertThatThrownBy(() -> PoolReader.jsonRecord("{\"id\":1", 3, "f")).hasMessageStartingWith("f: record 3 is not valid JSON");
        assertThatThrownBy(() -> PoolReader.jsonRecord("{\"id\":1}", 4, "f")).hasMessage("f: record 4 has no \"text\"");
    }
}
