package io.mdecomp.simulator.component;

/**
 * A component that keeps statistics. Statistics count from the start of the run until
 * {@link #startRecording()} is called at the end of the warm-up; from then on they count afresh.
 * State that drives behaviour (a breaker's window, a queue, a backlog) is not statistics and
 * stays.
 */
public interface Recorder {

    /** Forgets the statistics gathered so far and counts from the current simulated time. */
    void startRecording();
}
