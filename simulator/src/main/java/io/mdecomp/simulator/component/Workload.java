package io.mdecomp.simulator.component;

import io.mdecomp.simulator.component.WorkloadSettings.Closed;
import io.mdecomp.simulator.component.WorkloadSettings.Open;
import io.mdecomp.simulator.component.WorkloadSettings.RateStep;
import io.mdecomp.simulator.engine.Event;
import io.mdecomp.simulator.engine.Simulation;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates requests. Open: a non-homogeneous Poisson process by thinning (candidates at the
 * highest rate λmax, each kept with probability λ(t)/λmax; exact Poisson when the rate is
 * constant), client ids uniform over the population. Closed: each user thinks, sends, waits for
 * the answer and thinks again; user u is client u mod clients. Each request's route is drawn
 * from the mix by weight. Arrival times, route picks, client ids and think times each come from
 * their own stream ({@code workload arrivals}, {@code workload routes}, {@code workload clients},
 * {@code workload think}), so an open workload sends the same requests at the same times to any
 * model that serves its routes.
 */
public final class Workload {

    /** Where the workload sends a request: mix entry index, client id, reply. */
    @FunctionalInterface
    public interface Sink {
        void request(int mixIndex, int client, Reply reply);
    }

    private final Simulation sim;
    private final WorkloadSettings settings;
    private final SplittableRandom arrivals;
    private final SplittableRandom routes;
    private final SplittableRandom clients;
    private final SplittableRandom think;
    private final double[] cumulative;
    private final double maxRate;
    /** The next arrival of an open load, made once (it is scheduled again and again). */
    private final Event arrivalEvent = this::arrival;
    private Sink sink;

    public Workload(Simulation sim, WorkloadSettings settings) {
        this.sim = sim;
        this.settings = settings;
        this.arrivals = sim.streams().stream("workload arrivals");
        this.routes = sim.streams().stream("workload routes");
        this.clients = sim.streams().stream("workload clients");
        this.think = sim.streams().stream("workload think");
        List<WorkloadSettings.MixEntry> mix = settings.mix();
        this.cumulative = new double[mix.size()];
        double total = 0;
        for (int i = 0; i < mix.size(); i++) {
            total += mix.get(i).weight();
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
        double max = 0;
        if (settings.load() instanceof Open open) {
            max = open.rate();
            for (RateStep step : open.profile()) {
                max = Math.max(max, step.rate());
            }
        }
        this.maxRate = max;
    }

    /** Starts sending requests to {@code target}. */
    public void start(Sink target) {
        this.sink = target;
        if (settings.load() instanceof Closed closed) {
            for (int u = 0; u < closed.users(); u++) {
                int user = u;
                sim.schedule(closed.think().sample(think), () -> userSends(user, closed));
            }
        } else {
            scheduleArrival();
        }
    }

    /** The arrival rate at time {@code t} (open loads). */
    public double rateAt(double t) {
        return ((Open) settings.load()).rateAt(t);
    }

    private void scheduleArrival() {
        sim.schedule(-Math.log(1.0 - arrivals.nextDouble()) / maxRate, arrivalEvent);
    }

    private void arrival() {
        double rate = rateAt(sim.now());
        if (rate >= maxRate || arrivals.nextDouble() * maxRate < rate) {
            sink.request(pickRoute(), clients.nextInt(settings.clients()), Reply.IGNORE);
        }
        scheduleArrival();
    }

    private void userSends(int user, Closed closed) {
        sink.request(pickRoute(), user % settings.clients(),
                cause -> sim.schedule(closed.think().sample(think), () -> userSends(user, closed)));
    }

    private int pickRoute() {
        if (cumulative.length == 1) {
            return 0;
        }
        double u = routes.nextDouble();
        for (int i = 0; i < cumulative.length; i++) {
            if (u < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }
}
