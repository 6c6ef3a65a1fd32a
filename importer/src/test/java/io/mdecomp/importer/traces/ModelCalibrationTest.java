package io.mdecomp.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.quantity.Duration;
import io.mdecomp.model.format.ModelReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code --into}: the shop's model, whose names differ from the services' own, calibrated with the Jaeger traces. */
class ModelCalibrationTest {

    private static final DomainModel written = ModelReader.read(JaegerImportTest.resource("shop-model.yaml"));
    private static final TraceImport result = new TraceImporter().importFiles(
            List.of(JaegerImportTest.resource("shop-jaeger.json")),
            TraceImportOptions.defaults().withInto(written).withWorkload(true));
    private static final DomainModel model = result.model();

    private Endpoint endpoint(String service, String name) {
        return model.service(service).orElseThrow().endpoint(name).orElseThrow();
    }

    @Test
    void matchesServicesIgnoringCaseAndPunctuationAndEndpointsByMethodAndPathShape() {
        assertThat(endpoint("InventoryService", "reserve").serviceTime()).contains(new Constant(Duration.ofMillis(8)));
        assertThat(endpoint("OrderService", "getOrder").serviceTime()).contains(new Constant(Duration.ofMillis(5)));
        assertThat(endpoint("ShippingService", "ship").serviceTime().orElseThrow().kind()).isEqualTo("exponential");
        assertThat(endpoint("OrderService", "cancelOrder").serviceTime()).isEmpty();
        assertThat(endpoint("FraudService", "score").serviceTime()).isEmpty();
    }

    @Test
    void calibratesCallsItSawAndKeepsTheOthersAsWritten() {
        assertThat(endpoint("OrderService", "placeOrder").calls()).extracting(Call::target, Call::probability)
                .containsExactly(tuple("InventoryService.reserve", 1.0), tuple("FraudService.score", 0.2),
                        tuple("PaymentService.charge", 1.0));
        TraceReport.MergeReport merge = result.report().merge().orElseThrow();
        assertThat(merge.notInModel()).containsExactly(
                "call OrderService.placeOrder -> PaymentService.charge (1.333 per request, the model lists 1)");
        assertThat(merge.notInTraces()).containsExactly(
                "call OrderService.placeOrder -> FraudService.score (not seen in 3 requests; kept as written)",
                "endpoint FraudService.score (POST /scores)",
                "endpoint OrderService.cancelOrder (DELETE /orders/{orderId})");
    }

    @Test
    void keepsEverythingTheTracesDoNotSpeakAbout() {
        assertThat(model.entities()).extracting(e -> e.name()).containsExactly("Order");
        assertThat(model.services()).extracting(s -> s.name()).containsExactly("OrderService", "InventoryService",
                "PaymentService", "ShippingService", "FraudService");
        assertThat(model.service("OrderService").orElseThrow().deployment().instances()).isEqualTo(2);
        assertThat(model.service("OrderService").orElseThrow().deployment().workers()).isEqualTo(8);
        assertThat(model.service("PaymentService").orElseThrow().deployment().instances()).isEqualTo(1);
        assertThat(result.report().merge().orElseThrow().calibrated()).contains(
                "service OrderService: 2 instances (was 3)");
    }

    @Test
    void mapsTheWorkloadOntoTheModelsRoutesAndServices() {
        ImportedWorkload workload = result.workload().orElseThrow();
        assertThat(workload.mix()).containsExactly(new ImportedWorkload.RouteWeight("POST /orders", 3),
                new ImportedWorkload.RouteWeight("GET /orders/{orderId}", 1));
        assertThat(workload.failures()).containsExactly(new ImportedWorkload.ServiceFailure("PaymentService", 0.5));
    }

    @Test
    void comparesPathShapesByParameterPosition() {
        assertThat(ModelCalibration.shape("/orders/{orderId}/items/:item")).isEqualTo("/orders/{}/items/{}");
        assertThat(ModelCalibration.shape("/orders/<id>/")).isEqualTo("/orders/{}");
        assertThat(ModelCalibration.shape("/")).isEqualTo("/");
    }

    @Test
    void listsTraceEndpointsAndServicesTheModelLacks() {
        DomainModel small = ModelReader.readString("small.yaml", """
                system: shop
                version: 1
                domains:
                  - name: Shop
                    contexts: [{name: Ordering}]
                services:
                  - name: order-service
                    context: Ordering
                    endpoints:
                      - {name: placeOrder, method: POST, path: /orders}
                """);
        TraceImport calibrated = new TraceImporter().importFiles(List.of(JaegerImportTest.resource("shop-jaeger.json")),
                TraceImportOptions.defaults().withInto(small).withWorkload(true));
        assertThat(calibrated.report().merge().orElseThrow().notInModel()).containsExactly(
                "call order-service.placeOrder -> inventory-service POST /reservations (1.000 per request)",
                "call order-service.placeOrder -> payment-service POST /payments (1.333 per request)",
                "endpoint order-service GET /orders/{id} (1 request)",
                "event order-placed published by order-service.placeOrder",
                "route order-service GET /orders/{id} (1 request; left out of the scenario)",
                "service inventory-service (1 endpoint)",
                "service payment-service (1 endpoint)",
                "service shipping-service (1 endpoint)");
        assertThat(calibrated.workload().orElseThrow().mix())
                .containsExactly(new ImportedWorkload.RouteWeight("POST /orders", 3));
        assertThat(calibrated.workload().orElseThrow().ratePerSecond()).isEqualTo(0.75);
        assertThat(endpointOf(calibrated.model()).serviceTime().orElseThrow()).isNotInstanceOf(Exponential.class);
    }

    private static Endpoint endpointOf(DomainModel model) {
        return model.service("order-service").orElseThrow().endpoint("placeOrder").orElseThrow();
    }
}
