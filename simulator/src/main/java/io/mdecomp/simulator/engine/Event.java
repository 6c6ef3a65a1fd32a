package io.mdecomp.simulator.engine;

/** Something that happens at a simulated instant. Runs once, on the simulation's single thread. */
@FunctionalInterface
public interface Event {

    /** Does what happens at the event's time; may schedule further events. */
    void fire();
}
