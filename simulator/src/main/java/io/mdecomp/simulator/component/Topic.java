package io.mdecomp.simulator.component;

import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.trace.TraceSpan;
import java.util.ArrayList;
import java.util.List;

/** A broker topic for one event: every published message goes to each consumer group. */
public final class Topic implements Recorder {

    private final String event;
    private final List<ConsumerGroup> groups = new ArrayList<>();
    private long published;

    public Topic(String event) {
        this.event = event;
    }

    public String event() {
        return event;
    }

    public void subscribe(ConsumerGroup group) {
        groups.add(group);
    }

    public List<ConsumerGroup> groups() {
        return List.copyOf(groups);
    }

    /** Clears the count (end of the warm-up). */
    @Override
    public void startRecording() {
        published = 0;
    }

    public long published() {
        return published;
    }

    /**
     * Publishes a message; {@code producer} is its producer span (null: not traced), which ends at
     * once: publishing takes no simulated time.
     */
    void publish(TraceSpan producer, Simulation sim) {
        published++;
        if (producer != null) {
            sim.tracer().end(producer, sim.now(), null);
        }
        for (ConsumerGroup group : groups) {
            group.offer(producer);
        }
    }
}
