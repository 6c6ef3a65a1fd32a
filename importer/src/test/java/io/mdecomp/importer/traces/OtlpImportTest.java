package io.mdecomp.importer.traces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.groups.Tuple.tuple;

import io.mdecomp.model.Call;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Service;
import io.mdecomp.model.distribution.Constant;
import io.mdecomp.model.quantity.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written OTLP file: a checkout calling a catalog and a gRPC pricing service in parallel,
 * a database without spans of its own, an event consumed in another trace through a link, and
 * resources that come after their spans.
 */
class OtlpImportTest {

    private static final TraceImport result = new TraceImporter().importFiles(
            List.of(JaegerImportTest.resource("checkout-otlp.json")), TraceImportOptions.defaults().withWorkload(true));
    private static final DomainModel model = result.model();

    @Test
    void readsServicesFromResourcesWhereverTheyStand() {
        assertThat(model.services()).extracting(Service::name).containsExactly("catalog", "checkout", "notifier", "pricing");
        assertThat(service("checkout").deployment().instances()).isEqualTo(2);
    }

    @Test
    void recognisesRoutesAndRpcMethods() {
        assertThat(service("catalog").endpoints()).extracting(Endpoint::name, Endpoint::route)
                .containsExactly(tuple("getItemsBySku", "GET /items/{sku}"));
        assertThat(service("pricing").endpoints()).extracting(Endpoint::name, Endpoint::route)
                .containsExactly(tuple("quote", "POST /shop.Pricing/Quote"));
        assertThat(result.report().endpoints()).filteredOn(e -> e.service().equals("pricing"))
                .extracting(TraceReport.EndpointReport::source).containsExactly(EndpointSource.RPC);
    }

    @Test
    void groupsOverlappingCallsAsParallel() {
        Endpoint checkout = service("checkout").endpoint("postCheckout").orElseThrow();
        assertThat(checkout.calls()).extracting(Call::target, Call::probability, Call::parallel).containsExactly(
                tuple("catalog.getItemsBySku", 0.6667, true),
                tuple("pricing.quote", 0.3333, true));
    }

    @Test
    void leavesTheTimeOfUninstrumentedCallsInTheServiceTime() {
        TraceReport.EndpointReport checkout = result.report().endpoints().stream()
                .filter(e -> e.name().equals("postCheckout")).findFirst().orElseThrow();
        assertThat(checkout.serviceTime().meanSeconds()).isCloseTo((0.028 + 0.020 + 0.022) / 3, within(1e-12));
        assertThat(result.report().uninstrumented()).containsExactly(new TraceReport.PeerCount("checkout -> postgres", 1));
        assertThat(service("catalog").endpoint("getItemsBySku").orElseThrow().serviceTime().orElseThrow())
                .extracting(d -> d.meanSeconds()).isEqualTo(0.007);
    }

    @Test
    void followsLinksFromConsumersToProducersInOtherTraces() {
        assertThat(service("checkout").endpoint("postCheckout").orElseThrow().publishes())
                .containsExactly("checkout-completed");
        assertThat(service("notifier").consumes()).extracting(s -> s.event(), s -> s.endpoint())
                .containsExactly(tuple("checkout-completed", "onCheckoutCompleted"));
        assertThat(result.report().counts().consumerRoots()).isEqualTo(1);
    }

    @Test
    void readsErrorStatusAndTheWorkload() {
        ImportedWorkload workload = result.workload().orElseThrow();
        assertThat(workload.ratePerSecond()).isCloseTo(1.0, within(1e-9));
        assertThat(workload.mix()).containsExactly(new ImportedWorkload.RouteWeight("POST /checkout", 3));
        assertThat(workload.failures()).containsExactly(new ImportedWorkload.ServiceFailure("checkout", 0.333333));
        assertThat(workload.networkLatency()).contains(new Constant(Duration.ofMillis(1)));
    }

    private Service service(String name) {
        return model.service(name).orElseThrow();
    }
}
