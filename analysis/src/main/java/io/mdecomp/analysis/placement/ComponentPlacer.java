package io.mdecomp.analysis.placement;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Places each component with the service whose entities it uses most: the score of a service is
 * the sum of the component's {@code uses} weights over the entities the service owns. The highest
 * score wins ({@link Placement.Reason#MOST_USE}); when two or more services share it the component
 * is shared ({@link Placement.Reason#TIE}), not guessed.
 *
 * <p>A component that uses no owned entity is placed by the code around it, when that code agrees:
 * <ol>
 *   <li>by its links ({@link Placement.Reason#LINKS}): the placed components it links to and that
 *       link to it (calls, type references; a view's handlers) each vote for their service, and a
 *       service with more than half of the votes takes it. This runs in rounds, each seeing the
 *       placements of the rounds before it, so a chain of helpers follows the class that uses an
 *       entity, and the result does not depend on the order of the components;</li>
 *   <li>then by its package ({@link Placement.Reason#PACKAGE}): a class whose links settle nothing
 *       goes where more than half of the placed classes of its package are; after such a round
 *       the links are followed again.</li>
 * </ol>
 * What is left, a utility used evenly across services or a package of its own, is shared
 * ({@link Placement.Reason#NO_ENTITY}). O(Σ |uses| + rounds · Σ |links|) plus sorting.
 */
public final class ComponentPlacer {

    private ComponentPlacer() {
    }

    /**
     * @param components the model's components
     * @param owner      entity → the service that owns it (e.g. a proposal's assignment)
     * @return one placement per component, in the order of {@code components}
     */
    public static List<Placement> place(List<Component> components, Map<String, String> owner) {
        List<Placement> placements = new ArrayList<>();
        for (Component component : components) {
            placements.add(byUse(component, owner));
        }
        List<Set<Integer>> neighbours = neighbours(components);
        boolean changed = true;
        while (changed) {
            while (round(components, placements, neighbours)) {
                // follow the links until they settle nothing more
            }
            changed = packageRound(components, placements);
        }
        return placements;
    }

    private static Placement byUse(Component component, Map<String, String> owner) {
        Map<String, Long> score = new TreeMap<>();
        component.uses().forEach((entity, weight) -> {
            String service = owner.get(entity);
            if (service != null) {
                score.merge(service, (long) weight, Long::sum);
            }
        });
        long best = score.values().stream().mapToLong(Long::longValue).max().orElse(0);
        List<String> top = score.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).toList();
        if (top.isEmpty()) {
            return shared(component);
        }
        if (top.size() > 1) {
            return new Placement(component.name(), component.kind(), Optional.empty(), Placement.Reason.TIE, top);
        }
        return placed(component, top.get(0), Placement.Reason.MOST_USE);
    }

    /** Each component's links and the components linking to it, by index. */
    private static List<Set<Integer>> neighbours(List<Component> components) {
        Map<String, Integer> classes = new HashMap<>();
        List<Set<Integer>> neighbours = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            neighbours.add(new LinkedHashSet<>());
            if (components.get(c).kind() == ComponentKind.CLASS) {
                classes.putIfAbsent(components.get(c).name(), c);
            }
        }
        for (int c = 0; c < components.size(); c++) {
            for (String link : components.get(c).links()) {
                Integer to = classes.get(link);
                if (to != null && to != c) {
                    neighbours.get(c).add(to);
                    neighbours.get(to).add(c);
                }
            }
        }
        return neighbours;
    }

    /** One round of placing by links, on the placements as they were before it; true when it placed one. */
    private static boolean round(List<Component> components, List<Placement> placements, List<Set<Integer>> neighbours) {
        List<Placement> before = List.copyOf(placements);
        boolean any = false;
        for (int c = 0; c < components.size(); c++) {
            if (before.get(c).reason() != Placement.Reason.NO_ENTITY) {
                continue;
            }
            List<String> votes = new ArrayList<>();
            for (int n : neighbours.get(c)) {
                before.get(n).service().ifPresent(votes::add);
            }
            Optional<String> winner = majority(votes);
            if (winner.isPresent()) {
                placements.set(c, placed(components.get(c), winner.get(), Placement.Reason.LINKS));
                any = true;
            }
        }
        return any;
    }

    /** One round of placing classes by their package; true when it placed one. */
    private static boolean packageRound(List<Component> components, List<Placement> placements) {
        Map<String, List<String>> votes = new HashMap<>();
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            Optional<String> service = placements.get(c).service();
            if (component.kind() == ComponentKind.CLASS && component.pkg().isPresent() && service.isPresent()) {
                votes.computeIfAbsent(component.pkg().get(), p -> new ArrayList<>()).add(service.get());
            }
        }
        boolean any = false;
        for (int c = 0; c < components.size(); c++) {
            Component component = components.get(c);
            if (placements.get(c).reason() == Placement.Reason.NO_ENTITY && component.kind() == ComponentKind.CLASS
                    && component.pkg().isPresent()) {
                Optional<String> winner = majority(votes.getOrDefault(component.pkg().get(), List.of()));
                if (winner.isPresent()) {
                    placements.set(c, placed(component, winner.get(), Placement.Reason.PACKAGE));
                    any = true;
                }
            }
        }
        return any;
    }

    /** The service named by more than half of {@code votes}, if one is. */
    private static Optional<String> majority(List<String> votes) {
        Map<String, Integer> count = new HashMap<>();
        for (String vote : votes) {
            if (count.merge(vote, 1, Integer::sum) * 2 > votes.size()) {
                return Optional.of(vote);
            }
        }
        return Optional.empty();
    }

    private static Placement placed(Component component, String service, Placement.Reason reason) {
        return new Placement(component.name(), component.kind(), Optional.of(service), reason, List.of());
    }

    private static Placement shared(Component component) {
        return new Placement(component.name(), component.kind(), Optional.empty(), Placement.Reason.NO_ENTITY,
                List.of());
    }
}
