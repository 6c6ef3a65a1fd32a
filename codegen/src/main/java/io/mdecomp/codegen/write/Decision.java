package io.mdecomp.codegen.write;

import java.util.Objects;

/**
 * What to do with one generated file.
 *
 * @param action  what happens to it
 * @param text    the content to put at its path, or null to leave the file as it is
 * @param sidecar the new generation to put beside it as {@code FILE.mdecomp-new} (a conflict), or null
 * @param base    the generation to keep as the file's base for the next merge, or null to keep the one there is
 * @param bytes   the new generation as UTF-8 (null for a file kept as it is)
 * @param sha256  the SHA-256 of {@code bytes}, as recorded (null for a file kept as it is)
 */
record Decision(Action action, String text, String sidecar, String base, byte[] bytes, String sha256) {

    Decision {
        Objects.requireNonNull(action, "action");
    }
}
