package io.mdecomp.codegen.write;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The generations mdecomp last wrote, kept under {@code .mdecomp/base/} with the same relative
 * paths as the files themselves: the common ancestor of a hand-edited file and its new
 * generation in a three-way merge.
 */
final class Bases {

    /** Where the bases live, relative to the output directory. */
    static final String FOLDER = ".mdecomp/base/";

    private Bases() {
    }

    /** The relative path of the base of {@code path}. */
    static String of(String path) {
        return FOLDER + path;
    }

    /**
     * The base of {@code path} under {@code root} when it is a regular file whose SHA-256 is
     * {@code recorded}; null otherwise (none kept, or changed since).
     */
    static String read(Path root, String path, String recorded) throws IOException {
        Path file = root.resolve(of(path));
        if (recorded == null || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (!Checksums.sha256(bytes).equals(recorded)) {
            return null;
        }
        return utf8(bytes);
    }

    /** True when the base of {@code path} is there and hashes to {@code sha256}. */
    static boolean holds(Path root, String path, String sha256) throws IOException {
        Path file = root.resolve(of(path));
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Checksums.sha256(Files.readAllBytes(file)).equals(sha256);
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
