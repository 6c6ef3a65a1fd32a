package io.mdecomp.simulator.component;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.distribution.Distribution;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.stats.TimeWeighted;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A service: its instances, its random stream, the faults acting on it (slow factor, injected
 * failure rate) and its statistics (requests that reached a live instance, their outcomes by
 * cause, busy workers and queue length over time). Statistics count from {@link #startRecording}.
 */
public final class ServiceStation {

    private final String name;
    private final int index;
    private final Simulation sim;
    private final SplittableRandom random;
    private final Instance[] instances;
    private final int totalWorkers;
    private final TimeWeighted busy = new TimeWeighted();
    private final TimeWeighted queued = new TimeWeighted();
    private ErrorCounts errors = new ErrorCounts();
    private Consumer<Instance> onRestart = instance -> { };
    private double recordFrom;
    private double slowFactor = 1;
    private double failRate;
    private long calls;
    private long ok;

    public ServiceStation(String name, int index, Simulation sim, Deployment deployment) {
        this.name = name;
        this.index = index;
        this.sim = sim;
        this.random = sim.streams().stream("service " + name);
        this.instances = new Instance[deployment.instances()];
        for (int i = 0; i < instances.length; i++) {
            instances[i] = new Instance(this, sim, i, deployment.workers(), deployment.queue());
        }
        this.totalWorkers = deployment.instances() * deployment.workers();
    }

    public String name() {
        return name;
    }

    public int index() {
        return index;
    }

    public Instance[] instances() {
        return instances.clone();
    }

    public Instance instance(int i) {
        return instances[i];
    }

    public int instanceCount() {
        return instances.length;
    }

    /** Called when an instance restarts (the registry registers it). */
    public void onRestart(Consumer<Instance> listener) {
        this.onRestart = listener;
    }

    void restarted(Instance instance) {
        onRestart.accept(instance);
    }

    // ---- faults

    public void slow(double factor) {
        slowFactor *= factor;
    }

    public void failShare(double rate) {
        failRate = rate;
    }

    double serviceTime(EndpointPlan plan) {
        Distribution dist = plan.serviceTime();
        return dist == null ? 0 : dist.sample(random) * slowFactor;
    }

    boolean injectFailure() {
        return failRate > 0 && random.nextDouble() < failRate;
    }

    boolean cacheHit(EndpointPlan plan) {
        double ratio = plan.cacheHitRatio();
        return ratio > 0 && random.nextDouble() < ratio;
    }

    boolean draw(double probability) {
        return random.nextDouble() < probability;
    }

    // ---- statistics

    /** Starts counting afresh at the current time (the end of the warm-up). */
    public void startRecording() {
        recordFrom = sim.now();
        calls = 0;
        ok = 0;
        busy.reset(sim.now());
        queued.reset(sim.now());
        errors = new ErrorCounts();
    }

    /** Counts a request that reached a live instance. */
    void arrived() {
        calls++;
    }

    /** Whether a request that arrived at {@code time} is counted. */
    boolean counts(double time) {
        return time >= recordFrom;
    }

    void finished(ErrorCause cause, Job job) {
        if (job != null && !counts(job.arrival)) {
            return;
        }
        if (cause == null) {
            ok++;
        } else {
            errors.add(cause);
        }
    }

    void busyChanged(int delta) {
        busy.add(sim.now(), delta);
    }

    void queueChanged(int delta) {
        queued.add(sim.now(), delta);
    }

    public long calls() {
        return calls;
    }

    public long ok() {
        return ok;
    }

    public ErrorCounts errors() {
        return errors;
    }

    /** Busy workers over time divided by all configured workers. */
    public double utilization() {
        return busy.average(sim.now()) / totalWorkers;
    }

    public double meanQueueLength() {
        return queued.average(sim.now());
    }

    /** The time-average number of requests in the service (busy workers plus queued). */
    public double meanInSystem() {
        return busy.average(sim.now()) + queued.average(sim.now());
    }
}
