package dev.standout.batch;

import java.nio.file.Path;

/** A batch in a JVM of its own, for the test that kills it: {@code KillableBatch IN OUT}. */
public final class KillableBatch {
    private KillableBatch() {
    }

    static BatchRunner runner() {
        return BatchRunner.builder().isolation(Isolation.PROCESS).workerAnalyzer(TestAnalyzer.class.getName())
                .workerHeap("96m").threads(2).pool(Pool.none()).build();
    }

    public static void main(String[] args) throws Exception {
        runner().run(Path.of(args[0]), Path.of(args[1]), BatchListener.NONE);
    }
}
