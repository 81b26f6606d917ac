package dev.standout.benchmarks.jmh;

import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** The next document of a benchmark's inputs, per benchmark thread: one document per operation, round-robin. */
@State(Scope.Thread)
public class Cycle {
    private int next;

    int next(int size) {
        int i = next;
        next = i + 1 == size ? 0 : i + 1;
        return i;
    }
}
