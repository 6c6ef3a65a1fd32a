package io.mdecomp.cli.render.simulation;

import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What the HTML report marks on a scenario's time axis: the warm-up (excluded from statistics)
 * and the fault windows. Results do not carry these; they come from the scenario that was run.
 *
 * @param warmupSeconds the first seconds of the run, excluded from statistics
 * @param faults        the faults in order of time
 */
public record TimeMarks(double warmupSeconds, List<FaultWindow> faults) {

    /** No warm-up and no faults. */
    public static final TimeMarks NONE = new TimeMarks(0, List.of());

    public TimeMarks {
        faults = List.copyOf(Objects.requireNonNull(faults, "faults"));
    }

    /** The warm-up and faults of {@code scenario}. */
    public static TimeMarks of(Scenario scenario) {
        List<FaultWindow> windows = new ArrayList<>();
        for (Fault f : scenario.faults()) {
            windows.add(new FaultWindow(f.at(), f.duration(), f.kind().describe()));
        }
        return new TimeMarks(scenario.timing().warmup(), windows);
    }

    /** A fault from {@code atSeconds} for {@code durationSeconds}, described for people ({@code kill A x2}). */
    public record FaultWindow(double atSeconds, double durationSeconds, String description) {

        public FaultWindow {
            Objects.requireNonNull(description, "description");
        }
    }
}
