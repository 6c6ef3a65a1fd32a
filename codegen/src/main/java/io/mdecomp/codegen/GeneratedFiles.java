package io.mdecomp.codegen;

import io.mdecomp.model.diagnostic.Diagnostic;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files a generation produced: relative path (forward slashes, checked by {@link OutputPath})
 * → UTF-8 text, sorted by path. Nothing is on disk yet; a writer puts it there.
 *
 * @param files    path → content, sorted
 * @param warnings what the templates reported without failing (an {@code #attempt} block that
 *                 recovered), in order
 */
public record GeneratedFiles(SortedMap<String, String> files, List<Diagnostic> warnings) {

    /** Files without warnings. */
    public GeneratedFiles(SortedMap<String, String> files) {
        this(files, List.of());
    }

    public GeneratedFiles {
        Objects.requireNonNull(files, "files");
        TreeMap<String, String> copy = new TreeMap<>();
        files.forEach((path, content) -> copy.put(OutputPath.check(path), Objects.requireNonNull(content, path)));
        files = Collections.unmodifiableSortedMap(copy);
        warnings = List.copyOf(warnings);
    }

    /** The number of files. */
    public int size() {
        return files.size();
    }

    /** The content of {@code path}, or null when there is no such file. */
    public String content(String path) {
        return files.get(path);
    }
}
