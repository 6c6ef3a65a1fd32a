package io.mdecomp.bench.simulation;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.model.yaml.YamlDocument;
import io.mdecomp.model.yaml.YamlLoader;
import io.mdecomp.simulator.sweep.RunRecord;
import io.mdecomp.simulator.sweep.Shard;
import io.mdecomp.simulator.sweep.SweepPlan;
import io.mdecomp.simulator.sweep.SweepPlanner;
import io.mdecomp.simulator.sweep.SweepRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A 100-point sweep of the e-commerce sample's steady state (run from the repository root):
 * <pre>
 * java -cp bench/target/benchmarks.jar io.mdecomp.bench.simulation.SweepBench [SECONDS]
 * </pre>
 * The steady-state scenario with every point simulated for SECONDS (default 60, a sixth of it
 * warm-up) over a 10 × 10
 * grid: {@code workload.open.rate} 500/s … 1400/s and {@code deployment.PaymentService.instances}
 * 1 … 10. One warm-up sweep on all cores, then the sweep on one thread and on every core
 * ({@code availableProcessors}), alternately, twice each; it prints runs per wall second of each
 * and the speed-up, and checks that both give the same records (runs are independent).
 */
public final class SweepBench {

    private SweepBench() {
    }

    public static void main(String[] args) throws IOException {
        double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 60;
        Path samples = EcommerceRun.samples();
        DomainModel model = ModelReader.read(samples.resolve("model.yaml"));
        SweepPlan plan = SweepPlanner.plan(document(samples.resolve("scenarios.yaml"), seconds), model,
                new SweepPlanner.Options(List.of("steady-state"), OptionalInt.of(1), OptionalLong.empty(), 0.95,
                        "bench"));
        int cores = Runtime.getRuntime().availableProcessors();
        System.out.printf(Locale.ROOT, "sweep: %d runs of %.0f simulated seconds, %d cores%n", plan.header().runs(),
                seconds, cores);
        List<RunRecord> reference = time(model, plan, cores, "warm-up, " + cores + " threads");
        for (int round = 0; round < 2; round++) {
            List<RunRecord> one = time(model, plan, 1, "1 thread");
            List<RunRecord> all = time(model, plan, cores, cores + " threads");
            if (!one.equals(reference) || !all.equals(reference)) {
                throw new IllegalStateException("the sweep gave other records on another number of threads");
            }
        }
    }

    private static List<RunRecord> time(DomainModel model, SweepPlan plan, int threads, String label) {
        long start = System.nanoTime();
        List<RunRecord> records = SweepRunner.run(model, plan, Shard.ALL, threads, SweepRunner.Listener.NONE);
        double wall = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "%-20s %d runs in %.2f s = %.2f runs/s%n", label, records.size(), wall,
                records.size() / wall);
        return records;
    }

    /** The sample's scenario file with steady-state's duration set and a 10 × 10 sweep added to it. */
    private static YamlDocument document(Path file, double seconds) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = text.indexOf("  - name: steady-state");
        int end = text.indexOf("\n  - name: ", start + 1);
        if (start < 0) {
            throw new IllegalStateException(file + " has no steady-state scenario");
        }
        String scenario = (end < 0 ? text.substring(start) : text.substring(start, end + 1))
                .replaceFirst("(?m)^    duration: .*$", "    duration: " + seconds + "s")
                .replaceFirst("(?m)^    warmup: .*$", "    warmup: " + seconds / 6 + "s");
        String sweep = """
                    sweep:
                      parameters:
                        - {path: workload.open.rate, range: {from: 500/s, to: 1400/s, step: 100/s}}
                        - {path: deployment.PaymentService.instances, range: {from: 1, to: 10, step: 1}}
                """;
        return YamlLoader.parse(file.toString(), "scenarios:\n" + scenario.stripTrailing() + "\n" + sweep);
    }
}
