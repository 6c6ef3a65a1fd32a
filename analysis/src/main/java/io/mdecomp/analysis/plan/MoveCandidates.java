package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.graph.EntityEdge;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.graph.Ownership;
import io.mdecomp.analysis.recommend.Move;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Moves of whole aggregates (or of the stray members of one) from one service to another:
 * <ul>
 *   <li><b>reunite</b> an aggregate split across services (MD005): its stray members go to the
 *       owner of its root;</li>
 *   <li><b>home</b> for a service spanning several contexts (MD011) or security zones (MD015): the
 *       aggregates of a foreign context go to the service implementing that context, those of a
 *       minority zone to a service holding only that zone;</li>
 *   <li><b>weight</b>: an aggregate whose positive entity-graph weight outside itself goes mostly
 *       (more than half, and more than to its own service) to another service goes there; a highly
 *       coupled service (MD008) offers its aggregate with the most weight towards its strongest
 *       partner.</li>
 * </ul>
 * A service never gives away its last aggregate by a move (that is a merge).
 */
final class MoveCandidates {

    private final Evaluation now;
    private final Cut cut;

    MoveCandidates(Evaluation now, Cut cut) {
        this.now = now;
        this.cut = cut;
    }

    /** Moves of stray members back to their root's owner. */
    List<Candidate> reunite(String root, Set<String> targets) {
        Ownership ownership = cut.ownership();
        String keeper = ownership.serviceOf(root).orElse(null);
        if (keeper == null) {
            return List.of();
        }
        Map<String, List<String>> strays = new LinkedHashMap<>();
        for (String member : cut.members(root)) {
            ownership.serviceOf(member).filter(s -> !s.equals(keeper))
                    .ifPresent(s -> strays.computeIfAbsent(s, k -> new ArrayList<>()).add(member));
        }
        List<Candidate> result = new ArrayList<>();
        strays.forEach((from, members) -> move(from, members, keeper, targets,
                "move " + String.join(", ", members) + " (of aggregate " + root + ") from " + from + " to " + keeper
                        + ", which owns its root: an aggregate is one consistency boundary").ifPresent(result::add));
        return result;
    }

    /** Moves of a multi-context service's foreign aggregates to the services implementing their contexts. */
    List<Candidate> contextHomes(Service service, Set<String> targets) {
        Map<String, List<String>> byContext = new LinkedHashMap<>();
        for (String root : cut.aggregatesOf(service.name())) {
            if (!cut.contextOf(root).equals(service.context())) {
                byContext.computeIfAbsent(cut.contextOf(root), k -> new ArrayList<>()).add(root);
            }
        }
        List<Candidate> result = new ArrayList<>();
        byContext.forEach((context, roots) -> home(service, s -> s.context().equals(context)).flatMap(home ->
                move(service.name(), cut.ownedMembers(service.name(), roots), home, targets,
                        "move " + aggregates(roots) + " of context " + context + " from " + service.name() + " to "
                                + home + ", which implements " + context)).ifPresent(result::add));
        return result;
    }

    /** Moves of a mixed-zone service's minority zones to services that hold only that zone. */
    List<Candidate> zoneHomes(Service service, Set<String> targets) {
        Map<String, List<String>> byZone = new TreeMap<>();
        for (String root : cut.aggregatesOf(service.name())) {
            cut.zoneOf(root).ifPresent(z -> byZone.computeIfAbsent(z, k -> new ArrayList<>()).add(root));
        }
        if (byZone.size() < 2) {
            return List.of();
        }
        String largest = byZone.entrySet().stream().reduce((a, b) -> size(b.getValue()) > size(a.getValue()) ? b : a)
                .orElseThrow().getKey();
        List<Candidate> result = new ArrayList<>();
        byZone.forEach((zone, roots) -> {
            if (zone.equals(largest)) {
                return;
            }
            home(service, s -> zones(s.name()).equals(Set.of(zone))).flatMap(home ->
                    move(service.name(), cut.ownedMembers(service.name(), roots), home, targets,
                            "move " + aggregates(roots) + " (security zone " + zone + ") from " + service.name()
                                    + " to " + home + ", which holds only zone " + zone)).ifPresent(result::add);
        });
        return result;
    }

    /**
     * Moves of aggregates whose weight goes mostly to another service; with {@code partner}, only the
     * aggregate of {@code service} with the most weight towards it (for MD008).
     */
    List<Candidate> byWeight(Service service, Optional<String> partner, Set<String> targets) {
        List<String> roots = cut.aggregatesOf(service.name());
        if (roots.size() < 2) {
            return List.of();
        }
        List<Candidate> result = new ArrayList<>();
        String bestRoot = null;
        double bestWeight = 0;
        for (String root : roots) {
            List<String> members = cut.ownedMembers(service.name(), List.of(root));
            Map<String, Double> byService = weights(members);
            double total = byService.values().stream().mapToDouble(Double::doubleValue).sum();
            if (partner.isPresent()) {
                double towards = byService.getOrDefault(partner.get(), 0.0);
                if (towards > bestWeight) {
                    bestRoot = root;
                    bestWeight = towards;
                }
                continue;
            }
            String best = null;
            double weight = 0;
            for (Map.Entry<String, Double> entry : byService.entrySet()) {
                if (!entry.getKey().equals(service.name()) && !entry.getKey().isEmpty() && entry.getValue() > weight) {
                    best = entry.getKey();
                    weight = entry.getValue();
                }
            }
            double own = byService.getOrDefault(service.name(), 0.0);
            if (best != null && total > 0 && weight / total > 0.5 && weight > own) {
                move(service.name(), members, best, targets, weightReason(root, members, service.name(),
                        best, weight, total, own)).ifPresent(result::add);
            }
        }
        if (bestRoot != null) {
            List<String> members = cut.ownedMembers(service.name(), List.of(bestRoot));
            Map<String, Double> byService = weights(members);
            double total = byService.values().stream().mapToDouble(Double::doubleValue).sum();
            move(service.name(), members, partner.get(), targets, weightReason(bestRoot, members,
                    service.name(), partner.get(), bestWeight, total, byService.getOrDefault(service.name(), 0.0)))
                    .ifPresent(result::add);
        }
        return result;
    }

    private static String weightReason(String root, List<String> members, String from, String to, double weight,
                                       double total, double own) {
        return "move aggregate " + root + " (" + String.join(", ", members) + ") from " + from + " to " + to + ": "
                + Math.round(100 * weight / total) + "% of its coupling weight (" + Planner.number(weight) + " of "
                + Planner.number(total) + ") goes to " + to + ", " + Planner.number(own) + " stays in " + from;
    }

    private Optional<Candidate> move(String from, List<String> members, String to, Set<String> targets,
                                     String sentence) {
        if (members.isEmpty() || members.containsAll(cut.ownership().entitiesOf(from))) {
            return Optional.empty();
        }
        Service source = cut.services().get(from);
        Service target = cut.services().get(to);
        List<String> sourceOwns = new ArrayList<>(source.owns());
        sourceOwns.removeAll(members);
        List<String> targetOwns = new ArrayList<>(target.owns());
        members.stream().filter(e -> !targetOwns.contains(e)).forEach(targetOwns::add);
        List<String> order = now.model().entities().map(Entity::name).filter(targetOwns::contains).toList();
        Map<String, List<String>> owns = new LinkedHashMap<>();
        owns.put(from, sourceOwns);
        owns.put(to, order);
        Recut recut = new Recut(owns, Map.of(from, from, to, to), Map.of(), Map.of());
        double share = share(members, to);
        String team = MergeCandidates.handover(source, target);
        return Optional.of(new Candidate("move", from, recut, targets, "move " + String.join(", ", members) + " from " + from + " to " + to,
                (calls, before, after) -> new Move(from, members, to, share, calls, sentence + team + Planner.calls(calls))));
    }

    /** The service (other than {@code service}) matching {@code test} that owns the most entities, first on ties. */
    private Optional<String> home(Service service, java.util.function.Predicate<Service> test) {
        String best = null;
        int most = -1;
        for (Service candidate : cut.services().values()) {
            if (!candidate.name().equals(service.name()) && test.test(candidate)) {
                int size = cut.ownership().entitiesOf(candidate.name()).size();
                if (size > most) {
                    best = candidate.name();
                    most = size;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Set<String> zones(String service) {
        Set<String> zones = new HashSet<>();
        for (String root : cut.aggregatesOf(service)) {
            cut.zoneOf(root).ifPresent(zones::add);
        }
        return zones;
    }

    private int size(List<String> roots) {
        return roots.stream().mapToInt(r -> cut.members(r).size()).sum();
    }

    private String aggregates(List<String> roots) {
        List<String> parts = new ArrayList<>();
        for (String root : roots) {
            parts.add(root + " (" + String.join(", ", cut.members(root)) + ")");
        }
        return (roots.size() == 1 ? "aggregate " : "aggregates ") + String.join(", ", parts);
    }

    /** Positive weight from {@code members} to entities outside them, by the owning service ("" for none). */
    private Map<String, Double> weights(List<String> members) {
        EntityGraph graph = now.context().entityGraph();
        Set<String> inside = new HashSet<>(members);
        Map<String, Double> byService = new TreeMap<>();
        for (String member : members) {
            for (EntityEdge edge : graph.graph().edgesOf(member)) {
                String other = edge.opposite(member);
                if (edge.weight() > 0 && !inside.contains(other)) {
                    String owner = cut.ownership().serviceOf(other).orElse("");
                    byService.merge(owner, edge.weight(), Double::sum);
                }
            }
        }
        return byService;
    }

    private double share(List<String> members, String to) {
        Map<String, Double> byService = weights(members);
        double total = byService.values().stream().mapToDouble(Double::doubleValue).sum();
        return total == 0 ? 0 : byService.getOrDefault(to, 0.0) / total;
    }
}
