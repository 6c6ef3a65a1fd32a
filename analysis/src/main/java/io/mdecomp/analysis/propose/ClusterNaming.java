package io.mdecomp.analysis.propose;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Names proposed clusters: each keeps the name of the current service it shares the most entities
 * with, greedily by overlap (largest first; ties by service declaration order, then cluster
 * order), each name used once. A cluster left without a name is called after the root of its
 * largest aggregate ({@code Order} → {@code OrderService}, numbered when taken).
 */
final class ClusterNaming {

    private ClusterNaming() {
    }

    /**
     * @param clusters    entity clusters, in order
     * @param current     entity → current service (only owned entities)
     * @param model       the current model, for service order
     * @param largestRoot per cluster, the root of its largest aggregate
     * @return one name per cluster
     */
    static List<String> names(List<List<String>> clusters, Map<String, String> current, DomainModel model,
                              List<String> largestRoot, Set<String> reserved) {
        List<String> services = model.services().stream().map(Service::name).toList();
        Map<String, Integer> serviceIndex = new HashMap<>();
        for (int s = 0; s < services.size(); s++) {
            serviceIndex.putIfAbsent(services.get(s), s);
        }
        record Candidate(int cluster, int service, int overlap) { }
        List<Candidate> candidates = new ArrayList<>();
        for (int c = 0; c < clusters.size(); c++) {
            // overlap with each current service, counted in one pass over the cluster
            Map<Integer, Integer> overlaps = new TreeMap<>();
            for (String entity : clusters.get(c)) {
                String owner = current.get(entity);
                if (owner != null && !reserved.contains(owner)) {
                    overlaps.merge(serviceIndex.get(owner), 1, Integer::sum);
                }
            }
            for (Map.Entry<Integer, Integer> overlap : overlaps.entrySet()) {
                candidates.add(new Candidate(c, overlap.getKey(), overlap.getValue()));
            }
        }
        candidates.sort(Comparator.comparingInt(Candidate::overlap).reversed()
                .thenComparingInt(Candidate::service).thenComparingInt(Candidate::cluster));
        String[] names = new String[clusters.size()];
        Set<String> used = new HashSet<>(reserved);
        for (Candidate candidate : candidates) {
            String name = services.get(candidate.service());
            if (names[candidate.cluster()] == null && !used.contains(name)) {
                names[candidate.cluster()] = name;
                used.add(name);
            }
        }
        Set<String> taken = new HashSet<>(used);
        taken.addAll(services);
        for (int c = 0; c < names.length; c++) {
            if (names[c] == null) {
                String base = largestRoot.get(c) + "Service";
                String name = base;
                for (int i = 2; taken.contains(name); i++) {
                    name = base + i;
                }
                names[c] = name;
                taken.add(name);
            }
        }
        return List.of(names);
    }
}
