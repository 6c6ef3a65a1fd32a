package io.mdecomp.cli.render.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.simulator.component.EndpointRef;
import io.mdecomp.simulator.result.GatewayResult;
import io.mdecomp.simulator.result.SagaResult;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HtmlSagaTablesTest {

    private static String render(List<SagaResult> sagas, Optional<GatewayResult> gateway) throws Exception {
        ScenarioResult base = SampleSimulations.report().scenarios().get(0);
        ScenarioResult s = new ScenarioResult(base.name(), base.seed(), base.simulatedSeconds(), base.wallSeconds(),
                base.events(), base.requests(), base.routes(), base.services(), base.calls(), base.breakers(),
                base.topics(), base.timeseries(), base.slos(), base.passed(), base.replications(), sagas, gateway);
        StringWriter out = new StringWriter();
        new HtmlSimulationRenderer(Map.of()).render(new SimulationReport(1, "shop", List.of(s)), out);
        return out.toString();
    }

    @Test
    void showsEachSagaAsARowWithItsCountsAndTheGatewayPool() throws Exception {
        SagaResult saga = new SagaResult(SampleSimulations.NASTY_ROUTE, 100, 70, 25, 3, 2, 31, 4,
                List.of(new SagaResult.Step(new EndpointRef("Inventory", "reserve"),
                        Optional.of(new EndpointRef("Inventory", "release")), 0)));
        String html = render(List.of(saga), Optional.of(new GatewayResult(64, 100, 5000, 12, 0.5, 0.25)));
        HtmlSimulationRendererTest.parse(html);
        assertThat(html).contains("<h3>Sagas</h3>")
                .contains("<tr><td>POST /a&lt;&amp;&quot;&#39;b&gt;</td><td class=\"num\">100</td>"
                        + "<td class=\"num\">70</td><td class=\"num\">25</td><td class=\"num\">3</td>"
                        + "<td class=\"num\">2</td><td class=\"num\">31</td><td class=\"num\">4</td></tr>")
                .contains("<p class=\"gateway\">Gateway: 64 workers, queue 100: utilization 50.00%, mean queue 0.250,"
                        + " 12 rejected.</p>");
    }

    @Test
    void showsNeitherWithoutSagasOrGatewayWorkers() throws Exception {
        assertThat(render(List.of(), Optional.empty())).doesNotContain("<h3>Sagas</h3>", "class=\"gateway\"");
    }
}
