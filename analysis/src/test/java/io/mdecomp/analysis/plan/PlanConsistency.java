package io.mdecomp.analysis.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Replays a plan on the owned entities of a model, independently of the planner, and checks that no
 * two steps conflict: each step names services that exist at that point of the plan (so nothing
 * moves into a service merged away, and no service is merged twice), the entities it moves are
 * where it says, no step joins two aggregates an earlier step separated or separates two an earlier
 * step joined, and the replay ends where the plan's result model is.
 */
final class PlanConsistency {

    private PlanConsistency() {
    }

    static void check(DomainModel model, Plan plan, String label) {
        // service → owned entities, in service order; a split's new services follow the one they come from
        Map<String, Set<String>> owns = new LinkedHashMap<>();
        model.services().forEach(s -> owns.putIfAbsent(s.name(), new LinkedHashSet<>(s.owns())));
        Map<String, String> rootOf = new HashMap<>();
        model.entities().forEach(e -> rootOf.put(e.name(), e.aggregateRoot()));
        Set<String> joined = new HashSet<>();
        Set<String> separated = new HashSet<>();
        for (PlanStep step : plan.steps()) {
            String at = label + " step " + step.number();
            Recommendation change = step.change();
            assertThat(owns).as(at + ": its service exists").containsKey(change.service());
            Map<String, String> before = aggregates(model, owns);
            if (change instanceof Merge merge) {
                assertThat(owns).as(at + ": the service it merges into exists").containsKey(merge.into());
                assertThat(merge.into()).as(at).isNotEqualTo(merge.service());
                owns.get(merge.into()).addAll(owns.remove(merge.service()));
            } else if (change instanceof Move move) {
                assertThat(owns).as(at + ": the service it moves to exists").containsKey(move.to());
                assertThat(owns.get(move.service())).as(at + ": the entities it moves are there").containsAll(move.entities());
                owns.get(move.service()).removeAll(move.entities());
                owns.get(move.to()).addAll(move.entities());
            } else if (change instanceof Split split) {
                assertThat(split.groups().get(0).name()).as(at + ": the first group keeps the name").isEqualTo(split.service());
                Map<String, Set<String>> next = new LinkedHashMap<>();
                owns.forEach((service, entities) -> {
                    if (!service.equals(split.service())) {
                        next.put(service, entities);
                        return;
                    }
                    Set<String> kept = new LinkedHashSet<>(entities);
                    split.groups().subList(1, split.groups().size()).forEach(g -> kept.removeAll(g.entities()));
                    next.put(service, kept);
                    for (Split.Group group : split.groups().subList(1, split.groups().size())) {
                        assertThat(owns).as(at + ": a new service gets a new name").doesNotContainKey(group.name());
                        assertThat(entities).as(at + ": a group holds the service's entities").containsAll(group.entities());
                        next.put(group.name(), new LinkedHashSet<>(group.entities()));
                    }
                });
                owns.clear();
                owns.putAll(next);
            }
            Map<String, String> after = aggregates(model, owns);
            Set<String> stepJoined = new HashSet<>();
            Set<String> stepSeparated = new HashSet<>();
            List<String> roots = new ArrayList<>(before.keySet());
            roots.addAll(after.keySet().stream().filter(r -> !before.containsKey(r)).toList());
            roots.sort(null);
            for (int i = 0; i < roots.size(); i++) {
                for (int j = i + 1; j < roots.size(); j++) {
                    String a = roots.get(i);
                    String b = roots.get(j);
                    boolean was = before.get(a) != null && Objects.equals(before.get(a), before.get(b));
                    boolean is = after.get(a) != null && Objects.equals(after.get(a), after.get(b));
                    if (!was && is) {
                        stepJoined.add(a + "+" + b);
                    } else if (was && !is) {
                        stepSeparated.add(a + "+" + b);
                    }
                }
            }
            assertThat(stepJoined).as(at + ": joins no aggregates an earlier step separated").noneMatch(separated::contains);
            assertThat(stepSeparated).as(at + ": separates no aggregates an earlier step joined").noneMatch(joined::contains);
            joined.addAll(stepJoined);
            separated.addAll(stepSeparated);
        }
        Ownership result = Ownership.of(plan.result());
        for (Map.Entry<String, Set<String>> service : owns.entrySet()) {
            assertThat(plan.result().service(service.getKey())).as(label + ": " + service.getKey() + " is in the result")
                    .isPresent();
            for (String entity : service.getValue()) {
                assertThat(result.owners(entity)).as(label + ": " + entity + " ends in " + service.getKey())
                        .contains(service.getKey());
            }
        }
        assertThat(plan.result().services().stream().map(Service::name).toList()).as(label)
                .containsExactlyInAnyOrderElementsOf(owns.keySet());
    }

    /** Aggregate root → the first service (in order) that owns its root, else one of its members. */
    private static Map<String, String> aggregates(DomainModel model, Map<String, Set<String>> owns) {
        Map<String, String> result = new HashMap<>();
        for (Entity entity : (Iterable<Entity>) model.entities()::iterator) {
            for (Map.Entry<String, Set<String>> service : owns.entrySet()) {
                if (service.getValue().contains(entity.name())) {
                    if (entity.name().equals(entity.aggregateRoot())) {
                        result.put(entity.aggregateRoot(), service.getKey());
                    } else {
                        result.putIfAbsent(entity.aggregateRoot(), service.getKey());
                    }
                    break;
                }
            }
        }
        return result;
    }
}
