package io.mdecomp.cli.render.simulation;

import io.mdecomp.cli.render.Json;
import io.mdecomp.cli.render.Renderer;
import io.mdecomp.simulator.result.ScenarioResult;
import io.mdecomp.simulator.result.SimulationReport;
import io.mdecomp.simulator.result.TimeSeries;
import java.io.IOException;
import java.io.Writer;

/**
 * The time series as CSV (RFC 4180, {@code \n} line ends): one row per scenario and bucket,
 * {@code scenario,atSeconds,requests,ok,failed,p99Ms}.
 */
public final class CsvSimulationRenderer implements Renderer<SimulationReport> {

    @Override
    public void render(SimulationReport report, Writer writer) throws IOException {
        writer.write("scenario,atSeconds,requests,ok,failed,p99Ms\n");
        for (ScenarioResult s : report.scenarios()) {
            for (TimeSeries.Bucket b : s.timeseries().buckets()) {
                writer.write(quote(s.name()) + "," + Json.round(b.atSeconds()).toPlainString() + "," + b.requests()
                        + "," + b.ok() + "," + b.failed() + "," + Json.round(b.p99Ms()).toPlainString() + "\n");
            }
        }
    }

    static String quote(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
