package io.mdecomp.codegen;

import io.mdecomp.model.diagnostic.MdecompException;

/** A generated path that would leave the output directory, or a file that is not safe to write. */
public class UnsafePathException extends MdecompException {

    private static final long serialVersionUID = 1L;

    private final String path;

    public UnsafePathException(String path, String reason) {
        super((path.isEmpty() ? "<empty path>" : path) + ": error: refusing to write it: " + reason
                + "; generated files stay inside --out [unsafe-path]");
        this.path = path;
    }

    /** The offending path, as generated. */
    public String path() {
        return path;
    }
}
