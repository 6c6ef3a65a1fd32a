package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.trace.TraceSpan;
import java.util.ArrayDeque;

/**
 * One instance of a service: {@code workers} concurrent slots and a waiting room of {@code queue}
 * requests (full: rejected), working at its speed factor (1 unless the scenario says otherwise:
 * its service times are divided by it). A request holds its worker for its service time and then for its
 * downstream calls, group after group; a cache hit skips the calls. A kill fails every queued and
 * running request with {@code connection-refused}; a restart starts empty and registers again.
 */
public final class Instance {

    /** Worker slots allocated up front; more are allocated when that many requests run at once. */
    private static final int INITIAL_SLOTS = 16;

    private final ServiceStation station;
    private final Simulation sim;
    private final int index;
    private final int workers;
    private final int queueCapacity;
    /** Its speed factor: its service times are the drawn ones divided by it. */
    private final double speed;
    private final ArrayDeque<Job> queue = new ArrayDeque<>();
    /** The requests holding a worker, by slot; grown as concurrency grows, never beyond {@code workers}. */
    private Job[] running;
    /** The free slots of {@code running}, as a stack. */
    private int[] free;
    private int freeCount;
    private boolean alive = true;
    private int epoch;
    private int busy;
    private double registeredAt;
    private double killedAt = Double.NaN;

    Instance(ServiceStation station, Simulation sim, int index, int workers, int queueCapacity, double speed) {
        this.station = station;
        this.speed = speed;
        this.sim = sim;
        this.index = index;
        this.workers = workers;
        this.queueCapacity = queueCapacity;
        this.running = new Job[Math.min(workers, INITIAL_SLOTS)];
        this.free = new int[running.length];
        for (int i = running.length - 1; i >= 0; i--) {
            free[freeCount++] = i;
        }
    }

    public ServiceStation station() {
        return station;
    }

    /** Position among its service's instances. */
    public int index() {
        return index;
    }

    public boolean alive() {
        return alive;
    }

    int epoch() {
        return epoch;
    }

    public int busy() {
        return busy;
    }

    public int queued() {
        return queue.size();
    }

    /** When it last (re)started and registered. */
    public double registeredAt() {
        return registeredAt;
    }

    /** When it was killed; NaN while alive. */
    public double killedAt() {
        return killedAt;
    }

    /** Takes a request for {@code plan}; {@code reply} hears the outcome. Only for live instances. */
    public void submit(EndpointPlan plan, int client, Reply reply) {
        submit(plan, client, null, false, reply);
    }

    /**
     * Takes a request sent by the span {@code parent} (null: not traced); its server span (consumer
     * span for a {@code message}) starts when a worker takes it.
     */
    public void submit(EndpointPlan plan, int client, TraceSpan parent, boolean message, Reply reply) {
        Job job = new Job(plan, client, reply);
        job.parent = parent;
        job.message = message;
        job.instance = this;
        job.epoch = epoch;
        job.arrival = sim.now();
        station.arrived();
        if (busy < workers) {
            start(job);
        } else if (queue.size() < queueCapacity) {
            queue.addLast(job);
            station.queueChanged(1);
        } else {
            station.finished(ErrorCause.REJECTED, job);
            if (parent != null) {
                TraceSpan span = sim.tracer().server(parent, station.name(), index, plan.route(), message, sim.now());
                sim.tracer().event(span, "rejected", sim.now(), ErrorCause.REJECTED.label());
                sim.tracer().end(span, sim.now(), ErrorCause.REJECTED.label());
            }
            reply.done(ErrorCause.REJECTED);
        }
    }

    private void start(Job job) {
        job.span = sim.tracer().server(job.parent, station.name(), index, job.plan.route(), job.message, sim.now());
        busy++;
        station.busyChanged(1);
        job.slot = freeSlot();
        running[job.slot] = job;
        double serviceTime = station.serviceTime(job.plan) / speed;
        if (serviceTime > 0 || !sim.enterInline()) {
            sim.schedule(serviceTime, job);
        } else {
            afterService(job);
            sim.leaveInline();
        }
    }

    /**
     * Takes a free worker slot (the one freed last); there is one since fewer than {@code workers}
     * requests are running, though the slot array may have to grow to hold it.
     */
    private int freeSlot() {
        if (freeCount == 0) {
            int old = running.length;
            int size = Math.min(workers, old * 2);
            running = java.util.Arrays.copyOf(running, size);
            free = new int[size];
            for (int i = size - 1; i >= old; i--) {
                free[freeCount++] = i;
            }
        }
        return free[--freeCount];
    }

    private void releaseSlot(int slot) {
        running[slot] = null;
        free[freeCount++] = slot;
    }

    void afterService(Job job) {
        if (job.stale()) {
            return;
        }
        if (station.injectFailure()) {
            sim.tracer().event(job.span, "fault injected", sim.now(), ErrorCause.INJECTED.label());
            publish(job, true);
            finish(job, ErrorCause.INJECTED);
            return;
        }
        if (job.plan.drawCacheHit()) {
            finish(job, null);
            return;
        }
        runGroup(job, 0);
    }

    private void runGroup(Job job, int group) {
        CallPlan[][] groups = job.plan.groups();
        if (group == groups.length) {
            publish(job, false);
            finish(job, null);
            return;
        }
        job.group = group;
        job.pending = 1;
        for (CallPlan call : groups[group]) {
            if (call.probability() < 1 && !job.plan.drawCall(call.probability())) {
                continue;
            }
            if (call.sync()) {
                job.pending++;
                call.path().call(call.target(), job.client, job.span, new GroupReply(this, job, group));
            } else {
                call.path().call(call.target(), job.client, job.span, Reply.IGNORE);
            }
        }
        groupReply(job, group, null);
    }

    /** Publishes the events whose rules hold for a request that {@code failed} (or not). */
    private void publish(Job job, boolean failed) {
        Topic[] topics = job.plan.publishes();
        for (int i = 0; i < topics.length; i++) {
            if (job.plan.publishes(i, failed)) {
                topics[i].publish(job.span == null ? null
                        : sim.tracer().producer(job.span, station.name(), topics[i].event(), sim.now()), sim);
            }
        }
    }

    private void groupReply(Job job, int group, ErrorCause cause) {
        if (job.stale() || job.group != group) {
            return;
        }
        if (cause != null && job.failure == null) {
            job.failure = cause;
        }
        if (--job.pending == 0) {
            if (job.failure != null) {
                publish(job, true);
                finish(job, job.failure);
            } else {
                runGroup(job, group + 1);
            }
        }
    }

    private void finish(Job job, ErrorCause cause) {
        releaseSlot(job.slot);
        job.group = -1;
        busy--;
        station.busyChanged(-1);
        station.finished(cause, job);
        sim.tracer().end(job.span, sim.now(), cause == null ? null : cause.label());
        job.reply.done(cause);
        if (alive && busy < workers && !queue.isEmpty()) {
            station.queueChanged(-1);
            start(queue.pollFirst());
        }
    }

    /** Crashes the instance: every request in it fails with connection-refused. */
    public void kill() {
        if (!alive) {
            return;
        }
        alive = false;
        killedAt = sim.now();
        epoch++;
        station.busyChanged(-busy);
        station.queueChanged(-queue.size());
        busy = 0;
        for (int i = 0; i < running.length; i++) {
            Job job = running[i];
            if (job != null) {
                releaseSlot(i);
                station.finished(ErrorCause.CONNECTION_REFUSED, job);
                sim.tracer().event(job.span, "instance killed", sim.now(), ErrorCause.CONNECTION_REFUSED.label());
                sim.tracer().end(job.span, sim.now(), ErrorCause.CONNECTION_REFUSED.label());
                job.reply.done(ErrorCause.CONNECTION_REFUSED);
            }
        }
        while (!queue.isEmpty()) {
            Job job = queue.pollFirst();
            station.finished(ErrorCause.CONNECTION_REFUSED, job);
            job.reply.done(ErrorCause.CONNECTION_REFUSED);
        }
    }

    /** Starts a killed instance again, empty; it registers at once. */
    public void restart() {
        if (alive) {
            return;
        }
        alive = true;
        killedAt = Double.NaN;
        registeredAt = sim.now();
        station.restarted(this);
    }

    /**
     * The answer to one call of a job's call group. A class rather than a lambda: one is made per
     * call, and allocating a capturing lambda goes through a method handle until the caller is
     * compiled, which costs most in the short runs whose whole process is timed.
     */
    private record GroupReply(Instance instance, Job job, int group) implements Reply {
        @Override
        public void done(ErrorCause cause) {
            instance.groupReply(job, group, cause);
        }
    }
}
