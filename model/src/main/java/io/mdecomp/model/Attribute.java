package io.mdecomp.model;

import java.util.Objects;

/** A named, typed attribute of an entity. */
public record Attribute(String name, AttributeType type) {

    public Attribute {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
