package io.mdecomp.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.graph.EntityGraph;
import io.mdecomp.analysis.propose.ProposeAlgorithm;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.Proposal;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.cli.Main;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import io.mdecomp.model.Service;
import io.mdecomp.model.format.ModelReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProposeCommandTest {

    private static final Path SAMPLES = Path.of("..", "samples");

    private static Proposal propose(String sample, ProposeAlgorithm algorithm) {
        DomainModel model = ModelReader.read(SAMPLES.resolve(sample).resolve("model.yaml"));
        EntityGraph graph = EntityGraph.of(model, AnalysisSettings.defaults());
        return new Proposer().propose(model, graph.graph(), new ProposeOptions(algorithm, 1.0, 1L, List.of()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ecommerce", "monolith"})
    void proposesACutAtLeastAsModularAsTheCurrentOneWithEveryEntityOnceAndAggregatesWhole(String sample) {
        for (ProposeAlgorithm algorithm : ProposeAlgorithm.values()) {
            Proposal proposal = propose(sample, algorithm);
            DomainModel model = proposal.model();
            if (algorithm == ProposeAlgorithm.LEIDEN || algorithm == ProposeAlgorithm.LOUVAIN) {
                assertThat(proposal.proposedModularity()).as("%s %s", sample, algorithm)
                        .isGreaterThanOrEqualTo(proposal.currentModularity());
            }
            List<String> owned = model.services().stream().flatMap(s -> s.owns().stream()).toList();
            assertThat(owned).as("%s %s", sample, algorithm).doesNotHaveDuplicates()
                    .containsExactlyInAnyOrderElementsOf(model.entities().map(Entity::name).toList());
            Map<String, String> owner = proposal.assignment();
            model.entities().forEach(e -> assertThat(owner.get(e.name())).isEqualTo(owner.get(e.aggregateRoot())));
        }
    }

    @Test
    void splitsTheMonolithAlongAggregatesUseCasesAndSecurityZones() {
        Map<String, List<String>> services = propose("monolith", ProposeAlgorithm.LEIDEN).model().services().stream()
                .collect(Collectors.toMap(Service::name, Service::owns));
        assertThat(services).containsOnlyKeys("ShopMonolith", "PaymentService", "ProductService", "ShipmentService",
                "BackOffice");
        assertThat(services.get("ProductService")).containsExactly("Product", "Category", "Review", "StockItem");
        assertThat(services.get("ShipmentService")).containsExactly("Shipment", "Parcel");
        assertThat(services.get("PaymentService")).containsExactly("Payment");
        assertThat(services.get("BackOffice")).containsExactly("Invoice", "InvoiceLine");
    }

    @Test
    void writesAValidModelAndTheSameBytesForTheSameSeed(@TempDir Path dir) throws IOException {
        Path model = SAMPLES.resolve("monolith/model.yaml");
        Path first = dir.resolve("a.yaml");
        Path second = dir.resolve("b.yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "propose", model.toString(), "-o",
                first.toString(), "--seed", "7")).isZero();
        assertThat(out.toString()).contains("modularity").contains("moves:");
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "propose", model.toString(), "-o",
                second.toString(), "--seed", "7")).isZero();
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(Main.run(new PrintWriter(out), new PrintWriter(err), "validate", first.toString())).isZero();
    }

    @Test
    void rejectsAnUnknownAlgorithmAndAnUnknownPin() {
        StringWriter err = new StringWriter();
        String model = SAMPLES.resolve("monolith/model.yaml").toString();
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "propose", model,
                "--algorithm", "kmeans")).isEqualTo(2);
        assertThat(err.toString()).contains("unknown algorithm 'kmeans' (known: leiden, louvain, girvan-newman, "
                + "label-propagation)");
        assertThat(Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "propose", model,
                "--pin", "Billing")).isEqualTo(2);
        assertThat(err.toString()).contains("--pin names unknown service 'Billing' (known: ShopMonolith, BackOffice)");
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        return Main.run(new PrintWriter(out), new PrintWriter(err), args);
    }

    @Test
    void writesACoherentModelThatCheckFindsNoUndeclaredReadIn(@TempDir Path dir) throws IOException {
        Path proposed = dir.resolve("proposed.yaml");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(run(out, err, "propose", SAMPLES.resolve("monolith/model.yaml").toString(), "-o",
                proposed.toString())).isZero();

        assertThat(out.toString()).contains("interactions added:", "ShopMonolith.addToCart reads Product of "
                + "ProductService: sync query ProductService.getProduct", "worker slots carried over", "notes:");
        StringWriter checked = new StringWriter();
        assertThat(run(checked, new StringWriter(), "check", proposed.toString(), "--format", "json")).isZero();
        assertThat(checked.toString()).doesNotContain("\"MD004\"", "\"MD003\"", "\"MD015\"");
        assertThat(Files.readString(proposed)).startsWith("# proposed by mdecomp propose (leiden, resolution 1, seed 1) "
                + "from model.yaml\n");
    }

    @Test
    void asksForANumberOfServicesAndForEvents(@TempDir Path dir) throws IOException {
        Path proposed = dir.resolve("proposed.yaml");
        StringWriter out = new StringWriter();

        assertThat(run(out, new StringWriter(), "propose", SAMPLES.resolve("monolith/model.yaml").toString(), "-o",
                proposed.toString(), "--services", "3", "--prefer-events")).isZero();

        assertThat(ModelReader.read(proposed).services()).hasSize(3);
        assertThat(out.toString()).contains("proposal for webshop: leiden, resolution 1, seed 1, services 3, prefer events",
                "--services 3: leiden found 5 clusters; 2 pairs of clusters merged by largest modularity gain",
                "a copy fed by");
    }

    @Test
    void refusesAModelWithoutEntitiesAndABadNumberOfServices(@TempDir Path dir) throws IOException {
        Path empty = dir.resolve("empty.yaml");
        Files.writeString(empty, "system: empty\nversion: 1\ndomains: []\nservices: []\n");
        String monolith = SAMPLES.resolve("monolith/model.yaml").toString();
        for (String algorithm : List.of("leiden", "louvain", "girvan-newman", "label-propagation")) {
            StringWriter err = new StringWriter();
            assertThat(run(new StringWriter(), err, "propose", empty.toString(), "--algorithm", algorithm)).isEqualTo(2);
            assertThat(err.toString()).contains("empty.yaml:1:1: error: nothing to propose: the model declares no "
                    + "entities").doesNotContain("Exception");
        }
        StringWriter err = new StringWriter();
        assertThat(run(new StringWriter(), err, "propose", monolith, "--services", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("--services must be at least 1, got 0");
        assertThat(run(new StringWriter(), err, "propose", monolith, "--services", "99")).isEqualTo(2);
        assertThat(err.toString()).contains("--services: error: --services 99 asks for more services than there are "
                + "aggregates to place: 10, and an aggregate is never cut; ask for at most 10 [limit]")
                .doesNotContain("Exception");
    }

    @Test
    void helpSaysThatMinusOWritesTheModel() {
        StringWriter out = new StringWriter();
        assertThat(run(out, new StringWriter(), "propose", "--help")).isZero();
        assertThat(out.toString()).contains("Write the proposed model to FILE").doesNotContain("report to FILE")
                .contains("--services=N", "--[no-]prefer-events");
    }
}
