package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.TypeDecl;
import java.util.LinkedHashMap;
import java.util.Map;

/** Entity → weight, accumulated; entities compared by identity. */
final class Weights {

    private final Map<TypeDecl, Integer> weights = new LinkedHashMap<>();

    void add(TypeDecl entity, int weight) {
        if (weight > 0) {
            weights.merge(entity, weight, Integer::sum);
        }
    }

    void addAll(Weights other, int each) {
        other.weights.keySet().forEach(e -> add(e, each));
    }

    Map<TypeDecl, Integer> map() {
        return weights;
    }

    boolean isEmpty() {
        return weights.isEmpty();
    }

    /** The entity with the largest weight (the first found on ties), or null when empty. */
    TypeDecl top() {
        TypeDecl best = null;
        int most = 0;
        for (Map.Entry<TypeDecl, Integer> entry : weights.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best;
    }
}
