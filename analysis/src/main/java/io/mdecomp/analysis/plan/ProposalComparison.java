package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.diff.Agreement;
import io.mdecomp.analysis.diff.Assignment;
import io.mdecomp.analysis.diff.FindingDelta;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where the plan's cut and the proposal's cut differ, and why. The two are compared as
 * partitions of the aggregates (names aside): each service of the proposal whose aggregates are not
 * exactly one service after the plan is a difference, with the plan's reason (a step that separated
 * or joined them and the findings it resolved, their bounded contexts or security zones, or no
 * finding calling for the change) and the proposal's (the entity-graph weight between the parts,
 * which its modularity objective follows). The findings the proposal's cut would introduce are
 * listed as well (the plan never takes a step that introduces an error), and the proposal's own
 * notes (the algorithm found no structure, the cycles its cut forces).
 *
 * @param algorithm          the clustering algorithm of the proposal
 * @param proposedServices   how many services the proposal has
 * @param currentModularity  Newman's Q of the current cut
 * @param planModularity     Q once the plan is applied
 * @param proposalModularity Q of the proposal
 * @param mojoFm             MoJoFM of the plan's cut against the proposal's, in [0, 100]
 * @param adjustedRand       adjusted Rand index of the two cuts, in [−1, 1]
 * @param differences        the proposal's services the plan does not match, in the proposal's order
 * @param proposalIntroduces errors and warnings the proposal's cut has that the current cut has not
 * @param notes              the proposal's own notes: the algorithm found no structure (and what to try
 *                           next), the cycles its cut forces, ...
 */
public record ProposalComparison(String algorithm, int proposedServices, double currentModularity,
                                 double planModularity, double proposalModularity, double mojoFm,
                                 double adjustedRand, List<Difference> differences, List<Finding> proposalIntroduces,
                                 List<String> notes) {

    public ProposalComparison {
        Objects.requireNonNull(algorithm, "algorithm");
        differences = List.copyOf(differences);
        proposalIntroduces = List.copyOf(proposalIntroduces);
        notes = List.copyOf(notes);
    }

    /**
     * One service of the proposal that the plan does not have.
     *
     * @param proposalService the proposal's name for it
     * @param aggregates      the roots of its aggregates
     * @param plan            where the plan puts them: {@code Service (A, B)}, one per service
     * @param why             the plan's reason and the proposal's, one paragraph
     */
    public record Difference(String proposalService, List<String> aggregates, List<String> plan, String why) {
        public Difference {
            Objects.requireNonNull(proposalService, "proposalService");
            aggregates = List.copyOf(aggregates);
            plan = List.copyOf(plan);
            Objects.requireNonNull(why, "why");
        }
    }

    /**
     * What a proposal is compared by.
     *
     * @param algorithm         the clustering algorithm
     * @param assignment        entity → proposed service
     * @param currentModularity Q of the current cut
     * @param modularity        Q of the proposal
     * @param notes             the proposal's notes, one line each
     * @param evaluation        the proposed model analysed, when it was
     */
    public record Proposed(String algorithm, Map<String, String> assignment, double currentModularity,
                           double modularity, List<String> notes, Optional<Evaluation> evaluation) {
        public Proposed {
            Objects.requireNonNull(algorithm, "algorithm");
            assignment = Map.copyOf(assignment);
            notes = List.copyOf(notes);
            Objects.requireNonNull(evaluation, "evaluation");
        }
    }

    /** Compares the plan for {@code base} with {@code proposed}. O(entities + entity-graph edges). */
    public static ProposalComparison of(Evaluation base, Plan plan, Proposed proposed) {
        DomainModel model = base.model();
        Map<String, String> planCut = Assignment.of(plan.result());
        Map<String, String> contextOf = new HashMap<>();
        Map<String, String> zoneOf = new HashMap<>();
        Map<String, List<String>> members = new LinkedHashMap<>();
        for (Entity entity : (Iterable<Entity>) model.entities()::iterator) {
            members.computeIfAbsent(entity.aggregateRoot(), k -> new ArrayList<>()).add(entity.name());
            contextOf.putIfAbsent(entity.aggregateRoot(), entity.context());
            entity.securityZone().ifPresent(z -> zoneOf.putIfAbsent(entity.aggregateRoot(), z));
        }
        // aggregate → its service in each cut (by its root, else its first member)
        Map<String, String> planService = new LinkedHashMap<>();
        Map<String, String> proposalService = new LinkedHashMap<>();
        members.forEach((root, entities) -> {
            planService.put(root, planCut.getOrDefault(root, planCut.get(entities.get(0))));
            proposalService.put(root, proposed.assignment().getOrDefault(root,
                    proposed.assignment().getOrDefault(entities.get(0), Assignment.UNOWNED + root)));
        });
        Map<String, List<String>> byProposal = group(proposalService);
        Map<String, List<String>> byPlan = group(planService);
        List<Difference> differences = new ArrayList<>();
        for (Map.Entry<String, List<String>> cluster : byProposal.entrySet()) {
            Map<String, List<String>> parts = new LinkedHashMap<>();
            cluster.getValue().forEach(root -> parts.computeIfAbsent(planService.get(root), k -> new ArrayList<>())
                    .add(root));
            String only = parts.keySet().iterator().next();
            if (parts.size() == 1 && byPlan.get(only).size() == cluster.getValue().size()) {
                continue;
            }
            List<String> where = new ArrayList<>();
            parts.forEach((service, roots) -> where.add(service + " (" + String.join(", ", roots) + ")"));
            String why = parts.size() > 1
                    ? apart(parts, plan, members, contextOf, zoneOf, base.context().entityGraph())
                    : together(only, cluster.getValue(), byPlan.get(only), plan, members, base.context().entityGraph());
            differences.add(new Difference(cluster.getKey(), cluster.getValue(), where, why));
        }
        List<Finding> introduces = proposed.evaluation().map(e -> FindingDelta.between(base.findings(), e.findings())
                .introduced().stream().filter(f -> f.severity() != Severity.NOTE).toList()).orElse(List.of());
        return new ProposalComparison(proposed.algorithm(), byProposal.size(), proposed.currentModularity(),
                plan.after().modularity(), proposed.modularity(),
                Agreement.mojoFm(planCut, restrict(proposed.assignment(), planCut)),
                Agreement.adjustedRand(planCut, restrict(proposed.assignment(), planCut)), differences, introduces,
                proposed.notes());
    }

    /** The plan keeps the proposal's service in several services: why. */
    private static String apart(Map<String, List<String>> parts, Plan plan, Map<String, List<String>> members,
                                Map<String, String> contextOf, Map<String, String> zoneOf, EntityGraph graph) {
        List<String> all = new ArrayList<>();
        parts.values().forEach(all::addAll);
        Set<String> contexts = new TreeSet<>();
        Set<String> zones = new TreeSet<>();
        all.forEach(r -> {
            contexts.add(contextOf.get(r));
            if (zoneOf.containsKey(r)) {
                zones.add(zoneOf.get(r));
            }
        });
        List<String> reasons = new ArrayList<>();
        steps(plan, all, members).forEach(reasons::add);
        if (contexts.size() > 1) {
            reasons.add("they belong to " + contexts.size() + " bounded contexts (" + String.join(", ", contexts)
                    + "), and a service implements one (MD011)");
        }
        if (zones.size() > 1) {
            reasons.add("they hold " + zones.size() + " security zones (" + String.join(", ", zones)
                    + "), which must not share a service (MD015)");
        }
        if (reasons.isEmpty()) {
            reasons.add("no finding calls for joining them");
        }
        double weight = crossWeight(new ArrayList<>(parts.values()), members, graph);
        return "the plan keeps them apart: " + String.join("; ", reasons) + ". The proposal joins them for "
                + "modularity: entity-graph weight " + Planner.number(weight) + " runs between the parts.";
    }

    /** The plan keeps the proposal's service together with other aggregates: why. */
    private static String together(String service, List<String> cluster, List<String> planGroup, Plan plan,
                                   Map<String, List<String>> members, EntityGraph graph) {
        List<String> others = planGroup.stream().filter(r -> !cluster.contains(r)).toList();
        List<String> reasons = new ArrayList<>(steps(plan, planGroup, members));
        if (reasons.isEmpty()) {
            reasons.add("no finding calls for separating them");
        }
        double weight = crossWeight(List.of(cluster, others), members, graph);
        return "the plan keeps them in " + service + " with " + String.join(", ", others) + ": "
                + String.join("; ", reasons) + ". The proposal separates them for modularity: only "
                + Planner.number(weight) + " of entity-graph weight binds them to the rest.";
    }

    /** The plan steps that moved any entity of {@code roots}, with the findings they resolved. */
    private static List<String> steps(Plan plan, List<String> roots, Map<String, List<String>> members) {
        Set<String> entities = new HashSet<>();
        roots.forEach(r -> entities.addAll(members.get(r)));
        List<String> result = new ArrayList<>();
        for (PlanStep step : plan.steps()) {
            if (step.moved().stream().anyMatch(entities::contains)) {
                result.add("step " + step.number() + " (" + step.change().kind() + " " + step.change().service()
                        + ") resolves " + step.effect().resolved().stream().map(f -> f.rule().name()).distinct()
                        .reduce((a, b) -> a + ", " + b).orElse("nothing"));
            }
        }
        return result;
    }

    /** Positive entity-graph weight between different groups of aggregates. */
    private static double crossWeight(List<List<String>> groups, Map<String, List<String>> members,
                                      EntityGraph graph) {
        Map<String, Integer> groupOf = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            for (String root : groups.get(g)) {
                for (String entity : members.getOrDefault(root, List.of())) {
                    groupOf.put(entity, g);
                }
            }
        }
        return graph.weightBetween(groupOf);
    }

    private static Map<String, List<String>> group(Map<String, String> serviceOf) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        serviceOf.forEach((root, service) -> groups.computeIfAbsent(service, k -> new ArrayList<>()).add(root));
        return groups;
    }

    private static Map<String, String> restrict(Map<String, String> assignment, Map<String, String> to) {
        Map<String, String> result = new java.util.TreeMap<>();
        to.keySet().forEach(e -> result.put(e, assignment.getOrDefault(e, Assignment.UNOWNED + e)));
        return result;
    }
}
