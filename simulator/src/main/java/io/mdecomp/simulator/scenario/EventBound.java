package io.mdecomp.simulator.scenario;

import io.mdecomp.model.quantity.Duration;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.Locale;
import java.util.Optional;

/**
 * A sound lower bound on the events a run fires, so that a scenario that would certainly stop at
 * its {@code maxEvents} limit is refused when it is read rather than after minutes of work. Every
 * request of an open workload arrives as an event of its own, so a run fires at least as many
 * events as requests arrive, a Poisson number whose mean is the integral of the arrival rate over
 * the run. A scenario is refused only when that mean exceeds the limit by more than
 * {@value #MARGIN} standard deviations, so a run that could have stayed within its limit is
 * refused with a probability below one in a million; a run that exceeds the limit because each
 * request fires many events still stops with the run-time {@code [limit]} error.
 */
public final class EventBound {

    /** How many standard deviations of the number of arrivals their mean must exceed the limit by. */
    static final double MARGIN = 5;

    private EventBound() {
    }

    /**
     * Why a scenario with {@code workload} and {@code timing} would certainly exceed its event
     * limit, as a sentence that says what to change; empty when it may run within the limit
     * (always for a closed workload, whose users wait for their answers).
     */
    public static Optional<String> exceeded(WorkloadSettings workload, Timing timing) {
        if (!(workload.load() instanceof WorkloadSettings.Open open)) {
            return Optional.empty();
        }
        double arrivals = open.expectedArrivals(timing.duration());
        if (!(arrivals - MARGIN * Math.sqrt(arrivals) > timing.maxEvents())) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "the workload sends about %.3g requests in %s, each at least"
                + " one event, far more than 'maxEvents' (%d) allows, so the run could only stop at that limit;"
                + " lower the rate or the 'duration', or raise 'maxEvents' to several times %.3g (a request fires an"
                + " event for each call and reply as well)", arrivals,
                Duration.ofSeconds(timing.duration()), timing.maxEvents(), arrivals));
    }
}
