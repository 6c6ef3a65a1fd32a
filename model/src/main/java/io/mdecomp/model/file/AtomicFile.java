package io.mdecomp.model.file;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
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
 *
 * <p>A target that exists and is neither a regular file nor a directory ({@code /dev/null}, a
 * terminal, a named pipe) is written to directly: renaming over it would replace the device with a
 * regular file, which a user allowed to (root, for {@code /dev/null}) would not expect.
 */
public final class AtomicFile {

    private static final String MARK = ".mdecomp-";
    private static final String SUFFIX = ".tmp";
    private static final Set<PosixFilePermission> USUAL = PosixFilePermissions.fromString("rw-r--r--");
    private static final FileAttribute<Set<PosixFilePermission>> PRIVATE =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
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
        writeThroughTemporary(target, bytes(content));
    }

    /**
     * As {@link #write}, for content too long to hold in memory: {@code body} streams it into the
     * temporary file, which is renamed into place when the body returns and removed when it fails.
     */
    public static void stream(Path target, Body body) throws IOException {
        removeStale(target.toAbsolutePath().getParent());
        writeThroughTemporary(target, channel -> {
            Writer writer = new BufferedWriter(Channels.newWriter(channel, StandardCharsets.UTF_8));
            body.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Writes each content as UTF-8 to its file, as {@link #write} does, so that a failure leaves all
     * of them as they were: every content goes to its temporary file first, and only when all are
     * written are they renamed into place, in order. (A rename failing after an earlier one
     * succeeded, which takes a file system that refuses renames within a folder, still leaves the
     * earlier file written.) The folders must exist.
     */
    public static void writeAll(Map<Path, String> contents) throws IOException {
        List<Path> targets = new ArrayList<>();
        List<Path> temporaries = new ArrayList<>();
        int moved = 0;
        try {
            for (Map.Entry<Path, String> entry : contents.entrySet()) {
                Path target = entry.getKey();
                if (isSpecial(target)) {
                    continue;
                }
                removeStale(target.toAbsolutePath().getParent());
                Temporary temporary = Temporary.create(target);
                targets.add(target);
                temporaries.add(temporary.path());
                try (SeekableByteChannel channel = temporary.channel()) {
                    bytes(entry.getValue()).writeTo(channel);
                }
            }
            // Devices and pipes cannot be renamed into; they are written last, just before the renames.
            for (Map.Entry<Path, String> entry : contents.entrySet()) {
                if (isSpecial(entry.getKey())) {
                    writeDirectly(entry.getKey(), bytes(entry.getValue()));
                }
            }
            for (; moved < targets.size(); moved++) {
                moveIntoPlace(temporaries.get(moved), targets.get(moved));
            }
        } finally {
            for (int i = moved; i < temporaries.size(); i++) {
                Files.deleteIfExists(temporaries.get(i));
            }
        }
    }

    /** Content written to a stream. */
    @FunctionalInterface
    public interface Body {
        void writeTo(Writer writer) throws IOException;
    }

    /** Content written to the temporary file's channel. */
    @FunctionalInterface
    private interface Content {
        void writeTo(WritableByteChannel channel) throws IOException;
    }

    /**
     * Creates the temporary file of {@code target} (private) and writes {@code content} to it through
     * the one descriptor that created it, then renames it over {@code target}; removes it when that
     * fails. Opening it once, never truncating, matters on ext4: truncating a file and closing it
     * makes the close write its data to disk ({@code auto_da_alloc}), a disk write per file.
     */
    private static void writeThroughTemporary(Path target, Content content) throws IOException {
        if (isSpecial(target)) {
            writeDirectly(target, content);
            return;
        }
        Temporary temporary = Temporary.create(target);
        boolean moved = false;
        try {
            try (SeekableByteChannel channel = temporary.channel()) {
                content.writeTo(channel);
            }
            moveIntoPlace(temporary.path(), target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary.path());
            }
        }
    }

    /** Whether {@code target} exists and is neither a regular file nor a directory: a device or a pipe. */
    private static boolean isSpecial(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    private static void writeDirectly(Path target, Content content) throws IOException {
        try (SeekableByteChannel channel = Files.newByteChannel(target, StandardOpenOption.WRITE)) {
            content.writeTo(channel);
        }
    }

    private static Content bytes(String text) {
        return bytes(text.getBytes(StandardCharsets.UTF_8));
    }

    private static Content bytes(byte[] content) {
        return channel -> {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        };
    }

    /** A temporary file just created, open for writing. */
    private record Temporary(Path path, SeekableByteChannel channel) {

        private static final Set<StandardOpenOption> CREATE_NEW = Set.of(StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE);

        /**
         * Creates the temporary file of {@code target}. The number in its name needs to be unique
         * only among this process's files, so it comes from a fast generator rather than a secure
         * one (which read the system's random device for each file); a clash, with a file an ended
         * process of the same id left, takes another number.
         */
        static Temporary create(Path target) throws IOException {
            Path folder = target.toAbsolutePath().getParent();
            String prefix = "." + target.getFileName() + MARK + ProcessHandle.current().pid() + "-";
            boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
            while (true) {
                Path path = folder.resolve(prefix + (ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + SUFFIX);
                try {
                    return new Temporary(path, posix ? Files.newByteChannel(path, CREATE_NEW, PRIVATE)
                            : Files.newByteChannel(path, CREATE_NEW));
                } catch (FileAlreadyExistsException e) {
                    // taken: another number
                }
            }
        }
    }

    /** Gives {@code temp} the usual permissions and renames it over {@code target}. */
    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        keepUsualPermissions(temp, target);
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
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
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.readAttributes(target, PosixFileAttributes.class).permissions();
        } catch (NoSuchFileException e) {
            permissions = USUAL;
        }
        view.setPermissions(permissions);
    }
}
