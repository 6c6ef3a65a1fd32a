package io.mdecomp.cli.command;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The fingerprint of a sweep's inputs: SHA-256 over the model file, the scenario file and the
 * options that change the runs, so shards of one sweep can be told from shards of another
 * whatever machine ran them. The first 16 bytes, in hex.
 */
final class SweepSource {

    private SweepSource() {
    }

    static String fingerprint(Path model, String scenariosText, List<String> parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(Files.readAllBytes(model));
            sha.update((byte) 0);
            sha.update(scenariosText.getBytes(StandardCharsets.UTF_8));
            for (String part : parts) {
                sha.update((byte) 0);
                sha.update(part.getBytes(StandardCharsets.UTF_8));
            }
            byte[] digest = sha.digest();
            return "sha256:" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
