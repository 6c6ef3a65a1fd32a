package io.mdecomp.importer.java.code;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * An annotation on a type, field, method or parameter, with its values as text: string literals
 * unquoted (concatenations joined, names in them as {@code ?}); anything else as written behind an
 * {@code =}: {@code =CascadeType.ALL}, {@code =ALL}, {@code =Owner.class}, {@code =true}; arrays as
 * several values.
 *
 * @param name   as written ({@code Entity} or {@code javax.persistence.Entity})
 * @param values member name ({@code value} for a single-member annotation) → its values
 * @param line   where it is written
 */
public record AnnotationUse(String name, SortedMap<String, List<String>> values, int line) {

    public AnnotationUse {
        Objects.requireNonNull(name, "name");
        TreeMap<String, List<String>> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        values = Collections.unmodifiableSortedMap(copy);
    }

    /** The simple name: {@code Entity} for {@code javax.persistence.Entity}. */
    public String simpleName() {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    /** The values of {@code member}, empty when absent. */
    public List<String> values(String member) {
        return values.getOrDefault(member, List.of());
    }

    /** The first value of {@code member}. */
    public Optional<String> value(String member) {
        return values(member).stream().findFirst();
    }

    /** The first value of the first of {@code members} that is present. */
    public Optional<String> firstOf(String... members) {
        for (String member : members) {
            Optional<String> value = value(member);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * Whether a non-literal value of any member names {@code constant}: {@code =ALL} or
     * {@code =CascadeType.ALL} for {@code ALL}.
     */
    public boolean mentions(String constant) {
        for (Map.Entry<String, List<String>> entry : values.entrySet()) {
            for (String value : entry.getValue()) {
                if (value.equals("=" + constant) || value.startsWith("=") && value.endsWith("." + constant)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The literal (string) values of {@code member}. */
    public List<String> strings(String member) {
        return values(member).stream().filter(v -> !v.startsWith("=")).toList();
    }

    /** The types of the class literals among the values of {@code member}: {@code Owner} for {@code Owner.class}. */
    public List<String> classLiterals(String member) {
        return values(member).stream().filter(v -> v.startsWith("=") && v.endsWith(".class"))
                .map(v -> v.substring(1, v.length() - ".class".length())).toList();
    }
}
