package io.mdecomp.bench.simulation;

import io.mdecomp.simulator.result.ScenarioResult;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * The simulation bench command (run from the repository root):
 * <pre>
 * java -cp bench/target/benchmarks.jar io.mdecomp.bench.simulation.SimulationBench engine
 * java -cp bench/target/benchmarks.jar io.mdecomp.bench.simulation.SimulationBench ecommerce
 * java -Xmx256m -cp bench/target/benchmarks.jar io.mdecomp.bench.simulation.SimulationBench long 100000000
 * </pre>
 * {@code engine}: events per second of the bare engine on M/M/1 (ρ = 0.8), five warm-up rounds then
 * five measured. {@code ecommerce}: simulated end-to-end requests per wall second on the sample's
 * steady-state scenario (1,000 requests/s, 600 s per round), likewise. {@code long N}: one run of
 * about N requests, reporting wall time and the heap in use at the end. Rates are given per
 * second of wall time and per second of this thread's CPU time: on a shared machine the second
 * is what the code costs, the first what the machine gave it.
 */
public final class SimulationBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SimulationBench() {
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "engine";
        switch (what) {
            case "engine":
                engine();
                break;
            case "ecommerce":
                ecommerce();
                break;
            case "long":
                longRun(args.length > 1 ? Long.parseLong(args[1]) : 100_000_000L);
                break;
            default:
                throw new IllegalArgumentException("unknown bench '" + what + "' (engine, ecommerce, long N)");
        }
    }

    private static void engine() {
        long events = 20_000_000L;
        for (int round = 0; round < 10; round++) {
            MM1 queue = new MM1(round, 0.8, 1.0, Long.MAX_VALUE);
            long start = System.nanoTime();
            long cpuStart = cpu();
            queue.run(events);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%s round %d: %,d events in %.3f s wall, %.3f s cpu = %.2f M events/s"
                            + " (wall), %.2f M events/s (cpu)%n", round < 5 ? "warm-up" : "measured", round,
                    queue.events(), seconds, cpuSeconds, queue.events() / seconds / 1e6,
                    queue.events() / cpuSeconds / 1e6);
        }
    }

    private static void ecommerce() {
        EcommerceRun run = new EcommerceRun(EcommerceRun.samples(), "steady-state", 600);
        for (int round = 0; round < 10; round++) {
            long start = System.nanoTime();
            long cpuStart = cpu();
            ScenarioResult result = run.run();
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (cpu() - cpuStart) / 1e9;
            System.out.printf(Locale.ROOT, "%s round %d: %,d requests (%,d events) in %.3f s wall, %.3f s cpu ="
                            + " %,.0f requests/s (wall), %,.0f requests/s (cpu)%n", round < 5 ? "warm-up" : "measured",
                    round, result.requests().total(), result.events(), seconds, cpuSeconds,
                    result.requests().total() / seconds, result.requests().total() / cpuSeconds);
        }
    }

    private static void longRun(long requests) {
        double seconds = requests / 1000.0;
        EcommerceRun run = new EcommerceRun(EcommerceRun.samples(), "steady-state", seconds);
        long start = System.nanoTime();
        long cpuStart = cpu();
        ScenarioResult result = run.run();
        double wall = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (cpu() - cpuStart) / 1e9;
        Runtime rt = Runtime.getRuntime();
        System.gc();
        System.out.printf(Locale.ROOT, "%,d requests, %,d events, %.0f simulated s in %.1f s wall, %.1f s cpu"
                        + " (%,.0f requests/s wall, %,.0f cpu); max heap %d MB, used after GC %d MB%n",
                result.requests().total(), result.events(), seconds, wall, cpuSeconds, result.requests().total() / wall,
                result.requests().total() / cpuSeconds, rt.maxMemory() >> 20, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
