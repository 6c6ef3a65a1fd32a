package io.mdecomp.importer.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Entity;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked expectations for the {@code placement} code base: what ties the classes that touch
 * no entity to the others (links by type, by static call, by the views their handlers render;
 * their packages), and web-socket messages that are not entities.
 */
class PlacementCodeBaseTest {

    private static final DomainModel MODEL = CodeBases.load("placement").model();

    private static Component component(ComponentKind kind, String name) {
        return MODEL.components().stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    @Test
    void aWebSocketMessageBesideTheEntitiesIsNoEntity() {
        // StatusMessage is a data class in the package of CakeOrder, taken by an @OnMessage handler
        // whose class holds a javax.websocket.Session (no Hibernate session, so no data access)
        assertThat(MODEL.entities().map(Entity::name)).containsExactly("Cake", "CakeOrder");
        assertThat(component(ComponentKind.CLASS, "StatusMessage").uses()).isEmpty();
        assertThat(CodeBases.load("placement").reportMarkdown())
                .doesNotContain("org.bakery.order.ws.OrderSocket: uses an EntityManager");
    }

    @Test
    void classesLinkToTheClassesTheyReferToOrCallStatically() {
        assertThat(component(ComponentKind.CLASS, "CakeServlet").links()).as("a field, and a static call")
                .containsExactly("CakeDao", "PriceFormat");
        assertThat(component(ComponentKind.CLASS, "PingServlet").links()).containsExactly("PingCounter");
        assertThat(component(ComponentKind.CLASS, "OrderSocket").links()).containsExactly("StatusMessage");
        assertThat(component(ComponentKind.CLASS, "StatusDecoder").links()).as("Decoder.Text<StatusMessage>")
                .containsExactly("StatusMessage");
        assertThat(component(ComponentKind.CLASS, "PriceFormat").links()).isEmpty();
        assertThat(component(ComponentKind.CLASS, "Cake").links()).as("no link to itself").isEmpty();
    }

    @Test
    void aViewLinksToTheHandlersThatRenderIt() {
        assertThat(component(ComponentKind.VIEW, "cakes").links()).containsExactly("CakeServlet", "SearchServlet");
        assertThat(component(ComponentKind.TABLE, "cake").links()).isEmpty();
    }

    @Test
    void aJspPageReadsWhatTheCodeOfItsScriptletsReaches() {
        // orders.jsp imports its package with a wildcard and creates the DAO in a scriptlet:
        // 2 for the entity its code reads, 1 for each class its code names that uses it most
        Component orders = component(ComponentKind.VIEW, "orders");
        assertThat(orders.uses()).containsExactly(java.util.Map.entry("CakeOrder", 4));
        assertThat(orders.links()).containsExactly("CakeOrder", "OrderDao");
        String report = CodeBases.load("placement").reportMarkdown();
        assertThat(report).contains("* src/main/webapp/orders.jsp: links to OrderDao, CakeOrder; its scriptlets read"
                + " CakeOrder\n");
        // an if that no scriptlet closes: the page keeps the tie of its import, and the report says so
        assertThat(component(ComponentKind.VIEW, "broken").uses()).containsExactly(java.util.Map.entry("CakeOrder", 1));
        assertThat(report).contains("* src/main/webapp/broken.jsp: its scriptlets do not make valid Java together;"
                + " the page is tied to the code by its imports and links only\n");
    }

    @Test
    void classesKnowTheirPackageAndTablesAndViewsHaveNone() {
        assertThat(component(ComponentKind.CLASS, "ReceiptNumbers").pkg()).contains("org.bakery.order");
        assertThat(component(ComponentKind.CLASS, "OrderSocket").pkg()).contains("org.bakery.order.ws");
        assertThat(component(ComponentKind.VIEW, "cakes").pkg()).isEmpty();
        assertThat(component(ComponentKind.TABLE, "cake_orders").pkg()).isEmpty();
    }
}
