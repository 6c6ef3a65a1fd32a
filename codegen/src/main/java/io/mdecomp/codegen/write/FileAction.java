package io.mdecomp.codegen.write;

import java.util.Objects;

/**
 * One generated file and what happens to it.
 *
 * @param path   relative to the output directory
 * @param action create, update, overwrite, unchanged or skip
 */
public record FileAction(String path, Action action) {

    public FileAction {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(action, "action");
    }
}
