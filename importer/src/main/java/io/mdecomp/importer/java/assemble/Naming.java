package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.TypeDecl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unique names for types: the simple name, or, where several types share it, the simple name
 * behind as many trailing package segments as it takes to tell them apart ({@code billing.Invoice},
 * then the qualified name), made an identifier ({@code billing_Invoice}) or a label as the model
 * requires (see {@link Names}). Every such renaming is listed for the report.
 */
final class Naming {

    private final Map<TypeDecl, String> names = new LinkedHashMap<>();
    private final List<String> renamed = new ArrayList<>();

    Naming(List<TypeDecl> types, String what, String plural, boolean identifiers) {
        Map<String, List<TypeDecl>> bySimple = new LinkedHashMap<>();
        for (TypeDecl type : types) {
            bySimple.computeIfAbsent(type.name(), k -> new ArrayList<>()).add(type);
        }
        Set<String> taken = new HashSet<>(bySimple.keySet());
        for (Map.Entry<String, List<TypeDecl>> entry : bySimple.entrySet()) {
            List<TypeDecl> same = entry.getValue();
            if (same.size() == 1) {
                names.put(same.get(0), allowed(entry.getKey(), identifiers));
                continue;
            }
            Map<TypeDecl, String> chosen = new HashMap<>();
            for (int segments = 1; segments <= 64 && chosen.size() < same.size(); segments++) {
                chosen.clear();
                Set<String> seen = new HashSet<>();
                boolean unique = true;
                for (TypeDecl type : same) {
                    String name = qualifiedTail(type, segments);
                    unique &= seen.add(name) && (!taken.contains(name) || name.equals(entry.getKey()));
                    chosen.put(type, name);
                }
                if (!unique) {
                    chosen.clear();
                }
            }
            for (TypeDecl type : same) {
                String name = allowed(chosen.getOrDefault(type, type.qualifiedName() + "@" + type.file()), identifiers);
                names.put(type, name);
                taken.add(name);
                renamed.add(what + " " + type.qualifiedName() + " (" + type.file() + ") is named '" + name
                        + "': " + same.size() + " " + plural + " are named " + entry.getKey());
            }
        }
    }

    private static String allowed(String name, boolean identifiers) {
        return identifiers ? Names.identifier(name.replace('.', '_')) : Names.label(name);
    }

    private static String qualifiedTail(TypeDecl type, int segments) {
        String[] parts = type.qualifiedName().split("\\.");
        int from = Math.max(0, parts.length - 1 - segments);
        return String.join(".", java.util.Arrays.asList(parts).subList(from, parts.length));
    }

    String of(TypeDecl type) {
        return names.get(type);
    }

    List<String> renamed() {
        return renamed;
    }
}
