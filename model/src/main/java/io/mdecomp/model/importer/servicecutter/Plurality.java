package io.mdecomp.model.importer.servicecutter;

import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NamedGroup;
import io.mdecomp.model.importer.servicecutter.ServiceCutterDocuments.NanoRef;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assigns each entity to the group (service, zone, characteristic level, ...) that lists most of
 * its nanoentities; ties go to the group declared first. An entity whose nanoentities are spread
 * over several groups is reported as a warning coded {@code unmapped}, with the counts.
 */
final class Plurality {

    private final Function<NanoRef, Optional<String>> resolver;
    private final List<Diagnostic> unmapped;

    Plurality(Function<NanoRef, Optional<String>> resolver, List<Diagnostic> unmapped) {
        this.resolver = resolver;
        this.unmapped = unmapped;
    }

    /** Entity name → the name of its group, for every entity some group mentions. */
    Map<String, String> assign(List<NamedGroup> groups, String what) {
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        Map<String, NamedGroup> firstMention = new LinkedHashMap<>();
        for (NamedGroup group : groups) {
            for (NanoRef nano : group.nanoentities()) {
                resolver.apply(nano).ifPresent(entity -> {
                    counts.computeIfAbsent(entity, k -> new LinkedHashMap<>()).merge(group.name(), 1, Integer::sum);
                    firstMention.putIfAbsent(entity, group);
                });
            }
        }
        Map<String, String> result = new LinkedHashMap<>();
        for (Map.Entry<String, Map<String, Integer>> entry : counts.entrySet()) {
            Map<String, Integer> byGroup = entry.getValue();
            String winner = null;
            int best = -1;
            for (Map.Entry<String, Integer> candidate : byGroup.entrySet()) {
                if (candidate.getValue() > best) {
                    best = candidate.getValue();
                    winner = candidate.getKey();
                }
            }
            result.put(entry.getKey(), winner);
            if (byGroup.size() > 1) {
                String spread = byGroup.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                        .collect(Collectors.joining(", "));
                unmapped.add(new Diagnostic(firstMention.get(entry.getKey()).location(), Severity.WARNING,
                        "the nanoentities of entity '" + entry.getKey() + "' are spread over " + what + "s " + spread
                                + "; the model keeps one per entity: " + winner, "unmapped"));
            }
        }
        return result;
    }
}
