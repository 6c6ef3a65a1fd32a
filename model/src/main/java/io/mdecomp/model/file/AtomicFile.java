package io.mdecomp.model.file;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old content or the whole new one, never a part: the
 * content goes to a hidden temporary file beside the target, which is then renamed over it.
 *
 * <p>The temporary file is named {@code .TARGET.mdecomp-PID-RANDOM.tmp}, PID being the writing
 * process. A process killed while writing ({@code kill -9}) cannot delete it, so every write first
 * removes from the target's folder the temporary files of this naming whose process is no longer
 * running ({@link #removeStale}); files of other names, and those of a process still running (a
 * concurrent run), are left alone.
 *
 * <p>The written file gets the permissions of the file it replaces, or {@code rw-r--r--} when it is
 * new (a temporary file is created private); file systems without POSIX permissions are left alone.
 */
public final class AtomicFile {

    private static final String MARK = ".mdecomp-";
    private static final String SUFFIX = ".tmp";
    private static final Pattern TEMPORARY = Pattern.compile("\\..+\\.mdecomp-(\\d{1,19})-\\d+\\.tmp");

    private AtomicFile() {
    }

    /**
     * Writes {@code content} as UTF-8 to {@code target}, whose folder must exist, after removing
     * stale temporary files from that folder. The temporary file is removed when writing fails.
     */
    public static void write(Path target, String content) throws IOException {
        removeStale(target.toAbsolutePath().getParent());
        writeInCleanFolder(target, content);
    }

    /**
     * As {@link #write}, without looking for stale temporary files first: for a writer of many
     * files that calls {@link #removeStale} once per folder.
     */
    public static void writeInCleanFolder(Path target, String content) throws IOException {
        writeInCleanFolder(target, content.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #writeInCleanFolder(Path, String)}, for content that is not text. */
    public static void writeInCleanFolder(Path target, byte[] content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + MARK
                + ProcessHandle.current().pid() + "-", SUFFIX);
        try {
            Files.write(temp, content);
            keepUsualPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * As {@link #write}, for content too long to hold in memory: {@code body} streams it into the
     * temporary file, which is renamed into place when the body returns and removed when it fails.
     */
    public static void stream(Path target, Body body) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        removeStale(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + MARK
                + ProcessHandle.current().pid() + "-", SUFFIX);
        try {
            try (java.io.Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                body.writeTo(writer);
            }
            keepUsualPermissions(temp, target);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Content written to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(java.io.Writer writer) throws IOException;
    }

    /**
     * Deletes the temporary files of this class's naming in {@code folder} (not below it) whose
     * writing process has ended, and returns them. A folder that does not exist has none.
     */
    public static List<Path> removeStale(Path folder) throws IOException {
        return removeStale(folder, pid -> ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false));
    }

    /** As {@link #removeStale(Path)}, with {@code running} telling which process ids are alive. */
    static List<Path> removeStale(Path folder, LongPredicate running) throws IOException {
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return removed;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, ".*" + MARK + "*" + SUFFIX)) {
            for (Path file : files) {
                Matcher name = TEMPORARY.matcher(file.getFileName().toString());
                if (name.matches() && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                        && !running.test(pid(name.group(1)))) {
                    Files.deleteIfExists(file);
                    removed.add(file);
                }
            }
        }
        removed.sort(null);
        return removed;
    }

    private static long pid(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static void keepUsualPermissions(Path temp, Path target) throws IOException {
        // The view is null where POSIX permissions are not supported. (Asking the file store
        // instead reads the mount table, once per file written.)
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        view.setPermissions(permissions);
    }
}
