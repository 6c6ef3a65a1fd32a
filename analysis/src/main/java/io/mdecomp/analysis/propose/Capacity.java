package io.mdecomp.analysis.propose;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries capacity from the current services to the proposed ones, so that a simulation of the
 * two compares cuts, not capacities.
 *
 * <p>The <em>work</em> of an endpoint is the mean of its service time; an endpoint without one
 * counts as the mean of its service's modelled endpoints (1 when none is modelled). A current
 * service S passes to a proposed service P the share of its work that P hosts,
 * {@code share(S → P) = work of S's endpoints placed in P / work of all S's endpoints}; a service
 * without endpoints passes on its entities instead ({@code |S's entities in P| / |S's entities|}),
 * and one with neither passes everything to its successor. Then
 *
 * <pre>
 * slots(P)     = Σ_S share(S → P) · instances_S · workers_S
 * instances(P) = instances of the S that passes P the most slots (the first on ties)
 * workers(P)   = ⌈slots(P) / instances(P)⌉
 * queue(P)     = ⌈Σ_S share(S → P) · instances_S · queue_S / instances(P)⌉
 * </pre>
 *
 * so the worker slots of all proposed services add up to those of the current ones (rounded up per
 * service: less than one slot per instance more), and a piece of a service runs on as many
 * instances as the service did, so losing an instance costs it the same share of its capacity as
 * before. The endpoints a proposal creates (queries, commands,
 * event handlers) carry no work of their own: the work was already in the calling endpoint's
 * service time, which is kept. A proposed service that absorbs nothing gets
 * {@link Deployment#DEFAULT}. O(endpoints + entities).
 */
final class Capacity {

    private Capacity() {
    }

    /**
     * @param services   the current services
     * @param hostOf     current endpoint → the proposed service it is placed in
     * @param assignment entity → proposed service
     * @param successor  current service → the proposed service that received most of it
     * @param proposed   the proposed services' names, in order
     */
    static Map<String, ServiceCapacity> carry(Collection<Service> services, Map<EndpointRef, String> hostOf,
                                              Map<String, String> assignment, Map<String, String> successor,
                                              Collection<String> proposed) {
        Map<String, double[]> sums = new LinkedHashMap<>();
        Map<String, Integer> instancesOf = new LinkedHashMap<>();
        Map<String, Double> largest = new LinkedHashMap<>();
        Map<String, Map<String, Double>> sharesOf = new LinkedHashMap<>();
        proposed.forEach(p -> {
            sums.put(p, new double[2]);
            sharesOf.put(p, new LinkedHashMap<>());
        });
        for (Service service : services) {
            for (Map.Entry<String, Double> share : shares(service, hostOf, assignment, successor).entrySet()) {
                double[] sum = sums.get(share.getKey());
                if (sum == null || share.getValue() <= 0) {
                    continue;
                }
                Deployment d = service.deployment();
                double s = share.getValue();
                sum[0] += s * d.instances() * d.workers();
                sum[1] += s * d.instances() * d.queue();
                if (s * d.instances() * d.workers() > largest.getOrDefault(share.getKey(), 0.0)) {
                    largest.put(share.getKey(), s * d.instances() * d.workers());
                    instancesOf.put(share.getKey(), d.instances());
                }
                sharesOf.get(share.getKey()).merge(service.name(), s, Double::sum);
            }
        }
        Map<String, ServiceCapacity> result = new LinkedHashMap<>();
        for (String p : proposed) {
            double[] sum = sums.get(p);
            Deployment deployment = Deployment.DEFAULT;
            if (sum[0] > 0) {
                int instances = instancesOf.get(p);
                int workers = (int) Math.max(1, Math.ceil(sum[0] / instances - 1e-9));
                int queue = (int) Math.max(0, Math.ceil(sum[1] / instances - 1e-9));
                deployment = new Deployment(instances, workers, queue);
            }
            result.put(p, new ServiceCapacity(p, deployment, sum[0], sharesOf.get(p)));
        }
        return result;
    }

    /** Proposed service → the share of {@code service}'s work it absorbs. */
    static Map<String, Double> shares(Service service, Map<EndpointRef, String> hostOf, Map<String, String> assignment,
                                      Map<String, String> successor) {
        Map<String, Double> shares = new LinkedHashMap<>();
        List<Endpoint> endpoints = service.endpoints();
        if (!endpoints.isEmpty()) {
            double modelled = 0;
            int count = 0;
            for (Endpoint endpoint : endpoints) {
                if (endpoint.serviceTime().isPresent()) {
                    modelled += endpoint.serviceTime().get().meanSeconds();
                    count++;
                }
            }
            double fallback = count == 0 || modelled <= 0 ? 1 : modelled / count;
            double total = 0;
            Map<String, Double> work = new LinkedHashMap<>();
            for (Endpoint endpoint : endpoints) {
                double w = endpoint.serviceTime().map(d -> d.meanSeconds()).filter(m -> m > 0).orElse(fallback);
                String host = hostOf.get(new EndpointRef(service.name(), endpoint.name()));
                if (host != null) {
                    work.merge(host, w, Double::sum);
                    total += w;
                }
            }
            for (Map.Entry<String, Double> entry : work.entrySet()) {
                shares.put(entry.getKey(), entry.getValue() / total);
            }
            return shares;
        }
        List<String> owns = service.owns();
        for (String entity : owns) {
            String host = assignment.get(entity);
            if (host != null) {
                shares.merge(host, 1.0 / owns.size(), Double::sum);
            }
        }
        if (shares.isEmpty() && successor.get(service.name()) != null) {
            shares.put(successor.get(service.name()), 1.0);
        }
        return shares;
    }
}
