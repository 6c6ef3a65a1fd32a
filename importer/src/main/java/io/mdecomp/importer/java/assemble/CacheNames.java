package io.mdecomp.importer.java.assemble;

import io.mdecomp.importer.java.code.AnnotationUse;
import io.mdecomp.importer.java.code.MethodDecl;
import io.mdecomp.importer.java.code.TypeDecl;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Caches tie classes together by name: Spring's {@code @Cacheable("vets")} (also {@code @CachePut},
 * {@code @CacheEvict}, {@code @CacheConfig(cacheNames = ...)}) and JCache's {@code @CacheResult(cacheName
 * = "vets")} (and its kin) declare a cache on a repository or service, while the class that creates
 * or tunes that cache names it only in a string ({@code cacheManager.createCache("vets", ...)}). A
 * class that uses no entity of its own and names, in a string literal of its methods, a cache that
 * another class declares gets 1 for that class's main entity: it belongs with the data it caches.
 */
final class CacheNames {

    private static final Set<String> ANNOTATIONS = Set.of("Cacheable", "CachePut", "CacheEvict", "CacheConfig",
            "CacheResult", "CacheRemove", "CacheRemoveAll", "CacheDefaults");
    private static final List<String> MEMBERS = List.of("value", "cacheNames", "cacheName");

    private CacheNames() {
    }

    /**
     * Adds the cache ties to the classes whose weights are still empty.
     *
     * @param types    every type, nested ones included
     * @param classes  top-level type → its weights so far
     * @param topLevel a type → its top-level type (itself when top-level)
     */
    static void link(Collection<TypeDecl> types, Map<TypeDecl, Weights> classes,
                     Function<TypeDecl, TypeDecl> topLevel) {
        Map<String, Set<TypeDecl>> declaredBy = new HashMap<>();
        for (TypeDecl type : types) {
            List<AnnotationUse> annotations = new ArrayList<>(type.annotations());
            type.methods().forEach(method -> annotations.addAll(method.annotations()));
            for (AnnotationUse annotation : annotations) {
                if (ANNOTATIONS.contains(annotation.simpleName())) {
                    for (String member : MEMBERS) {
                        annotation.strings(member).forEach(name -> declaredBy
                                .computeIfAbsent(name, k -> new LinkedHashSet<>()).add(topLevel.apply(type)));
                    }
                }
            }
        }
        if (declaredBy.isEmpty()) {
            return;
        }
        Map<TypeDecl, Set<TypeDecl>> caches = new LinkedHashMap<>();
        for (TypeDecl type : types) {
            TypeDecl top = topLevel.apply(type);
            Weights weights = classes.get(top);
            if (weights == null || !weights.isEmpty()) {
                continue;
            }
            for (MethodDecl method : type.methods()) {
                for (String text : method.strings()) {
                    for (TypeDecl declarer : declaredBy.getOrDefault(text, Set.of())) {
                        if (declarer != top) {
                            caches.computeIfAbsent(top, k -> new LinkedHashSet<>()).add(declarer);
                        }
                    }
                }
            }
        }
        Map<TypeDecl, List<TypeDecl>> cached = new LinkedHashMap<>();
        caches.forEach((type, declarers) -> declarers.stream().map(classes::get)
                .map(weights -> weights == null ? null : weights.top()).filter(entity -> entity != null)
                .forEach(entity -> cached.computeIfAbsent(type, k -> new ArrayList<>()).add(entity)));
        cached.forEach((type, entities) -> entities.forEach(entity -> classes.get(type).add(entity, 1)));
    }
}
