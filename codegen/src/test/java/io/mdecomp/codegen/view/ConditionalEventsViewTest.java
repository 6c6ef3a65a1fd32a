package io.mdecomp.codegen.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.DomainModel;
import io.mdecomp.model.format.ModelReader;
import org.junit.jupiter.api.Test;

/**
 * An event published on a condition (on failure, or with a probability) stands for business logic
 * the model does not state: the generated endpoint does not publish it on every success.
 */
class ConditionalEventsViewTest {

    private static final DomainModel MODEL = ModelReader.readString("m.yaml", """
            system: shop
            version: 1
            domains:
              - name: Sales
                contexts:
                  - name: Ordering
                    entities:
                      - {name: Order, kind: aggregate-root}
                  - name: Notifying
                    entities:
                      - {name: Notice, kind: aggregate-root}
            services:
              - name: OrderService
                context: Ordering
                endpoints:
                  - name: placeOrder
                    method: POST
                    path: /orders
                    writes: [Order]
                    publishes: [OrderPlaced, {event: OrderRejected, when: failure}, {event: OrderAudited, probability: 0.1}]
              - name: NoticeService
                context: Notifying
                endpoints:
                  - {name: notify, method: POST, path: /notices, writes: [Notice]}
                consumes:
                  - {event: OrderPlaced, endpoint: notify}
                  - {event: OrderRejected, endpoint: notify}
                  - {event: OrderAudited, endpoint: notify}
            """);

    @Test
    void onlyTheEventsPublishedOnEverySuccessArePublishedByTheEndpoint() {
        SystemView view = ViewModelBuilder.withDefaults().build(MODEL);
        EndpointView placeOrder = view.services().stream().filter(s -> s.className().equals("OrderService"))
                .findFirst().orElseThrow().endpoints().get(0);
        assertThat(placeOrder.publishes()).extracting(EventView::name).containsExactly("OrderPlaced");
    }
}
