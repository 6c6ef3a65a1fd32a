package io.mdecomp.codegen.write;

/**
 * How to write.
 *
 * @param force  replace files changed by hand too
 * @param dryRun decide and report, but touch nothing
 */
public record WriteOptions(boolean force, boolean dryRun) {

    /** Write, keeping files changed by hand. */
    public static final WriteOptions DEFAULT = new WriteOptions(false, false);
}
