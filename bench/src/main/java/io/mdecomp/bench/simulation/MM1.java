package io.mdecomp.bench.simulation;

import io.mdecomp.simulator.engine.Simulation;
import java.util.SplittableRandom;

/**
 * An M/M/1 queue on the bare engine: an arrival event and a departure event per customer, the
 * queue as a counter. What the engine costs per event, without any component.
 */
final class MM1 {

    private final Simulation sim;
    private final SplittableRandom arrivals;
    private final SplittableRandom services;
    private final double lambda;
    private final double mu;
    private final io.mdecomp.simulator.engine.Event arrival = this::arrive;
    private final io.mdecomp.simulator.engine.Event departure = this::depart;
    private int inSystem;
    private long served;

    MM1(long seed, double lambda, double mu, long maxEvents) {
        this.sim = new Simulation(seed, maxEvents);
        this.arrivals = sim.streams().stream("arrivals");
        this.services = sim.streams().stream("services");
        this.lambda = lambda;
        this.mu = mu;
    }

    private double exp(SplittableRandom random, double rate) {
        return -Math.log(1.0 - random.nextDouble()) / rate;
    }

    private void arrive() {
        if (inSystem++ == 0) {
            sim.schedule(exp(services, mu), departure);
        }
        sim.schedule(exp(arrivals, lambda), arrival);
    }

    private void depart() {
        served++;
        if (--inSystem > 0) {
            sim.schedule(exp(services, mu), departure);
        }
    }

    /** Runs until {@code events} events have fired; returns the customers served. */
    long run(long events) {
        sim.schedule(exp(arrivals, lambda), arrival);
        double horizon = events / (2 * lambda);
        sim.runUntil(horizon);
        return served;
    }

    long events() {
        return sim.events();
    }
}
