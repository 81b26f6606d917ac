package dev.standout.cli;

import dev.standout.Standout;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top command: {@code standout analyze|batch}. */
@Command(name = "standout",
        mixinStandardHelpOptions = true,
        versionProvider = StandoutCommand.VersionProvider.class,
        description = "Tells how much a resume stands out from a pool of resumes.",
        subcommands = {AnalyzeCommand.class, ScoreCommand.class, BatchCommand.class, ModelCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every file was analyzed",
                "1:the run failed",
                "2:usage error",
                "3:the run completed but some files failed"})
final class StandoutCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a command is required: analyze, batch or model");
    }

    static final class VersionProvider implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"standout " + Standout.version(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }
    }
}
