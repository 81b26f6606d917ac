package dev.standout.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;

/** What both jobs share: how many partitions, how deep to merge. */
final class Jobs {
    /** Documents per task aimed at when the pool is large: a task of a few minutes at most on one core. */
    static final int DOCUMENTS_PER_TASK = 500;

    private Jobs() {
    }

    /**
     * The partitions to split {@code documents} into: as asked, else three per core (so that slow documents even
     * out) or one per {@value #DOCUMENTS_PER_TASK} documents, whichever is more, and never more than documents.
     */
    static int partitions(int asked, long documents, int cores) {
        if (asked > 0) return asked;
        long byCores = 3L * Math.max(1, cores);
        long bySize = (documents + DOCUMENTS_PER_TASK - 1) / DOCUMENTS_PER_TASK;
        return (int) Math.max(1, Math.min(Math.max(byCores, bySize), Math.max(1, documents)));
    }

    /** Merge depth for {@code treeAggregate}: the driver merges about a hundred builders at most. */
    static int treeDepth(int partitions) {
        return partitions <= 100 ? 1 : partitions <= 10_000 ? 2 : 3;
    }

    /** An iterator that may fail to open. */
    @FunctionalInterface
    interface Opener<A, B> {
        Iterator<B> open(A a) throws IOException;
    }

    /** The elements of each element's iterator, opened one after another. */
    static <A, B> Iterator<B> flatten(Iterator<A> outer, Opener<? super A, B> open) {
        return new Iterator<>() {
            private Iterator<B> current = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!current.hasNext()) {
                    if (!outer.hasNext()) return false;
                    try {
                        current = open.open(outer.next());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return true;
            }

            @Override
            public B next() {
                if (!hasNext()) throw new NoSuchElementException();
                return current.next();
            }
        };
    }
}
