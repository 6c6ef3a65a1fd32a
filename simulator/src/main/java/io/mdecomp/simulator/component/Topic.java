package io.mdecomp.simulator.component;

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

    void publish() {
        published++;
        for (ConsumerGroup group : groups) {
            group.offer();
        }
    }
}
