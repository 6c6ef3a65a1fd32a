package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.async;
import static io.mdecomp.simulator.TestModels.cached;
import static io.mdecomp.simulator.TestModels.consumes;
import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.publishing;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.PublishRule;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every size the simulator allocates from a scenario has a stated bound, refused with a located
 * message when the file is read; a route that reaches a loop of certain sync calls is refused at
 * its mix entry.
 */
class ScenarioLimitsTest {

    private static final DomainModel MODEL = model()
            .service("OrderService", new Deployment(2, 8, 10), endpoint("orders", new Constant(ms(2)),
                    sync("PaymentService", "pay")))
            .service("PaymentService", new Deployment(2, 8, 10), endpoint("pay", new Constant(ms(5))))
            .build();

    private static final String HEAD = """
            scenarios:
              - name: s
                duration: 1m
                workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
            """;

    private static List<String> problems(DomainModel model, String yaml) {
        try {
            ScenarioReader.parse("scenarios.yaml", yaml, model);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        return List.of();
    }

    private static List<String> problems(String tail) {
        return problems(MODEL, HEAD + tail);
    }

    @Test
    void refusesACountWindowBeyondItsBound() {
        assertThat(problems("    resilience: {defaults: {circuitBreaker: {window: 2147483647}}}\n")).containsExactly(
                "scenarios.yaml:5:54: error: 'window' (calls) must be at most 100000 (a limit that keeps simulations"
                        + " within memory), got 2147483647 [value]");
        assertThat(problems("    resilience: {defaults: {circuitBreaker: {window: 100000}}}\n")).isEmpty();
    }

    @Test
    void refusesATimeWindowBeyondAnHourAndOneThatWouldOverflow() {
        assertThat(problems("    resilience: {defaults: {circuitBreaker: {window: 100000h}}}\n")).containsExactly(
                "scenarios.yaml:5:54: error: a time-based 'window' must be at most 3600s (1h; a limit that keeps"
                        + " simulations within memory), got 100000h [value]");
        assertThat(problems("    resilience: {defaults: {circuitBreaker: {window: 2147483648s}}}\n")).singleElement()
                .asString().contains("must be at most 3600s").contains("got 2147483648s");
        assertThat(problems("    resilience: {defaults: {circuitBreaker: {window: 1h}}}\n")).isEmpty();
    }

    @Test
    void refusesTooManyHalfOpenCallsBulkheadPermitsAndAttempts() {
        assertThat(problems("""
                    resilience:
                      defaults:
                        circuitBreaker: {halfOpenCalls: 2000000000}
                        bulkhead: {maxConcurrent: 2000000000}
                        retry: {maxAttempts: 1000000}
                """)).containsExactly(
                "scenarios.yaml:7:41: error: 'halfOpenCalls' must be at most 100000 (a limit that keeps simulations"
                        + " within memory), got 2000000000 [value]",
                "scenarios.yaml:8:35: error: 'maxConcurrent' must be at most 1000000 (a limit that keeps simulations"
                        + " within memory), got 2000000000 [value]",
                "scenarios.yaml:9:30: error: 'maxAttempts' must be at most 1000 (a limit that keeps simulations"
                        + " within memory), got 1000000 [value]");
    }

    @Test
    void refusesTooManyClientsAndUsers() {
        assertThat(problems(MODEL, """
                scenarios:
                  - name: s
                    duration: 1m
                    workload: {closed: {users: 2147483647, thinkTime: 1s}, clients: 1e9, mix: [{route: GET /orders}]}
                """)).containsExactlyInAnyOrder(
                "scenarios.yaml:4:32: error: 'users' must be at most 1000000 (a limit that keeps simulations within"
                        + " memory), got 2147483647 [value]",
                "scenarios.yaml:4:69: error: 'clients' must be at most 1000000 (a limit that keeps simulations"
                        + " within memory), got 1000000000 [value]");
    }

    @Test
    void refusesDeploymentOverridesBeyondTheModelsLimits() {
        assertThat(problems("    deployment: {OrderService: {instances: 1000000000, workers: 2147483647}}\n"))
                .containsExactly(
                        "scenarios.yaml:5:44: error: 'instances' must be at most 10000 (a limit that keeps simulations"
                                + " within memory), got 1000000000 [value]",
                        "scenarios.yaml:5:65: error: 'workers' must be at most 100000 (a limit that keeps"
                                + " simulations within memory), got 2147483647 [value]");
    }

    @Test
    void refusesTooManyConsumersAndGatewayWorkers() {
        assertThat(problems("    broker: {consumersPerInstance: 100000}\n    gateway: {workers: 2000000000}\n"))
                .containsExactly(
                        "scenarios.yaml:5:36: error: 'consumersPerInstance' must be at most 10000 (a limit that keeps"
                                + " simulations within memory), got 100000 [value]",
                        "scenarios.yaml:6:24: error: 'workers' must be at most 1000000 (a limit that keeps"
                                + " simulations within memory), got 2000000000 [value]");
    }

    @Test
    void refusesATimeSeriesOfTooManyBuckets() {
        assertThat(problems(MODEL, """
                scenarios:
                  - name: s
                    duration: 1h
                    bucket: 1s
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                """)).containsExactly("scenarios.yaml:4:13: error: 'bucket' 1s over 'duration' 1h makes 3600"
                + " time-series buckets; at most 1000 (a limit that keeps simulations within memory); make 'bucket'"
                + " longer [value]");
        assertThat(problems(MODEL, """
                scenarios:
                  - name: s
                    duration: 1h
                    bucket: 4s
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                """)).isEmpty();
    }

    @Test
    void refusesARouteThatReachesALoopOfCertainSyncCalls() {
        DomainModel loop = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), sync("B", "b", 0.5)))
                .service("B", Deployment.DEFAULT, endpoint("b", new Constant(ms(1)), sync("C", "c")))
                .service("C", Deployment.DEFAULT, endpoint("c", new Constant(ms(1)), sync("B", "b")))
                .build();
        assertThat(problems(loop, """
                scenarios:
                  - name: s
                    duration: 1m
                    workload:
                      open: {rate: 10/s}
                      mix: [{route: GET /a}]
                """)).containsExactly("scenarios.yaml:6:21: error: route 'GET /a' reaches a loop of synchronous"
                + " calls that every request takes: B.b -> C.c -> B.b; its requests would call around it until"
                + " workers and queues run out. Give a call of the loop a probability below 1, or remove it from the"
                + " model [value]");
    }

    @Test
    void refusesAnEndpointThatCallsItself() {
        DomainModel self = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), sync("A", "a"))).build();
        assertThat(problems(self, """
                scenarios:
                  - name: s
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
                """)).singleElement().asString().contains("route 'GET /a' reaches a loop").contains("A.a -> A.a");
    }

    @Test
    void acceptsLoopsThatRequestsLeaveByChanceOrByCache() {
        DomainModel byChance = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), sync("B", "b")))
                .service("B", Deployment.DEFAULT, endpoint("b", new Constant(ms(1)), sync("A", "a", 0.3)))
                .build();
        DomainModel byCache = model()
                .service("A", Deployment.DEFAULT, cached("a", new Constant(ms(1)), 0.5, sync("B", "b")))
                .service("B", Deployment.DEFAULT, endpoint("b", new Constant(ms(1)), sync("A", "a")))
                .build();
        String yaml = """
                scenarios:
                  - name: s
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
                """;
        assertThat(problems(byChance, yaml)).isEmpty();
        assertThat(problems(byCache, yaml)).isEmpty();
    }

    @Test
    void refusesARouteWhoseRequestsStartALoopOfCertainAsyncCalls() {
        DomainModel fanOut = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), async("B", "b", 1)))
                .service("B", Deployment.DEFAULT, endpoint("b", new Constant(ms(1)), async("B", "b", 1),
                        async("B", "b", 1)))
                .build();
        assertThat(problems(fanOut, """
                scenarios:
                  - name: s
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
                """)).containsExactly("scenarios.yaml:4:50: error: route 'GET /a' reaches a loop of calls and events"
                + " that every request takes: B.b -(async)-> B.b; each request would keep sending messages around it"
                + " for the rest of the run, so the load would grow without end and its numbers say nothing. Give a"
                + " call of the loop a probability below 1, publish its event on a share of requests, or remove it"
                + " from the model [value]");
    }

    @Test
    void refusesARouteWhoseRequestsPublishAnEventThatLeadsBackToItsPublisher() {
        DomainModel echo = model()
                .service("A", Deployment.DEFAULT, List.of(consumes("Pong", "a")),
                        publishing("a", new Constant(ms(1)), "Ping"))
                .service("B", Deployment.DEFAULT, List.of(consumes("Ping", "b")),
                        publishing("b", new Constant(ms(1)), "Pong"))
                .build();
        assertThat(problems(echo, """
                scenarios:
                  - name: s
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
                """)).singleElement().asString().contains("route 'GET /a' reaches a loop of calls and events")
                .contains("A.a -(Ping)-> B.b -(Pong)-> A.a");
    }

    @Test
    void acceptsAsyncLoopsThatMessagesLeaveByChance() {
        DomainModel byChance = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), async("A", "a", 0.5)))
                .build();
        assertThat(problems(byChance, """
                scenarios:
                  - name: s
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
                """)).isEmpty();
    }

    private static final String ONE_ROUTE = """
            scenarios:
              - name: s
                duration: 1m
                workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}
            """;

    /** {@code a} publishing {@code event} on a share {@code probability} of requests that {@code when} says. */
    private static Endpoint publishingOn(String name, String event, PublishRule.When when, double probability) {
        Endpoint plain = publishing(name, new Constant(ms(1)), event);
        return new Endpoint(name, plain.method(), plain.path(), List.of(), List.of(), plain.serviceTime(), List.of(),
                List.of(event), Optional.empty(), plain.location(), new TreeMap<>(Map.of(event,
                        new PublishRule(when, probability))));
    }

    @Test
    void refusesARouteWhoseMessagesMultiplyByChance() {
        DomainModel doubling = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), async("A", "a", 0.6),
                        async("A", "a", 0.6)))
                .build();
        assertThat(problems(doubling, ONE_ROUTE)).containsExactly("scenarios.yaml:4:50: error: route 'GET /a'"
                + " reaches calls and events that requests leave only by chance, but whose traffic grows:"
                + " A.a -(async)-> A.a makes on average 1.200 calls or messages for each one it receives (expected"
                + " steps along it: 0.600), so what goes round grows round after round instead of dying out, and the"
                + " run would not end. Lower the probabilities of the loop's calls or events until it makes fewer than"
                + " one on average, or remove one of them [value]");
    }

    @Test
    void refusesACriticalLoopAndAcceptsOneJustBelow() {
        DomainModel critical = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), async("A", "a", 0.5),
                        async("A", "a", 0.5)))
                .build();
        DomainModel below = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), async("A", "a", 0.4999),
                        async("A", "a", 0.4999)))
                .build();
        assertThat(problems(critical, ONE_ROUTE)).singleElement().asString().contains("makes on average 1.000");
        assertThat(problems(below, ONE_ROUTE)).isEmpty();
    }

    @Test
    void weighsSyncLoopsOverSeveralEndpointsByTheProductOfTheirSteps() {
        // B.b -> C.c with 0.7, C.c -> B.b twice with 0.8: 0.7 * 1.6 = 1.12 per round, growth sqrt(1.12).
        DomainModel growing = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), sync("B", "b", 0.2)))
                .service("B", Deployment.DEFAULT, endpoint("b", new Constant(ms(1)), sync("C", "c", 0.7)))
                .service("C", Deployment.DEFAULT, endpoint("c", new Constant(ms(1)), sync("B", "b", 0.8),
                        sync("B", "b", 0.8)))
                .build();
        DomainModel shrinking = model()
                .service("A", Deployment.DEFAULT, endpoint("a", new Constant(ms(1)), sync("B", "b", 0.2)))
                .service("B", Deployment.DEFAULT, endpoint("b", new Constant(ms(1)), sync("C", "c", 0.6)))
                .service("C", Deployment.DEFAULT, endpoint("c", new Constant(ms(1)), sync("B", "b", 0.8),
                        sync("B", "b", 0.8)))
                .build();
        assertThat(problems(growing, ONE_ROUTE)).singleElement().asString()
                .contains("B.b -> C.c -> B.b", String.format(Locale.ROOT, "%.3f", Math.sqrt(1.12)));
        assertThat(problems(shrinking, ONE_ROUTE)).isEmpty();
    }

    @Test
    void countsEventsByTheirShareAndTheirConsumersAndCacheHitsAsEndingTheLoop() {
        // A.a publishes Ping on 80% to B.b and C.c; each publishes Pong on 70% to A.a: 2 * 0.56 per round.
        DomainModel echo = model()
                .service("A", Deployment.DEFAULT, List.of(consumes("Pong", "a")),
                        publishingOn("a", "Ping", PublishRule.When.SUCCESS, 0.8))
                .service("B", Deployment.DEFAULT, List.of(consumes("Ping", "b")),
                        publishingOn("b", "Pong", PublishRule.When.ALWAYS, 0.7))
                .service("C", Deployment.DEFAULT, List.of(consumes("Ping", "c")),
                        publishingOn("c", "Pong", PublishRule.When.SUCCESS, 0.7))
                .build();
        assertThat(problems(echo, ONE_ROUTE)).singleElement().asString().contains("A.a -(Ping)-> B.b -(Pong)-> A.a",
                String.format(Locale.ROOT, "%.3f", Math.sqrt(1.12)));
        DomainModel onFailure = model()
                .service("A", Deployment.DEFAULT, List.of(consumes("Pong", "a")),
                        publishingOn("a", "Ping", PublishRule.When.SUCCESS, 0.8))
                .service("B", Deployment.DEFAULT, List.of(consumes("Ping", "b")),
                        publishingOn("b", "Pong", PublishRule.When.FAILURE, 0.7))
                .service("C", Deployment.DEFAULT, List.of(consumes("Ping", "c")),
                        publishingOn("c", "Pong", PublishRule.When.SUCCESS, 0.7))
                .build();
        assertThat(problems(onFailure, ONE_ROUTE)).isEmpty();
        DomainModel cachedDoubling = model()
                .service("A", Deployment.DEFAULT, cached("a", new Constant(ms(1)), 0.5, async("A", "a", 0.9),
                        async("A", "a", 0.9)))
                .build();
        assertThat(problems(cachedDoubling, ONE_ROUTE)).isEmpty();
    }

    @Test
    void aLoopThatOnlyFailuresReachStillCounts() {
        // A.a publishes Oops on failure only; its consumer B.b starts a doubling loop.
        DomainModel model = model()
                .service("A", Deployment.DEFAULT, publishingOn("a", "Oops", PublishRule.When.FAILURE, 1))
                .service("B", Deployment.DEFAULT, List.of(consumes("Oops", "b")),
                        endpoint("b", new Constant(ms(1)), async("B", "b", 0.7), async("B", "b", 0.7)))
                .build();
        assertThat(problems(model, ONE_ROUTE)).singleElement().asString().contains("B.b -(async)-> B.b", "1.400");
    }
}
