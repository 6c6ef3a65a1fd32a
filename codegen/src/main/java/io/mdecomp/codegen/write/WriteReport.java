package io.mdecomp.codegen.write;

import java.util.List;
import java.util.Objects;

/**
 * What the writer did (or would do, in a dry run), file by file, sorted by path.
 *
 * @param files  every generated file with its action
 * @param dryRun true when nothing was touched
 */
public record WriteReport(List<FileAction> files, boolean dryRun) {

    public WriteReport {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }

    /** The paths with {@code action}, sorted. */
    public List<String> paths(Action action) {
        return files.stream().filter(f -> f.action() == action).map(FileAction::path).toList();
    }

    /** The files kept because they were changed by hand. */
    public List<String> skipped() {
        return paths(Action.SKIP);
    }

    /** How many files were (or would be) written. */
    public long writtenCount() {
        return files.stream().filter(f -> f.action().writes()).count();
    }
}
