package io.mdecomp.model;

/** What an entity is in DDD terms. */
public enum EntityKind implements YamlEnum {
    AGGREGATE_ROOT("aggregate-root"),
    ENTITY("entity"),
    VALUE_OBJECT("value-object");

    private final String yamlName;

    EntityKind(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
