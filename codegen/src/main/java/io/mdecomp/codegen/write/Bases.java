package io.mdecomp.codegen.write;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The generations mdecomp last wrote: the common ancestor of a hand-edited file and its new
 * generation in a three-way merge. They are kept in one archive, {@code .mdecomp/base.zip}, an
 * entry per file named by its relative path, rather than as a copy of each file: writing every
 * file twice cost more than rendering it.
 *
 * <p>Output directories written before the archive kept each base as a file under
 * {@code .mdecomp/base/}; those are read when the archive lacks a path ({@link #LEGACY_FOLDER}).
 */
final class Bases {

    /** The archive, relative to the output directory. */
    static final String FILE = ".mdecomp/base.zip";

    /** Where bases were kept one file each before the archive, relative to the output directory. */
    static final String LEGACY_FOLDER = ".mdecomp/base";

    /** A fixed entry time, so that the same bases always make the same archive. */
    private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(1980, 1, 1, 0, 0);

    private final Path root;
    private final SortedMap<String, byte[]> entries;

    private Bases(Path root, SortedMap<String, byte[]> entries) {
        this.root = root;
        this.entries = entries;
    }

    /**
     * The bases kept under {@code root}: none when there is no archive; an archive that cannot be
     * read counts as empty (every hand-edited file is then kept and listed, never merged with a
     * wrong ancestor).
     */
    static Bases read(Path root) throws IOException {
        Path file = root.resolve(FILE);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Bases(root, Collections.emptySortedMap());
        }
        byte[] archive = Files.readAllBytes(file);
        try {
            return new Bases(root, unzip(archive));
        } catch (IOException e) {
            return new Bases(root, Collections.emptySortedMap());
        }
    }

    /** The base of {@code path}: its bytes, or null when none is kept. */
    byte[] bytes(String path) throws IOException {
        byte[] bytes = entries.get(path);
        if (bytes != null) {
            return bytes;
        }
        Path legacy = root.resolve(LEGACY_FOLDER).resolve(path);
        return Files.isRegularFile(legacy, LinkOption.NOFOLLOW_LINKS) ? Files.readAllBytes(legacy) : null;
    }

    /**
     * The base of {@code path} as text when it hashes to {@code recorded}; null otherwise (none
     * kept, changed since, or not UTF-8).
     */
    String text(String path, String recorded) throws IOException {
        byte[] bytes = recorded == null ? null : bytes(path);
        if (bytes == null || !Checksums.sha256(bytes).equals(recorded)) {
            return null;
        }
        return utf8(bytes);
    }

    /** True when the archive holds {@code content} as the base of {@code path}. */
    boolean holds(String path, byte[] content) {
        return Arrays.equals(entries.get(path), content);
    }

    /** The paths the archive holds, sorted. */
    List<String> paths() {
        return List.copyOf(entries.keySet());
    }

    /** True when bases are still kept one file each under {@link #LEGACY_FOLDER}. */
    boolean hasLegacyFolder() {
        return Files.exists(root.resolve(LEGACY_FOLDER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Deletes {@link #LEGACY_FOLDER} and everything in it, once the archive holds its bases. A
     * symbolic link is deleted, never followed.
     */
    void deleteLegacyFolder() throws IOException {
        Path folder = root.resolve(LEGACY_FOLDER);
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /**
     * An archive of {@code bases} (path → content), deterministic for the same bases. The entries
     * are stored, not deflated: deflating them, even at the fastest level, took 0.13 s of CPU for
     * 100 services (zlib clears its tables for each of some 2,500 entries), to make an archive
     * that only mdecomp reads 3.2 MB instead of 7.4 MB. Archives of deflated entries, as earlier
     * versions wrote them, are read all the same.
     */
    static byte[] zip(SortedMap<String, byte[]> bases) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CRC32 crc = new CRC32();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            zip.setMethod(ZipOutputStream.STORED);
            for (Map.Entry<String, byte[]> base : bases.entrySet()) {
                byte[] bytes = base.getValue();
                crc.reset();
                crc.update(bytes);
                ZipEntry entry = new ZipEntry(base.getKey());
                entry.setTimeLocal(ENTRY_TIME);
                entry.setSize(bytes.length);
                entry.setCompressedSize(bytes.length);
                entry.setCrc(crc.getValue());
                zip.putNextEntry(entry);
                zip.write(bytes);
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** The entries of an archive, path → content; folders and repeated names are ignored. */
    static SortedMap<String, byte[]> unzip(byte[] archive) throws IOException {
        SortedMap<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory()) {
                    entries.putIfAbsent(entry.getName(), zip.readAllBytes());
                }
            }
        } catch (IllegalArgumentException e) {
            throw new ZipException("a malformed entry name: " + e.getMessage());
        }
        return entries;
    }

    /** {@code bytes} as UTF-8 text, or null when they are not UTF-8. */
    static String utf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
