/**
 * The discrete-event engine: a {@link io.mdecomp.simulator.engine.Simulation} owns the simulated
 * clock and one event queue ordered by (time, sequence); named random streams split from the
 * scenario seed. No threads, no sleeps: a run is a pure function of its inputs and seed.
 */
package io.mdecomp.simulator.engine;
