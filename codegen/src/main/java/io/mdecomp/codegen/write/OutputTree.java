package io.mdecomp.codegen.write;

import io.mdecomp.codegen.OutputPath;
import io.mdecomp.codegen.UnsafePathException;
import io.mdecomp.model.file.AtomicFile;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the output directory holds on the way to the files a run writes, looked at once per folder
 * rather than once per file: a hundred services put some 2,500 files into some 1,900 folders, and
 * checking each file's every folder, or creating each file's folders one call per file, cost more
 * system calls than writing the files.
 *
 * <p>{@link #check} refuses a path when an existing part of it is a symbolic link leading outside
 * the root, when the file itself is a symbolic link or a folder, or when a part that must be a
 * folder is a file; it remembers which folders it found. {@link #prepare} then creates the missing
 * folders (each with one call, its parent being known to exist) and removes stale temporary files
 * ({@link AtomicFile#removeStale}) from the existing folders written to; a folder it created has
 * none. Not thread-safe; its answers to {@link #exists} may be read from many threads once the
 * checks are done.
 */
final class OutputTree {

    private final Path root;
    /** Folder (relative, '/'-separated) → whether it exists; only folders found safe are in it. */
    private final Map<String, Boolean> folders = new HashMap<>();
    private final Set<String> existingFiles = new HashSet<>();

    /** The tree under {@code root}, a real path (or, when missing, an absolute normalized one). */
    OutputTree(Path root) {
        this.root = root;
    }

    /** Refuses {@code path} (relative to the root) when writing it could leave the root or is in the way. */
    void check(String path) throws IOException {
        OutputPath.check(path);
        int slash = path.lastIndexOf('/');
        if (slash >= 0 && !folderExists(path, path.substring(0, slash))) {
            return;
        }
        Path file = root.resolve(path);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(file)) {
            throw new UnsafePathException(path, "it is a symbolic link in the output directory,"
                    + " which mdecomp does not write through");
        }
        if (Files.isDirectory(file)) {
            throw new UnsafePathException(path, "a directory of that name is in the way");
        }
        existingFiles.add(path);
    }

    /** True when {@link #check} found {@code path} as an existing file (never a link or a folder). */
    boolean exists(String path) {
        return existingFiles.contains(path);
    }

    /**
     * Whether {@code folder}, on the way to {@code path}, exists; throws when it leads outside the
     * root or is a file. Each folder is looked at once.
     */
    private boolean folderExists(String path, String folder) throws IOException {
        Boolean known = folders.get(folder);
        if (known != null) {
            return known;
        }
        int slash = folder.lastIndexOf('/');
        boolean exists = (slash < 0 || folderExists(path, folder.substring(0, slash))) && checkFolder(path, folder);
        folders.put(folder, exists);
        return exists;
    }

    private boolean checkFolder(String path, String folder) throws IOException {
        Path current = root.resolve(folder);
        if (!Files.exists(current, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isSymbolicLink(current) && (!Files.exists(current) || !current.toRealPath().startsWith(root))) {
            throw new UnsafePathException(path, "'" + root.relativize(current)
                    + "' is a symbolic link leading outside the output directory");
        }
        if (!Files.isDirectory(current)) {
            throw new UnsafePathException(path, "'" + root.relativize(current) + "' is a file, not a folder");
        }
        return true;
    }

    /**
     * Makes sure the folders of {@code paths} (files relative to the root, each passed to
     * {@link #check} before) exist, and that those which existed hold no stale temporary files.
     */
    void prepare(Collection<String> paths) throws IOException {
        Set<String> written = new TreeSet<>();
        for (String path : paths) {
            int slash = path.lastIndexOf('/');
            written.add(slash < 0 ? "" : path.substring(0, slash));
        }
        boolean rootExisted = Files.isDirectory(root);
        if (!rootExisted) {
            Files.createDirectories(root);
        }
        Set<String> created = new HashSet<>();
        for (String folder : written) {
            if (folder.isEmpty() ? rootExisted : create(folder, created)) {
                AtomicFile.removeStale(folder.isEmpty() ? root : root.resolve(folder));
            }
        }
    }

    /**
     * Creates {@code folder} and its missing parents, one call each; true when it existed before.
     * A folder that appeared since {@link #check} (another process) is accepted when it is one.
     */
    private boolean create(String folder, Set<String> created) throws IOException {
        if (created.contains(folder)) {
            return false;
        }
        if (Boolean.TRUE.equals(folders.get(folder))) {
            return true;
        }
        int slash = folder.lastIndexOf('/');
        if (slash >= 0) {
            create(folder.substring(0, slash), created);
        }
        Path path = root.resolve(folder);
        try {
            Files.createDirectory(path);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(path)) {
                throw e;
            }
            folders.put(folder, true);
            return true;
        }
        created.add(folder);
        return false;
    }
}
