package io.mdecomp.bench;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.analysis.clustering.Clustering;
import io.mdecomp.analysis.clustering.LeidenClustering;
import io.mdecomp.analysis.clustering.LouvainClustering;
import io.mdecomp.analysis.clustering.Modularity;
import io.mdecomp.model.DomainModel;
import java.io.PrintStream;
import java.util.Locale;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The analysis bench command (SPEC §10): analyses synthetic models of growing size and clusters
 * their contracted entity graph, printing sizes and times so the cost's growth in edges can be
 * read off. Usage: {@code java -cp bench/target/benchmarks.jar io.mdecomp.bench.AnalyzeBench [services...]}.
 */
public final class AnalyzeBench {

    private AnalyzeBench() {
    }

    /** CPU milliseconds of each analysis phase (less sensitive to a loaded machine than wall time). */
    private static void phases(PrintStream out, DomainModel model) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        io.mdecomp.analysis.AnalysisSettings settings = io.mdecomp.analysis.AnalysisSettings.defaults();
        long t0 = cpu.getCurrentThreadCpuTime();
        io.mdecomp.analysis.graph.EntityGraph entityGraph = io.mdecomp.analysis.graph.EntityGraph.of(model, settings);
        long t1 = cpu.getCurrentThreadCpuTime();
        io.mdecomp.analysis.graph.ServiceGraph serviceGraph = io.mdecomp.analysis.graph.ServiceGraph.of(model);
        long t2 = cpu.getCurrentThreadCpuTime();
        io.mdecomp.analysis.AnalysisContext context =
                new io.mdecomp.analysis.AnalysisContext(model, settings, entityGraph, serviceGraph);
        io.mdecomp.analysis.metrics.MetricsCalculator calculator = new io.mdecomp.analysis.metrics.MetricsCalculator(context);
        var services = calculator.services();
        long t3 = cpu.getCurrentThreadCpuTime();
        var system = calculator.system(services);
        long t4 = cpu.getCurrentThreadCpuTime();
        var findings = new io.mdecomp.analysis.rules.RuleEngine(context, services, system).findings();
        long t5 = cpu.getCurrentThreadCpuTime();
        var plan = new io.mdecomp.analysis.plan.Planner(m -> Analyzer.evaluate(m, settings), settings)
                .plan(new io.mdecomp.analysis.plan.Evaluation(context, services, system, findings));
        long t6 = cpu.getCurrentThreadCpuTime();
        out.printf(Locale.ROOT, "cpu ms: entity graph %d, service graph %d, service metrics %d, system metrics %d, "
                        + "rules %d (%d findings), plan %d (%d steps)%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000, (t5 - t4) / 1_000_000, findings.size(),
                (t6 - t5) / 1_000_000, plan.steps().size());
    }

    public static void main(String[] args) {
        PrintStream out = System.out;
        int[] sizes = args.length == 0 ? new int[] {250, 500, 1000} : java.util.Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        out.printf(Locale.ROOT, "%8s %9s %9s %10s %10s %10s %8s %10s%n", "services", "entities", "edges",
                "analyze ms", "leiden ms", "louvain ms", "Q", "ms/kedge");
        for (int services : sizes) {
            DomainModel model = SyntheticModel.generate(services, 42);
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            AnalysisReport report = Analyzer.analyze(model);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            Graph<String, DefaultWeightedEdge> contracted = report.entityGraph().contracted();
            Clustering<String> leiden = new LeidenClustering<String>(1.0, 42).cluster(contracted);
            long t2 = System.nanoTime();
            new LouvainClustering<String>(1.0, 42).cluster(contracted);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            int edges = report.entityGraph().edges().size();
            double analyzeMs = (t1 - t0) / 1e6;
            out.printf(Locale.ROOT, "%8d %9d %9d %10.0f %10.0f %10.0f %8.3f %10.2f%n", services,
                    report.entityGraph().entities().size(), edges, analyzeMs, (t2 - t1) / 1e6, (t3 - t2) / 1e6,
                    Modularity.of(contracted, leiden), (analyzeMs + (t2 - t1) / 1e6) / (edges / 1000.0));
            out.printf(Locale.ROOT, "         main-thread cpu ms: analyze %d, analyze + both clusterings %d%n",
                    (c1 - c0) / 1_000_000, (c3 - c0) / 1_000_000);
        }
        if (args.length > 0) {
            phases(out, SyntheticModel.generate(sizes[sizes.length - 1], 42));
        }
        Runtime rt = Runtime.getRuntime();
        out.printf(Locale.ROOT, "since JVM start: %d ms; heap used %d MB%n",
                System.currentTimeMillis() - jvmStart, (rt.totalMemory() - rt.freeMemory()) >> 20);
    }
}
