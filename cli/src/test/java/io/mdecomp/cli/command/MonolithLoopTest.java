package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.cli.Main;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import io.mdecomp.simulator.scenario.ScenarioReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The monolith sample walks analyze → propose → check → simulate compare, as its README says. */
class MonolithLoopTest {

    private static final Path SAMPLE = Path.of("..", "samples", "monolith");

    @Test
    void theScenariosFitTheMonolithAndEveryProposalTheReadmeMakes() {
        DomainModel monolith = ModelReader.read(SAMPLE.resolve("model.yaml"));
        Path scenarios = SAMPLE.resolve("scenarios.yaml");
        List<ProposeOptions> proposals = List.of(ProposeOptions.defaults(),
                ProposeOptions.defaults().withPreferEvents(true), ProposeOptions.defaults().withServices(4));

        assertThat(ScenarioReader.read(scenarios, monolith)).hasSize(2);
        for (ProposeOptions options : proposals) {
            DomainModel proposed = new Proposer().propose(monolith, options).proposal().model();
            assertThat(ScenarioReader.read(scenarios, proposed)).as("%s", options).hasSize(2);
        }
    }

    @Test
    void theSplitKeepsTheCatalogueUpWhileTheCheckoutCoreIsSlow(@TempDir Path dir) throws java.io.IOException {
        DomainModel monolith = ModelReader.read(SAMPLE.resolve("model.yaml"));
        Path proposed = dir.resolve("proposed.yaml");
        java.nio.file.Files.writeString(proposed, io.mdecomp.model.format.ModelWriter.write(new Proposer()
                .propose(monolith, ProposeOptions.defaults().withPreferEvents(true)).proposal().model()));
        // the sample's scenario at half length, so that the test stays quick
        Path scenarios = dir.resolve("scenarios.yaml");
        java.nio.file.Files.writeString(scenarios, java.nio.file.Files.readString(SAMPLE.resolve("scenarios.yaml"))
                .replace("duration: 1m", "duration: 30s").replace("warmup: 10s", "warmup: 5s")
                .replace("{at: 25s, for: 20s,", "{at: 12s, for: 10s,"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(new PrintWriter(out), new PrintWriter(err), "simulate", "compare",
                SAMPLE.resolve("model.yaml").toString(), proposed.toString(), scenarios.toString(),
                "--scenario", "slow-checkout-core", "--replications", "2", "--no-progress");

        // no objective that holds on the monolith fails on the proposal; while ShopMonolith is slow the
        // catalogue's objective, which the monolith misses, holds on the proposal
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("GET /products p99 <= 50ms .* better +FAIL +pass");
    }
}
