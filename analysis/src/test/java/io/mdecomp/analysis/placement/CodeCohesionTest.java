package io.mdecomp.analysis.placement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.graph.Criterion;
import io.mdecomp.analysis.graph.Priority;
import io.mdecomp.analysis.propose.Proposal;
import io.mdecomp.analysis.propose.ProposeAlgorithm;
import io.mdecomp.analysis.propose.ProposeOptions;
import io.mdecomp.analysis.propose.Proposer;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.format.ModelReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CodeCohesionTest {

    private static Component component(String name, Map<String, Integer> uses) {
        return new Component(name, ComponentKind.CLASS, new TreeMap<>(uses), Optional.empty(), SourceLocation.UNKNOWN);
    }

    @Test
    void spreadsEachComponentOverThePairsOfAggregatesItUses() {
        // OrderLine belongs to aggregate Order; Audit's entity is pinned away (not in rootOf)
        Map<String, String> rootOf = Map.of("Order", "Order", "OrderLine", "Order", "Product", "Product");
        List<CodeCohesion.Tie> ties = CodeCohesion.of(List.of(
                component("OrderService", Map.of("Order", 1, "OrderLine", 1, "Product", 2)),
                component("ProductMapper", Map.of("Product", 3)),
                component("Audit", Map.of("AuditEntry", 5))), rootOf);
        // OrderService: u(Order) = 2, u(Product) = 2, U = 4: Order–Order 4/8, Order–Product 4/4,
        // Product–Product 4/8; ProductMapper: Product–Product 9/6
        assertThat(ties).containsExactly(new CodeCohesion.Tie("Order", "Order", 0.5),
                new CodeCohesion.Tie("Order", "Product", 1.0), new CodeCohesion.Tie("Product", "Product", 2.0));
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 40);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void eachAggregateHoldsAsMuchWeightAsTheCodeUsesIt(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Map<String, String> rootOf = new HashMap<>();
        for (int e = 0; e < 8; e++) {
            rootOf.put("E" + e, "R" + random.nextInt(5));
        }
        List<Component> components = new ArrayList<>();
        Map<String, Double> used = new HashMap<>();
        for (int c = 0; c < 1 + random.nextInt(12); c++) {
            Map<String, Integer> uses = new TreeMap<>();
            for (int u = 0; u < random.nextInt(5); u++) {
                String entity = "E" + random.nextInt(8);
                int weight = 1 + random.nextInt(9);
                uses.merge(entity, weight, Integer::sum);
                used.merge(rootOf.get(entity), (double) weight, Double::sum);
            }
            components.add(component("C" + c, uses));
        }
        Map<String, Double> strength = new HashMap<>();
        double total = 0;
        for (CodeCohesion.Tie tie : CodeCohesion.of(components, rootOf)) {
            // a self-loop counts twice in a vertex's strength
            strength.merge(tie.a(), tie.weight(), Double::sum);
            strength.merge(tie.b(), tie.weight(), Double::sum);
            total += tie.weight();
        }
        assertThat(strength.keySet()).as("seed %d", seed).isEqualTo(used.keySet());
        used.forEach((root, weight) -> assertThat(strength.get(root)).as("seed %d, %s", seed, root)
                .isCloseTo(weight, within(1e-9)));
        assertThat(2 * total).as("seed %d", seed)
                .isCloseTo(used.values().stream().mapToDouble(Double::doubleValue).sum(), within(1e-9));
    }

    /**
     * Use cases tie Account, Product and Category in a chain; the code has a mapper per entity, an
     * account screen that shows a few products, and a catalogue service over products and categories.
     */
    private static final String SHOP = """
            system: shop
            version: 1
            domains:
              - name: Shop
                contexts:
                  - name: Core
                    entities:
                      - {name: Account, kind: aggregate-root}
                      - {name: Product, kind: aggregate-root}
                      - {name: Category, kind: aggregate-root}
            services:
              - {name: Shop, context: Core}
            useCases:
              - {name: signOn, reads: [Account, Product]}
              - {name: editAccount, writes: [Account], reads: [Product]}
              - {name: browse, reads: [Product, Category]}
            components:
              - {name: AccountMapper, kind: class, uses: {Account: 20}}
              - {name: AccountScreen, kind: class, uses: {Account: 8, Product: 2}}
              - {name: ProductMapper, kind: class, uses: {Product: 10}}
              - {name: CatalogService, kind: class, uses: {Product: 10, Category: 10}}
              - {name: CategoryMapper, kind: class, uses: {Category: 10}}
            """;

    private static List<List<String>> services(DomainModel model, AnalysisSettings settings) {
        ProposeOptions twoServices = new ProposeOptions(ProposeAlgorithm.LEIDEN, 1, 1, List.of(), OptionalInt.of(2),
                false);
        Proposal proposal = new Proposer(settings).propose(model, twoServices).proposal();
        return proposal.model().services().stream().map(s -> s.owns()).toList();
    }

    @Test
    void theCodeDecidesWhereUseCasesAloneWouldJoinAccountAndProduct() {
        DomainModel model = ModelReader.readString("shop.yaml", SHOP);
        assertThat(services(model, AnalysisSettings.defaults()))
                .containsExactlyInAnyOrder(List.of("Account"), List.of("Product", "Category"));
        DomainModel withoutComponents = ModelReader.readString("shop.yaml", SHOP.substring(0, SHOP.indexOf("components:")));
        List<List<String>> criteriaOnly = services(withoutComponents, AnalysisSettings.defaults());
        assertThat(criteriaOnly).containsExactlyInAnyOrder(List.of("Account", "Product"), List.of("Category"));
        assertThat(services(model, AnalysisSettings.defaults().withPriority(Criterion.CODE_COHESION, Priority.IGNORE)))
                .isEqualTo(criteriaOnly);
    }
}
