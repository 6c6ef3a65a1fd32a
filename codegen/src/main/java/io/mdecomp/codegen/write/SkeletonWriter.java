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
import java.util.concurrent.CompletableFuture;

/**
 * Puts generated files into an output directory, safely, keeping what users changed by hand.
 *
 * <ul>
 *   <li>Nothing lands outside the directory: every path passes {@link OutputPath}, and no
 *       existing folder or file on the way may be a symbolic link leading out of it (a link to
 *       a file is never written through).</li>
 *   <li>Everything is checked before anything is written; each file is written to a temporary
 *       file beside it and renamed into place ({@link AtomicFile}), so no file is ever half-written;
 *       the temporary files a killed earlier run left in the folders written to are removed.</li>
 *   <li>Hand edits survive regeneration: {@code .mdecomp/generated.json} holds the SHA-256 of each
 *       file's last generation and {@code .mdecomp/base.zip} the generation itself ({@link Bases}). A file that
 *       differs from its last generation was changed by hand; it is three-way merged
 *       ({@link ThreeWayMerge}) with the new generation. Where both changed the same lines it
 *       gets conflict markers and the new generation goes beside it as {@code FILE.mdecomp-new}.
 *       A changed file without a base (not written by mdecomp) is kept and reported.
 *       {@link WriteOptions#force()} overwrites changed files instead.</li>
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
        checkNoEscape(root, Checksums.FILE);
        checkNoEscape(root, Bases.FILE);
        SortedMap<String, String> recorded = readRecord(root);
        Bases bases = Bases.read(root);
        SortedMap<String, String> record = new TreeMap<>();
        SortedMap<String, byte[]> nextBases = new TreeMap<>();
        boolean basesChanged = bases.hasLegacyFolder();
        List<FileAction> actions = new ArrayList<>();
        Map<String, byte[]> writes = new TreeMap<>();
        // Deciding reads and hashes each file and its new generation, independently of the others.
        List<Map.Entry<String, String>> generated = List.copyOf(files.files().entrySet());
        List<Decision> decisions;
        try {
            decisions = generated.parallelStream().map(file -> decide(root, bases, file.getKey(), file.getValue(),
                    recorded.get(file.getKey()), options.force())).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = 0; i < generated.size(); i++) {
            String path = generated.get(i).getKey();
            Decision decision = decisions.get(i);
            actions.add(new FileAction(path, decision.action()));
            if (decision.action() == Action.SKIP) {
                if (recorded.containsKey(path)) {
                    record.put(path, recorded.get(path));
                }
            } else {
                record.put(path, decision.sha256());
            }
            if (decision.base() != null) {
                nextBases.put(path, decision.bytes());
                basesChanged = true;
            } else if (bases.bytes(path) != null) {
                nextBases.put(path, bases.bytes(path));
            }
            if (decision.text() != null) {
                writes.put(path, decision.text().equals(decision.base()) ? decision.bytes() : utf8(decision.text()));
            }
            if (decision.sidecar() != null) {
                String sidecar = path + WriteReport.CONFLICT_SUFFIX;
                checkNoEscape(root, sidecar);
                writes.put(sidecar, utf8(decision.sidecar()));
            }
        }
        basesChanged |= !bases.paths().equals(List.copyOf(nextBases.keySet()));
        if (!options.dryRun()) {
            Set<Path> folders = new TreeSet<>();
            folders.add(root.resolve(Checksums.FILE).getParent());
            writes.keySet().forEach(path -> folders.add(root.resolve(path).getParent()));
            for (Path folder : folders) {
                Files.createDirectories(folder);
                AtomicFile.removeStale(folder);
            }
            // Independent files in folders that now exist: written in parallel, since each write
            // waits mostly on the file system, not the CPU; the bases are archived meanwhile.
            CompletableFuture<byte[]> archive = basesChanged
                    ? CompletableFuture.supplyAsync(() -> Bases.zip(nextBases)) : null;
            writes.entrySet().parallelStream().forEach(w -> writeAtomically(root.resolve(w.getKey()), w.getValue()));
            if (archive != null) {
                AtomicFile.writeInCleanFolder(root.resolve(Bases.FILE), archive.join());
                bases.deleteLegacyFolder();
            }
            writeAtomically(root.resolve(Checksums.FILE), utf8(Checksums.format(record)));
        }
        return new WriteReport(actions, options.dryRun());
    }

    /**
     * What to do with {@code path}, generated as {@code wanted}, whose last generation hashed to
     * {@code recorded} (null: none recorded).
     */
    private static Decision decide(Path root, Bases bases, String path, String wanted, String recorded, boolean force) {
        try {
            return decide(root, bases, path, new Generation(wanted), recorded, force);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Decision decide(Path root, Bases bases, String path, Generation wanted, String recorded, boolean force)
            throws IOException {
        Path target = root.resolve(path);
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return wanted.decision(Action.CREATE, wanted.text(), null, true);
        }
        byte[] bytes = Files.readAllBytes(target);
        String currentHash = Checksums.sha256(bytes);
        boolean newBase = !(wanted.sha256().equals(recorded) && bases.holds(path, wanted.sha256()));
        if (currentHash.equals(wanted.sha256())) {
            return wanted.decision(Action.UNCHANGED, null, null, newBase);
        }
        if (currentHash.equals(recorded)) {
            return wanted.decision(Action.UPDATE, wanted.text(), null, true);
        }
        if (force) {
            return wanted.decision(Action.OVERWRITE, wanted.text(), null, true);
        }
        String base = bases.text(path, recorded);
        String current = Bases.utf8(bytes);
        if (base == null || current == null) {
            return new Decision(Action.SKIP, null, null, null, null, null);
        }
        if (hasConflictMarkers(current)) {
            // A conflict of an earlier run, not resolved yet: left as it is, the newest generation beside it.
            return wanted.decision(Action.CONFLICT, null, wanted.text(), newBase);
        }
        ThreeWayMerge.Result merged = ThreeWayMerge.merge(base, current, wanted.text());
        if (merged.text().equals(current)) {
            return wanted.decision(Action.KEEP, null, null, newBase);
        }
        if (merged.isClean()) {
            return wanted.decision(Action.MERGE, merged.text(), null, true);
        }
        return wanted.decision(Action.CONFLICT, merged.text(), wanted.text(), true);
    }

    /** A file's new generation, encoded and hashed once. */
    private record Generation(String text, byte[] bytes, String sha256) {

        Generation(String text) {
            this(text, utf8(text));
        }

        private Generation(String text, byte[] bytes) {
            this(text, bytes, Checksums.sha256(bytes));
        }

        /** A decision about this generation; {@code keepAsBase} makes it the file's base for the next merge. */
        Decision decision(Action action, String text, String sidecar, boolean keepAsBase) {
            return new Decision(action, text, sidecar, keepAsBase ? this.text : null, bytes, sha256);
        }
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean hasConflictMarkers(String text) {
        return text.startsWith(ThreeWayMerge.OURS_MARKER + "\n") || text.contains("\n" + ThreeWayMerge.OURS_MARKER + "\n");
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
    private static void writeAtomically(Path target, byte[] content) {
        try {
            AtomicFile.writeInCleanFolder(target, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
