package rectify.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import rectify.cli.Arguments.UsageException;
import rectify.core.merge.ThreeWayMerge;
import rectify.share.MergeDriver;
import rectify.share.Wording;

/**
 * {@code rectify merge <base> <ours> <theirs> [<path>]}: Rectify's model merge of three versions of
 * one file of a shared register, as Git's merge driver ({@code .gitattributes} names it; declare it
 * with {@code git config merge.rectify.driver "rectify merge %O %A %B %P"}): the merged file is
 * written over {@code <ours>}, conflicts decided for ours and listed on standard error. Exit
 * codes: 0 merged cleanly, 1 conflicts, 2 a version that cannot be read, 64 wrong command line.
 */
final class MergeCommand extends RequestCommand<MergeCommand.Request> {

    /** The command line, checked. */
    record Request(Path base, Path ours, Path theirs, Path path) {
    }

    @Override
    public String name() {
        return "merge";
    }

    @Override
    public String synopsis() {
        return "merge <base> <ours> <theirs> [<path>]";
    }

    @Override
    public List<List<String>> training(Training.Sample sample) {
        Path folder = sample.scratch("merged");
        try {
            rectify.share.Sharing.share(sample.register(), folder);
            Path record;
            try (var records = Files.list(folder.resolve("records"))) {
                record = records.findFirst().orElseThrow();
            }
            Path ours = sample.scratch("ours.record");
            Path theirs = sample.scratch("theirs.record");
            Files.copy(record, ours);
            Files.writeString(theirs,
                    Files.readString(record).replaceFirst("title=\"", "title=\"\u4fee\u6539\u540e\u7684"));
            return List.of(
                    List.of(record.toString(), ours.toString(), theirs.toString(), "records/" + record.getFileName()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Override
    Request parse(List<String> args) throws UsageException {
        Arguments arguments = Arguments.of(args, java.util.Set.of(), java.util.Set.of());
        List<String> files = arguments.operands();
        if (files.size() < 3 || files.size() > 4) {
            throw new UsageException(ShareMessages.missingFiles);
        }
        Path ours = Arguments.path(files.get(1));
        return new Request(Arguments.path(files.get(0)), ours, Arguments.path(files.get(2)),
                files.size() == 4 ? Arguments.path(files.get(3)) : ours);
    }

    @Override
    int run(Request request, PrintStream out, PrintStream err) {
        try {
            List<ThreeWayMerge.Conflict> conflicts = MergeDriver.merge(request.base(), request.ours(), request.theirs(),
                    request.path());
            Wording wording = new Wording(Locale.getDefault(), id -> null);
            for (ThreeWayMerge.Conflict conflict : conflicts) {
                err.println(Outcomes.conflict(conflict, wording));
            }
            return conflicts.isEmpty() ? OK : FOUND_ERRORS;
        } catch (IOException | IllegalArgumentException e) {
            err.println(e.getMessage());
            return UNREADABLE;
        }
    }
}
