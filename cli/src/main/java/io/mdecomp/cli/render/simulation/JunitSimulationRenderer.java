package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Renderer;
import io.mdecomp.cli.render.Xml;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import java.io.IOException;
import java.io.Writer;

/**
 * SLO verdicts as JUnit XML: a test suite per scenario, a test case per objective, a failure
 * for each objective missed (actual against target in the objective's unit, and with replications
 * the verdict over all of them). A scenario without objectives has one
 * passing case saying so. No timestamps: the same report gives the same bytes.
 */
public final class JunitSimulationRenderer implements Renderer<SimulationReport> {

    @Override
    public void render(SimulationReport report, Writer w) throws IOException {
        int tests = 0;
        int failures = 0;
        for (ScenarioResult s : report.scenarios()) {
            tests += Math.max(1, s.slos().size());
            failures += (int) s.slos().stream().filter(x -> !x.passed()).count();
        }
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<testsuites name=\"mdecomp simulate " + Xml.escape(report.model()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\">\n");
        for (ScenarioResult s : report.scenarios()) {
            long failed = s.slos().stream().filter(x -> !x.passed()).count();
            w.write("  <testsuite name=\"" + Xml.escape(s.name()) + "\" tests=\"" + Math.max(1, s.slos().size())
                    + "\" failures=\"" + failed + "\" errors=\"0\" skipped=\"0\">\n");
            if (s.slos().isEmpty()) {
                w.write("    <testcase classname=\"" + Xml.escape(s.name()) + "\" name=\"no objectives\"/>\n");
            }
            for (SloResult slo : s.slos()) {
                w.write("    <testcase classname=\"" + Xml.escape(s.name()) + "\" name=\"" + Xml.escape(slo.describe()) + "\"");
                if (slo.passed()) {
                    w.write("/>\n");
                } else {
                    String message = Xml.escape(message(s, slo));
                    w.write(">\n      <failure message=\"" + message + "\" type=\"slo\">" + message
                            + "</failure>\n    </testcase>\n");
                }
            }
            w.write("  </testsuite>\n");
        }
        w.write("</testsuites>\n");
    }

    /**
     * {@code availability >= 99% missed: actual 99.26%, target 99.00%}, each number in the
     * objective's unit as the text report gives it, and with replications the verdict over all of
     * them ({@code ; passes in 2 of 5 replications, not on the confidence bound [98.87%, 99.11%]}).
     */
    static String message(ScenarioResult s, SloResult slo) {
        return slo.describe() + " missed: actual " + Quantities.withUnit(slo.actual(), slo.unit()) + ", target "
                + Quantities.withUnit(slo.target(), slo.unit()) + s.replications().flatMap(r -> r.verdict(slo))
                .map(v -> "; " + Sections.verdictOver(v, slo.unit())).orElse("");
    }
}
