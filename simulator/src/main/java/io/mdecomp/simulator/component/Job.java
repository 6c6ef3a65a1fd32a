package io.mdecomp.simulator.component;

/** One request being handled by one instance: where it is in its endpoint's calls. */
final class Job {

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

    Job(EndpointPlan plan, int client, Reply reply) {
        this.plan = plan;
        this.client = client;
        this.reply = reply;
    }

    boolean stale() {
        return epoch != instance.epoch();
    }
}
