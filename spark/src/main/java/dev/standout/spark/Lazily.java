package dev.standout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** Maps a partition's iterator one element at a time, so that a task holds one document in memory, not all. */
final class Lazily {
    /** A mapping that may fail to read its input. */
    @FunctionalInterface
    interface Step<A, B> {
        B apply(A a) throws IOException;
    }

    private Lazily() {
    }

    static <A, B> Iterator<B> map(Iterator<A> in, Step<? super A, ? extends B> f) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return in.hasNext();
            }

            @Override
            public B next() {
                try {
                    return f.apply(in.next());
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }
}
