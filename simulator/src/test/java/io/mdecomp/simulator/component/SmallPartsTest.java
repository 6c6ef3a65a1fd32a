package io.mdecomp.simulator.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mdecomp.model.Deployment;
import io.mdecomp.simulator.engine.Simulation;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class SmallPartsTest {

    @Test
    void endpointRefsAreEqualByServiceAndEndpointAndHashAsRecordsDo() {
        EndpointRef ref = new EndpointRef("Orders", "place");
        assertThat(ref).isEqualTo(new EndpointRef(new String("Orders"), "place"))
                .hasSameHashCodeAs(new EndpointRef("Orders", new String("place")))
                .isNotEqualTo(new EndpointRef("Orders", "list")).isNotEqualTo(new EndpointRef("Payment", "place"))
                .isNotEqualTo("Orders.place");
        // The generated record hash (31 * h + component, from 0): hash-ordered maps keep their order.
        assertThat(ref.hashCode()).isEqualTo(31 * "Orders".hashCode() + "place".hashCode());
    }

    @Test
    void tokenBucketStartsFullAndRefillsAtItsRate() {
        TokenBucket bucket = new TokenBucket(1, 2, 1);
        assertThat(bucket.tryTake(0, 0)).isTrue();
        assertThat(bucket.tryTake(0, 0)).isTrue();
        assertThat(bucket.tryTake(0, 0)).isFalse();
        assertThat(bucket.tryTake(0, 0.5)).isFalse();
        assertThat(bucket.tryTake(0, 1.0)).isTrue();
        assertThat(bucket.tryTake(0, 100)).isTrue();
        assertThat(bucket.tryTake(0, 100)).isTrue();
        assertThat(bucket.tryTake(0, 100)).as("capacity is the burst").isFalse();
    }

    @Test
    void bulkheadRefusesBeyondItsPermitsAndNeverWaits() {
        Bulkhead bulkhead = new Bulkhead(2);
        assertThat(bulkhead.tryAcquire()).isTrue();
        assertThat(bulkhead.tryAcquire()).isTrue();
        assertThat(bulkhead.tryAcquire()).isFalse();
        bulkhead.release();
        assertThat(bulkhead.tryAcquire()).isTrue();
        bulkhead.release();
        bulkhead.release();
        assertThatThrownBy(bulkhead::release).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void retryBackoffGrowsByTheMultiplier() {
        RetrySettings retry = new RetrySettings(4, 0.1, 2, 0, OptionalDouble.empty(), 0, java.util.Set.of());
        assertThat(retry.baseWait(1)).isEqualTo(0.1);
        assertThat(retry.baseWait(2)).isEqualTo(0.2);
        assertThat(retry.baseWait(3)).isEqualTo(0.4);
        assertThat(RetrySettings.DEFAULTS.maxAttempts()).isEqualTo(3);
        assertThat(RetrySettings.DEFAULTS.waitSeconds()).isEqualTo(0.5);
    }

    @Test
    void openWorkloadRampsLinearlyBetweenProfileSteps() {
        Simulation sim = new Simulation(1, 1000);
        WorkloadSettings settings = new WorkloadSettings(new WorkloadSettings.Open(400, List.of(
                new WorkloadSettings.RateStep(0, 100, 0), new WorkloadSettings.RateStep(120, 400, 30))), 1,
                List.of(new WorkloadSettings.MixEntry("GET /x", 1)));
        Workload workload = new Workload(sim, settings);
        assertThat(workload.rateAt(0)).isEqualTo(100);
        assertThat(workload.rateAt(119)).isEqualTo(100);
        assertThat(workload.rateAt(135)).isEqualTo(250);
        assertThat(workload.rateAt(150)).isEqualTo(400);
        assertThat(workload.rateAt(1000)).isEqualTo(400);
    }

    @Test
    void errorCausesHaveTheContractsNames() {
        assertThat(java.util.Arrays.stream(ErrorCause.values()).map(ErrorCause::label)).containsExactly(
                "timeout", "rejected", "circuit-open", "rate-limited", "unauthorized", "not-found", "no-instance",
                "connection-refused", "injected", "partitioned");
    }

    @Test
    void registryComputesTheLastRenewalFromTheHeartbeat() {
        Simulation sim = new Simulation(1, 1000);
        ServiceStation station = new ServiceStation("A", 0, sim, new Deployment(1, 1, 0));
        Registry registry = new Registry(sim, DiscoverySettings.EUREKA.aligned(), new ServiceStation[] {station});
        sim.runUntil(100);
        assertThat(registry.lastRenewal(station.instance(0), 100)).isEqualTo(90);
        station.instance(0).kill();
        assertThat(registry.lastRenewal(station.instance(0), 500)).isEqualTo(90);
    }
}
