package io.mdecomp.simulator.tune;

import io.mdecomp.simulator.sweep.SloOutcome;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;

/**
 * One candidate simulated: every selected scenario, each replication with the seed it has for
 * every candidate (common random numbers), judged at the search's confidence.
 *
 * @param number      1 for the first candidate tried
 * @param candidate   the deployment
 * @param objectives  every objective of every scenario, scenario by scenario
 * @param services    per service, what the runs measured
 * @param move        why this candidate was tried
 */
public record Evaluation(int number, Candidate candidate, List<ScenarioObjective> objectives,
                         SortedMap<String, Load> services, String move) {

    public Evaluation {
        Objects.requireNonNull(candidate, "candidate");
        objectives = List.copyOf(objectives);
        services = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(services));
        Objects.requireNonNull(move, "move");
    }

    /** True when every objective of every scenario holds. */
    public boolean holds() {
        return objectives.stream().allMatch(o -> o.outcome().passed());
    }

    /** The objectives that do not hold. */
    public List<ScenarioObjective> missed() {
        return objectives.stream().filter(o -> !o.outcome().passed()).toList();
    }

    /** An objective of a scenario and its verdict. */
    public record ScenarioObjective(String scenario, SloOutcome outcome) {
        /** {@code steady-state: POST /orders p99 <= 1000ms}. */
        public String describe() {
            return scenario + ": " + outcome.slo().describe();
        }
    }

    /**
     * What the runs measured of a service: utilization (busy workers over all workers, time
     * average) and mean queue length, each the mean over replications and the highest over
     * scenarios; the busy workers that utilization means (its offered load in workers); and the
     * fewest instances (at the candidate's workers) and fewest workers (at its instances) that
     * keep utilization below 1 at that load: ⌊busy / workers⌋ + 1 and ⌊busy / instances⌋ + 1.
     */
    public record Load(double utilization, double meanQueueLength, double busyWorkers, int minInstances,
                       int minWorkers) {
    }
}
