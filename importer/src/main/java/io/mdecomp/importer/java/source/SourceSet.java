package io.mdecomp.importer.java.source;

import io.mdecomp.model.diagnostic.Diagnostic;
import java.util.List;

/**
 * The readable files of the imported roots, in name order, and what the scan noticed.
 *
 * @param files    every file read, sorted by name
 * @param skipped  what was left out on purpose, one line each (test sources, build output), for the report
 * @param notRead  files met that the importer cannot read (other JVM languages, other template
 *                 engines), one line per sort, for the report
 * @param problems errors for files that could not be read (not UTF-8, unreadable, too large)
 */
public record SourceSet(List<SourceFile> files, List<String> skipped, List<String> notRead, List<Diagnostic> problems) {

    public SourceSet {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
        notRead = List.copyOf(notRead);
        problems = List.copyOf(problems);
    }

    /** The files of one kind, in name order. */
    public List<SourceFile> of(FileKind kind) {
        return files.stream().filter(f -> f.kind() == kind).toList();
    }
}
