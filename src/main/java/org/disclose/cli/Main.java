package org.disclose.cli;

import org.disclose.diag.Crash;
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
        int status;
        try {
            status = execute(args);
        } catch (RuntimeException | Error e) {
            // thrown outside a build (a build reports its own): one line, not a trace
            System.err.println("error: " + Crash.message("running disclose " + String.join(" ", args), e));
            status = 1;
        }
        System.exit(status);
    }

    /** Runs the command line and returns its exit status: 0 done, 1 content errors or a failure, 2 usage errors. */
    public static int execute(String... args) {
        return new CommandLine(new Main()).setExecutionExceptionHandler((e, line, parsed) -> {
            line.getErr().println("error: " + Crash.message("running disclose " + line.getCommandName(), e));
            return 1;
        }).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'disclose build'");
    }
}
