package dev.standout.batch;

import dev.standout.Result;
import dev.standout.report.BatchReport.Similar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The marks another runner adds step by step are those {@link BatchRunner} writes. */
class NearDuplicateMarksTest {
    @Test
    void bandKeysPairsAndMarksGiveTheRecordsOfTheBatch(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        Records.textResumes(in, "x", 6);
        String text = Files.readString(in.resolve("x001.txt"));
        Files.writeString(in.resolve("x001-again.txt"), text.replace("Person", "Person (sent twice)"));
        Files.writeString(in.resolve("x001-third.txt"), text + "\nreferences on request");
        Files.writeString(in.resolve("x004-copy.txt"), Files.readString(in.resolve("x004.txt")));
        Files.writeString(in.resolve("blank.txt"), " ");
        BatchRunner.builder().pool(Pool.none()).analyzer(new TestAnalyzer()).threads(2).build()
                .run(in, dir.resolve("out"), BatchListener.NONE);

        // what a runner on many machines does: signatures, candidates by band key, pairs, lists, marks
        List<Path> files = BatchRunner.listFiles(in);
        List<String> names = new ArrayList<>();
        List<String> records = new ArrayList<>();
        List<int[]> sigs = new ArrayList<>();
        FileAnalyzer analyzer = new TestAnalyzer();
        for (Path f : files) {
            String name = in.relativize(f).toString();
            Result r = OneFile.analyze(analyzer, f, name, Long.MAX_VALUE).result();
            names.add(name);
            records.add(r.toJson());
            sigs.add(NearDuplicateMarks.signature(r));
        }
        Map<String, List<Integer>> buckets = new HashMap<>();
        for (int i = 0; i < sigs.size(); i++) {
            if (sigs.get(i) == null) continue;
            for (int band = 0; band < NearDuplicateMarks.BANDS; band++) {
                buckets.computeIfAbsent(NearDuplicateMarks.bandKey(sigs.get(i), band), k -> new ArrayList<>()).add(i);
            }
        }
        Set<NearDuplicateMarks.Pair> pairs = new LinkedHashSet<>();
        for (List<Integer> bucket : buckets.values()) {
            for (int x = 0; x < bucket.size(); x++) {
                for (int y = x + 1; y < bucket.size(); y++) {
                    int a = bucket.get(y); // either order
                    int b = bucket.get(x);
                    NearDuplicateMarks.Pair p = NearDuplicateMarks.pair(a, sigs.get(a), b, sigs.get(b),
                            NearDuplicateMarks.DEFAULT_THRESHOLD);
                    if (p != null) pairs.add(p);
                }
            }
        }
        assertThat(pairs).containsExactlyInAnyOrderElementsOf(
                NearDuplicateMarks.pairs(sigs, NearDuplicateMarks.DEFAULT_THRESHOLD)).hasSize(4);
        Map<Integer, List<Similar>> similar = NearDuplicateMarks.similar(names, pairs);
        assertThat(similar).hasSize(5);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < records.size(); i++) {
            lines.append(NearDuplicateMarks.mark(records.get(i), similar.getOrDefault(i, List.of()))).append('\n');
        }

        assertThat(lines.toString()).isEqualTo(Files.readString(dir.resolve("out").resolve(BatchRunner.RESULTS)))
                .contains("\"nearDuplicates\":[{\"file\":\"x001-third.txt\"");
    }
}
