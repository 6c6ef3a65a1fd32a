package io.mdecomp.analysis.evaluate;

import io.mdecomp.model.ComponentKind;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * What identifies a component across assignment files: its kind and its name (a class's simple
 * name, a table's name, a view's file name without extension). Table names are compared without
 * regard to case, as SQL does: they are kept in lower case.
 *
 * @param kind class, table or view
 * @param name the name, lower case for tables
 */
public record ComponentKey(ComponentKind kind, String name) implements Comparable<ComponentKey> {

    private static final Comparator<ComponentKey> ORDER = Comparator.comparing(ComponentKey::kind)
            .thenComparing(ComponentKey::name);

    public ComponentKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("a component needs a name");
        }
        if (kind == ComponentKind.TABLE) {
            name = name.toLowerCase(Locale.ROOT);
        }
    }

    /** {@code OwnerController (class)}. */
    @Override
    public String toString() {
        return name + " (" + kind.yamlName() + ")";
    }

    @Override
    public int compareTo(ComponentKey other) {
        return ORDER.compare(this, other);
    }
}
