package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.RandomStreams;
import io.mdecomp.simulator.engine.Simulation;
import java.util.SplittableRandom;

/**
 * A caller's client-side load balancer for one callee service. It chooses among the instances
 * the caller's discovery view lists, leaving out ejected hosts (unless all are ejected: Envoy's
 * panic mode then uses them all). Outstanding requests are those this caller has sent and not
 * yet seen answered or timed out.
 * <ul>
 * <li>round-robin: the next in turn; random: uniform;</li>
 * <li>weighted: random in proportion to the instance's weight (default 1);</li>
 * <li>least-connections: fewest outstanding, ties to the first after a rotating start;</li>
 * <li>ip-hash: by a hash of the client id, stable while the view is;</li>
 * <li>power-of-two-choices: two distinct random candidates, the one with fewer outstanding.</li>
 * </ul>
 */
public final class LoadBalancer {

    private final Simulation sim;
    private final Strategy strategy;
    private final SplittableRandom random;
    private final double[] weights;
    private final int[] outstanding;
    private final int[] candidates;
    private final OutlierSettings outlier;
    private final int[] consecutive;
    private final double[] ejectedUntil;
    private final int[] timesEjected;
    private final boolean[] ejected;
    private int ejectedCount;
    private long ejections;
    private int next;

    /**
     * @param hosts   the callee's instance count
     * @param weights per instance index (missing entries weigh 1), for the weighted strategy
     * @param outlier outlier ejection, or null for none
     */
    public LoadBalancer(Simulation sim, String name, Strategy strategy, int hosts, double[] weights,
                        OutlierSettings outlier) {
        this.sim = sim;
        this.strategy = strategy;
        this.random = sim.streams().stream("lb " + name);
        this.weights = new double[hosts];
        for (int i = 0; i < hosts; i++) {
            this.weights[i] = weights != null && i < weights.length ? weights[i] : 1;
        }
        this.outstanding = new int[hosts];
        this.candidates = new int[hosts];
        this.outlier = outlier;
        this.consecutive = new int[hosts];
        this.ejectedUntil = new double[hosts];
        this.timesEjected = new int[hosts];
        this.ejected = new boolean[hosts];
        if (outlier != null) {
            sim.schedule(outlier.intervalSeconds(), this::sweep);
        }
    }

    /** Picks an instance from {@code view} for {@code client}; null when the view is empty. */
    public Instance choose(Instance[] view, int client) {
        int n = 0;
        for (Instance instance : view) {
            if (!ejected[instance.index()]) {
                candidates[n++] = instance.index();
            }
        }
        if (n == 0) {
            for (Instance instance : view) {
                candidates[n++] = instance.index();
            }
        }
        if (n == 0) {
            return null;
        }
        int chosen = candidates[pick(n, client)];
        for (Instance instance : view) {
            if (instance.index() == chosen) {
                return instance;
            }
        }
        throw new IllegalStateException("chosen instance not in view");
    }

    private int pick(int n, int client) {
        switch (strategy) {
            case ROUND_ROBIN:
                return Math.floorMod(next++, n);
            case RANDOM:
                return random.nextInt(n);
            case WEIGHTED: {
                double total = 0;
                for (int i = 0; i < n; i++) {
                    total += weights[candidates[i]];
                }
                double u = random.nextDouble() * total;
                for (int i = 0; i < n; i++) {
                    u -= weights[candidates[i]];
                    if (u < 0) {
                        return i;
                    }
                }
                return n - 1;
            }
            case LEAST_CONNECTIONS: {
                int start = Math.floorMod(next++, n);
                int best = start;
                for (int k = 1; k < n; k++) {
                    int i = (start + k) % n;
                    if (outstanding[candidates[i]] < outstanding[candidates[best]]) {
                        best = i;
                    }
                }
                return best;
            }
            case IP_HASH:
                return (int) Math.floorMod(RandomStreams.mix(client), (long) n);
            default: {
                if (n == 1) {
                    return 0;
                }
                int a = random.nextInt(n);
                int b = random.nextInt(n - 1);
                if (b >= a) {
                    b++;
                }
                return outstanding[candidates[b]] < outstanding[candidates[a]] ? b : a;
            }
        }
    }

    /** A request to {@code instance} was sent. */
    public void started(Instance instance) {
        outstanding[instance.index()]++;
    }

    /** The request to {@code instance} ended with {@code cause} (null: success). */
    public void ended(Instance instance, ErrorCause cause) {
        int i = instance.index();
        outstanding[i]--;
        if (outlier == null) {
            return;
        }
        if (cause == null) {
            consecutive[i] = 0;
            return;
        }
        if (++consecutive[i] >= outlier.consecutiveErrors() && !ejected[i]) {
            int hosts = outstanding.length;
            int allowed = Math.max(1, (int) Math.floor(hosts * outlier.maxEjectionPercent() / 100.0));
            if (ejectedCount < allowed) {
                ejected[i] = true;
                ejectedCount++;
                ejections++;
                timesEjected[i]++;
                ejectedUntil[i] = sim.now() + outlier.baseEjectionSeconds() * timesEjected[i];
            }
            consecutive[i] = 0;
        }
    }

    private void sweep() {
        double now = sim.now();
        for (int i = 0; i < ejected.length; i++) {
            if (ejected[i] && now >= ejectedUntil[i]) {
                ejected[i] = false;
                ejectedCount--;
            }
        }
        sim.schedule(outlier.intervalSeconds(), this::sweep);
    }

    public int outstanding(int index) {
        return outstanding[index];
    }

    public boolean isEjected(int index) {
        return ejected[index];
    }

    /** How many ejections happened. */
    public long ejections() {
        return ejections;
    }
}
