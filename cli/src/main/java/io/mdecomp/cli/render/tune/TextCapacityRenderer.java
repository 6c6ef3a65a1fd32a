package io.mdecomp.cli.render.tune;

import io.mdecomp.cli.render.Ansi;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Table;
import io.mdecomp.cli.render.Words;
import io.mdecomp.simulator.tune.CapacityReport;
import io.mdecomp.simulator.tune.CapacityReport.ServiceCapacity;
import io.mdecomp.simulator.tune.Evaluation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A capacity search as text: the verdict and total, the capacity table (per service the model's
 * deployment, the answer, what the runs measured at the answer and the objectives one fewer would
 * miss), each objective at the answer, and every candidate the search tried, in order.
 */
public final class TextCapacityRenderer implements Renderer<CapacityReport> {

    private final Ansi ansi;

    public TextCapacityRenderer(boolean color) {
        this.ansi = new Ansi(color);
    }

    @Override
    public void render(CapacityReport report, Writer writer) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ansi.apply(Ansi.Style.BOLD, "Capacity of " + report.model()) + " for " + String.join(", ",
                report.scenarios()) + ": objectives judged at " + TuneNumbers.confidence(report.options().confidence())
                + " confidence over " + Words.count(report.options().replications(), "replication"));
        lines.add(report.feasible()
                ? ansi.apply(Ansi.Style.GREEN, "every objective holds") + " with "
                        + Words.count(report.totalInstances(), "instance") + " in all (the model has " + report.modelInstances() + ")"
                : ansi.apply(Ansi.Style.RED, "no deployment within the limits meets every objective") + ": "
                        + report.reason() + "; shown is the last deployment tried");
        lines.add(Words.count(report.evaluations().size(), "deployment") + " tried, "
                + Words.count(report.runs(), "simulation run"));
        lines.add("");
        boolean workers = report.options().workers();
        List<String> header = new ArrayList<>(List.of("service", "model", "answer", "utilization", "queue",
                "busy workers", "one instance fewer misses"));
        if (workers) {
            header.add("one worker fewer misses");
        }
        List<Table.Align> aligns = new ArrayList<>(List.of(Table.Align.LEFT, Table.Align.RIGHT, Table.Align.RIGHT,
                Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.RIGHT, Table.Align.LEFT));
        if (workers) {
            aligns.add(Table.Align.LEFT);
        }
        Table table = new Table(header, aligns);
        for (ServiceCapacity service : report.services()) {
            List<String> row = new ArrayList<>(List.of(service.service(),
                    deployment(service.modelInstances(), service.modelWorkers()),
                    deployment(service.instances(), service.workers()),
                    TuneNumbers.percent(service.load().utilization()),
                    TuneNumbers.number(service.load().meanQueueLength()),
                    TuneNumbers.number(service.load().busyWorkers()),
                    binding(service.instances(), service.missedWithOneInstanceFewer(), report.feasible())));
            if (workers) {
                row.add(binding(service.workers(), service.missedWithOneWorkerFewer(), report.feasible()));
            }
            table.row(row);
        }
        lines.addAll(table.lines("  ", ansi));
        lines.add("  (instances × workers per instance)");
        lines.add("");
        lines.add("Objectives at the answer:");
        for (Evaluation.ScenarioObjective objective : report.answer().objectives()) {
            var o = objective.outcome();
            lines.add("  " + (o.passed() ? ansi.apply(Ansi.Style.GREEN, "ok    ") : ansi.apply(Ansi.Style.RED, "MISSED"))
                    + " " + objective.describe() + ": " + TuneNumbers.slo(o.slo(), o.actual()) + ", bound "
                    + TuneNumbers.slo(o.slo(), o.bound()));
        }
        lines.add("");
        lines.add("Search:");
        for (Evaluation evaluation : report.evaluations()) {
            lines.add("  " + evaluation.number() + ". " + candidate(evaluation, workers) + " — " + evaluation.move()
                    + " — " + (evaluation.holds() ? "holds" : "misses " + evaluation.missed().size()));
        }
        for (String line : lines) {
            writer.write(line);
            writer.write('\n');
        }
    }

    static String deployment(int instances, int workers) {
        return instances + " × " + workers;
    }

    /** The objectives one fewer would miss; why there are none when there are none. */
    static String binding(int count, List<String> missed, boolean feasible) {
        if (!feasible) {
            return "-";
        }
        if (count <= 1) {
            return "(at one)";
        }
        return missed.isEmpty() ? "(not tried)" : String.join("; ", missed);
    }

    /** {@code A=2 B=3} or, with workers, {@code A=2×8 B=3×4}. */
    static String candidate(Evaluation evaluation, boolean workers) {
        List<String> parts = new ArrayList<>();
        evaluation.candidate().instances().forEach((service, n) -> parts.add(service + "=" + n
                + (workers && evaluation.candidate().workers().containsKey(service)
                        ? "×" + evaluation.candidate().workers().get(service) : "")));
        return String.join(" ", parts);
    }
}
