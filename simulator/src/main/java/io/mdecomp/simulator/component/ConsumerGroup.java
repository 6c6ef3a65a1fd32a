package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Event;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.stats.TimeWeighted;
import io.mdecomp.simulator.trace.TraceSpan;
import java.util.ArrayDeque;

/**
 * A consuming service's group on one topic. Each live instance runs {@code consumersPerInstance}
 * consumers; a consumer takes the oldest waiting message and has the subscribed endpoint handle it
 * on its instance (through the instance's workers and queue), then takes the next. Lag is the
 * number of messages published and not yet taken. A message whose handling fails is counted
 * (dead-lettered), not redelivered.
 */
public final class ConsumerGroup implements Recorder {

    private final Simulation sim;
    private final ServiceStation service;
    private final EndpointPlan endpoint;
    private final int consumersPerInstance;
    private final TimeWeighted lag = new TimeWeighted();
    /** The reply to every delivered message and the dispatch event, each made once. */
    private final Reply handled = this::handled;
    private final Event dispatchEvent = this::dispatchScheduled;
    /** A dispatch event is waiting: one is enough, it takes every message there are consumers for. */
    private boolean dispatchPending;
    private long backlog;
    /** Messages offered and taken so far, to find the traced ones among them. */
    private long offered;
    private long taken;
    /** The producer spans of traced messages still waiting, with their offer numbers (FIFO). */
    private final ArrayDeque<Traced> traced = new ArrayDeque<>();
    private int inFlight;
    private int nextInstance;
    private long consumed;
    private long failed;

    public ConsumerGroup(Simulation sim, EndpointPlan endpoint, int consumersPerInstance) {
        this.sim = sim;
        this.service = endpoint.service();
        this.endpoint = endpoint;
        this.consumersPerInstance = consumersPerInstance;
    }

    public ServiceStation service() {
        return service;
    }

    void offer(TraceSpan producer) {
        if (producer != null) {
            traced.addLast(new Traced(offered, producer));
        }
        offered++;
        backlog++;
        lag.update(sim.now(), backlog);
        dispatch();
    }

    private int liveInstances() {
        int live = 0;
        for (int i = 0; i < service.instanceCount(); i++) {
            if (service.instance(i).alive()) {
                live++;
            }
        }
        return live;
    }

    private void dispatch() {
        while (backlog > 0 && inFlight < consumersPerInstance * liveInstances()) {
            Instance instance = nextLive();
            backlog--;
            inFlight++;
            lag.update(sim.now(), backlog);
            TraceSpan producer = null;
            if (!traced.isEmpty() && traced.peekFirst().number() == taken) {
                producer = traced.pollFirst().producer();
            }
            taken++;
            instance.submit(endpoint, 0, producer, true, handled);
        }
    }

    private void handled(ErrorCause cause) {
        inFlight--;
        if (cause == null) {
            consumed++;
        } else {
            failed++;
        }
        if (!dispatchPending) {
            dispatchPending = true;
            sim.schedule(0, dispatchEvent);
        }
    }

    private void dispatchScheduled() {
        dispatchPending = false;
        dispatch();
    }

    private Instance nextLive() {
        int n = service.instanceCount();
        for (int k = 0; k < n; k++) {
            Instance instance = service.instance(Math.floorMod(nextInstance++, n));
            if (instance.alive()) {
                return instance;
            }
        }
        throw new IllegalStateException("no live consumer");
    }

    private record Traced(long number, TraceSpan producer) {
    }

    /** Restarts consuming (after instances come back). */
    public void resume() {
        dispatch();
    }

    public long backlog() {
        return backlog;
    }

    public long consumed() {
        return consumed;
    }

    public long failed() {
        return failed;
    }

    public double meanLag() {
        return lag.average(sim.now());
    }

    public double maxLag() {
        return lag.max();
    }

    @Override
    public void startRecording() {
        consumed = 0;
        failed = 0;
        lag.reset(sim.now());
    }
}
