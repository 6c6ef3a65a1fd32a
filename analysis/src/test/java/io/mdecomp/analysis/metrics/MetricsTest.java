package io.mdecomp.analysis.metrics;

import static io.mdecomp.analysis.Fixtures.call;
import static io.mdecomp.analysis.Fixtures.endpoint;
import static io.mdecomp.analysis.Fixtures.member;
import static io.mdecomp.analysis.Fixtures.model;
import static io.mdecomp.analysis.Fixtures.root;
import static io.mdecomp.analysis.Fixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.analysis.AnalysisReport;
import io.mdecomp.analysis.Analyzer;
import io.mdecomp.model.DomainModel;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    /** The ordering fixture of EntityGraphTest: edges Order-OrderItem 90, Order-Customer 12, OrderItem-Customer 9. */
    static DomainModel ordering() {
        return model(
                List.of(root("Order", "Ordering", "Customer"), member("OrderItem", "Ordering", "Order"),
                        root("Customer", "Customers")),
                List.of(service("OrderService", "Ordering", "checkout", Double.NaN, List.of("Order", "OrderItem"),
                                endpoint("place", List.of("Customer"), List.of("Order", "OrderItem"))),
                        service("CustomerService", "Customers", "crm", 0.2, List.of("Customer"))));
    }

    @Test
    void entityGraphMetricsOfTheCurrentCut() {
        AnalysisReport report = Analyzer.analyze(ordering());
        ServiceMetrics order = report.service("OrderService").orElseThrow();
        ServiceMetrics customer = report.service("CustomerService").orElseThrow();

        // OrderService: I = 90, X = 12 + 9 = 21; per pair: inside 90 / 1 pair, across 21 / (2 · 1) pairs
        assertThat(order.cohesion()).isCloseTo(180.0 / 201, within(1e-12));
        assertThat(order.coupling()).isCloseTo(10.5 / (90 + 10.5), within(1e-12));
        assertThat(order.tie()).contains(new Tie("CustomerService", 90, 10.5));
        assertThat(order.topPartners()).containsExactly(new Partner("CustomerService", 21));
        // CustomerService: one entity, so cohesion 1 and, inside, the identity tie 10 · M = 30; across 21 / 2
        assertThat(customer.cohesion()).isEqualTo(1.0);
        assertThat(customer.coupling()).isCloseTo(10.5 / (30 + 10.5), within(1e-12));
        SystemMetrics system = report.metrics();
        // m = 111; {Order, OrderItem}: W 90, D 201; {Customer}: W 0, D 21
        assertThat(system.modularity()).isCloseTo(90.0 / 111 - Math.pow(201.0 / 222, 2) - Math.pow(21.0 / 222, 2), within(1e-12));
        // MQ keeps Bunch's cluster factor: 0 for CustomerService, which has no internal weight
        assertThat(system.mq()).isCloseTo(180.0 / 201, within(1e-12));
        assertThat(system.icp()).isCloseTo(21.0 / 111, within(1e-12));
        // SM: K = 2; scoh = 1/2² and 0/1²; scop(Customer, Order) = 2 / (2·2·1) → (0.25 + 0)/2 − 0.5/1
        assertThat(system.sm()).isCloseTo(-0.375, within(1e-12));
    }

    @Test
    void sizeAndSharingMetrics() {
        AnalysisReport report = Analyzer.analyze(ordering());
        ServiceMetrics order = report.service("OrderService").orElseThrow();
        ServiceMetrics customer = report.service("CustomerService").orElseThrow();

        // (1/20 + 2/10 + 0.5 default) / 3 and (0 + 1/10 + 0.2) / 3
        assertThat(order.granularity()).isCloseTo(0.25, within(1e-12));
        assertThat(customer.granularity()).isCloseTo(0.1, within(1e-12));
        // Customer is used by both: OrderService shares 1 of 2 own entities, CustomerService 1 of 1
        assertThat(order.sharedEntityCoupling()).isEqualTo(0.5);
        assertThat(customer.sharedEntityCoupling()).isEqualTo(1.0);
        // band 2..10: CustomerService (1 entity) is outside, holding 1 of 3 entities
        assertThat(report.metrics().ned()).isCloseTo(1.0 / 3, within(1e-12));
        // place is reached from outside only; CustomerService has no endpoint → (1 + 0) / 2
        assertThat(report.metrics().ifn()).isEqualTo(0.5);
    }

    @Test
    void serviceGraphMetrics() {
        // A.a calls B.b1 and C.c; D.d calls B.b1 and B.b2; B.b1 calls C.c; C.c calls A.a (sync cycle A, C)
        DomainModel model = model(List.of(root("E", "X")), List.of(
                service("A", "X", "t", 0.5, List.of(), endpoint("a", List.of(), List.of(), call("B", "b1"), call("C", "c"))),
                service("B", "X", "t", 0.5, List.of(), endpoint("b1", List.of(), List.of(), call("C", "c")), endpoint("b2"),
                        endpoint("b3")),
                service("C", "X", "t", 0.5, List.of(), endpoint("c", List.of(), List.of(), call("A", "a"))),
                service("D", "X", "t", 0.5, List.of(), endpoint("d", List.of(), List.of(), call("B", "b1"), call("B", "b2")))));

        AnalysisReport report = Analyzer.analyze(model);
        ServiceMetrics a = report.service("A").orElseThrow();
        ServiceMetrics b = report.service("B").orElseThrow();
        ServiceMetrics d = report.service("D").orElseThrow();

        assertThat(List.of(a.ca(), a.ce(), a.ais(), a.ads(), a.acs())).containsExactly(1, 2, 1, 2, 2);
        assertThat(a.instability()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(List.of(b.ca(), b.ce())).containsExactly(2, 1);
        assertThat(d.instability()).isEqualTo(1.0);
        // B: clients A uses {b1}, D uses {b1, b2}; (1 + 2) / (2 · 3)
        assertThat(b.siuc()).isEqualTo(0.5);
        assertThat(a.syncFanOut()).isEqualTo(2);
        // {A, B, C} is one strongly connected group: 3 − 1 = 2 calls; D enters it: 3
        assertThat(a.syncDepth()).isEqualTo(2);
        assertThat(d.syncDepth()).isEqualTo(3);
        SystemMetrics system = report.metrics();
        assertThat(system.longestSyncChain()).isEqualTo(4);
        // dependencies A→B, A→C, B→C, C→A, D→B = 5 of 4² − 4 = 12
        assertThat(system.scf()).isCloseTo(5.0 / 12, within(1e-12));
        assertThat(system.siy()).isEqualTo(1);
        assertThat(system.cycles()).containsExactly(List.of("A", "B", "C", "A"), List.of("A", "C", "A"));
        // 4 services² · 1 communication kind (sync) · 1 entity kind
        assertThat(system.complexityIndex()).isEqualTo(16);
        // interfaces: a is called (A: 1), b1 b2 called, b3 never (B: 3), c called (C: 1), d never (D: 1) → 6 / 4
        assertThat(system.ifn()).isEqualTo(1.5);
    }
}
