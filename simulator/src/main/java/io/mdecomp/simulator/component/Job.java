package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Event;
import io.mdecomp.simulator.trace.TraceSpan;

/**
 * One request being handled by one instance: where it is in its endpoint's calls. It is also the
 * event of the end of its service time, so that a request's service schedules nothing but itself.
 */
final class Job implements Event {

    final EndpointPlan plan;
    final Reply reply;
    final int client;
    Instance instance;
    int epoch;
    int slot = -1;
    double arrival;
    int group;
    int pending;
    ErrorCause failure;
    /** The span that sent this request, and this request's own span (null: not traced). */
    TraceSpan parent;
    TraceSpan span;
    boolean message;

    Job(EndpointPlan plan, int client, Reply reply) {
        this.plan = plan;
        this.client = client;
        this.reply = reply;
    }

    boolean stale() {
        return epoch != instance.epoch();
    }

    /** Its service time is over. */
    @Override
    public void fire() {
        instance.afterService(this);
    }
}
