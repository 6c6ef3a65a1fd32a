package io.mdecomp.analysis.diff;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How the cut changed between two models: services and entities added and removed, entities
 * that changed service, and the agreement of the two entity → service assignments over the
 * entities both models have. All lists are sorted by name.
 *
 * @param addedServices   services only in the head
 * @param removedServices services only in the base
 * @param addedEntities   entities only in the head
 * @param removedEntities entities only in the base
 * @param moves           entities in both whose owning service differs
 * @param mojoFm          MoJoFM of the head against the base, in [0, 100]
 * @param adjustedRand    adjusted Rand index of the two assignments, in [−1, 1]
 */
public record CutDiff(List<String> addedServices, List<String> removedServices, List<String> addedEntities,
                      List<String> removedEntities, List<EntityMove> moves, double mojoFm, double adjustedRand) {

    public CutDiff {
        addedServices = List.copyOf(addedServices);
        removedServices = List.copyOf(removedServices);
        addedEntities = List.copyOf(addedEntities);
        removedEntities = List.copyOf(removedEntities);
        moves = List.copyOf(moves);
    }

    /** Compares the cut of {@code head} with that of {@code base}. O(entities + services). */
    public static CutDiff between(DomainModel base, DomainModel head) {
        Set<String> baseServices = names(base);
        Set<String> headServices = names(head);
        Map<String, String> before = Assignment.of(base);
        Map<String, String> after = Assignment.of(head);
        List<EntityMove> moves = new ArrayList<>();
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String now = after.get(entry.getKey());
            if (now != null && !now.equals(entry.getValue())) {
                moves.add(new EntityMove(entry.getKey(), entry.getValue(), now));
            }
        }
        return new CutDiff(minus(headServices, baseServices), minus(baseServices, headServices),
                minus(after.keySet(), before.keySet()), minus(before.keySet(), after.keySet()), moves,
                Agreement.mojoFm(after, before), Agreement.adjustedRand(after, before));
    }

    private static Set<String> names(DomainModel model) {
        Set<String> names = new TreeSet<>();
        model.services().stream().map(Service::name).forEach(names::add);
        return names;
    }

    private static List<String> minus(Set<String> left, Set<String> right) {
        return left.stream().filter(name -> !right.contains(name)).sorted().toList();
    }
}
