package io.mdecomp.codegen.pack;

import io.mdecomp.model.YamlEnum;
import java.util.Locale;

/** How often a template renders, and which view variables it sees. */
public enum Scope implements YamlEnum {
    /** Once, with {@code system}. */
    SYSTEM,
    /** Once per service, with {@code system} and {@code service}. */
    SERVICE,
    /** Once per entity record a service declares, with {@code system}, {@code service} and {@code entity}. */
    ENTITY,
    /** Once per downstream client of a service, with {@code system}, {@code service} and {@code client}. */
    CLIENT,
    /** Once per event a service publishes or consumes, with {@code system}, {@code service} and {@code event}. */
    EVENT;

    /** The word used in {@code pack.yaml}. */
    @Override
    public String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
