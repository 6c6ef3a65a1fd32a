package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.SloResult;
import java.io.IOException;
import java.io.Writer;

/**
 * SLO verdicts as JUnit XML: a test suite per scenario, a test case per objective, a failure
 * for each objective missed (actual against target). A scenario without objectives has one
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
        w.write("<testsuites name=\"mdecomp simulate " + xml(report.model()) + "\" tests=\"" + tests
                + "\" failures=\"" + failures + "\">\n");
        for (ScenarioResult s : report.scenarios()) {
            long failed = s.slos().stream().filter(x -> !x.passed()).count();
            w.write("  <testsuite name=\"" + xml(s.name()) + "\" tests=\"" + Math.max(1, s.slos().size())
                    + "\" failures=\"" + failed + "\" errors=\"0\" skipped=\"0\">\n");
            if (s.slos().isEmpty()) {
                w.write("    <testcase classname=\"" + xml(s.name()) + "\" name=\"no objectives\"/>\n");
            }
            for (SloResult slo : s.slos()) {
                w.write("    <testcase classname=\"" + xml(s.name()) + "\" name=\"" + xml(slo.describe()) + "\"");
                if (slo.passed()) {
                    w.write("/>\n");
                } else {
                    w.write(">\n      <failure message=\"" + xml(message(slo)) + "\" type=\"slo\">"
                            + xml(message(slo)) + "</failure>\n    </testcase>\n");
                }
            }
            w.write("  </testsuite>\n");
        }
        w.write("</testsuites>\n");
    }

    static String message(SloResult slo) {
        return slo.describe() + " missed: actual " + Json.round(slo.actual()).toPlainString() + ", target "
                + Json.round(slo.target()).toPlainString();
    }

    static String xml(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&': b.append("&amp;"); break;
                case '<': b.append("&lt;"); break;
                case '>': b.append("&gt;"); break;
                case '"': b.append("&quot;"); break;
                case '\'': b.append("&apos;"); break;
                default:
                    if (c >= 0x20 || c == '\n' || c == '\t' || c == '\r') {
                        b.append(c);
                    }
            }
        }
        return b.toString();
    }
}
