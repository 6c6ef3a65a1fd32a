package io.mdecomp.importer.java.code;

import java.util.List;

/**
 * The imports of a compilation unit.
 *
 * @param single   single-type imports, qualified ({@code javax.persistence.Entity})
 * @param onDemand packages or types imported with {@code .*}
 */
public record Imports(List<String> single, List<String> onDemand) {

    public static final Imports NONE = new Imports(List.of(), List.of());

    public Imports {
        single = List.copyOf(single);
        onDemand = List.copyOf(onDemand);
    }
}
