package io.mdecomp.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.quantity.Duration;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hand-written Jaeger file: four traces of a shop, with a retry, a failure, an event and an id in a path. */
class JaegerImportTest {

    static Path resource(String name) {
        try {
            return Path.of(JaegerImportTest.class.getResource("/traces/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final TraceImport result = new TraceImporter().importFiles(List.of(resource("shop-jaeger.json")),
            TraceImportOptions.defaults().withSystem("shop").withWorkload(true));
    private static final DomainModel model = result.model();

    @Test
    void makesAServicePerReceivingService() {
        assertThat(model.system()).isEqualTo("shop");
        assertThat(model.services()).extracting(Service::name)
                .containsExactly("inventory-service", "order-service", "payment-service", "shipping-service");
        assertThat(model.contexts()).extracting(c -> c.name())
                .containsExactly("inventory-service", "order-service", "payment-service", "shipping-service");
    }

    @Test
    void namesEndpointsByRouteAndTemplatesIdsInPaths() {
        assertThat(service("order-service").endpoints()).extracting(Endpoint::name, Endpoint::route)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("postOrders", "POST /orders"),
                        org.assertj.core.groups.Tuple.tuple("getOrdersById", "GET /orders/{id}"));
    }

    @Test
    void turnsMeanCallsPerRequestIntoCallsWithProbabilities() {
        Endpoint placeOrder = service("order-service").endpoint("postOrders").orElseThrow();
        assertThat(placeOrder.calls()).extracting(Call::target, Call::probability).containsExactly(
                org.assertj.core.groups.Tuple.tuple("inventory-service.postReservations", 1.0),
                org.assertj.core.groups.Tuple.tuple("payment-service.postPayments", 1.0),
                org.assertj.core.groups.Tuple.tuple("payment-service.postPayments", 0.3333));
        assertThat(placeOrder.calls()).noneMatch(Call::parallel);
        TraceReport.CallReport payments = result.report().calls().stream()
                .filter(c -> c.callee().equals("payment-service.postPayments")).findFirst().orElseThrow();
        assertThat(payments.perRequest()).isCloseTo(4.0 / 3, within(1e-12));
        assertThat(payments.standardError()).isCloseTo(Math.sqrt(2.0 / 9 / 3), within(1e-12));
        assertThat(payments.errors()).isEqualTo(2);
    }

    @Test
    void makesEventsFromProducerAndConsumerSpans() {
        assertThat(service("order-service").endpoint("postOrders").orElseThrow().publishes()).containsExactly("order-placed");
        Service shipping = service("shipping-service");
        assertThat(shipping.consumes()).extracting(s -> s.event(), s -> s.endpoint())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("order-placed", "onOrderPlaced"));
        assertThat(result.report().events()).singleElement().satisfies(e -> {
            assertThat(e.event()).isEqualTo("order-placed");
            assertThat(e.publishers()).containsExactly("order-service.postOrders (0.6667 of requests)");
            assertThat(e.consumers()).containsExactly("shipping-service.onOrderPlaced");
        });
    }

    @Test
    void measuresSelfTimeWithoutInstrumentedCalls() {
        assertThat(serviceTime("inventory-service", "postReservations")).isEqualTo(new Constant(Duration.ofMillis(8)));
        TraceReport.EndpointReport placeOrder = endpointReport("postOrders");
        assertThat(placeOrder.requests()).isEqualTo(3);
        assertThat(placeOrder.serviceTime().meanSeconds()).isCloseTo((0.020 + 0.025 + 0.010) / 3, within(1e-12));
        assertThat(placeOrder.serviceTime().distribution().kind()).isIn("exponential", "lognormal", "gamma");
        assertThat(placeOrder.serviceTime().best()).isPresent();
    }

    @Test
    void countsOwnFailuresApartFromPropagatedOnes() {
        TraceReport.EndpointReport payments = endpointReport("postPayments");
        assertThat(payments.requests()).isEqualTo(4);
        assertThat(payments.errors()).isEqualTo(2);
        assertThat(payments.ownErrors()).isEqualTo(2);
        TraceReport.EndpointReport placeOrder = endpointReport("postOrders");
        assertThat(placeOrder.errors()).isEqualTo(1);
        assertThat(placeOrder.ownErrors()).isZero();
        assertThat(result.workload().orElseThrow().failures())
                .containsExactly(new ImportedWorkload.ServiceFailure("payment-service", 0.5));
    }

    @Test
    void takesInstancesFromProcessTags() {
        assertThat(service("order-service").deployment().instances()).isEqualTo(2);
        assertThat(service("payment-service").deployment().instances()).isEqualTo(1);
    }

    @Test
    void estimatesOneWayNetworkLatencyFromClientAndServerSpans() {
        assertThat(result.report().network()).hasValueSatisfying(n -> {
            assertThat(n.pairs()).isEqualTo(7);
            assertThat(n.meanRoundTripMs()).isCloseTo(2, within(1e-9));
            assertThat(n.oneWay()).isEqualTo(new Constant(Duration.ofMillis(1)));
        });
    }

    @Test
    void estimatesTheWorkloadFromRootSpans() {
        ImportedWorkload workload = result.workload().orElseThrow();
        assertThat(workload.ratePerSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(workload.durationSeconds()).isEqualTo(3);
        assertThat(workload.mix()).containsExactly(new ImportedWorkload.RouteWeight("POST /orders", 3),
                new ImportedWorkload.RouteWeight("GET /orders/{id}", 1));
        assertThat(workload.networkLatency()).contains(new Constant(Duration.ofMillis(1)));
    }

    @Test
    void countsWhatWasRead() {
        TraceReport.Counts counts = result.report().counts();
        assertThat(counts.spans()).isEqualTo(22);
        assertThat(counts.traces()).isEqualTo(4);
        assertThat(counts.malformed()).isZero();
        assertThat(counts.orphans()).isZero();
        assertThat(result.report().routes()).extracting(TraceReport.RouteReport::route, TraceReport.RouteReport::requests)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("POST /orders", 3L),
                        org.assertj.core.groups.Tuple.tuple("GET /orders/{id}", 1L));
    }

    private Service service(String name) {
        return model.service(name).orElseThrow();
    }

    private Object serviceTime(String service, String endpoint) {
        return service(service).endpoint(endpoint).orElseThrow().serviceTime().orElseThrow();
    }

    private TraceReport.EndpointReport endpointReport(String name) {
        return result.report().endpoints().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow();
    }
}
