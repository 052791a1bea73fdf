package org.disclose.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.disclose.pipeline.BuildOptions;
import org.disclose.scaffold.NewContent;
import org.disclose.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code disclose new release|task|case "标题"}: starts new content from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a release, task or case from a template with its fields filled in, and print the path "
                + "of the file written. Nothing that exists is overwritten.",
            "A release is a draft until you remove 'draft: true'. A task is written to content/tasks/ID.yaml, or "
                + "appended to an existing task file with --append."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "What to start: release, task or case.")
    String kind;

    @Parameters(index = "1", paramLabel = "TITLE", description = "The title (for a task: the problem as fed back), "
            + "in quotes.")
    String title;

    @Option(names = "--root", paramLabel = "DIR", description = "Site folder holding content/ (default: the working "
            + "directory).")
    Path root = Path.of("");

    @Option(names = {"--slug", "--id"}, paramLabel = "SLUG", description = "The address (a task's id) instead of the "
            + "one chosen: a-z, 0-9 and '-'.")
    String slug;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The date to write instead of today "
            + "(Beijing time).")
    LocalDate date;

    @Option(names = "--round", paramLabel = "ID", description = "The round of a task or case (default: the round "
            + "in rounds.yaml that fed back last).")
    String round;

    @Option(names = "--append", paramLabel = "FILE", description = "For a task: append it to this file in "
            + "content/tasks/ (e.g. tasks.yaml) instead of writing a new file.")
    String append;

    @Option(names = {"-q", "--quiet"}, description = "Print only the path.")
    boolean quiet;

    @Override
    public Integer call() {
        NewContent.Kind k;
        try {
            k = NewContent.Kind.valueOf(kind.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println("error: cannot start a '" + kind + "': write release, task or case");
            return 2;
        }
        if (append != null && k != NewContent.Kind.TASK) {
            System.err.println("error: --append is for tasks; a " + kind + " is always a new file");
            return 2;
        }
        if (round != null && k == NewContent.Kind.RELEASE) {
            System.err.println("error: --round is for tasks and cases; give a release's round in its front matter");
            return 2;
        }
        Path site = root.toAbsolutePath().normalize();
        LocalDate day = date != null ? date : LocalDate.now(BuildOptions.ZONE);
        NewContent.Created created;
        try {
            created = NewContent.create(new NewContent.Request(site, k, title, slug, day, round, append));
        } catch (ScaffoldException e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        }
        String shown = BuildCommand.displayPath(created.file());
        shown = shown.substring(0, shown.length() - 1); // displayPath ends a folder with '/'
        System.out.println(created.appended() ? shown + ":" + created.line() : shown);
        if (!quiet) {
            System.err.println(switch (k) {
                case RELEASE -> "A draft release dated " + day + ": preview it with 'disclose serve --drafts'; "
                        + "remove 'draft: true' to publish it.";
                case TASK -> (created.appended() ? "Appended task " : "Wrote task ") + created.slug()
                        + " (status " + NewContent.TASK_STATUS + "): it is published with the next build.";
                case CASE -> "A case at cases/" + created.slug() + "/: it is published with the next build.";
            });
        }
        return 0;
    }
}
