package io.mdecomp.codegen.write;

import java.util.Locale;

/** What the writer does (or, in a dry run, would do) with one generated file. */
public enum Action {
    /** The file does not exist yet: it is created. */
    CREATE,
    /** The file exists as mdecomp last wrote it and its content changes: it is replaced. */
    UPDATE,
    /** The file was changed by hand and {@code --force} was given: it is replaced. */
    OVERWRITE,
    /** The file already has exactly this content: it is left alone. */
    UNCHANGED,
    /** The file was changed by hand and the new generation changes it too: both are merged. */
    MERGE,
    /** The file was changed by hand and the new generation brings nothing new for it: it is left alone. */
    KEEP,
    /**
     * The file was changed by hand where the new generation changes it too: it gets conflict
     * markers, the new generation goes beside it as {@code FILE.mdecomp-new}.
     */
    CONFLICT,
    /** The file was changed by hand and mdecomp has no record of what it generated before: it is kept, and reported. */
    SKIP;

    /** The lower-case word used in listings. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when the file's bytes on disk change. */
    public boolean writes() {
        return this == CREATE || this == UPDATE || this == OVERWRITE || this == MERGE || this == CONFLICT;
    }
}
