package io.mdecomp.analysis.plan;

import static io.mdecomp.analysis.Fixtures.call;
import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.member;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.model.DomainModel;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProposalComparisonTest {

    /**
     * Two contexts, each with its own service (complexity 1, so neither is too fine), used together
     * by one endpoint that writes Order and OrderLine (Sales) and reads Product (Catalog) through
     * Catalog's endpoint: the written pair scores 10 (the 90th percentile), each read-written pair 3,
     * so Order-Product and OrderLine-Product weigh 3 · 3 + 30 shared owner = 39.
     */
    private static DomainModel twoContexts() {
        return model(List.of(root("Order", "Sales"), member("OrderLine", "Sales", "Order"), root("Product", "Catalog")),
                List.of(service("Orders", "Sales", "t", 1.0, List.of("Order", "OrderLine"),
                                endpoint("order", List.of("Product"), List.of("Order", "OrderLine"),
                                        call("Catalog", "list"))),
                        service("Catalog", "Catalog", "t", 1.0, List.of("Product"),
                                endpoint("list", List.of(), List.of("Product")))));
    }

    /** Two contexts that nothing ties together. */
    private static DomainModel apart() {
        return model(List.of(root("Order", "Sales"), member("OrderLine", "Sales", "Order"), root("Product", "Catalog"),
                        member("Image", "Catalog", "Product")),
                List.of(service("Orders", "Sales", "t1", 1.0, List.of("Order", "OrderLine"),
                                endpoint("order", List.of(), List.of("Order", "OrderLine"))),
                        service("Catalog", "Catalog", "t2", 1.0, List.of("Product", "Image"),
                                endpoint("list", List.of(), List.of("Product", "Image")))));
    }

    @Test
    void saysWhyThePlanKeepsApartWhatTheProposalJoins() {
        DomainModel model = twoContexts();
        Evaluation base = Analyzer.evaluate(model, AnalysisSettings.defaults());
        Plan plan = new Planner(m -> Analyzer.evaluate(m, AnalysisSettings.defaults()), AnalysisSettings.defaults())
                .plan(base);
        // a proposal that puts everything in one service
        Map<String, String> joined = Map.of("Order", "Orders", "OrderLine", "Orders", "Product", "Orders");

        ProposalComparison comparison = ProposalComparison.of(base, plan,
                new ProposalComparison.Proposed("leiden", joined, 0.1, 0.0, List.of(), Optional.empty()));

        assertThat(comparison.proposedServices()).isEqualTo(1);
        assertThat(comparison.differences()).singleElement().satisfies(d -> {
            assertThat(d.proposalService()).isEqualTo("Orders");
            assertThat(d.aggregates()).containsExactly("Order", "Product");
            assertThat(d.plan()).containsExactly("Orders (Order)", "Catalog (Product)");
            assertThat(d.why()).isEqualTo("the plan keeps them apart: they belong to 2 bounded contexts (Catalog, "
                    + "Sales), and a service implements one (MD011). The proposal joins them for modularity: "
                    + "entity-graph weight 78.00 runs between the parts.");
        });
        // the plan changes nothing here: Catalog's coupling 39 / (30 + 39) is resolved only by joining the
        // contexts, which introduces MD011 and gains nothing, so the cuts disagree
        assertThat(plan.steps()).isEmpty();
        assertThat(comparison.mojoFm()).isLessThan(100);
    }

    @Test
    void passesOnWhatTheProposalSaysWhenItFindsNoStructure() {
        // Leiden joins everything of this small, tightly used model: the proposal says so, and analyze shows it
        AnalysisReport report = Analyzer.analyze(twoContexts());

        assertThat(report.plan().comparison()).hasValueSatisfying(c -> {
            assertThat(c.proposedServices()).isEqualTo(1);
            assertThat(c.notes()).anySatisfy(note -> assertThat(note).startsWith("leiden found no structure: it put "
                    + "all 2 aggregates in one cluster"));
        });
    }

    @Test
    void agreesWithAProposalThatIsTheCurrentCut() {
        AnalysisReport report = Analyzer.analyze(apart());

        assertThat(report.plan().comparison()).hasValueSatisfying(c -> {
            assertThat(c.differences()).isEmpty();
            assertThat(c.mojoFm()).isEqualTo(100);
            // nothing relates the two aggregates, which the proposal says
            assertThat(c.notes()).singleElement().satisfies(note -> assertThat(note)
                    .startsWith("the entity graph relates none of the 2 aggregates"));
        });
    }
}
