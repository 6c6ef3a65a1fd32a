package io.mdecomp.analysis.recommend;

import io.mdecomp.analysis.AnalysisContext;
import io.mdecomp.analysis.graph.ServiceEdge;
import io.mdecomp.analysis.metrics.Granularity;
import io.mdecomp.analysis.metrics.Partner;
import io.mdecomp.analysis.metrics.ServiceMetrics;
import io.mdecomp.model.Service;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges of fine services: into the partner with the most entity-graph weight (the service's top
 * partners), else into the service-graph neighbour with the most dependency weight (both
 * directions), taking the first candidate whose merged granularity stays at or below the coarse
 * threshold. The merged service has both services' endpoints, the union of their entities and the
 * larger complexity.
 */
final class MergeFinder {

    private final AnalysisContext context;

    MergeFinder(AnalysisContext context) {
        this.context = context;
    }

    private record Candidate(String service, double weight, boolean entityGraph) {
    }

    List<Merge> merges(List<ServiceMetrics> metrics, double fine, double coarse) {
        List<Merge> result = new ArrayList<>();
        for (ServiceMetrics m : metrics) {
            if (m.granularity() >= fine) {
                continue;
            }
            Service service = context.index().service(m.name()).orElseThrow();
            List<String> tooCoarse = new ArrayList<>();
            for (Candidate candidate : candidates(m)) {
                Service partner = context.index().service(candidate.service()).orElse(null);
                if (partner == null) {
                    continue;
                }
                double merged = merged(service, partner);
                if (merged > coarse) {
                    tooCoarse.add(partner.name() + " " + Recommender.number(merged));
                    continue;
                }
                String why = candidate.entityGraph()
                        ? "the partner it shares the most entity-graph weight with (" + Recommender.number(candidate.weight()) + ")"
                        : "the service it depends on most directly (dependency weight " + Recommender.number(candidate.weight()) + ")";
                result.add(new Merge(service.name(), partner.name(), candidate.weight(), merged,
                        "merge " + service.name() + " (granularity " + Recommender.number(m.granularity()) + ") into "
                                + partner.name() + ", " + why + "; merged granularity " + Recommender.number(merged)
                                + (tooCoarse.isEmpty() ? "" : " (merging into " + String.join(", ", tooCoarse)
                                + " would be too coarse)")));
                break;
            }
        }
        return result;
    }

    /** Entity-graph partners by weight, then service-graph neighbours by dependency weight. */
    private List<Candidate> candidates(ServiceMetrics m) {
        Map<String, Candidate> candidates = new LinkedHashMap<>();
        for (Partner partner : m.topPartners()) {
            candidates.put(partner.service(), new Candidate(partner.service(), partner.weight(), true));
        }
        Map<String, Double> neighbours = new TreeMap<>();
        for (ServiceEdge edge : context.serviceGraph().graph().edgesOf(m.name())) {
            String other = edge.source().equals(m.name()) ? edge.target() : edge.source();
            neighbours.merge(other, edge.weight(), Double::sum);
        }
        neighbours.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> candidates.putIfAbsent(e.getKey(), new Candidate(e.getKey(), e.getValue(), false)));
        return List.copyOf(candidates.values());
    }

    static double merged(Service a, Service b) {
        Set<String> entities = new LinkedHashSet<>(a.owns());
        entities.addAll(b.owns());
        double complexity = Math.max(a.complexity().orElse(Granularity.DEFAULT_COMPLEXITY),
                b.complexity().orElse(Granularity.DEFAULT_COMPLEXITY));
        return Granularity.of(a.endpoints().size() + b.endpoints().size(), entities.size(), complexity);
    }
}
