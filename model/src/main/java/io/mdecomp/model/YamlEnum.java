package io.mdecomp.model;

/** A closed set whose members are written in YAML under a fixed lower-case name. */
public interface YamlEnum {

    /** The word used in YAML, e.g. {@code aggregate-root}. */
    String yamlName();
}
