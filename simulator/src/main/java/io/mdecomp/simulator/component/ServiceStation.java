package io.mdecomp.simulator.component;

import io.mdecomp.model.Deployment;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.stats.TimeWeighted;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A service: its instances, the faults acting on it (slow factor, injected failure rate, drawn
 * from its own stream {@code service S failures}) and its statistics (requests that reached a
 * live instance, their outcomes by cause, busy workers and queue length over time, and the time
 * from arrival at an instance to the answer). Statistics count from {@link #startRecording}.
 */
public final class ServiceStation implements Recorder {

    private final String name;
    private final int index;
    private final Simulation sim;
    private final SplittableRandom failures;
    private final Instance[] instances;
    private final int totalWorkers;
    private final TimeWeighted busy = new TimeWeighted();
    private final TimeWeighted queued = new TimeWeighted();
    private final ErrorCounts errors = new ErrorCounts();
    private Consumer<Instance> onRestart = instance -> { };
    private double recordFrom;
    private double slowFactor = 1;
    private double failRate;
    private long calls;
    private long ok;
    private long departures;
    private double sojournSum;

    public ServiceStation(String name, int index, Simulation sim, Deployment deployment) {
        this.name = name;
        this.index = index;
        this.sim = sim;
        this.failures = sim.streams().stream("service " + name + " failures");
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

    /** The next service time of {@code plan} on this service, slowed by the faults in force. */
    double serviceTime(EndpointPlan plan) {
        return plan.drawServiceTime() * slowFactor;
    }

    /** Whether an injected fault fails this request (no draw while no fault is in force). */
    boolean injectFailure() {
        return failRate > 0 && failures.nextDouble() < failRate;
    }

    // ---- statistics

    @Override
    public void startRecording() {
        recordFrom = sim.now();
        calls = 0;
        ok = 0;
        departures = 0;
        sojournSum = 0;
        busy.reset(sim.now());
        queued.reset(sim.now());
        errors.clear();
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
        if (job != null) {
            departures++;
            sojournSum += sim.now() - job.arrival;
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

    /** Requests holding a worker or waiting for one (time average): L of Little's law. */
    public double meanInSystem() {
        return busy.average(sim.now()) + queued.average(sim.now());
    }

    /**
     * The mean time from a request's arrival at an instance to its answer, in seconds, over the
     * requests that arrived after the warm-up and were answered (a rejected one after no time):
     * W of Little's law; NaN when none was.
     */
    public double meanSojournSeconds() {
        return departures == 0 ? Double.NaN : sojournSum / departures;
    }
}
