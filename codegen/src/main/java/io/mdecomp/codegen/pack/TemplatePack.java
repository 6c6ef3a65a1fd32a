package io.mdecomp.codegen.pack;

import java.util.Objects;

/**
 * A loaded, checked pack: its manifest and where its templates are.
 *
 * @param manifest the parsed {@code pack.yaml}
 * @param source   the jar folder or user folder holding the templates
 */
public record TemplatePack(PackManifest manifest, PackSource source) {

    public TemplatePack {
        Objects.requireNonNull(manifest, "manifest");
        Objects.requireNonNull(source, "source");
    }

    /** True for a pack shipped with mdecomp. */
    public boolean isBuiltin() {
        return source instanceof PackSource.Builtin;
    }
}
