package io.mdecomp.analysis.rules;

import static io.mdecomp.analysis.Fixtures.asyncCall;
import static io.mdecomp.analysis.Fixtures.at;
import static io.mdecomp.analysis.Fixtures.call;
import static io.mdecomp.analysis.Fixtures.consuming;
import static io.mdecomp.analysis.Fixtures.dependency;
import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.member;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.publishing;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static io.mdecomp.analysis.Fixtures.zoned;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Protocol;
import io.mdecomp.model.Service;
import io.mdecomp.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RulesTest {

    private static List<Finding> findings(DomainModel model, RuleId rule) {
        return findings(model, rule, AnalysisSettings.defaults());
    }

    private static List<Finding> findings(DomainModel model, RuleId rule, AnalysisSettings settings) {
        return Analyzer.analyze(model, settings).findings().stream().filter(f -> f.rule() == rule).toList();
    }

    private static Service plain(String name, Endpoint... endpoints) {
        return service(name, "X", "t", 0.5, List.of(), endpoints);
    }

    private static DomainModel services(Service... services) {
        return model(List.of(root("E", "X")), List.of(services));
    }

    @Test
    void md001ReportsSyncCycleAtItsFirstCall() {
        DomainModel cyclic = services(plain("A", endpoint("a", List.of(), List.of(), call("B", "b"))),
                plain("B", endpoint("b", List.of(), List.of(), call("A", "a"))));
        DomainModel async = services(plain("A", endpoint("a", List.of(), List.of(), call("B", "b"))),
                plain("B", endpoint("b", List.of(), List.of(), asyncCall("A", "a"))));

        List<Finding> found = findings(cyclic, RuleId.MD001);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("A", "B");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("A -> B -> A");
            assertThat(f.location()).isEqualTo(at("B.b"));
            assertThat(f.recommendation()).hasValueSatisfying(r -> assertThat(r).contains("B -> A"));
        });
        assertThat(findings(async, RuleId.MD001)).isEmpty();
        assertThat(findings(cyclic, RuleId.MD002)).isEmpty();
    }

    @Test
    void md002ReportsCyclesThatAreNotAllSync() {
        DomainModel async = services(plain("A", endpoint("a", List.of(), List.of(), call("B", "b"))),
                plain("B", endpoint("b", List.of(), List.of(), asyncCall("A", "a"))));
        DomainModel acyclic = services(plain("A", endpoint("a", List.of(), List.of(), call("B", "b"))), plain("B", endpoint("b")));

        assertThat(findings(async, RuleId.MD002)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("A", "B");
            assertThat(f.message()).contains("A -[sync]-> B -[async]-> A");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
        });
        assertThat(findings(acyclic, RuleId.MD002)).isEmpty();
    }

    @Test
    void md001ReportsAnEndpointThatCallsItself() {
        // recalc calls itself on 30% of requests, behind a 50% cache: the loop is taken on 15% of requests
        Endpoint recalc = endpoint("recalc", List.of(), List.of(), call("A", "recalc", 0.3));
        recalc = new Endpoint(recalc.name(), recalc.method(), recalc.path(), recalc.reads(), recalc.writes(),
                recalc.serviceTime(), recalc.calls(), recalc.publishes(),
                java.util.Optional.of(new io.mdecomp.model.Cache(0.5)), recalc.location());
        DomainModel self = services(plain("A", recalc));

        assertThat(findings(self, RuleId.MD001)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("A.recalc");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("endpoint A.recalc calls itself synchronously (on 15% of requests): each "
                    + "call holds a worker while it waits for the next, so a request can exhaust A's workers");
            assertThat(f.location()).isEqualTo(at("A.recalc"));
        });
    }

    @Test
    void md001ReportsALoopOfSyncCallsInsideOneService() {
        // A.a -> A.b -> A.c -> A.a stays inside A, so the service graph has no cycle; A.c -> B.x leaves it
        DomainModel loop = services(
                plain("A", endpoint("a", List.of(), List.of(), call("A", "b")),
                        endpoint("b", List.of(), List.of(), call("A", "c")),
                        endpoint("c", List.of(), List.of(), call("A", "a"), call("B", "x"))),
                plain("B", endpoint("x")));
        DomainModel asyncLoop = services(
                plain("A", endpoint("a", List.of(), List.of(), call("A", "b")),
                        endpoint("b", List.of(), List.of(), asyncCall("A", "a"))));
        DomainModel chain = services(
                plain("A", endpoint("a", List.of(), List.of(), call("A", "b")), endpoint("b")));

        assertThat(findings(loop, RuleId.MD001)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("A.a", "A.b", "A.c");
            assertThat(f.message()).startsWith("synchronous call loop inside A: a -> b -> c -> a (on every request)");
            assertThat(f.location()).isEqualTo(at("A.b"));
            assertThat(f.recommendation()).hasValue("call the logic of a in-process from c instead of through its "
                    + "endpoint, or make that call asynchronous");
        });
        assertThat(findings(asyncLoop, RuleId.MD001)).isEmpty();
        assertThat(findings(chain, RuleId.MD001)).isEmpty();
    }

    @Test
    void aSyncCallOneWayAndAnEventBackIsChoreographyNotACycle() {
        // A calls B; B publishes Shipped, which A consumes: A depends on B twice (call and B's event contract)
        DomainModel choreography = services(
                plain("A", endpoint("a", List.of(), List.of(), call("B", "b")), endpoint("onShipped")),
                plain("B", publishing(endpoint("b"), "Shipped")));
        choreography = withConsumer(choreography, "A", "Shipped", "onShipped");
        // A and B each consume the other's event: a real cycle of events
        DomainModel eventsBothWays = services(
                plain("A", publishing(endpoint("a"), "Ordered")),
                plain("B", publishing(endpoint("b"), "Shipped")));
        eventsBothWays = withConsumer(withConsumer(eventsBothWays, "A", "Shipped", "a"), "B", "Ordered", "b");

        assertThat(Analyzer.analyze(choreography).metrics().cycles()).isEmpty();
        assertThat(Analyzer.analyze(choreography).metrics().siy()).isZero();
        assertThat(Analyzer.analyze(eventsBothWays).metrics().siy()).isEqualTo(1);
        assertThat(Analyzer.analyze(eventsBothWays).metrics().cycles()).containsExactly(List.of("A", "B", "A"));
        // the consumer depends on the publisher: A on B twice, by its call and by B's event
        assertThat(Analyzer.analyze(choreography).service("A").orElseThrow().ce()).isEqualTo(1);
        assertThat(Analyzer.analyze(choreography).service("B").orElseThrow().ca()).isEqualTo(1);
        assertThat(findings(choreography, RuleId.MD001)).isEmpty();
        assertThat(findings(choreography, RuleId.MD002)).isEmpty();
        assertThat(findings(eventsBothWays, RuleId.MD002)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("A", "B");
            assertThat(f.message()).isEqualTo("dependency cycle A -[event]-> B -[event]-> A: none of these 2 services "
                    + "can change its events without the others");
            assertThat(f.recommendation()).hasValueSatisfying(r -> assertThat(r).startsWith("let B stop consuming the "
                    + "events of A, e.g. by moving that reaction into A"));
        });
    }

    private static DomainModel withConsumer(DomainModel model, String service, String event, String endpoint) {
        List<Service> services = new ArrayList<>();
        for (Service s : model.services()) {
            services.add(s.name().equals(service) ? consuming(s, event, endpoint) : s);
        }
        return new DomainModel(model.system(), model.version(), model.domains(), services, model.dependencies(),
                model.useCases(), model.location());
    }

    @Test
    void md003ReportsEntityWrittenByTwoServices() {
        DomainModel twoWriters = model(List.of(root("Order", "X")), List.of(
                service("B", "X", "t", 0.5, List.of(), endpoint("w", List.of(), List.of("Order"))),
                service("A", "X", "t", 0.5, List.of("Order"), endpoint("w", List.of(), List.of("Order")))));
        DomainModel oneWriter = model(List.of(root("Order", "X")), List.of(
                service("A", "X", "t", 0.5, List.of("Order"), endpoint("w", List.of(), List.of("Order")))));

        assertThat(findings(twoWriters, RuleId.MD003)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Order", "A", "B");
            assertThat(f.message()).isEqualTo("entity 'Order' is written by 2 services: A, B (owner: A)");
            assertThat(f.location()).isEqualTo(at("Order"));
        });
        assertThat(findings(oneWriter, RuleId.MD003)).isEmpty();
    }

    @Test
    void md004ReportsReadWithoutDependencyOnOwner() {
        List<io.mdecomp.model.Entity> entities = List.of(root("Order", "X"), root("Report", "X"));
        DomainModel undeclared = model(entities, List.of(
                service("Orders", "X", "t", 0.5, List.of("Order"), endpoint("get")),
                service("Reports", "X", "t", 0.5, List.of("Report"), endpoint("monthly", List.of("Order"), List.of()))));
        DomainModel declared = model(entities, List.of(
                service("Orders", "X", "t", 0.5, List.of("Order"), endpoint("get")),
                service("Reports", "X", "t", 0.5, List.of("Report"), endpoint("monthly", List.of("Order"), List.of()))),
                List.of(dependency("Reports", "Orders", Protocol.HTTP)), List.of());

        assertThat(findings(undeclared, RuleId.MD004)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Reports", "Order", "Orders");
            assertThat(f.message()).contains("'Reports' reads 'Order' (owned by Orders) in endpoint 'monthly'");
            assertThat(f.location()).isEqualTo(at("monthly"));
        });
        assertThat(findings(declared, RuleId.MD004)).isEmpty();
        // consuming the owner's event is a dependency on it (a replicated read model)
        DomainModel fed = model(entities, List.of(
                service("Orders", "X", "t", 0.5, List.of("Order"), publishing(endpoint("get"), "OrderPlaced")),
                consuming(service("Reports", "X", "t", 0.5, List.of("Report"),
                        endpoint("monthly", List.of("Order"), List.of())), "OrderPlaced", "monthly")));
        assertThat(findings(fed, RuleId.MD004)).isEmpty();
    }

    @Test
    void md005ReportsAggregateSplitAcrossServices() {
        List<io.mdecomp.model.Entity> entities = List.of(root("Order", "X"), member("OrderItem", "X", "Order"));
        DomainModel split = model(entities, List.of(service("A", "X", "t", 0.5, List.of("Order")),
                service("B", "X", "t", 0.5, List.of("OrderItem"))));
        DomainModel whole = model(entities, List.of(service("A", "X", "t", 0.5, List.of("Order", "OrderItem"))));

        assertThat(findings(split, RuleId.MD005)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Order", "A", "B");
            assertThat(f.message()).contains("Order in A; OrderItem in B");
            assertThat(f.recommendation()).hasValueSatisfying(r -> assertThat(r).contains("keep the whole aggregate Order in A"));
        });
        assertThat(findings(whole, RuleId.MD005)).isEmpty();
    }

    @Test
    void md006AndMd007CompareGranularityWithThresholds() {
        // coarse: 20 endpoints, 10 entities, complexity 0.9 → (1 + 1 + 0.9)/3 = 0.967; fine: 0 endpoints, 0 entities, 0.3 → 0.1
        List<io.mdecomp.model.Entity> entities = new ArrayList<>();
        IntStream.range(0, 10).forEach(i -> entities.add(root("E" + i, "X")));
        Endpoint[] endpoints = IntStream.range(0, 20).mapToObj(i -> endpoint("e" + i)).toArray(Endpoint[]::new);
        DomainModel model = model(entities, List.of(
                service("Big", "X", "t", 0.9, entities.stream().map(io.mdecomp.model.Entity::name).toList(), endpoints),
                service("Tiny", "X", "t", 0.3, List.of()),
                service("Fair", "X", "t", 0.5, List.of(), IntStream.range(0, 10).mapToObj(i -> endpoint("f" + i))
                        .toArray(Endpoint[]::new))));

        assertThat(findings(model, RuleId.MD006)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Big");
            assertThat(f.message()).isEqualTo("granularity 0.97 of 'Big' is above 0.80 (20 endpoints, 10 entities, complexity 0.90)");
        });
        assertThat(findings(model, RuleId.MD007)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Tiny");
            assertThat(f.severity()).isEqualTo(Severity.NOTE);
        });
        // a stricter threshold catches Fair too: (0.5 + 0 + 0.5) / 3 = 0.333 < 0.4
        AnalysisSettings strict = AnalysisSettings.defaults()
                .withRule(RuleId.MD007, new RuleSetting(true, Severity.WARNING, OptionalDouble.of(0.4)));
        assertThat(findings(model, RuleId.MD007, strict)).extracting(Finding::subjects)
                .containsExactly(List.of("Fair"), List.of("Tiny"));
        assertThat(findings(model, RuleId.MD007, strict)).allMatch(f -> f.severity() == Severity.WARNING);
    }

    @Test
    void md008ReportsCouplingAboveThreshold() {
        // Order-Customer: semantic proximity 30 (one read-written pair, the 90th percentile) + shared owner 30 = 60.
        // Each service owns one entity, whose tie with itself is the identity tie 10 · M = 30: 60 / (30 + 60)
        DomainModel model = model(List.of(root("Order", "X"), root("Customer", "X")), List.of(
                service("Orders", "X", "t", 0.5, List.of("Order"), endpoint("place", List.of("Customer"), List.of("Order"))),
                service("Customers", "X", "t", 0.5, List.of("Customer"))));
        DomainModel alone = model(List.of(root("Order", "X")), List.of(
                service("Orders", "X", "t", 0.5, List.of("Order"), endpoint("place", List.of(), List.of("Order")))));

        assertThat(findings(model, RuleId.MD008)).extracting(Finding::subjects)
                .containsExactly(List.of("Customers"), List.of("Orders"));
        assertThat(findings(model, RuleId.MD008).get(0).message())
                .isEqualTo("coupling 0.67 of 'Customers' is above 0.50: its one entity is more tied to Orders (60.0 per "
                        + "entity pair) than an entity is to itself (30.0, the identity tie); top partners by weight: "
                        + "Orders 60.0");
        assertThat(findings(alone, RuleId.MD008)).isEmpty();
    }

    @Test
    void md008LeavesASmallSelfContainedServiceAlone() {
        // Customers owns one entity and only its own endpoint touches it; Orders reads it (teams differ, no
        // shared-owner term): the tie 30 equals the identity tie 30 → coupling 0.5, not above the threshold
        DomainModel model = model(List.of(root("Order", "X"), root("Customer", "X")), List.of(
                service("Orders", "X", "t1", 0.5, List.of("Order"), endpoint("place", List.of("Customer"), List.of("Order"))),
                service("Customers", "X", "t2", 0.5, List.of("Customer"),
                        endpoint("rename", List.of(), List.of("Customer")))));

        AnalysisReport report = Analyzer.analyze(model);
        assertThat(report.service("Customers").orElseThrow().cohesion()).isEqualTo(1.0);
        assertThat(report.service("Customers").orElseThrow().coupling()).isEqualTo(0.5);
        assertThat(findings(model, RuleId.MD008)).isEmpty();
    }

    @Test
    void md008NamesTheEntityWithTheStrongestTieWhenNoMoveOrMergeApplies() {
        // complexity 1 keeps both above the too-fine threshold: (0.05 + 0.1 + 1)/3 and (0 + 0.1 + 1)/3
        DomainModel model = model(List.of(root("Order", "X"), root("Customer", "X")), List.of(
                service("Orders", "X", "t", 1.0, List.of("Order"), endpoint("place", List.of("Customer"), List.of("Order"))),
                service("Customers", "X", "t", 1.0, List.of("Customer"))));

        assertThat(findings(model, RuleId.MD008)).filteredOn(f -> f.subjects().equals(List.of("Orders")))
                .singleElement().satisfies(f -> assertThat(f.recommendation()).hasValueSatisfying(r -> assertThat(r)
                        .startsWith("Order carries the most weight towards Customers (60.0): move it there, or let the "
                                + "use cases that tie them go through the endpoints of Customers")));
    }

    @Test
    void md009ReportsChainLongerThanThresholdAtItsHead() {
        DomainModel chain = services(
                plain("A", endpoint("a", List.of(), List.of(), call("B", "b"))),
                plain("B", endpoint("b", List.of(), List.of(), call("C", "c"))),
                plain("C", endpoint("c", List.of(), List.of(), call("D", "d"))),
                plain("D", endpoint("d", List.of(), List.of(), call("E", "e"))),
                plain("E", endpoint("e")));

        assertThat(findings(chain, RuleId.MD009)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("A", "B", "C", "D", "E");
            assertThat(f.message()).startsWith("sync call chain of 4 calls starting at 'A' (A -> B -> C -> D -> E) is longer than 3");
        });
        AnalysisSettings four = AnalysisSettings.defaults()
                .withRule(RuleId.MD009, new RuleSetting(true, Severity.WARNING, OptionalDouble.of(4)));
        assertThat(findings(chain, RuleId.MD009, four)).isEmpty();
    }

    @Test
    void md009ReportsASyncCycleOnceAndShortensLongChainsInTheMessage() {
        // a sync ring of 20 services: each one heads a chain through all of them
        List<Service> ring = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String next = String.format("S%02d", (i + 1) % 20);
            ring.add(plain(String.format("S%02d", i), endpoint("s", List.of(), List.of(), call(next, "s"))));
        }
        DomainModel model = model(List.of(root("E", "X")), ring);

        assertThat(findings(model, RuleId.MD009)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).hasSize(20).startsWith("S00", "S01");
            assertThat(f.message()).startsWith("sync call chain of 19 calls starting at 'S00' (S00 -> S01 -> S02 -> "
                    + "S03 -> S04 -> ... (10 more) -> S15 -> S16 -> S17 -> S18 -> S19), through a sync cycle of 20 services,"
                    + " is longer than 3");
        });
    }

    @Test
    void md010ReportsSyncFanOutAboveThreshold() {
        List<Service> services = new ArrayList<>();
        services.add(plain("Hub", endpoint("h", List.of(), List.of(), IntStream.range(0, 6)
                .mapToObj(i -> call("S" + i, "s")).toArray(io.mdecomp.model.Call[]::new))));
        IntStream.range(0, 6).forEach(i -> services.add(plain("S" + i, endpoint("s"))));
        DomainModel model = model(List.of(root("E", "X")), services);

        assertThat(findings(model, RuleId.MD010)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Hub");
            assertThat(f.message()).contains("calls 6 services synchronously (S0, S1, S2, S3, S4, S5), more than 5");
        });
        AnalysisSettings six = AnalysisSettings.defaults()
                .withRule(RuleId.MD010, new RuleSetting(true, Severity.WARNING, OptionalDouble.of(6)));
        assertThat(findings(model, RuleId.MD010, six)).isEmpty();
    }

    @Test
    void md011ReportsServiceOwningTwoContexts() {
        List<io.mdecomp.model.Entity> entities = List.of(root("Order", "Ordering"), root("Invoice", "Billing"));
        DomainModel mixed = model(entities, List.of(service("Orders", "Ordering", "t", 0.5, List.of("Order", "Invoice")),
                service("Bills", "Billing", "t", 0.5, List.of())));
        DomainModel clean = model(entities, List.of(service("Orders", "Ordering", "t", 0.5, List.of("Order")),
                service("Bills", "Billing", "t", 0.5, List.of("Invoice"))));

        assertThat(findings(mixed, RuleId.MD011)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Orders", "Billing", "Ordering");
            assertThat(f.message()).isEqualTo("'Orders' owns entities of 2 bounded contexts: Billing (Invoice), Ordering (Order)");
        });
        assertThat(findings(clean, RuleId.MD011)).isEmpty();
    }

    @Test
    void md012ReportsUnownedEntityAndNamesItsContextsService() {
        DomainModel model = model(List.of(root("Order", "X"), root("Audit", "X")),
                List.of(service("Orders", "X", "t", 0.5, List.of("Order"))));

        assertThat(findings(model, RuleId.MD012)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Audit");
            assertThat(f.location()).isEqualTo(at("Audit"));
            assertThat(f.recommendation()).hasValue("add Audit to the owns of Orders, which implements X");
        });
        DomainModel owned = model(List.of(root("Order", "X")), List.of(service("Orders", "X", "t", 0.5, List.of("Order"))));
        assertThat(findings(owned, RuleId.MD012)).isEmpty();
    }

    @Test
    void md013ReportsEventsWithoutConsumerOrPublisher() {
        DomainModel model = services(
                plain("A", publishing(endpoint("a"), "Shipped", "Paid")),
                consuming(consuming(plain("B", endpoint("b")), "Paid", "b"), "Refunded", "b"));

        assertThat(findings(model, RuleId.MD013)).extracting(Finding::subjects, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(List.of("Refunded"), "event 'Refunded' is consumed by B but no endpoint publishes it"),
                org.assertj.core.groups.Tuple.tuple(List.of("Shipped"), "event 'Shipped' is published by A.a but no service consumes it"));
    }

    @Test
    void md014ReportsBusyTeamsAndServicesWithoutTeam() {
        List<Service> services = new ArrayList<>();
        IntStream.range(0, 5).forEach(i -> services.add(service("S" + i, "X", "platform", 0.5, List.of())));
        services.add(service("Orphan", "X", null, 0.5, List.of()));
        DomainModel model = model(List.of(root("E", "X")), services);

        assertThat(findings(model, RuleId.MD014)).extracting(Finding::subjects)
                .containsExactly(List.of("Orphan"), List.of("platform"));
        AnalysisSettings five = AnalysisSettings.defaults()
                .withRule(RuleId.MD014, new RuleSetting(true, Severity.NOTE, OptionalDouble.of(5)));
        assertThat(findings(model, RuleId.MD014, five)).extracting(Finding::subjects).containsExactly(List.of("Orphan"));
    }

    @Test
    void md015ReportsMixedSecurityZones() {
        DomainModel mixed = model(List.of(zoned(root("Card", "X"), "pci"), zoned(root("Cart", "X"), "public")),
                List.of(service("Checkout", "X", "t", 0.5, List.of("Card", "Cart"))));
        DomainModel single = model(List.of(zoned(root("Card", "X"), "pci"), root("Cart", "X")),
                List.of(service("Checkout", "X", "t", 0.5, List.of("Card", "Cart"))));

        assertThat(findings(mixed, RuleId.MD015)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Checkout", "pci", "public");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).isEqualTo("'Checkout' owns entities of 2 security zones: pci (Card), public (Cart)");
        });
        assertThat(findings(single, RuleId.MD015)).isEmpty();
    }

    @Test
    void md016ReportsCalleeTimeoutNotBelowCallerTimeout() {
        DomainModel broken = services(
                plain("Gateway", endpoint("g", List.of(), List.of(), call("Orders", "place", "1s"))),
                plain("Orders", endpoint("place", List.of(), List.of(), call("Payments", "charge", "2s"))),
                plain("Payments", endpoint("charge")));
        DomainModel fine = services(
                plain("Gateway", endpoint("g", List.of(), List.of(), call("Orders", "place", "1s"))),
                plain("Orders", endpoint("place", List.of(), List.of(), call("Payments", "charge", "500ms"))),
                plain("Payments", endpoint("charge")));

        assertThat(findings(broken, RuleId.MD016)).singleElement().satisfies(f -> {
            assertThat(f.subjects()).containsExactly("Gateway.g", "Orders.place", "Payments.charge");
            assertThat(f.message()).isEqualTo("'Orders.place' is called by Gateway.g with timeout 1s but waits up to 2s "
                    + "for Payments.charge (2s >= 1s): the caller gives up while Orders keeps working");
            assertThat(f.location()).isEqualTo(at("Payments.charge@2s"));
            assertThat(f.recommendation()).hasValueSatisfying(r -> assertThat(r).contains("below 1s (e.g. 500ms)"));
        });
        assertThat(findings(fine, RuleId.MD016)).isEmpty();
    }

    @Test
    void disabledRuleReportsNothing() {
        DomainModel cyclic = services(plain("A", endpoint("a", List.of(), List.of(), call("B", "b"))),
                plain("B", endpoint("b", List.of(), List.of(), call("A", "a"))));
        AnalysisSettings off = AnalysisSettings.defaults()
                .withRule(RuleId.MD001, new RuleSetting(false, Severity.ERROR, OptionalDouble.empty()));

        assertThat(findings(cyclic, RuleId.MD001, off)).isEmpty();
    }
}
