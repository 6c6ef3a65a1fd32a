package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static io.mdecomp.simulator.TestModels.sync;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.CallKey;
import io.mdecomp.simulator.component.BreakerSettings;
import io.mdecomp.simulator.component.BulkheadSettings;
import io.mdecomp.simulator.component.ErrorCause;
import io.mdecomp.simulator.component.Fault;
import io.mdecomp.simulator.component.Strategy;
import io.mdecomp.simulator.component.WorkloadSettings;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioReaderTest {

    private static final DomainModel MODEL = model()
            .service("OrderService", new Deployment(2, 8, 10), endpoint("orders", new Constant(ms(2)),
                    sync("PaymentService", "pay")))
            .service("PaymentService", new Deployment(2, 8, 10), endpoint("pay", new Constant(ms(5))))
            .build();

    private static List<Scenario> parse(String yaml) {
        return ScenarioReader.parse("scenarios.yaml", yaml, MODEL);
    }

    private static List<String> problems(String yaml) {
        try {
            parse(yaml);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected problems in:\n" + yaml);
    }

    @Test
    void readsEveryPartOfAFullScenario() {
        Scenario s = parse("""
                scenarios:
                  - name: black-friday
                    duration: 10m
                    warmup: 1m
                    seed: 42
                    workload:
                      open: {rate: 400/s, profile: [{at: 0s, rate: 100/s}, {at: 2m, rate: 400/s, ramp: 30s}]}
                      clients: 5000
                      mix: [{route: GET /orders, weight: 1}, {route: GET /pay, weight: 4}]
                    gateway: {latency: 1ms, rateLimit: {perClient: 100/min}, auth: {latency: 2ms, reject: 0.5%}}
                    discovery: {heartbeat: 10s, leaseTtl: 30s, evictionInterval: 20s, serverCacheTtl: 5s, clientCacheTtl: 5s}
                    loadBalancer: {strategy: least-connections, outlierDetection: {consecutiveErrors: 3}}
                    network: {latency: {dist: lognormal, median: 500us, p99: 3ms}}
                    resilience:
                      defaults:
                        timeout: 1s
                        retry: {maxAttempts: 3, wait: 100ms, multiplier: 2, jitter: 0.5, retryOn: [timeout, injected]}
                        circuitBreaker: {window: 100, failureRateThreshold: 50%, minimumCalls: 20, waitInOpen: 30s, halfOpenCalls: 5}
                        bulkhead: {maxConcurrent: 50}
                      calls:
                        OrderService -> PaymentService: {timeout: 2s, circuitBreaker: {window: 30s}}
                    deployment: {PaymentService: {instances: 4}}
                    faults:
                      - {at: 5m, for: 30s, slow: {service: PaymentService, factor: 10}}
                      - {at: 3m, for: 1m, kill: {service: PaymentService, instances: 2}}
                      - {at: 6m, for: 1m, fail: {service: PaymentService, rate: 30%}}
                      - {at: 7m, for: 10s, partition: {between: [OrderService, PaymentService]}}
                      - {at: 8m, for: 10s, stallRegistry: {}}
                    slos:
                      - {route: GET /orders, p99: 800ms, errorRate: 1%}
                      - {availability: 99.5%}
                """).get(0);
        assertThat(s.name()).isEqualTo("black-friday");
        assertThat(s.timing().duration()).isEqualTo(600);
        assertThat(s.timing().warmup()).isEqualTo(60);
        assertThat(s.seed()).isEqualTo(42);
        WorkloadSettings.Open open = (WorkloadSettings.Open) s.workload().load();
        assertThat(open.rate()).isEqualTo(400);
        assertThat(open.profile()).containsExactly(new WorkloadSettings.RateStep(0, 100, 0),
                new WorkloadSettings.RateStep(120, 400, 30));
        assertThat(s.workload().clients()).isEqualTo(5000);
        assertThat(s.workload().mix()).extracting(WorkloadSettings.MixEntry::route).containsExactly("GET /orders", "GET /pay");
        assertThat(s.infrastructure().gateway().authReject()).isEqualTo(0.005);
        assertThat(s.infrastructure().gateway().perClient().getAsDouble()).isCloseTo(100 / 60.0, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(s.infrastructure().discovery().heartbeat()).isEqualTo(10);
        assertThat(s.infrastructure().loadBalancing().strategy()).isEqualTo(Strategy.LEAST_CONNECTIONS);
        assertThat(s.infrastructure().loadBalancing().outlier().get().consecutiveErrors()).isEqualTo(3);
        assertThat(s.infrastructure().loadBalancing().outlier().get().baseEjectionSeconds()).isEqualTo(30);
        assertThat(s.infrastructure().networkLatency()).isPresent();
        assertThat(s.resilience().defaults().timeoutSeconds().getAsDouble()).isEqualTo(1);
        assertThat(s.resilience().defaults().retry().get().retryOn()).containsExactlyInAnyOrder(ErrorCause.TIMEOUT, ErrorCause.INJECTED);
        assertThat(s.resilience().defaults().breaker().get()).isEqualTo(new BreakerSettings(false, 100, 20, 50, 100, 60, 30, 5));
        assertThat(s.resilience().defaults().bulkhead().get().maxConcurrent()).isEqualTo(50);
        var override = s.resilience().calls().get(new CallKey("OrderService", "PaymentService"));
        assertThat(override.timeoutSeconds().getAsDouble()).isEqualTo(2);
        assertThat(override.breaker().get().timeBased()).isTrue();
        assertThat(override.breaker().get().window()).isEqualTo(30);
        assertThat(s.deployment().get("PaymentService").instances().getAsInt()).isEqualTo(4);
        assertThat(s.faults()).extracting(Fault::at).containsExactly(180.0, 300.0, 360.0, 420.0, 480.0);
        assertThat(s.faults().get(0).kind()).isEqualTo(new Fault.Kill("PaymentService", 2));
        assertThat(s.slos()).extracting(Slo::describe).containsExactly("GET /orders p99 <= 800ms",
                "GET /orders errorRate <= 1%", "availability >= 99.5%");
    }

    @Test
    void appliesTheDocumentedDefaults() {
        Scenario s = parse("""
                scenarios:
                  - name: plain
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                """).get(0);
        assertThat(s.seed()).isEqualTo(1);
        assertThat(s.timing().warmup()).isZero();
        assertThat(s.infrastructure().discovery()).isEqualTo(io.mdecomp.simulator.component.DiscoverySettings.EUREKA);
        assertThat(s.infrastructure().loadBalancing().strategy()).isEqualTo(Strategy.ROUND_ROBIN);
        assertThat(s.resilience().defaults().breaker()).isEmpty();
        assertThat(s.infrastructure().networkLatency()).isEqualTo(Optional.empty());
    }

    @Test
    void emptyPatternsTakeResilience4jDefaults() {
        Scenario s = parse("""
                scenarios:
                  - name: plain
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                    resilience: {defaults: {retry: {}, circuitBreaker: {}, bulkhead: {}}}
                """).get(0);
        assertThat(s.resilience().defaults().breaker().get()).isEqualTo(BreakerSettings.DEFAULTS);
        assertThat(s.resilience().defaults().retry().get().maxAttempts()).isEqualTo(3);
        assertThat(s.resilience().defaults().retry().get().waitSeconds()).isEqualTo(0.5);
        assertThat(s.resilience().defaults().bulkhead()).contains(BulkheadSettings.DEFAULTS);
    }

    @Test
    void aPartitionReadsItsConnectTimeoutOrTakesTenSeconds() {
        Scenario s = parse("""
                scenarios:
                  - name: cut
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                    faults:
                      - {at: 5s, for: 10s, partition: {between: [OrderService, PaymentService], connectTimeout: 3s}}
                      - {at: 20s, for: 10s, partition: {between: [gateway, OrderService]}}
                """).get(0);
        assertThat(s.faults()).extracting(Fault::kind).containsExactly(
                new Fault.Partition("OrderService", "PaymentService", 3),
                new Fault.Partition("gateway", "OrderService", 10));
    }

    @Test
    void aPartitionsConnectTimeoutMustBeAPositiveDuration() {
        assertThat(problems("""
                scenarios:
                  - name: cut
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                    faults:
                      - {at: 5s, for: 10s, partition: {between: [OrderService, PaymentService], connectTimeout: 0s}}
                      - {at: 5s, for: 10s, partition: {between: [OrderService, PaymentService], connectTimeout: soon}}
                """)).containsExactly(
                        "scenarios.yaml:6:97: error: 'connectTimeout' must be above 0, e.g. 10s [value]",
                        "scenarios.yaml:7:97: error: 'connectTimeout': 'soon' is not a duration; write a number and a"
                                + " unit, e.g. 750us, 5ms, 1.5s, 2m, 1h [value]");
    }

    @Test
    void reportsEveryProblemOfTheFileWithItsLocation() {
        List<String> problems = problems("""
                scenarios:
                  - name: bad
                    duration: 10
                    warmup: 1m
                    workload:
                      open: {rate: 0/s}
                      mix: [{route: GET /nope}]
                    loadBalancer: {strategy: fastest}
                    deployment: {Ghost: {instances: 2}}
                    faults:
                      - {at: 1s, for: 1s, kill: {service: OrderServce}}
                    resilience:
                      calls:
                        OrderService => PaymentService: {timeout: 1s}
                    slos:
                      - {route: GET /orders, p99: 800}
                    colour: blue
                """);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:3:15: error: 'duration': duration '10' has no unit; write e.g. '10ms' or '10s'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).isEqualTo("scenarios.yaml:6:20: error: 'rate': rate '0/s' must be greater than zero [value]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:7:21: error: unknown route 'GET /nope' (known: GET /orders, GET /pay) [ref]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:8:30: error: unknown strategy 'fastest'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:9:18: error: unknown service 'Ghost' (known: OrderService, PaymentService) [ref]"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:11:43: error: unknown service 'OrderServce'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:14:9: error: 'OrderService => PaymentService' must read 'Caller -> Callee'"));
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:16:35: error: 'p99': duration '800' has no unit"));
        assertThat(problems).hasSize(9);
        assertThat(problems).anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:17:5: error: unknown key 'colour'").endsWith("[unknown-key]"));
    }

    @Test
    void refusesAWarmupAsLongAsTheRun() {
        assertThat(problems("""
                scenarios:
                  - name: w
                    duration: 1m
                    warmup: 60s
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                """)).containsExactly("scenarios.yaml:4:13: error: 'warmup' (1m) must be shorter than 'duration' (1m) [value]");
    }

    @Test
    void refusesAWorkloadThatIsBothOpenAndClosed() {
        assertThat(problems("""
                scenarios:
                  - name: w
                    duration: 1m
                    workload: {open: {rate: 10/s}, closed: {users: 3, thinkTime: 1s}, mix: [{route: GET /orders}]}
                """)).singleElement().asString().contains("exactly one of 'open'");
    }

    @Test
    void refusesDuplicateScenarioNamesAndObjectivesOnRoutesNotInTheMix() {
        List<String> problems = problems("""
                scenarios:
                  - name: w
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                    slos: [{route: GET /pay, p99: 1s}]
                  - name: w
                    duration: 1m
                    workload: {open: {rate: 10/s}, mix: [{route: GET /orders}]}
                """);
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("scenario 'w' is defined twice"));
        assertThat(problems).anySatisfy(p -> assertThat(p).contains("objective for route 'GET /pay', which the workload's mix never sends"));
    }

    @Test
    void saysOnceThatAModelIsNotAScenariosFile() {
        assertThat(problems("""
                system: shop
                version: 1
                domains: []
                """)).containsExactly("scenarios.yaml:1:1: error: this is a model, not a scenarios file;"
                + " give the model first and the scenarios file after it [not-scenarios]");
    }

    @Test
    void emptyFileIsABadInput() {
        assertThatThrownBy(() -> parse("")).isInstanceOf(InputException.class);
    }

    @Test
    void schemaIsAvailableAsText() {
        assertThat(ScenarioSchema.json()).contains("\"scenarios\"").contains("circuitBreaker");
    }
}
