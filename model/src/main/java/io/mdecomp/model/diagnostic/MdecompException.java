package io.mdecomp.model.diagnostic;

/**
 * The root of mdecomp's exception hierarchy. Every failure a user can cause or see is one of
 * these; the command line maps them to exit codes ({@link #isUserError()}: 2, otherwise 3).
 * Messages lead with the location when there is one.
 */
public class MdecompException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MdecompException(String message) {
        super(message);
    }

    public MdecompException(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the input or the usage is at fault (exit code 2), false for internal errors (3). */
    public boolean isUserError() {
        return true;
    }
}
