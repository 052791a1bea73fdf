package org.disclose.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.disclose.model.BulletinKind;
import org.disclose.pipeline.BuildOptions;
import org.disclose.scaffold.NewContent;
import org.disclose.scaffold.ScaffoldException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code disclose new release|task|case|bulletin "标题"}: starts new content from a template. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a release, task, case or bulletin from a template with its fields filled in, and print "
                + "the path of the file written. Nothing that exists is overwritten.",
            "A release is a draft until you remove 'draft: true'. A task is written to content/tasks/ID.yaml, or "
                + "appended to an existing task file with --append. A bulletin is written to content/bulletins/ "
                + "(jiaoban-12.md, banli-1-13.md) with the figures of its kind as comments without values: fill in "
                + "those the source gives."})
final class NewCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "KIND", description = "What to start: release, task, case or bulletin.")
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

    @Option(names = "--round", paramLabel = "ID", description = "The round of a task, case or bulletin (default: "
            + "the round in rounds.yaml that fed back last; for a bulletin, the one stationed last by its date).")
    String round;

    @Option(names = "--kind", paramLabel = "交办|办理", description = "For a bulletin: 交办 (cases assigned, the "
            + "default) or 办理 (how they were handled); also jiaoban or banli.")
    String bulletinKind;

    @Option(names = "--batch", paramLabel = "N", description = "For a bulletin: the batch it reports on (第N批).")
    String batch;

    @Option(names = "--batches", paramLabel = "M-N", description = "For a bulletin: the range of batches it reports "
            + "on (第M至N批).")
    String batches;

    @Option(names = "--through", paramLabel = "N", description = "For a bulletin: cumulative through batch N. "
            + "Without --batch, --batches or --through a bulletin covers the round as a whole.")
    String through;

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
            System.err.println("error: cannot start a '" + kind + "': write release, task, case or bulletin");
            return 2;
        }
        List<String[]> batchOptions = new ArrayList<>();
        for (String[] o : new String[][] {{"batch", batch}, {"batches", batches}, {"through", through}}) {
            if (o[1] != null) {
                batchOptions.add(o);
            }
        }
        if (k != NewContent.Kind.BULLETIN && (bulletinKind != null || !batchOptions.isEmpty())) {
            System.err.println("error: --kind, --batch, --batches and --through are for bulletins");
            return 2;
        }
        if (batchOptions.size() > 1) {
            System.err.println("error: give only one of --batch, --batches and --through");
            return 2;
        }
        NewContent.BulletinShape shape = null;
        if (k == NewContent.Kind.BULLETIN) {
            Optional<BulletinKind> bk = bulletinKind == null ? Optional.of(BulletinKind.ASSIGNED)
                    : bulletinKind.equals("jiaoban") ? Optional.of(BulletinKind.ASSIGNED)
                    : bulletinKind.equals("banli") ? Optional.of(BulletinKind.HANDLED)
                    : BulletinKind.parse(bulletinKind.strip());
            if (bk.isEmpty()) {
                System.err.println("error: --kind is '" + bulletinKind + "': write 交办 or 办理 (jiaoban or banli)");
                return 2;
            }
            shape = new NewContent.BulletinShape(bk.get(), batchOptions.isEmpty() ? null : batchOptions.get(0)[0],
                    batchOptions.isEmpty() ? null : batchOptions.get(0)[1]);
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
            created = NewContent.create(new NewContent.Request(site, k, title, slug, day, round, append, shape));
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
                case BULLETIN -> "A bulletin dated " + day + " with no figures yet: uncomment the figures its "
                        + "source gives and write their values as printed (docs/content.md, section 15).";
            });
        }
        return 0;
    }
}
