package dev.standout.cli;

/** Exit codes of the {@code standout} command. */
final class ExitCodes {
    /** Every file was analyzed. */
    static final int OK = 0;
    /** The run failed (could not read the input or write the output). */
    static final int FAILURE = 1;
    /** The command line was wrong. */
    static final int USAGE = 2;
    /** The run completed but some files failed. */
    static final int SOME_FAILED = 3;

    private ExitCodes() {
    }
}
