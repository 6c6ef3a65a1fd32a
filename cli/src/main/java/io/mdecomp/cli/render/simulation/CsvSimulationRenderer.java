package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.TimeSeries;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The time series as CSV (RFC 4180, {@code \n} line ends): one row per scenario and bucket,
 * {@code scenario,atSeconds,requests,ok,failed,p99Ms} for all routes, then for every route of
 * any scenario (in the order they first appear) the same four numbers as {@code ROUTE requests},
 * {@code ROUTE ok}, {@code ROUTE failed}, {@code ROUTE p99Ms}; empty where a scenario does not
 * send the route.
 */
public final class CsvSimulationRenderer implements Renderer<SimulationReport> {

    private static final List<String> NUMBERS = List.of("requests", "ok", "failed", "p99Ms");

    @Override
    public void render(SimulationReport report, Writer writer) throws IOException {
        Set<String> routes = new LinkedHashSet<>();
        report.scenarios().forEach(s -> s.timeseries().routes().forEach(r -> routes.add(r.route())));
        List<String> header = new ArrayList<>(List.of("scenario", "atSeconds"));
        header.addAll(NUMBERS);
        for (String route : routes) {
            NUMBERS.forEach(n -> header.add(route + " " + n));
        }
        line(writer, header);
        for (ScenarioResult s : report.scenarios()) {
            Map<String, TimeSeries.RouteSeries> byRoute = new TreeMap<>();
            s.timeseries().routes().forEach(r -> byRoute.put(r.route(), r));
            List<TimeSeries.Bucket> buckets = s.timeseries().buckets();
            for (int i = 0; i < buckets.size(); i++) {
                List<String> row = new ArrayList<>(List.of(s.name(), number(buckets.get(i).atSeconds())));
                row.addAll(cells(buckets.get(i)));
                for (String route : routes) {
                    TimeSeries.RouteSeries series = byRoute.get(route);
                    row.addAll(series == null ? List.of("", "", "", "") : cells(series.buckets().get(i)));
                }
                line(writer, row);
            }
        }
    }

    private static List<String> cells(TimeSeries.Bucket b) {
        return List.of(Long.toString(b.requests()), Long.toString(b.ok()), Long.toString(b.failed()),
                number(b.p99Ms()));
    }

    private static String number(double value) {
        return Json.round(value).toPlainString();
    }

    private static void line(Writer writer, List<String> cells) throws IOException {
        List<String> quoted = cells.stream().map(CsvSimulationRenderer::quote).toList();
        writer.write(String.join(",", quoted) + "\n");
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
