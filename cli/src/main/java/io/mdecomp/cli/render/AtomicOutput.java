package io.mdecomp.cli.render;

import io.mdecomp.model.file.AtomicFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a whole report to standard output or to a file. A file is written through
 * {@link AtomicFile} (a temporary file beside it, renamed into place), so readers never see half a
 * report, a failure leaves the old file untouched, and the temporary file of a killed run is
 * removed by the next.
 */
public final class AtomicOutput {

    private AtomicOutput() {
    }

    /** Renders with {@code body} into memory, then writes it all at once to {@code target} or {@code out}. */
    public static void write(Path target, PrintWriter out, ReportBody body) {
        writeWithReport(target, out, body, Map.of());
    }

    /**
     * Renders a report with {@code body} into memory, then writes it to {@code target} together
     * with {@code files}, all of them or none ({@link #writeFiles}); without a target the files are
     * written first and the report then goes to {@code out}.
     */
    public static void writeWithReport(Path target, PrintWriter out, ReportBody body, Map<Path, String> files) {
        StringWriter buffer = new StringWriter();
        try {
            body.writeTo(buffer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<Path, String> all = new LinkedHashMap<>(files);
        if (target != null) {
            all.put(target, buffer.toString());
        }
        if (all.size() == 1) {
            Map.Entry<Path, String> only = all.entrySet().iterator().next();
            writeFile(only.getKey(), only.getValue());
        } else if (!all.isEmpty()) {
            writeFiles(all);
        }
        if (target == null) {
            out.print(buffer);
            out.flush();
        }
    }

    /**
     * Streams {@code body} into {@code target} through a temporary file renamed into place at the
     * end, so long outputs never sit in memory and readers never see half of them.
     */
    public static void stream(Path target, ReportBody body) {
        try {
            AtomicFile.stream(prepared(target), body::writeTo);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + shown(target) + ": " + reason(e), e));
        }
    }

    /** Writes {@code content} to {@code target} atomically (temp file + rename), creating its folder. */
    public static void writeFile(Path target, String content) {
        try {
            AtomicFile.write(prepared(target), content);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + shown(target) + ": " + reason(e), e));
        }
    }

    /**
     * Writes each content to its file, atomically and all or nothing: when one cannot be written
     * (a directory, a folder that cannot be made, a full disk), none is, so a command with two
     * outputs never leaves one of them written when it fails.
     */
    public static void writeFiles(Map<Path, String> contents) {
        Map<Path, String> absolute = new LinkedHashMap<>();
        for (Map.Entry<Path, String> entry : contents.entrySet()) {
            Path target = entry.getKey();
            try {
                absolute.put(prepared(target), entry.getValue());
            } catch (IOException e) {
                throw new UncheckedIOException(new IOException("cannot write " + shown(target) + ": " + reason(e), e));
            }
        }
        try {
            AtomicFile.writeAll(absolute);
        } catch (IOException e) {
            List<String> names = contents.keySet().stream().map(String::valueOf).toList();
            String none = names.size() == 1 ? ": " : names.size() == 2 ? " (neither was written): " : " (none was written): ";
            throw new UncheckedIOException(new IOException("cannot write " + String.join(" and ", names) + none
                    + reason(e), e));
        }
    }

    private static String shown(Path target) {
        return target.toString().isEmpty() ? "''" : target.toString();
    }

    /**
     * {@code target} as an absolute path whose folder exists: refused when it is empty (the working
     * directory to Java) or a directory.
     */
    private static Path prepared(Path target) throws IOException {
        requireName(target);
        Path absolute = target.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            throw new IOException("is a directory; give a file name");
        }
        Files.createDirectories(absolute.getParent());
        return absolute;
    }

    /** An empty path is the working directory to Java; as an output it is a missing file name. */
    private static void requireName(Path target) throws IOException {
        if (target.toString().isEmpty()) {
            throw new IOException("the file name is empty; give one");
        }
    }

    /** Why writing failed, in words: the file system's reason without repeating the path. */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fs && fs.getFile() != null
                && String.valueOf(Path.of(fs.getFile()).getFileName()).contains(".mdecomp-")) {
            // The temporary file beside the target could not be made: name the folder, not that file.
            Path folder = Path.of(fs.getFile()).getParent();
            return e instanceof AccessDeniedException ? "permission denied (" + folder + ")"
                    : "cannot create a file in " + folder;
        }
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

    /** Something that writes a report to a writer. */
    @FunctionalInterface
    public interface ReportBody {
        void writeTo(Writer writer) throws IOException;
    }
}
