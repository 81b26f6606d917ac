package dev.standout.cli;

import picocli.CommandLine;

/** Entry point of the {@code standout} command. The only place that exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command and returns its exit code. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** Runs the command with the given output streams and returns its exit code (tests call this). */
    public static int run(java.io.PrintWriter out, java.io.PrintWriter err, String... args) {
        CommandLine cl = commandLine();
        cl.setOut(out);
        cl.setErr(err);
        return cl.execute(args);
    }

    private static CommandLine commandLine() {
        return new CommandLine(new StandoutCommand()).setCaseInsensitiveEnumValuesAllowed(true);
    }
}
