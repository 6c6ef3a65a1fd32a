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

    /** The suffix of the file that holds the new generation beside a file in conflict. */
    public static final String CONFLICT_SUFFIX = ".mdecomp-new";

    public WriteReport {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }

    /** The paths with {@code action}, sorted. */
    public List<String> paths(Action action) {
        return files.stream().filter(f -> f.action() == action).map(FileAction::path).toList();
    }

    /** The files kept because they were changed by hand and there is no base to merge with. */
    public List<String> skipped() {
        return paths(Action.SKIP);
    }

    /** The files whose hand edits were merged with the new generation. */
    public List<String> merged() {
        return paths(Action.MERGE);
    }

    /** The files with conflict markers, each with the new generation beside it as {@code FILE.mdecomp-new}. */
    public List<String> conflicts() {
        return paths(Action.CONFLICT);
    }

    /** True when a hand edit and the new generation changed the same lines of some file. */
    public boolean hasConflicts() {
        return files.stream().anyMatch(f -> f.action() == Action.CONFLICT);
    }

    /** How many files were (or would be) written. */
    public long writtenCount() {
        return files.stream().filter(f -> f.action().writes()).count();
    }
}
