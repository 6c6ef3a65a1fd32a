package io.mdecomp.analysis.evaluate;

import io.mdecomp.analysis.diff.Agreement;
import io.mdecomp.analysis.diff.OneToOneMatching;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Scores component assignments against a ground truth, as the microservice-identification
 * literature does: only the truth's components labelled with a service are scored (those labelled
 * shared {@code C} or unused {@code N/U} are left out), and every assignment is scored on exactly
 * that subset, per kind and over all components:
 * <ul>
 *   <li><b>accuracy</b>: the share of components in an assigned service that the best one-to-one
 *       matching of assigned to true services ({@link OneToOneMatching}, computed per scope) pairs
 *       with their true service; a component the assignment leaves out, or labels shared or unused,
 *       counts as wrong;</li>
 *   <li><b>MoJoFM</b> and the <b>adjusted Rand index</b> ({@link Agreement}) of the assignment against
 *       the truth, each unplaced component counting as a cluster of its own (so leaving components
 *       out never raises a score).</li>
 * </ul>
 * O(c · (n + s³)) for c candidates, n components and s services.
 */
public final class Evaluator {

    private Evaluator() {
    }

    /**
     * @throws InputException when the truth labels no component with a service
     */
    public static Evaluation evaluate(ComponentAssignment truth, List<Candidate> candidates) {
        Map<ComponentKey, String> scored = new TreeMap<>();
        int shared = 0;
        int unused = 0;
        for (ComponentLabel label : truth.labels()) {
            if (label.isService()) {
                scored.put(label.component(), label.label());
            } else if (label.label().equals(ComponentLabel.SHARED)) {
                shared++;
            } else {
                unused++;
            }
        }
        if (scored.isEmpty()) {
            throw new InputException(Diagnostic.error(SourceLocation.startOf(truth.source()), "value",
                    "the ground truth labels no component with a service (every row is C or N/U); nothing to score"));
        }
        SortedMap<String, Integer> services = new TreeMap<>();
        scored.values().forEach(service -> services.merge(service, 1, Integer::sum));
        SortedMap<Scope, Integer> sizes = new TreeMap<>();
        for (Scope scope : Scope.values()) {
            long count = scored.keySet().stream().filter(k -> scope.covers(k.kind())).count();
            if (count > 0) {
                sizes.put(scope, (int) count);
            }
        }
        List<CandidateEvaluation> results = new ArrayList<>();
        for (Candidate candidate : candidates) {
            results.add(evaluate(candidate, truth, scored, sizes));
        }
        return new Evaluation(truth.source(), services, sizes, shared, unused, results);
    }

    private static CandidateEvaluation evaluate(Candidate candidate, ComponentAssignment truth,
                                                Map<ComponentKey, String> scored, SortedMap<Scope, Integer> scopes) {
        Map<ComponentKey, String> labels = candidate.assignment().asMap();
        List<Score> scores = new ArrayList<>();
        OneToOneMatching overall = null;
        for (Scope scope : scopes.keySet()) {
            Map<String, String> expected = new TreeMap<>();
            Map<String, String> placed = new TreeMap<>();
            Map<String, String> clusters = new TreeMap<>();
            for (Map.Entry<ComponentKey, String> component : scored.entrySet()) {
                if (!scope.covers(component.getKey().kind())) {
                    continue;
                }
                String id = component.getKey().toString();
                expected.put(id, component.getValue());
                String label = labels.get(component.getKey());
                if (label != null && !ComponentLabel.isReserved(label)) {
                    placed.put(id, label);
                    clusters.put(id, label);
                } else {
                    clusters.put(id, "\u0000unplaced " + id);
                }
            }
            OneToOneMatching matching = OneToOneMatching.best(placed, expected);
            if (scope == Scope.ALL) {
                overall = matching;
            }
            scores.add(new Score(scope, expected.size(), placed.size(), matching.overlap(),
                    Agreement.mojoFm(clusters, expected), Agreement.adjustedRand(clusters, expected),
                    matching.pairs()));
        }
        return new CandidateEvaluation(candidate.name(), candidate.assignment().source(), scores,
                misplaced(scored, labels, overall), strays(labels, truth));
    }

    private static List<Misplacement> misplaced(Map<ComponentKey, String> scored, Map<ComponentKey, String> labels,
                                                OneToOneMatching matching) {
        Map<String, String> partner = new HashMap<>();
        matching.pairs().forEach(pair -> partner.put(pair.a(), pair.b()));
        List<Misplacement> wrong = new ArrayList<>();
        scored.forEach((component, truth) -> {
            String label = labels.get(component);
            if (label == null || ComponentLabel.isReserved(label)) {
                wrong.add(new Misplacement(component, truth, Optional.empty(), Optional.empty()));
            } else if (!truth.equals(partner.get(label))) {
                wrong.add(new Misplacement(component, truth, Optional.of(label), Optional.ofNullable(partner.get(label))));
            }
        });
        return wrong;
    }

    private static List<CandidateEvaluation.Stray> strays(Map<ComponentKey, String> labels, ComponentAssignment truth) {
        Map<ComponentKey, String> known = truth.asMap();
        Map<ComponentKind, List<String>> namesByKind = new EnumMap<>(ComponentKind.class);
        known.keySet().forEach(k -> namesByKind.computeIfAbsent(k.kind(), x -> new ArrayList<>()).add(k.name()));
        List<CandidateEvaluation.Stray> strays = new ArrayList<>();
        for (ComponentKey component : labels.keySet()) {
            if (!known.containsKey(component)) {
                Optional<ComponentKey> closest = Suggestions.closest(component.name(),
                                namesByKind.getOrDefault(component.kind(), List.of()))
                        .map(name -> new ComponentKey(component.kind(), name));
                strays.add(new CandidateEvaluation.Stray(component, closest));
            }
        }
        return strays;
    }
}
