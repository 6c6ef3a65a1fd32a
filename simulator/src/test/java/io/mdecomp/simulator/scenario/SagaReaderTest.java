package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.ref;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The {@code sagas:} and gateway {@code workers}/{@code queue} parts of a scenario file. */
class SagaReaderTest {

    private static final Deployment D = new Deployment(1, 8, 10);
    private static final DomainModel MODEL = model()
            .service("Order", D, endpoint("orders", new Constant(ms(2))), endpoint("status", new Constant(ms(1))))
            .service("Inventory", D, endpoint("reserve", new Constant(ms(2))), endpoint("release", new Constant(ms(1))))
            .service("Payment", D, endpoint("charge", new Constant(ms(5))), endpoint("refund", new Constant(ms(5))))
            .build();

    private static final String HEAD = """
            scenarios:
              - name: s
                duration: 1m
                workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
            """;

    private static List<Scenario> parse(String tail) {
        return ScenarioReader.parse("scenarios.yaml", HEAD + tail, MODEL);
    }

    private static List<String> problems(String tail) {
        try {
            parse(tail);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected problems in:\n" + tail);
    }

    @Test
    void readsASagaWithItsStepsInOrder() {
        Scenario s = parse("""
                    sagas:
                      - route: GET  /orders
                        steps:
                          - {call: Inventory.reserve, compensate: Inventory.release}
                          - {call: Payment.charge, compensate: Payment.refund}
                          - {call: Order.status}
                """).get(0);
        assertThat(s.sagas()).hasSize(1);
        SagaDefinition saga = s.sagas().get(0);
        assertThat(saga.route()).isEqualTo("GET /orders");
        assertThat(saga.steps()).containsExactly(
                new SagaDefinition.Step(ref("Inventory.reserve"), Optional.of(ref("Inventory.release"))),
                new SagaDefinition.Step(ref("Payment.charge"), Optional.of(ref("Payment.refund"))),
                new SagaDefinition.Step(ref("Order.status"), Optional.empty()));
        assertThat(saga.location().line()).isEqualTo(6);
    }

    @Test
    void aScenarioWithoutSagasHasNone() {
        assertThat(parse("").get(0).sagas()).isEmpty();
    }

    @Test
    void rejectsAnUnknownRouteWithASuggestion() {
        assertThat(problems("""
                    sagas:
                      - route: GET /order
                        steps: [{call: Inventory.reserve}]
                """)).containsExactly("scenarios.yaml:6:16: error: unknown route 'GET /order'; did you mean"
                + " 'GET /orders'? (known: GET /orders, GET /charge, GET /reserve, GET /refund, GET /release,"
                + " GET /status) [ref]");
    }

    @Test
    void rejectsASagaForARouteTheMixNeverSends() {
        assertThat(problems("""
                    sagas:
                      - route: GET /status
                        steps: [{call: Inventory.reserve}]
                """)).containsExactly("scenarios.yaml:6:16: error: saga for route 'GET /status', which the workload's"
                + " mix never sends; add the route to the mix or drop the saga [ref]");
    }

    @Test
    void rejectsTwoSagasForOneRoute() {
        assertThat(problems("""
                    sagas:
                      - {route: GET /orders, steps: [{call: Inventory.reserve}]}
                      - {route: GET /orders, steps: [{call: Payment.charge}]}
                """)).containsExactly("scenarios.yaml:7:17: error: route 'GET /orders' has two sagas; give it one"
                + " saga with all its steps [duplicate]");
    }

    @Test
    void rejectsAnEmptyStepList() {
        assertThat(problems("""
                    sagas:
                      - {route: GET /orders, steps: []}
                """)).containsExactly("scenarios.yaml:6:37: error: a saga needs at least one step"
                + " ({call: Service.endpoint, compensate: Service.endpoint}) [value]");
    }

    @Test
    void rejectsASagaWithoutSteps() {
        assertThat(problems("""
                    sagas:
                      - {route: GET /orders}
                """)).hasSize(1).allSatisfy(p -> assertThat(p).startsWith("scenarios.yaml:6:").contains("steps"));
    }

    @Test
    void rejectsAnUnknownEndpointOfAKnownServiceWithASuggestion() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [{call: Inventory.reserv}]
                """)).containsExactly("scenarios.yaml:7:24: error: unknown endpoint 'Inventory.reserv'; did you mean"
                + " 'Inventory.reserve'? (known endpoints of Inventory: Inventory.reserve, Inventory.release) [ref]");
    }

    @Test
    void rejectsAnEndpointOfAnUnknownService() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [{call: Shipping.ship}]
                """)).containsExactly("scenarios.yaml:7:24: error: unknown endpoint 'Shipping.ship' (known services:"
                + " Payment, Order, Inventory) [ref]");
    }

    @Test
    void rejectsAnEndpointNameWithoutService() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [{call: reserve}]
                """)).containsExactly("scenarios.yaml:7:24: error: 'call' must name an endpoint as"
                + " 'Service.endpoint', got 'reserve' [value]");
    }

    @Test
    void rejectsAnUnknownCompensation() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [{call: Payment.charge, compensate: Payment.refnud}]
                """)).containsExactly("scenarios.yaml:7:52: error: unknown endpoint 'Payment.refnud'; did you mean"
                + " 'Payment.refund'? (known endpoints of Payment: Payment.refund, Payment.charge) [ref]");
    }

    @Test
    void rejectsACompensationOnAnotherServiceThanItsStep() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [{call: Payment.charge, compensate: Inventory.release}]
                """)).containsExactly("scenarios.yaml:7:52: error: compensation 'Inventory.release' is on Inventory"
                + " but its step 'Payment.charge' is on Payment; a compensation undoes its step's local transaction,"
                + " so name an endpoint of Payment [value]");
    }

    @Test
    void rejectsAnUnknownKeyInAStep() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [{call: Payment.charge, undo: Payment.refund}]
                """)).hasSize(1).allSatisfy(p -> assertThat(p).startsWith("scenarios.yaml:7:")
                .contains("'undo'").endsWith("[unknown-key]"));
    }

    @Test
    void rejectsSagasThatAreNotAList() {
        assertThat(problems("""
                    sagas: {route: GET /orders}
                """)).containsExactly("scenarios.yaml:5:12: error: 'sagas' must be a list of sagas, got a mapping"
                + " [type]");
    }

    @Test
    void rejectsAStepWrittenAsAPlainName() {
        assertThat(problems("""
                    sagas:
                      - route: GET /orders
                        steps: [Inventory.reserve]
                """)).containsExactly("scenarios.yaml:7:17: error: a saga step must be a mapping, got"
                + " 'Inventory.reserve' [type]");
    }

    @Test
    void readsGatewayWorkersWithTheInstanceDefaultQueue() {
        Scenario s = parse("""
                    gateway: {latency: 1ms, workers: 200}
                """).get(0);
        assertThat(s.infrastructure().gateway().workers()).hasValue(200);
        assertThat(s.infrastructure().gateway().queue()).isEqualTo(100);
        Scenario q = parse("""
                    gateway: {workers: 8, queue: 0}
                """).get(0);
        assertThat(q.infrastructure().gateway().workers()).hasValue(8);
        assertThat(q.infrastructure().gateway().queue()).isZero();
        assertThat(parse("").get(0).infrastructure().gateway().workers()).isEmpty();
    }

    @Test
    void rejectsZeroGatewayWorkers() {
        assertThat(problems("""
                    gateway: {workers: 0}
                """)).containsExactly("scenarios.yaml:5:24: error: 'workers' must be at least 1, got 0 [value]");
    }

    @Test
    void rejectsANegativeGatewayQueue() {
        assertThat(problems("""
                    gateway: {workers: 4, queue: -1}
                """)).containsExactly("scenarios.yaml:5:34: error: 'queue' must be at least 0, got -1 [value]");
    }

    @Test
    void rejectsAGatewayQueueWithoutWorkers() {
        assertThat(problems("""
                    gateway: {queue: 10}
                """)).containsExactly("scenarios.yaml:5:22: error: the gateway's 'queue' needs 'workers': without"
                + " workers the gateway is a pure delay and nothing waits [value]");
    }
}
