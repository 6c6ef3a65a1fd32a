package io.mdecomp.codegen.write;

import io.mdecomp.codegen.GeneratedFiles;
import io.mdecomp.codegen.OutputPath;
import io.mdecomp.codegen.UnsafePathException;
import io.mdecomp.model.file.AtomicFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Puts generated files into an output directory, safely.
 *
 * <ul>
 *   <li>Nothing lands outside the directory: every path passes {@link OutputPath}, and no
 *       existing folder or file on the way may be a symbolic link leading out of it (a link to
 *       a file is never written through).</li>
 *   <li>Everything is checked before anything is written; each file is written to a temporary
 *       file beside it and renamed into place ({@link AtomicFile}), so no file is ever half-written;
 *       the temporary files a killed earlier run left in the folders written to are removed.</li>
 *   <li>Files changed by hand are kept: {@code .mdecomp/generated.json} holds the SHA-256 of what
 *       was last written, and a file whose content differs from it is skipped (and reported)
 *       unless {@link WriteOptions#force()}.</li>
 *   <li>A dry run decides the same way and touches nothing.</li>
 * </ul>
 */
public final class SkeletonWriter {

    private SkeletonWriter() {
    }

    /** Writes {@code files} under {@code outDir} (created when missing) and reports what happened. */
    public static WriteReport write(Path outDir, GeneratedFiles files, WriteOptions options) {
        try {
            return doWrite(outDir, files, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static WriteReport doWrite(Path outDir, GeneratedFiles files, WriteOptions options) throws IOException {
        if (Files.exists(outDir) && !Files.isDirectory(outDir)) {
            throw new UnsafePathException(outDir.toString(), "--out exists and is not a directory");
        }
        Path root = Files.exists(outDir) ? outDir.toRealPath() : outDir.toAbsolutePath().normalize();
        for (String path : files.files().keySet()) {
            if (path.equals(".mdecomp") || path.startsWith(".mdecomp/")) {
                throw new UnsafePathException(path, "'.mdecomp/' is where mdecomp keeps its own records");
            }
            checkNoEscape(root, path);
        }
        SortedMap<String, String> recorded = readRecord(root);
        SortedMap<String, String> record = new TreeMap<>();
        List<FileAction> actions = new ArrayList<>();
        for (Map.Entry<String, String> file : files.files().entrySet()) {
            String path = file.getKey();
            String wanted = Checksums.sha256(file.getValue());
            Action action = decide(root.resolve(path), wanted, recorded.get(path), options.force());
            actions.add(new FileAction(path, action));
            if (action == Action.SKIP) {
                if (recorded.containsKey(path)) {
                    record.put(path, recorded.get(path));
                }
            } else {
                record.put(path, wanted);
            }
        }
        if (!options.dryRun()) {
            List<FileAction> writes = actions.stream().filter(a -> a.action().writes()).toList();
            Set<Path> folders = new TreeSet<>();
            folders.add(root.resolve(Checksums.FILE).getParent());
            writes.forEach(a -> folders.add(root.resolve(a.path()).getParent()));
            for (Path folder : folders) {
                Files.createDirectories(folder);
                AtomicFile.removeStale(folder);
            }
            // Independent files in folders that now exist: written in parallel, since each write
            // waits mostly on the file system, not the CPU.
            writes.parallelStream().forEach(a -> writeAtomically(root.resolve(a.path()), files.content(a.path())));
            writeAtomically(root.resolve(Checksums.FILE), Checksums.format(record));
        }
        return new WriteReport(actions, options.dryRun());
    }

    private static Action decide(Path target, String wanted, String recorded, boolean force) throws IOException {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return Action.CREATE;
        }
        String current = Checksums.sha256(Files.readAllBytes(target));
        if (current.equals(wanted)) {
            return Action.UNCHANGED;
        }
        if (current.equals(recorded)) {
            return Action.UPDATE;
        }
        return force ? Action.OVERWRITE : Action.SKIP;
    }

    /**
     * Refuses {@code path} when an existing part of it is a symbolic link leading outside
     * {@code root}, when the file itself is a symbolic link, or when a part that must be a folder
     * is a file.
     */
    private static void checkNoEscape(Path root, String path) throws IOException {
        OutputPath.check(path);
        List<String> segments = Arrays.asList(path.split("/"));
        Path current = root;
        for (int i = 0; i < segments.size(); i++) {
            current = current.resolve(segments.get(i));
            boolean last = i == segments.size() - 1;
            if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            if (Files.isSymbolicLink(current)) {
                if (last) {
                    throw new UnsafePathException(path, "it is a symbolic link in the output directory,"
                            + " which mdecomp does not write through");
                }
                if (!Files.exists(current) || !current.toRealPath().startsWith(root)) {
                    throw new UnsafePathException(path, "'" + root.relativize(current)
                            + "' is a symbolic link leading outside the output directory");
                }
            }
            if (last && Files.isDirectory(current)) {
                throw new UnsafePathException(path, "a directory of that name is in the way");
            }
            if (!last && !Files.isDirectory(current)) {
                throw new UnsafePathException(path, "'" + root.relativize(current) + "' is a file, not a folder");
            }
        }
    }

    private static SortedMap<String, String> readRecord(Path root) throws IOException {
        Path file = root.resolve(Checksums.FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new TreeMap<>();
        }
        return Checksums.parse(Files.readString(file, StandardCharsets.UTF_8));
    }

    /**
     * Writes {@code content} to a temporary file in the (existing) folder of {@code target}, then
     * renames it; the folder's stale temporary files were removed before.
     */
    private static void writeAtomically(Path target, String content) {
        try {
            AtomicFile.writeInCleanFolder(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
