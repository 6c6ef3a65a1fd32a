package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The current deployment units: a key per type (the system, its build module or its package) and a
 * readable, unique identifier per key (the last path or package segment, more segments when two
 * would be the same, joined by {@code _}).
 */
final class Groups {

    private final ServicesBy by;
    private final String system;
    private final Map<String, String> names = new HashMap<>();

    Groups(ServicesBy by, String system, List<TypeDecl> types) {
        this.by = by;
        this.system = system;
        Set<String> keys = new TreeSet<>();
        types.forEach(t -> keys.add(key(t)));
        Map<String, List<String>> byShort = new HashMap<>();
        for (String key : keys) {
            byShort.computeIfAbsent(tail(key, 1), k -> new ArrayList<>()).add(key);
        }
        Set<String> used = new HashSet<>();
        for (String key : keys) {
            String name = tail(key, 1);
            for (int n = 2; byShort.get(tail(key, 1)).size() > 1 && n <= 64; n++) {
                name = tail(key, n);
                final int segments = n;
                if (byShort.get(tail(key, 1)).stream().map(k -> tail(k, segments)).distinct().count()
                        == byShort.get(tail(key, 1)).size()) {
                    break;
                }
            }
            names.put(key, Names.uniqueIdentifier(Names.identifier(name), used));
        }
    }

    /** The deployment unit of {@code type}. */
    String key(TypeDecl type) {
        switch (by) {
            case MODULE:
                return type.module();
            case PACKAGE:
                return type.packageName();
            default:
                return "";
        }
    }

    /** A readable name for a key, unique among the keys. */
    String name(String key) {
        return names.getOrDefault(key, Names.identifier(tail(key, 1)));
    }

    private String tail(String key, int segments) {
        if (by == ServicesBy.SINGLE || key.isEmpty() || key.equals(".")) {
            return system;
        }
        String[] parts = key.split(by == ServicesBy.PACKAGE ? "\\." : "/");
        int from = Math.max(0, parts.length - segments);
        return String.join("_", java.util.Arrays.asList(parts).subList(from, parts.length));
    }
}
