package io.mdecomp.cli.command;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import java.nio.file.Path;

/**
 * How every command reads a model: {@link ModelReader}, which reports a missing, unreadable or
 * non-UTF-8 file and every problem of the model at once as an {@code InputException}.
 */
public final class ModelFiles {

    private ModelFiles() {
    }

    /** The validated model in {@code file}. */
    public static DomainModel read(Path file) {
        return ModelReader.read(file);
    }
}
