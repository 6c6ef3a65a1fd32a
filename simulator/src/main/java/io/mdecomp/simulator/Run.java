package io.mdecomp.simulator;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Recorder;
import io.mdecomp.simulator.component.Reply;
import io.mdecomp.simulator.component.Workload;
import io.mdecomp.simulator.component.WorkloadSettings;
import io.mdecomp.simulator.engine.Simulation;
import io.mdecomp.simulator.engine.SimulationLimitException;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.scenario.Scenario;
import io.mdecomp.simulator.scenario.Timing;
import io.mdecomp.simulator.trace.TraceOutput;
import io.mdecomp.simulator.trace.TraceSpan;
import io.mdecomp.simulator.trace.Tracer;
import java.util.List;
import java.util.Optional;

/** One replication of one scenario: wires the topology, runs the clock to the end, collects results. */
final class Run {

    private Run() {
    }

    static ScenarioResult execute(DomainModel model, Scenario scenario, RunOptions.Progress progress, int replication,
                                  Optional<TraceOutput> traces) {
        long wallStart = System.nanoTime();
        Timing timing = scenario.timing();
        Simulation sim = new Simulation(scenario.seed(), timing.maxEvents());
        traces.ifPresent(output -> sim.traceWith(Tracer.on(output, sim.streams().stream("traces"), scenario.seed())));
        Tracer tracer = sim.tracer();
        Topology topology = new Topology(sim, model, scenario);
        Workload workload = new Workload(sim, scenario.workload());
        List<WorkloadSettings.MixEntry> mix = scenario.workload().mix();
        int[] routeIndex = new int[mix.size()];
        for (int i = 0; i < mix.size(); i++) {
            routeIndex[i] = topology.gateway().routeIndex(mix.get(i).route());
        }
        RequestStats stats = new RequestStats(mix.stream().map(WorkloadSettings.MixEntry::route).toList(),
                timing.warmup(), timing.effectiveBucketSeconds());
        workload.start((mixIndex, client, reply) -> {
            double start = sim.now();
            stats.arrived(mixIndex, start);
            TraceSpan root = tracer.request(mix.get(mixIndex).route(), start);
            topology.gateway().handle(routeIndex[mixIndex], client, root,
                    new Completion(sim, stats, mix.get(mixIndex).route(), mixIndex, start, root, reply));
        });
        topology.start();
        if (timing.warmup() > 0) {
            List<Recorder> recorders = topology.recorders();
            sim.at(timing.warmup(), () -> recorders.forEach(Recorder::startRecording));
        }
        if (progress != RunOptions.Progress.NONE) {
            reportProgress(sim, progress, scenario.name(), replication, timing.duration() / 100, 1);
        }
        try {
            sim.runUntil(timing.duration());
        } catch (SimulationLimitException e) {
            throw new InputException(Diagnostic.error(scenario.location(), "limit",
                    "scenario '" + scenario.name() + "': " + e.getMessage()));
        }
        tracer.finish();
        progress.update(scenario.name(), replication, 1.0);
        double wallSeconds = (System.nanoTime() - wallStart) / 1e9;
        return ResultAssembler.assemble(scenario, topology, stats, sim, wallSeconds);
    }

    /**
     * Reports hundredth {@code i} (1..99) of the run when the clock reaches it, then schedules the
     * next: one progress event waits at a time, so the event queue every event goes through stays
     * as small as the model makes it (99 waiting events would deepen the heap of an M/M/1 run
     * from one level to four). Progress touches no simulation state, so results do not depend on it.
     */
    private static void reportProgress(Simulation sim, RunOptions.Progress progress, String scenario, int replication,
                                       double step, int i) {
        sim.at(i * step, () -> {
            progress.update(scenario, replication, i / 100.0);
            if (i < 99) {
                reportProgress(sim, progress, scenario, replication, step, i + 1);
            }
        });
    }

    /**
     * The answer to one request: ends its trace, records it and tells the workload. A class rather
     * than a lambda, as one is made per request: allocating a capturing lambda goes through a
     * method handle until the caller is compiled, which costs most in short runs.
     */
    private static final class Completion implements Reply {
        private final Simulation sim;
        private final RequestStats stats;
        private final String route;
        private final int mixIndex;
        private final double start;
        private final TraceSpan root;
        private final Reply reply;
        private boolean done;

        Completion(Simulation sim, RequestStats stats, String route, int mixIndex, double start, TraceSpan root,
                   Reply reply) {
            this.sim = sim;
            this.stats = stats;
            this.route = route;
            this.mixIndex = mixIndex;
            this.start = start;
            this.root = root;
            this.reply = reply;
        }

        @Override
        public void done(ErrorCause cause) {
            if (done) {
                throw new IllegalStateException("a request to " + route + " was answered twice at " + sim.now() + "s");
            }
            done = true;
            sim.tracer().end(root, sim.now(), cause == null ? null : cause.label());
            stats.completed(mixIndex, start, sim.now(), cause);
            reply.done(cause);
        }
    }
}
