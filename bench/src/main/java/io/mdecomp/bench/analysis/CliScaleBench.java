package io.mdecomp.bench.analysis;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.bench.ProcessTimer;
import io.mdecomp.bench.SyntheticModel;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Times {@code mdecomp analyze} and {@code mdecomp propose} (analysis of the current cut, Leiden on
 * the contracted entity graph, analysis of the proposed cut) on synthetic models of growing size,
 * each as a fresh process of the {@code ./mdecomp} launcher (so with the JVM options users get)
 * under {@code /usr/bin/time}, with {@code MDECOMP_JAVA_OPTS=-Xmx1g}: JVM start, YAML reading and
 * writing are included and the heap is capped at 1 GB. Prints, for the
 * run of least CPU out of {@code -Druns=N} (default 3), wall seconds, CPU seconds (user + sys, all
 * threads) and peak resident memory, and the growth of propose's CPU time between sizes.
 *
 * <pre>
 * mvn -B -q -pl cli,bench -am package -DskipTests
 * java -cp bench/target/benchmarks.jar io.mdecomp.bench.analysis.CliScaleBench ./mdecomp 100 1000 10000
 * </pre>
 */
public final class CliScaleBench {

    private CliScaleBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length < 1) {
            out.println("usage: CliScaleBench MDECOMP_LAUNCHER [SERVICES...]   (default sizes 100 1000 10000)");
            return;
        }
        Path launcher = Path.of(args[0]);
        List<Integer> sizes = ProcessTimer.sizes(args, List.of(100, 1000, 10000));
        int runs = Integer.getInteger("runs", 3);
        if (!ProcessTimer.prepare(launcher)) {
            out.println("CliScaleBench: " + launcher + " --version failed");
            return;
        }
        Path dir = Files.createTempDirectory("mdecomp-scale");
        out.printf(Locale.ROOT, "%8s %9s %8s %9s | %-24s | %-24s | %s%n", "services", "entities", "yaml MB", "edges",
                "analyze wall/cpu s, MB", "propose wall/cpu s, MB", "propose cpu ratio");
        double previous = Double.NaN;
        for (int services : sizes) {
            DomainModel model = SyntheticModel.generate(services, 42);
            Path file = dir.resolve("synthetic-" + services + ".yaml");
            Files.writeString(file, ModelWriter.write(model), StandardCharsets.UTF_8);
            long entities = model.entities().count();
            long edges = EntityGraph.of(model, AnalysisSettings.defaults()).edges().size();
            Path log = dir.resolve("run.log");
            double[] analyze = ProcessTimer.best(runs, log, launcher.toString(), "analyze", file.toString(), "--format",
                    "json", "-o", dir.resolve("report.json").toString());
            double[] propose = ProcessTimer.best(runs, log, launcher.toString(), "propose", file.toString(), "-o",
                    dir.resolve("proposed.yaml").toString());
            out.printf(Locale.ROOT, "%8d %9d %8.1f %9d | %6.2f / %6.2f, %6.0f | %6.2f / %6.2f, %6.0f | %s%n", services,
                    entities, Files.size(file) / 1e6, edges, analyze[0], analyze[1], analyze[2], propose[0],
                    propose[1], propose[2],
                    Double.isNaN(previous) ? "-" : String.format(Locale.ROOT, "x%.1f", propose[1] / previous));
            previous = propose[1];
        }
    }
}
