package io.mdecomp.simulator.sweep;

import io.mdecomp.simulator.result.CallResult;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SloResult;
import java.util.List;

/**
 * The numbers one run of a sweep contributes to its report: the actual value of each objective
 * (in the objective's order and unit), request outcomes after the warm-up, throughput of
 * successful requests per second, the mean latency of successful requests, calls and attempts over
 * every caller–callee pair (retries are attempts beyond the calls), and events fired.
 *
 * @param run  the run's number in the sweep
 * @param seed the seed it ran with: {@code simulate scenarios --seed} on the point's scenario repeats it
 */
public record RunRecord(long run, long seed, List<Double> slos, long requests, long ok, long failed,
                        double throughput, double meanLatencyMs, long calls, long attempts, long events) {

    public RunRecord {
        slos = List.copyOf(slos);
    }

    /** The record of run {@code run}, which ran with {@code seed} and gave {@code result}. */
    public static RunRecord of(long run, long seed, ScenarioResult result) {
        List<Double> slos = result.slos().stream().map(SloResult::actual).toList();
        double throughput = 0;
        double latencySum = 0;
        long ok = 0;
        for (RouteResult route : result.routes()) {
            throughput += route.throughput();
            latencySum += route.latencyMs().mean() * route.ok();
            ok += route.ok();
        }
        long calls = 0;
        long attempts = 0;
        for (CallResult call : result.calls()) {
            calls += call.calls();
            attempts += call.attempts();
        }
        return new RunRecord(run, seed, slos, result.requests().total(), result.requests().ok(),
                result.requests().failed(), throughput, ok == 0 ? 0 : latencySum / ok, calls, attempts,
                result.events());
    }

    /** Failed over answered requests; 0 when none was answered. */
    public double errorRate() {
        long done = ok + failed;
        return done == 0 ? 0 : failed / (double) done;
    }
}
