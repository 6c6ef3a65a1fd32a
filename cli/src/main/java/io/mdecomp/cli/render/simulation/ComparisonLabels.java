package io.mdecomp.cli.render.simulation;

import java.util.Objects;

/**
 * How reports name the two models of a comparison: usually their files ({@code model.yaml},
 * {@code proposed.yaml}), since both may have the same system name.
 */
public record ComparisonLabels(String base, String head) {

    public ComparisonLabels {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(head, "head");
    }
}
