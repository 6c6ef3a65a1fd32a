package io.mdecomp.analysis.propose;

import io.mdecomp.analysis.plan.PlanStep;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.analysis.recommend.Recommendation;
import io.mdecomp.analysis.recommend.Split;
import io.mdecomp.model.DomainModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the plan that {@code analyze}/{@code check} compute on a proposal for steps that would
 * undo it: a step reverses the proposal when it puts an entity back in one service with an entity
 * that shared its current service and that the proposal placed apart, or separates an entity from
 * one of another current service that the proposal put with it. The plan is replayed on the
 * proposal's cut (merge: the service's entities join the partner's; move: the entities change
 * service; split: the service becomes its groups), and the first reversing step is found together
 * with the cut once every step up to it is applied, its services named as the proposal names its
 * clusters ({@link ClusterNaming}). Pure; O(steps × moved entities × service size).
 */
final class PlanAdoption {

    private PlanAdoption() {
    }

    /**
     * The first step of a plan that reverses the proposal.
     *
     * @param step     the step
     * @param services the cut once the steps up to and including it are applied: service → its
     *                 entities in model order, in the proposal's order with new services where their
     *                 source was
     */
    record Reversal(PlanStep step, Map<String, List<String>> services) {
    }

    /**
     * The first of {@code steps} that reverses the cut {@code services}, if any.
     *
     * @param model    the input model (its services' ownership is what the proposal moved from)
     * @param services the proposal's cut: service → entities (services without entities included)
     * @param steps    the steps of the plan computed on the proposed model
     * @param pins     the pinned services, whose names stay
     */
    static Optional<Reversal> firstReversal(DomainModel model, Map<String, List<String>> services,
                                            List<PlanStep> steps, Set<String> pins) {
        Map<String, String> before = new HashMap<>();
        model.services().forEach(s -> s.owns().forEach(e -> before.putIfAbsent(e, s.name())));
        Map<String, Integer> order = new HashMap<>();
        model.entities().forEach(e -> order.put(e.name(), order.size()));
        Map<String, String> proposed = owners(services);
        Map<String, List<String>> cut = copy(services);
        for (PlanStep step : steps) {
            Map<String, String> was = owners(cut);
            if (!apply(cut, step.change())) {
                return Optional.empty();
            }
            Map<String, String> is = owners(cut);
            for (Map.Entry<String, String> entry : is.entrySet()) {
                String entity = entry.getKey();
                if (Objects.equals(was.get(entity), entry.getValue()) || before.get(entity) == null) {
                    continue;
                }
                for (Map.Entry<String, String> other : is.entrySet()) {
                    String from = before.get(other.getKey());
                    boolean joins = other.getValue().equals(entry.getValue()) && before.get(entity).equals(from)
                            && !Objects.equals(proposed.get(entity), proposed.get(other.getKey()));
                    boolean separates = !other.getValue().equals(entry.getValue())
                            && Objects.equals(was.get(entity), was.get(other.getKey())) && from != null
                            && !before.get(entity).equals(from)
                            && Objects.equals(proposed.get(entity), proposed.get(other.getKey()));
                    if (joins || separates) {
                        return Optional.of(new Reversal(step, named(model, settled(cut, services, order), services,
                                pins)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The cut in model order, without the services a step emptied (those that owned nothing in the
     * proposal stay, as they host endpoints of services without entities).
     */
    private static Map<String, List<String>> settled(Map<String, List<String>> cut, Map<String, List<String>> proposal,
                                                     Map<String, Integer> order) {
        Map<String, List<String>> result = new LinkedHashMap<>();
        cut.forEach((name, owned) -> {
            if (!owned.isEmpty() || proposal.getOrDefault(name, List.of(name)).isEmpty()) {
                result.put(name, owned.stream()
                        .sorted(Comparator.comparing(e -> order.getOrDefault(e, Integer.MAX_VALUE))).toList());
            }
        });
        return result;
    }

    /**
     * The cut with its clusters named afresh as {@link ClusterNaming} names them, in the cut's
     * order; pinned services and those that owned nothing in the proposal keep their names.
     */
    private static Map<String, List<String>> named(DomainModel model, Map<String, List<String>> cut,
                                                   Map<String, List<String>> proposal, Set<String> pins) {
        Map<String, String> current = new HashMap<>();
        model.services().forEach(s -> s.owns().forEach(e -> current.putIfAbsent(e, s.name())));
        Map<String, String> roots = new HashMap<>();
        model.entities().forEach(e -> roots.put(e.name(), e.aggregateRoot()));
        Set<String> reserved = new TreeSet<>(pins);
        proposal.forEach((name, owned) -> {
            if (owned.isEmpty()) {
                reserved.add(name);
            }
        });
        List<List<String>> clusters = new ArrayList<>();
        List<String> largest = new ArrayList<>();
        cut.forEach((name, owned) -> {
            if (!reserved.contains(name)) {
                clusters.add(owned);
                Map<String, Integer> sizes = new LinkedHashMap<>();
                owned.forEach(e -> sizes.merge(roots.getOrDefault(e, e), 1, Integer::sum));
                largest.add(sizes.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey());
            }
        });
        Iterator<String> names = ClusterNaming.names(clusters, current, model, largest, reserved).iterator();
        Map<String, List<String>> result = new LinkedHashMap<>();
        cut.forEach((name, owned) -> result.put(reserved.contains(name) ? name : names.next(), owned));
        return result;
    }

    /** The services whose entities differ between two cuts, sorted. */
    static Set<String> changed(Map<String, List<String>> before, Map<String, List<String>> after) {
        Set<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        names.removeIf(name -> Objects.equals(
                before.get(name) == null ? null : Set.copyOf(before.get(name)),
                after.get(name) == null ? null : Set.copyOf(after.get(name))));
        return names;
    }

    /** Applies one step to {@code cut}; false when it names a service or entity the cut does not have. */
    private static boolean apply(Map<String, List<String>> cut, Recommendation change) {
        if (change instanceof Merge merge) {
            List<String> gone = cut.get(merge.service());
            List<String> into = cut.get(merge.into());
            if (gone == null || into == null || merge.service().equals(merge.into())) {
                return false;
            }
            into.addAll(gone);
            cut.remove(merge.service());
            return true;
        }
        if (change instanceof Move move) {
            List<String> to = cut.get(move.to());
            if (to == null) {
                return false;
            }
            Map<String, String> owners = owners(cut);
            for (String entity : move.entities()) {
                String from = owners.get(entity);
                if (from == null) {
                    return false;
                }
                cut.get(from).remove(entity);
                to.add(entity);
            }
            return true;
        }
        if (change instanceof Split split) {
            List<String> whole = cut.get(split.service());
            if (whole == null || split.groups().isEmpty()) {
                return false;
            }
            Map<String, List<String>> rebuilt = new LinkedHashMap<>();
            for (Map.Entry<String, List<String>> entry : cut.entrySet()) {
                if (!entry.getKey().equals(split.service())) {
                    rebuilt.put(entry.getKey(), entry.getValue());
                    continue;
                }
                List<String> left = new ArrayList<>(whole);
                for (Split.Group group : split.groups()) {
                    List<String> owned = new ArrayList<>(group.entities());
                    left.removeAll(owned);
                    rebuilt.merge(group.name(), owned, (a, b) -> {
                        a.addAll(b);
                        return a;
                    });
                }
                rebuilt.get(split.groups().get(0).name()).addAll(left);
            }
            cut.clear();
            cut.putAll(rebuilt);
            return true;
        }
        return false;
    }

    private static Map<String, String> owners(Map<String, List<String>> cut) {
        Map<String, String> owners = new HashMap<>();
        cut.forEach((service, owned) -> owned.forEach(e -> owners.put(e, service)));
        return owners;
    }

    private static Map<String, List<String>> copy(Map<String, List<String>> services) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        services.forEach((name, owned) -> copy.put(name, new ArrayList<>(owned)));
        return copy;
    }
}
