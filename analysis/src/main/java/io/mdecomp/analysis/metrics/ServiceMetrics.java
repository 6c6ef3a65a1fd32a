package io.mdecomp.analysis.metrics;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics of one service (SPEC §4; formulas in docs/metrics.md).
 *
 * @param name                 the service
 * @param granularity          (min(endpoints/20,1) + min(entities/10,1) + complexity) / 3
 * @param sharedEntityCoupling Σ over other services of |shared entities| / |own entities|, capped at 1
 * @param cohesion             cluster factor 2I / (2I + X); 1 for a service of one entity
 * @param coupling             across / (inside + across) of its strongest {@link Tie}, 0 without one
 * @param topPartners          the three services with the most external weight, heaviest first
 * @param tie                  the tie {@code coupling} is computed from, when the service has a partner
 * @param ca                   afferent service dependencies
 * @param ce                   efferent service dependencies
 * @param instability          Ce / (Ca + Ce)
 * @param ais                  services calling it
 * @param ads                  services it calls
 * @param acs                  AIS × ADS
 * @param siuc                 service interface usage cohesion
 * @param syncFanOut           direct sync dependencies
 * @param syncDepth            longest chain of sync calls starting here
 */
public record ServiceMetrics(
        String name,
        double granularity,
        double sharedEntityCoupling,
        double cohesion,
        double coupling,
        List<Partner> topPartners,
        Optional<Tie> tie,
        int ca,
        int ce,
        double instability,
        int ais,
        int ads,
        int acs,
        double siuc,
        int syncFanOut,
        int syncDepth) {

    public ServiceMetrics {
        topPartners = List.copyOf(topPartners);
        Objects.requireNonNull(tie, "tie");
    }
}
