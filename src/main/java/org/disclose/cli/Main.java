package org.disclose.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code disclose}: the command line. Subcommands are thin; they call the pipeline. */
@Command(name = "disclose", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds a static website that discloses inspection rectification progress.",
        subcommands = {BuildCommand.class, CheckCommand.class, PackageCommand.class, ServeCommand.class,
            NewCommand.class, InitCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns its exit status: 0 done, 1 content errors, 2 usage errors. */
    public static int execute(String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'disclose build'");
    }
}
