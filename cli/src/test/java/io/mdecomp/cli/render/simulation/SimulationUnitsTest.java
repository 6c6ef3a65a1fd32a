package io.mdecomp.cli.render.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.result.LatencySummary;
import io.mdecomp.simulator.result.RequestTotals;
import io.mdecomp.simulator.result.RouteResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import io.mdecomp.simulator.result.TimeSeries;
import io.mdecomp.simulator.scenario.Slo;
import io.mdecomp.simulator.scenario.SloMetric;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reports format an objective by its metric's unit, never by what its text happens to contain, and
 * point out the routes that fail a lot without an objective of their own.
 */
class SimulationUnitsTest {

    private static final String MS_ROUTE = "GET /items/ms";

    private static SimulationReport report(List<SloResult> slos) {
        RouteResult guarded = new RouteResult(MS_ROUTE, 100, 98, 2, 1.6, new LatencySummary(1, 1, 1, 1, 1, 1),
                new TreeMap<>(Map.of(ErrorCause.TIMEOUT, 2L)));
        RouteResult unguarded = new RouteResult("POST /pay", 1000, 724, 276, 12, new LatencySummary(1, 1, 1, 1, 1, 1),
                new TreeMap<>(Map.of(ErrorCause.INJECTED, 200L, ErrorCause.CIRCUIT_OPEN, 76L)));
        RouteResult fine = new RouteResult("GET /fine", 1000, 990, 10, 16, new LatencySummary(1, 1, 1, 1, 1, 1),
                new TreeMap<>(Map.of(ErrorCause.TIMEOUT, 10L)));
        ScenarioResult s = new ScenarioResult("s", 1, 60, 0, 10, new RequestTotals(2100, 1812, 288, 0),
                List.of(guarded, unguarded, fine), List.of(), List.of(), List.of(), List.of(),
                new TimeSeries(1, List.of()), slos, true, Optional.empty());
        return new SimulationReport(1, "m", List.of(s));
    }

    private static String render(SimulationFormat format, SimulationReport report) throws IOException {
        StringWriter out = new StringWriter();
        format.renderer(false).render(report, out);
        return out.toString();
    }

    @Test
    void anErrorRateObjectiveOnARouteNamedMsReadsAsAPercentage() throws IOException {
        SloResult slo = new SloResult(new Slo(Optional.of(MS_ROUTE), SloMetric.ERROR_RATE, 0.05,
                SourceLocation.UNKNOWN), 0.02, true);
        SimulationReport report = report(List.of(slo));
        assertThat(render(SimulationFormat.TEXT, report)).contains("pass  GET /items/ms errorRate <= 5%  (actual 2.00%)");
        assertThat(render(SimulationFormat.HTML, report)).contains("<td class=\"num\">2.00%</td>"
                + "<td class=\"num\">5.00%</td>");
    }

    @Test
    void aLatencyObjectiveReadsInMilliseconds() throws IOException {
        SloResult slo = new SloResult(new Slo(Optional.empty(), SloMetric.P99, 250, SourceLocation.UNKNOWN), 312.5,
                false);
        assertThat(render(SimulationFormat.TEXT, report(List.of(slo)))).contains("FAIL  p99 <= 250ms  (actual 312.5 ms)");
    }

    @Test
    void junitAndSarifGiveAMissedObjectivesNumbersInItsUnitAsTheTextReportDoes() throws IOException {
        SloResult rate = new SloResult(new Slo(Optional.of(MS_ROUTE), SloMetric.ERROR_RATE, 0.01,
                SourceLocation.UNKNOWN), 0.02, false);
        SloResult p99 = new SloResult(new Slo(Optional.empty(), SloMetric.P99, 250, SourceLocation.UNKNOWN), 312.5,
                false);
        SimulationReport report = report(List.of(rate, p99));
        for (SimulationFormat format : List.of(SimulationFormat.JUNIT, SimulationFormat.SARIF)) {
            assertThat(render(format, report)).as(format.label())
                    .contains("GET /items/ms errorRate &lt;= 1% missed: actual 2.00%, target 1.00%".replace("&lt;",
                            format == SimulationFormat.JUNIT ? "&lt;" : "<"))
                    .contains("p99 &lt;= 250ms missed: actual 312.5 ms, target 250 ms".replace("&lt;",
                            format == SimulationFormat.JUNIT ? "&lt;" : "<"));
        }
    }

    @Test
    void namesTheRoutesThatFailALotWithoutAnObjective() throws IOException {
        SloResult slo = new SloResult(new Slo(Optional.of(MS_ROUTE), SloMetric.ERROR_RATE, 0.05,
                SourceLocation.UNKNOWN), 0.02, true);
        SimulationReport report = report(List.of(slo));
        assertThat(report.scenarios().get(0).failingWithoutObjective()).extracting(RouteResult::route)
                .containsExactly("POST /pay");
        String note = "POST /pay has no objective and 27.60% of its requests failed (circuit-open 76, injected 200)";
        assertThat(render(SimulationFormat.TEXT, report)).contains("PASSED", "note: " + note)
                .doesNotContain("GET /fine has no objective");
        assertThat(render(SimulationFormat.HTML, report)).contains("<p class=\"warning\">Note: " + note + ".</p>");
    }
}
