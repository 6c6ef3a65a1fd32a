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
        OutputTree tree = new OutputTree(root);
        for (String path : files.files().keySet()) {
            if (path.equals(".mdecomp") || path.startsWith(".mdecomp/")) {
                throw new UnsafePathException(path, "'.mdecomp/' is where mdecomp keeps its own records");
            }
            tree.check(path);
        }
        tree.check(Checksums.FILE);
        tree.check(Bases.FILE);
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
            decisions = generated.parallelStream().map(file -> decide(root, tree, bases, file.getKey(), file.getValue(),
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
                tree.check(sidecar);
                writes.put(sidecar, utf8(decision.sidecar()));
            }
        }
        basesChanged |= !bases.paths().equals(List.copyOf(nextBases.keySet()));
        if (!options.dryRun()) {
            List<String> written = new ArrayList<>(writes.keySet());
            written.add(Checksums.FILE);
            tree.prepare(written);
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
    private static Decision decide(Path root, OutputTree tree, Bases bases, String path, String wanted, String recorded,
                                   boolean force) {
        try {
            return decide(root, tree, bases, path, new Generation(wanted), recorded, force);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Decision decide(Path root, OutputTree tree, Bases bases, String path, Generation wanted,
                                   String recorded, boolean force) throws IOException {
        if (!tree.exists(path)) {
            return wanted.decision(Action.CREATE, wanted.text(), null, true);
        }
        byte[] bytes = Files.readAllBytes(root.resolve(path));
        // Equal bytes are equal hashes: the file and its base are compared, not hashed again.
        boolean newBase = !(wanted.sha256().equals(recorded) && bases.holds(path, wanted.bytes()));
        if (Arrays.equals(bytes, wanted.bytes())) {
            return wanted.decision(Action.UNCHANGED, null, null, newBase);
        }
        if (Checksums.sha256(bytes).equals(recorded)) {
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
