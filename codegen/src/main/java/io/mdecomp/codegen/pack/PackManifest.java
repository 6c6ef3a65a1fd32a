package io.mdecomp.codegen.pack;

import java.util.List;
import java.util.Objects;

/**
 * A pack's {@code pack.yaml}: its name, a one-line description and the templates it renders.
 *
 * @param name        the pack's name
 * @param description what it generates
 * @param templates   in manifest order
 */
public record PackManifest(String name, String description, List<TemplateSpec> templates) {

    public PackManifest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        templates = List.copyOf(templates);
    }
}
