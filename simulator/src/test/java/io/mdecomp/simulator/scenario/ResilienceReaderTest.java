package io.mdecomp.simulator.scenario;

import static io.mdecomp.simulator.TestModels.endpoint;
import static io.mdecomp.simulator.TestModels.model;
import static io.mdecomp.simulator.TestModels.ms;
import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Deployment;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.diagnostic.Diagnostic;
import io.mdecomp.model.diagnostic.InputException;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.simulator.component.BulkheadSettings;
import io.mdecomp.simulator.component.Resilience;
import io.mdecomp.simulator.component.RetryBudgetSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The resilience keys that follow Resilience4j's and Finagle's settings, and their bad values. */
class ResilienceReaderTest {

    private static final DomainModel MODEL = model()
            .service("A", new Deployment(1, 8, 10), endpoint("a", new Constant(ms(2)))).build();

    private static String scenario(String defaults) {
        return "scenarios:\n  - name: s\n    duration: 1m\n    workload: {open: {rate: 10/s}, mix: [{route: GET /a}]}\n"
                + "    resilience:\n      defaults: " + defaults + "\n";
    }

    private static Resilience defaults(String defaults) {
        return ScenarioReader.parse("scenarios.yaml", scenario(defaults), MODEL).get(0).resilience().defaults();
    }

    private static List<String> problems(String defaults) {
        try {
            ScenarioReader.parse("scenarios.yaml", scenario(defaults), MODEL);
        } catch (InputException e) {
            return e.diagnostics().stream().map(Diagnostic::format).toList();
        }
        throw new AssertionError("expected problems with " + defaults);
    }

    @Test
    void readsTheAutomaticTransitionFromOpenToHalfOpen() {
        assertThat(defaults("{circuitBreaker: {automaticTransitionFromOpenToHalfOpenEnabled: true}}").breaker().get()
                .automaticTransition()).isTrue();
        assertThat(defaults("{circuitBreaker: {}}").breaker().get().automaticTransition()).isFalse();
    }

    @Test
    void readsTheBulkheadsMaxWaitDuration() {
        assertThat(defaults("{bulkhead: {maxConcurrent: 4, maxWaitDuration: 250ms}}").bulkhead())
                .contains(new BulkheadSettings(4, 0.25));
        assertThat(defaults("{bulkhead: {}}").bulkhead()).contains(new BulkheadSettings(25, 0));
    }

    @Test
    void readsARetryBudgetAsAShareOrWithFinaglesSettings() {
        assertThat(defaults("{retry: {budget: 20%}}").retry().get().budget())
                .contains(RetryBudgetSettings.DEFAULTS);
        assertThat(defaults("{retry: {budget: {percentCanRetry: 5%, minRetriesPerSec: 2, ttl: 30s}}}").retry().get()
                .budget()).contains(new RetryBudgetSettings(0.05, 2, 30));
        assertThat(defaults("{retry: {budget: {}}}").retry().get().budget()).contains(RetryBudgetSettings.DEFAULTS);
        assertThat(defaults("{retry: {}}").retry().get().budget()).isEmpty();
    }

    @Test
    void refusesBadValuesWithTheirLocations() {
        assertThat(problems("{bulkhead: {maxWaitDuration: 5}}")).containsExactly(
                "scenarios.yaml:6:46: error: 'maxWaitDuration': duration '5' has no unit; write e.g. '5ms' or '5s'"
                        + " (units: us, ms, s, m, h) [value]");
        assertThat(problems("{circuitBreaker: {automaticTransitionFromOpenToHalfOpenEnabled: sometimes}}"))
                .containsExactly("scenarios.yaml:6:81: error: 'automaticTransitionFromOpenToHalfOpenEnabled' must be"
                        + " true or false, got 'sometimes' [type]");
        assertThat(problems("{retry: {budget: {ttl: 2m}}}")).containsExactly(
                "scenarios.yaml:6:40: error: the budget's 'ttl' must lie between 1s and 60s (Finagle's bounds), got 2m [value]");
        assertThat(problems("{retry: {budget: {minRetriesPerSec: -1, percentCanRetry: 0.2}}}")).hasSize(2)
                .anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:6:53: error:"))
                .anySatisfy(p -> assertThat(p).startsWith("scenarios.yaml:6:74: error: 'percentCanRetry': '0.2' has no % sign"));
        assertThat(problems("{retry: {budget: lots}}")).singleElement().asString()
                .startsWith("scenarios.yaml:6:34: error: 'budget' (a share of calls, or {percentCanRetry, minRetriesPerSec, ttl})");
    }

    @Test
    void pointsTheOldCountedBudgetsMinRetriesAtTheWindowedOne() {
        assertThat(problems("{retry: {budget: 20%, minRetries: 10}}")).containsExactly(
                "scenarios.yaml:6:51: error: 'minRetries' counted retries since the start of the run; the budget is"
                        + " now windowed as Finagle's RetryBudget: write 'budget: {percentCanRetry: 20%,"
                        + " minRetriesPerSec: 10, ttl: 10s}' [unknown-key]");
    }
}
