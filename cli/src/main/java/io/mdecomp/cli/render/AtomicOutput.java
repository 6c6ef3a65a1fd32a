package io.mdecomp.cli.render;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a whole report to standard output or to a file. A file is written to a temporary file
 * beside it and renamed into place, so readers never see half a report and a failure leaves the
 * old file untouched.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Renders with {@code body} into memory, then writes it all at once to {@code target} or {@code out}. */
    public static void write(Path target, PrintWriter out, ReportBody body) {
        StringWriter buffer = new StringWriter();
        try {
            body.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (target == null) {
            out.print(buffer);
            out.flush();
        } else {
            writeFile(target, buffer.toString());
        }
    }

    /** Writes {@code content} to {@code target} atomically (temp file + rename). */
    public static void writeFile(Path target, String content) {
        Path absolute = target.toAbsolutePath();
        Path directory = absolute.getParent();
        try {
            if (Files.isDirectory(absolute)) {
                throw new IOException("is a directory; give a file name");
            }
            Files.createDirectories(directory);
            Path temp = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
            try {
                Files.writeString(temp, content, StandardCharsets.UTF_8);
                keepUsualPermissions(temp, absolute);
                try {
                    Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + target + ": " + reason(e), e));
        }
    }

    /** Why writing failed, in words: the file system's reason without repeating the path. */
    private static String reason(IOException e) {
        if (e instanceof NoSuchFileException missing) {
            return "no such directory " + missing.getFile();
        }
        if (e instanceof FileAlreadyExistsException exists) {
            return exists.getFile() + " is a file, not a directory";
        }
        if (e instanceof AccessDeniedException denied) {
            return "permission denied (" + denied.getFile() + ")";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(java.util.Locale.ROOT) + (fs.getFile() == null ? "" : " (" + fs.getFile() + ")");
        }
        return String.valueOf(e.getMessage());
    }

    /**
     * A temporary file is private (rw-------); the report gets the permissions of the file it
     * replaces, or rw-r--r-- when it is new. File systems without POSIX permissions are left alone.
     */
    private static void keepUsualPermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    /** Something that writes a report to a writer. */
    @FunctionalInterface
    public interface ReportBody {
        void writeTo(Writer writer) throws IOException;
    }
}
