package io.mdecomp.analysis.plan;

import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.Granularity;
import io.mdecomp.analysis.metrics.Partner;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.analysis.recommend.Merge;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges of a service with a partner: the services it shares the most entity-graph weight with
 * (heaviest first), then its service-graph neighbours by dependency weight (both directions),
 * at most {@value #PARTNERS} of them, skipping any whose merged granularity (both endpoint lists,
 * the union of entities, the larger complexity) would be above the coarse threshold. The smaller
 * of the two (fewer entities, else fewer endpoints) goes into the larger, which keeps its name,
 * team, context and deployment and takes the larger complexity.
 */
final class MergeCandidates {

    static final int PARTNERS = 3;

    private final Evaluation now;

    MergeCandidates(Evaluation now) {
        this.now = now;
    }

    private record Partnership(String service, double weight, boolean entityGraph) {
    }

    /** Merges of {@code service} meant to resolve {@code targets}. */
    List<Candidate> merges(Service service, Set<String> targets, double coarse) {
        ServiceMetrics metrics = now.service(service.name()).orElseThrow();
        List<Candidate> result = new ArrayList<>();
        List<String> tooCoarse = new ArrayList<>();
        for (Partnership partnership : partners(metrics)) {
            if (result.size() == PARTNERS) {
                break;
            }
            Service partner = now.context().index().service(partnership.service()).orElse(null);
            if (partner == null) {
                continue;
            }
            double merged = merged(service, partner);
            if (merged > coarse) {
                tooCoarse.add(partner.name() + " " + Planner.number(merged));
                continue;
            }
            if (larger(service, partner)) {
                // the same merge the other way round: the larger service keeps its name
                result.add(merge(partner, service, partnership, "the larger service it shares "
                        + Planner.number(partnership.weight()) + " of entity-graph weight with", targets, tooCoarse));
                continue;
            }
            String why = partnership.entityGraph()
                    ? "a partner it shares " + Planner.number(partnership.weight()) + " of entity-graph weight with"
                    : "a service it depends on directly (dependency weight " + Planner.number(partnership.weight()) + ")";
            result.add(merge(service, partner, partnership, why, targets, tooCoarse));
        }
        return result;
    }

    /** The merge of {@code service} into {@code partner}. */
    private Candidate merge(Service service, Service partner, Partnership partnership, String reason,
                            Set<String> targets, List<String> tooCoarse) {
        ServiceMetrics metrics = now.service(service.name()).orElseThrow();
        List<String> owns = new ArrayList<>(partner.owns());
        service.owns().stream().filter(e -> !owns.contains(e)).forEach(owns::add);
        List<String> order = now.model().entities().map(e -> e.name()).filter(owns::contains).toList();
        OptionalDouble complexity = OptionalDouble.of(Math.max(
                service.complexity().orElse(Granularity.DEFAULT_COMPLEXITY),
                partner.complexity().orElse(Granularity.DEFAULT_COMPLEXITY)));
        Recut recut = new Recut(Map.of(partner.name(), order), Map.of(partner.name(), partner.name()),
                Map.of(partner.name(), complexity), Map.of(service.name(), partner.name()));
        List<String> coarseNote = List.copyOf(tooCoarse);
        String team = handover(service, partner);
        return new Candidate("merge", service.name(), recut, targets, "merge " + service.name() + " into "
                + partner.name(), (calls, before, after) -> {
                    double granularity = after.service(partner.name()).orElseThrow().granularity();
                    return new Merge(service.name(), partner.name(), partnership.weight(), granularity, calls,
                            "merge " + service.name() + " (granularity " + Planner.number(metrics.granularity())
                                    + ") into " + partner.name() + ", " + reason + "; merged granularity "
                                    + Planner.number(granularity)
                                    + (coarseNote.isEmpty() ? "" : " (merging into " + String.join(", ", coarseNote)
                                    + " would be too coarse)") + team + Planner.calls(calls));
                });
    }

    /** True when {@code a} should absorb {@code b}: more entities, else more endpoints, else first by name. */
    private static boolean larger(Service a, Service b) {
        if (a.owns().size() != b.owns().size()) {
            return a.owns().size() > b.owns().size();
        }
        if (a.endpoints().size() != b.endpoints().size()) {
            return a.endpoints().size() > b.endpoints().size();
        }
        return a.name().compareTo(b.name()) < 0;
    }

    /** Entity-graph partners by weight, then service-graph neighbours by dependency weight. */
    private List<Partnership> partners(ServiceMetrics metrics) {
        Map<String, Partnership> candidates = new LinkedHashMap<>();
        for (Partner partner : metrics.topPartners()) {
            candidates.put(partner.service(), new Partnership(partner.service(), partner.weight(), true));
        }
        metrics.tie().ifPresent(t -> candidates.putIfAbsent(t.partner(), new Partnership(t.partner(),
                weightBetween(metrics, t.partner()), true)));
        Map<String, Double> neighbours = new TreeMap<>();
        for (ServiceEdge edge : now.context().serviceGraph().graph().edgesOf(metrics.name())) {
            String other = edge.source().equals(metrics.name()) ? edge.target() : edge.source();
            neighbours.merge(other, edge.weight(), Double::sum);
        }
        neighbours.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> candidates.putIfAbsent(e.getKey(), new Partnership(e.getKey(), e.getValue(), false)));
        return List.copyOf(candidates.values());
    }

    private static double weightBetween(ServiceMetrics metrics, String partner) {
        return metrics.topPartners().stream().filter(p -> p.service().equals(partner)).mapToDouble(Partner::weight)
                .findFirst().orElse(0);
    }

    /** The granularity of the merge of {@code a} into {@code b}. */
    static double merged(Service a, Service b) {
        Set<String> entities = new LinkedHashSet<>(a.owns());
        entities.addAll(b.owns());
        double complexity = Math.max(a.complexity().orElse(Granularity.DEFAULT_COMPLEXITY),
                b.complexity().orElse(Granularity.DEFAULT_COMPLEXITY));
        return Granularity.of(a.endpoints().size() + b.endpoints().size(), entities.size(), complexity);
    }

    /** "; team t1 hands it over to team t2" when the teams differ. */
    static String handover(Service from, Service to) {
        if (from.team().equals(to.team())) {
            return "";
        }
        return "; " + from.team().map(t -> "team " + t).orElse("nobody (no team)") + " hands it over to "
                + to.team().map(t -> "team " + t).orElse("nobody (no team)");
    }
}
