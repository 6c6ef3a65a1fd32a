package io.mdecomp.codegen.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.codegen.TestModels;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewModelBuilderTest {

    private final SystemView view = ViewModelBuilder.withDefaults().build(TestModels.ecommerce());

    private ServiceView service(String name) {
        return view.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void assignsPortsInModelOrderAndNamesServices() {
        assertThat(view.services()).extracting(ServiceView::port).containsExactly(8081, 8082, 8083, 8084, 8085);
        ServiceView order = service("OrderService");
        assertThat(order.artifactId()).isEqualTo("order-service");
        assertThat(order.className()).isEqualTo("OrderService");
        assertThat(order.packageName()).isEqualTo("com.example.ecommerce.orderservice");
        assertThat(order.packagePath()).isEqualTo("com/example/ecommerce/orderservice");
        assertThat(order.instances()).isEqualTo(3);
        assertThat(view.groupId()).isEqualTo("com.example.ecommerce");
    }

    @Test
    void mapsAttributeTypesToJavaAndOpenApi() {
        EntityView order = service("OrderService").entities().get(0);
        assertThat(order.className()).isEqualTo("Order");
        assertThat(order.fields()).extracting(FieldView::javaType)
                .containsExactly("UUID", "Instant", "BigDecimal", "String", "String", "List<OrderItem>", "Address");
        assertThat(order.fields()).extracting(FieldView::scalar)
                .containsExactly("uuid", "datetime", "decimal", "string", "reference", "record", "record");
        FieldView customer = order.fields().get(4);
        assertThat(customer.foreign()).isTrue();
        assertThat(customer.openApiType()).isEqualTo("string");
        FieldView items = order.fields().get(5);
        assertThat(items.openApiType()).isEqualTo("array");
        assertThat(items.openApiRef()).isEqualTo("OrderItem");
        assertThat(order.imports()).containsExactly("java.math.BigDecimal", "java.time.Instant", "java.util.List", "java.util.UUID");
        assertThat(service("CustomerService").entities().get(0).fields().get(3).javaType()).isEqualTo("List<String>");
        assertThat(service("InventoryService").entities().get(0).fields()).extracting(FieldView::javaType)
                .containsExactly("String", "long", "long", "LocalDate");
    }

    @Test
    void buildsSampleRequestBodiesAsJson() {
        EndpointView placeOrder = service("OrderService").endpoints().get(0);
        assertThat(placeOrder.requestType()).isEqualTo("Order");
        assertThat(placeOrder.requestSample()).isEqualTo("{\"id\":\"00000000-0000-0000-0000-000000000000\","
                + "\"placedAt\":\"1970-01-01T00:00:00Z\",\"total\":0,\"status\":\"\",\"customer\":\"\",\"items\":[],"
                + "\"shipping\":null}");
    }

    @Test
    void describesEndpointsWithPathVariablesAndResponses() {
        EndpointView getOrder = service("OrderService").endpoints().get(1);
        assertThat(getOrder.pathParams()).extracting(PathParamView::javaName).containsExactly("orderId");
        assertThat(getOrder.pathPattern()).isEqualTo("^/orders/([^/]+)$");
        assertThat(getOrder.samplePath()).isEqualTo("/orders/1");
        assertThat(getOrder.hasRequestBody()).isFalse();
        assertThat(getOrder.responseType()).isEqualTo("Order");
        EndpointView ping = service("PaymentService").endpoints().get(2);
        assertThat(ping.responseType()).isEqualTo("Reply");
    }

    @Test
    void buildsOneClientPerCalleeWithTheLongestModelTimeout() {
        List<ClientView> clients = service("OrderService").clients();
        assertThat(clients).extracting(ClientView::className)
                .containsExactly("CustomerServiceClient", "InventoryServiceClient", "PaymentServiceClient");
        ClientView inventory = clients.get(1);
        assertThat(inventory.resilience()).isEqualTo(new ResilienceView(500, RetryView.DEFAULTS, BreakerView.DEFAULTS, 0,
                "Resilience4j defaults"));
        assertThat(inventory.operations()).extracting(OperationView::methodName).containsExactly("release", "reserveStock");
        assertThat(inventory.operations().get(0).async()).isTrue();
        assertThat(inventory.envVar()).isEqualTo("CLIENTS_INVENTORY_SERVICE_URL");
        assertThat(inventory.clusterUrl()).isEqualTo("http://inventory-service:8082");
        assertThat(clients.get(0).resilience().timeoutMillis()).isEqualTo(1000);
        assertThat(inventory.operations()).extracting(OperationView::attempts).as("a PUT is retried, a POST made once").containsExactly(3, 1);
        assertThat(clients.get(2).resilience().timeoutMillis()).isEqualTo(2000);
    }

    @Test
    void startsAfterSyncCalleesAndCoarseSyncDependencies() {
        assertThat(service("OrderService").dependsOn()).containsExactly("customer-service", "inventory-service", "payment-service");
        assertThat(service("Reporting").dependsOn()).containsExactly("order-service");
        assertThat(service("InventoryService").dependsOn()).isEmpty();
    }

    @Test
    void dropsTheDependencyThatWouldCloseACycle() {
        SystemView cyclic = ViewModelBuilder.withDefaults().build(CyclicModel.twoServicesCallingEachOther());
        assertThat(cyclic.services().get(0).dependsOn()).containsExactly("b");
        assertThat(cyclic.services().get(1).dependsOn()).isEmpty();
    }

    @Test
    void collectsEventsWithPublishersAndConsumers() {
        assertThat(view.events()).extracting(EventView::name).containsExactly("OrderPlaced", "PaymentCaptured", "PaymentFailed");
        EventView failed = view.events().get(2);
        assertThat(failed.publishers()).containsExactly("PaymentService");
        assertThat(failed.consumers()).containsExactly("OrderService");
        assertThat(failed.topic()).isEqualTo("payment-failed");
        ConsumerView consumer = service("OrderService").consumes().get(0);
        assertThat(consumer.handlerName()).isEqualTo("onPaymentFailed");
        assertThat(consumer.endpointMethod()).isEqualTo("cancelOrder");
    }

    @Test
    void declaresValueObjectsAnOwnedEntityNeeds() {
        assertThat(service("OrderService").entities()).extracting(EntityView::className)
                .containsExactly("Order", "OrderItem", "Address");
        assertThat(service("PaymentService").entities()).extracting(EntityView::className).containsExactly("Payment");
    }

    @Test
    void sameModelGivesEqualViews() {
        assertThat(ViewModelBuilder.withDefaults().build(TestModels.ecommerce())).isEqualTo(view);
    }
}
