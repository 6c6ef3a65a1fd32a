package io.mdecomp.model.format;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.quantity.Duration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ModelReaderTest {

    static final String BASE = """
            system: shop
            version: 1
            domains:
              - name: Sales
                contexts:
                  - name: Ordering
                    entities:
                      - {name: Order, kind: aggregate-root, attributes: {id: uuid, items: list<OrderItem>}}
                      - {name: OrderItem, kind: entity, aggregate: Order}
                  - name: Stock
                    entities:
                      - {name: Product, kind: aggregate-root}
            services:
              - name: OrderService
                context: Ordering
                endpoints:
                  - name: placeOrder
                    method: POST
                    path: /orders
                    writes: [Order]
                    calls:
                      - {service: StockService, endpoint: reserve, timeout: 200ms}
              - name: StockService
                context: Stock
                endpoints:
                  - {name: reserve, writes: [Product]}
                  - {name: release}
            """;

    private static List<String> errors(String yaml) {
        try {
            ModelReader.readString("m.yaml", yaml);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected an InputException");
    }

    private static List<String> errorsAfter(String from, String to) {
        assertThat(BASE).contains(from);
        return errors(BASE.replace(from, to));
    }

    @Test
    void readsTheBaseModelWithItsDefaults() {
        DomainModel model = ModelReader.readString("m.yaml", BASE);
        Service stock = model.service("StockService").orElseThrow();
        Endpoint release = stock.endpoint("release").orElseThrow();
        assertThat(release.method()).isEqualTo(HttpMethod.GET);
        assertThat(release.path()).isEqualTo("/release");
        assertThat(release.serviceTime()).isEmpty();
        assertThat(stock.owns()).containsExactly("Product");
        assertThat(stock.deployment()).isEqualTo(Deployment.DEFAULT);
        assertThat(model.service("OrderService").orElseThrow().owns()).containsExactly("Order", "OrderItem");
        assertThat(model.service("OrderService").orElseThrow().endpoints().get(0).calls().get(0).timeout())
                .contains(Duration.ofMillis(200));
        assertThat(model.location().toString()).isEqualTo("m.yaml:1:1");
    }

    @Test
    void readsTheEcommerceSample() {
        DomainModel model = ModelReader.read(Path.of("../samples/ecommerce/model.yaml"));
        assertThat(model.services()).extracting(Service::name)
                .containsExactly("OrderService", "InventoryService", "CustomerService", "PaymentService");
        assertThat(model.entities()).hasSize(8);
        assertThat(model.useCases()).hasSize(9);
    }

    static Stream<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("../samples"))) {
            return files.filter(p -> p.getFileName().toString().equals("model.yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void readsEverySample(Path sample) {
        assertThat(ModelReader.read(sample).services()).isNotEmpty();
    }

    @Test
    void refusesNamesWithCharactersTheirKindDoesNotAllowAtTheName() {
        String yaml = BASE.replace("system: shop", "system: shop/../x")
                .replace("- name: Sales", "- name: \"../Sales\"")
                .replace("{name: Order, kind: aggregate-root, attributes: {id: uuid,", "{name: Order, kind: aggregate-root,"
                        + " attributes: {\"i d\": uuid,")
                .replace("  - name: StockService\n    context: Stock\n", "  - name: \"../../etc/evil\"\n    context: Stock\n"
                        + "    team: ops/payments\n")
                .replace("{name: release}", "{name: release.all, publishes: [order.placed, .hidden]}");
        assertThat(errors(yaml)).containsExactly(
                "m.yaml:1:9: error: system name 'shop/../x' is not allowed: write any text on one line without '/',"
                        + " '\\' or control characters, not starting or ending with a space [name]",
                "m.yaml:4:11: error: domain name '../Sales' is not allowed: write any text on one line without '/',"
                        + " '\\' or control characters, not starting or ending with a space [name]",
                "m.yaml:8:69: error: attribute name 'i d' is not allowed: write an ASCII letter or '_' followed by"
                        + " letters, digits, '_' or '-' [name]",
                "m.yaml:22:23: error: service 'OrderService' calls unknown service 'StockService' (known: OrderService,"
                        + " ../../etc/evil) [ref]",
                "m.yaml:23:11: error: service name '../../etc/evil' is not allowed: write an ASCII letter or '_'"
                        + " followed by letters, digits, '_' or '-' [name]",
                "m.yaml:25:11: error: team name 'ops/payments' is not allowed: write any text on one line without '/', '\\'"
                        + " or control characters, not starting or ending with a space [name]",
                "m.yaml:28:16: error: endpoint name 'release.all' is not allowed: write an ASCII letter or '_' followed"
                        + " by letters, digits, '_' or '-' [name]",
                "m.yaml:28:55: error: event name '.hidden' is not allowed: write an ASCII letter or '_' followed by"
                        + " letters, digits, '_', '-' or single dots between parts [name]");
    }

    @Test
    void keepsNamesWithSpacesForLabelsAndDotsForEvents() {
        DomainModel model = ModelReader.readString("m.yaml", BASE.replace("- name: Sales", "- name: Order Management (EU)")
                .replace("{name: release}", "{name: release, publishes: [stock.released.v2]}"));
        assertThat(model.domains().get(0).name()).isEqualTo("Order Management (EU)");
    }

    @Test
    void suggestsTheTypeForATypeWrittenAsInJavaOrSql() {
        assertThat(errorsAfter("{id: uuid, items: list<OrderItem>}", "{id: String, at: Timestamp, n: list<Integer>,"
                + " items: list<OrderItm>}")).containsExactly(
                "m.yaml:8:66: error: entity 'Order' attribute 'id' has unknown type 'String'; did you mean 'string'?"
                        + " (known: string, int, long, Order, uuid, date, datetime, decimal, OrderItem, Product, ... and 1 more) [ref]",
                "m.yaml:8:78: error: entity 'Order' attribute 'at' has unknown type 'Timestamp'; did you mean 'datetime'?"
                        + " (known: datetime, OrderItem, int, Order, boolean, date, decimal, string, Product, long, ... and 1 more) [ref]",
                "m.yaml:8:92: error: entity 'Order' attribute 'n' has unknown type 'Integer'; did you mean 'int'?"
                        + " (known: int, Order, date, datetime, long, string, OrderItem, Product, boolean, decimal, ... and 1 more) [ref]",
                "m.yaml:8:114: error: entity 'Order' attribute 'items' has unknown type 'OrderItm'; did you mean"
                        + " 'OrderItem'? (known: OrderItem, Order, Product, date, datetime, decimal, string, boolean, int, uuid,"
                        + " ... and 1 more) [ref]");
    }

    @Test
    void refusesMergeKeysWithAnExplanation() {
        assertThat(errorsAfter("    context: Stock\n", "    context: Stock\n    <<: {team: x}\n")).containsExactly(
                "m.yaml:25:5: error: merge keys (<<) are not supported in service 'StockService'; write the keys out"
                        + " [unknown-key]");
    }

    @Test
    void namesTheKnownEndpointsOfACalledService() {
        assertThat(errorsAfter("endpoint: reserve,", "endpoint: reserv,")).containsExactly("m.yaml:22:47: error:"
                + " service 'OrderService' calls unknown endpoint 'StockService.reserv' (known: reserve, release) [ref]");
    }

    @Test
    void namesTheKnownServicesForAnUnknownCallee() {
        assertThat(errorsAfter("{service: StockService,", "{service: StockServce,")).containsExactly("m.yaml:22:23:"
                + " error: service 'OrderService' calls unknown service 'StockServce' (known: StockService, OrderService) [ref]");
    }

    @Test
    void saysOnceThatAScenariosFileIsNotAModel() {
        assertThat(errors("""
                # scenarios for the shop
                scenarios:
                  - {name: steady, duration: 10s, workload: {open: {rate: 1/s}, mix: [{route: GET /a}]}}
                """)).containsExactly("m.yaml:2:1: error: this is a scenarios file, not a model;"
                + " give it after the model: simulate scenarios MODEL SCENARIOS [not-a-model]");
    }

    @Test
    void saysOnceThatASettingsFileIsNotAModel() {
        assertThat(errors("failOn: warning\nsizeBand: {min: 2, max: 10}\n")).containsExactly("m.yaml:1:1: error:"
                + " this is a settings file, not a model; give it with --config, or keep it as mdecomp.yaml"
                + " beside the model [not-a-model]");
    }

    @Test
    void reportsEachMissingKeyOfAMapThatIsNeitherModelNorAnotherFile() {
        assertThat(errors("name: shop\n")).contains(
                "m.yaml:1:1: error: the model is missing the required key 'system' [missing-key]");
    }

    @Test
    void suggestsTheClosestKeyForAMisspeltOne() {
        assertThat(errorsAfter("    context: Stock\n", "    contxt: Stock\n")).containsExactly(
                "m.yaml:23:5: error: service 'StockService' is missing the required key 'context' [missing-key]",
                "m.yaml:24:5: error: unknown key 'contxt' in service 'StockService'; did you mean 'context'? [unknown-key]");
    }

    @Test
    void reportsDanglingEntityReferencesAtTheItem() {
        assertThat(errorsAfter("writes: [Product]", "writes: [Product, Prodct]")).containsExactly("m.yaml:26:43:"
                + " error: endpoint 'StockService.reserve' writes unknown entity 'Prodct' (known: Product, Order,"
                + " OrderItem) [ref]");
    }

    @Test
    void reportsDuplicateNamesPointingAtTheFirst() {
        assertThat(errorsAfter("{name: Product, kind", "{name: Order, kind")).contains(
                "m.yaml:12:20: error: duplicate entity name 'Order'; the first is declared at line 8 [duplicate]");
    }

    @Test
    void reportsDuplicateEndpointsAndRoutes() {
        assertThat(errorsAfter("{name: release}", "{name: reserve, path: /reserve}")).containsExactly(
                "m.yaml:27:16: error: duplicate endpoint name 'reserve'; the first is declared at line 26 [duplicate]");
        assertThat(errorsAfter("{name: release}", "{name: release, path: /reserve}")).containsExactly(
                "m.yaml:27:16: error: endpoints 'reserve' and 'release' of service 'StockService' both answer GET"
                        + " /reserve [duplicate]");
    }

    @Test
    void reportsACycleOfAggregates() {
        String yaml = BASE.replace("{name: Order, kind: aggregate-root,", "{name: Order, kind: entity, aggregate: OrderItem,");
        assertThat(errors(yaml)).containsExactly("m.yaml:8:52: error: aggregate cycle: Order -> OrderItem -> Order;"
                + " one entity of an aggregate must be its root (kind aggregate-root) [aggregate]");
    }

    @Test
    void reportsAnAggregateRootInAnotherContext() {
        assertThat(errorsAfter("aggregate: Order}", "aggregate: Product}")).containsExactly("m.yaml:9:56: error:"
                + " entity 'OrderItem' of context 'Ordering' belongs to aggregate 'Product' of context 'Stock'; an"
                + " aggregate lies within one context [aggregate]");
    }

    @Test
    void reportsAnAggregateThatIsNotARoot() {
        String yaml = BASE.replace("{name: Product, kind: aggregate-root}", "{name: Product, kind: aggregate-root}\n"
                + "          - {name: Shelf, kind: entity, aggregate: Product}\n"
                + "          - {name: Slot, kind: entity, aggregate: Shelf}");
        assertThat(errors(yaml)).containsExactly("m.yaml:14:51: error: entity 'Slot' belongs to 'Shelf', which is not"
                + " an aggregate root (its kind is entity); point 'aggregate' at the root [aggregate]");
    }

    @Test
    void reportsARootThatBelongsToAnotherAggregate() {
        assertThat(errorsAfter("{name: Product, kind: aggregate-root}", "{name: Product, kind: aggregate-root,"
                + " aggregate: Order}")).containsExactly("m.yaml:12:62: error: entity 'Product' is an aggregate root"
                + " and cannot belong to aggregate 'Order'; remove 'aggregate' or change its kind [aggregate]");
    }

    @Test
    void reportsUnknownAttributeTypes() {
        assertThat(errorsAfter("items: list<OrderItem>", "items: list<OrderItm>")).containsExactly("m.yaml:8:79:"
                + " error: entity 'Order' attribute 'items' has unknown type 'OrderItm'; did you mean 'OrderItem'? (known: OrderItem, Order,"
                + " Product, date, datetime, decimal, string, boolean, int, uuid, ... and 1 more) [ref]");
        assertThat(errorsAfter("items: list<OrderItem>", "items: list<list<int>>")).containsExactly("m.yaml:8:79:"
                + " error: attribute type 'list<list<int>>' is not valid; write a type such as uuid, string, an entity name,"
                + " or list<T> [value]");
    }

    @Test
    void refusesAnotherFormatVersion() {
        assertThat(errorsAfter("version: 1", "version: 2")).containsExactly(
                "m.yaml:2:10: error: unsupported format version 2; this release reads version 1 [version]");
    }

    @Test
    void checksRangesOfProbabilitiesRatiosComplexityAndDeployment() {
        String yaml = BASE.replace("timeout: 200ms}", "timeout: 200ms, probability: 0}")
                .replace("{name: release}", "{name: release, cache: {hitRatio: 1.5}}")
                .replace("    context: Stock\n", "    context: Stock\n    complexity: 2\n"
                        + "    deployment: {instances: 0, workers: 4, queue: -1}\n");
        assertThat(errors(yaml)).containsExactly(
                "m.yaml:22:85: error: 'probability' must lie in (0, 1], got 0 [value]",
                "m.yaml:25:17: error: 'complexity' must lie in [0, 1], got 2 [value]",
                "m.yaml:26:29: error: 'instances' must be at least 1, got 0 [value]",
                "m.yaml:26:51: error: 'queue' must be at least 0, got -1 [value]",
                "m.yaml:29:43: error: 'hitRatio' must lie in [0, 1], got 1.5 [value]");
    }

    @Test
    void boundsDeploymentsSoThatAValidModelCanBeSimulated() {
        String yaml = BASE.replace("    context: Stock\n", "    context: Stock\n"
                + "    deployment: {instances: 1000000000, workers: 2147483647, queue: 1e7}\n");
        assertThat(errors(yaml)).containsExactly(
                "m.yaml:25:29: error: 'instances' must be at most 10000 (a limit that keeps simulations within memory),"
                        + " got 1000000000 [value]",
                "m.yaml:25:50: error: 'workers' must be at most 100000 (a limit that keeps simulations within memory),"
                        + " got 2147483647 [value]",
                "m.yaml:25:69: error: 'queue' must be at most 1000000 (a limit that keeps simulations within memory),"
                        + " got 10000000 [value]");
        String atTheLimits = BASE.replace("    context: Stock\n", "    context: Stock\n"
                + "    deployment: {instances: 10000, workers: 100000, queue: 1000000}\n");
        assertThat(ModelReader.readString("m.yaml", atTheLimits).service("StockService").orElseThrow().deployment())
                .isEqualTo(new io.mdecomp.model.Deployment(10000, 100000, 1000000));
    }

    @Test
    void refusesNotANumberAndDurationsWithoutUnits() {
        String yaml = BASE.replace("timeout: 200ms}", "timeout: 200, probability: .nan}");
        assertThat(errors(yaml)).containsExactly(
                "m.yaml:22:65: error: 'timeout': duration '200' has no unit; write e.g. '200ms' or '200s' (units: us,"
                        + " ms, s, m, h) [value]",
                "m.yaml:22:83: error: 'probability' must be a finite number, got '.nan' [value]");
    }

    @Test
    void explainsWrongTypes() {
        assertThat(errorsAfter("writes: [Order]", "writes: {Order: 1}")).containsExactly(
                "m.yaml:20:17: error: 'writes' must be a list of names, got a mapping [type]");
        assertThat(errors("system: x\nversion: 1\ndomains: {a: 1}\n")).containsExactly(
                "m.yaml:3:10: error: 'domains' must be a list of domains, got a mapping [type]");
        assertThat(errors("- a\n")).containsExactly("m.yaml:1:1: error: the document must be a mapping, got a list [type]");
    }

    @Test
    void hintsAtQuotingABracedPath() {
        assertThat(errorsAfter("{name: release}", "{name: release, path: /stock/{id}}")).singleElement()
                .asString().startsWith("m.yaml:27:38: error: YAML syntax error").contains("quote it, e.g. path: \"/stock/{id}\"");
    }

    @Test
    void reportsAConsumedEventThatLooksLikeATypo() {
        String yaml = BASE.replace("writes: [Order]\n", "writes: [Order]\n        publishes: [OrderPlaced]\n")
                .replace("  - {name: release}", "  - {name: release}\n    consumes:\n      - {event: OrderPlacd, endpoint: release}\n"
                        + "      - {event: ExternalTick, endpoint: relase}");
        assertThat(errors(yaml)).containsExactly(
                "m.yaml:30:17: error: service 'StockService' consumes event 'OrderPlacd', which no endpoint publishes;"
                        + " did you mean 'OrderPlaced'? [ref]",
                "m.yaml:31:41: error: service 'StockService' handles event 'ExternalTick' with unknown endpoint"
                        + " 'relase' (known: release, reserve) [ref]");
    }

    @Test
    void reportsEveryProblemOfTheFileAtOnce() {
        String yaml = BASE.replace("version: 1", "version: 1\ncolour: blue")
                .replace("aggregate: Order}", "aggregate: Ordr}")
                .replace("context: Ordering", "context: Orderng")
                .replace("timeout: 200ms}", "timeout: fast}")
                .replace("{name: release}", "{name: release, method: FETCH}");
        assertThat(errors(yaml)).hasSize(5).extracting(s -> s.substring(0, s.indexOf(": error")))
                .containsExactly("m.yaml:3:1", "m.yaml:10:56", "m.yaml:16:14", "m.yaml:23:65", "m.yaml:28:33");
    }

    @Test
    void letsAServiceWithoutOwnsOwnWhatOthersOfItsContextDoNotClaim() {
        String yaml = BASE.replace("  - name: StockService\n", "  - name: ItemService\n    context: Ordering\n"
                + "    owns: [OrderItem]\n  - name: StockService\n");
        DomainModel model = ModelReader.readString("m.yaml", yaml);
        assertThat(model.service("OrderService").map(Service::owns)).contains(List.of("Order"));
        assertThat(model.service("ItemService").map(Service::owns)).contains(List.of("OrderItem"));
        assertThat(model.service("StockService").map(Service::owns)).isEqualTo(Optional.of(List.of("Product")));
    }

    @Test
    void refusesAnEmptyModelFile() {
        assertThat(errors("# nothing yet\n")).containsExactly("m.yaml:1:1: error: file is empty; it holds no YAML document [empty]");
    }
}
