package io.mdecomp.importer.java;

import static org.assertj.core.api.Assertions.assertThat;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.Component;
import io.mdecomp.model.ComponentKind;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked expectations for each framework family's small code base: which classes are
 * entities and of what kind, how aggregates are cut, what each endpoint reads and writes, which
 * tables and views exist and which entity each component is mostly about.
 */
class FrameworkFamiliesTest {

    private static Entity entity(DomainModel model, String name) {
        return model.entity(name).orElseThrow(() -> new AssertionError("no entity " + name));
    }

    private static Endpoint endpoint(DomainModel model, String name) {
        return model.services().stream().flatMap(s -> s.endpoints().stream()).filter(e -> e.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no endpoint " + name));
    }

    private static Component component(DomainModel model, ComponentKind kind, String name) {
        return model.components().stream().filter(c -> c.kind() == kind && c.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " " + name));
    }

    /** The entity a component uses most. */
    private static String mostUsed(Component component) {
        return component.uses().entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse("(none)");
    }

    @Test
    void jpaAndSpringMvc() {
        DomainModel model = CodeBases.load("jpa-spring-mvc").model();
        assertThat(model.entities().map(Entity::name))
                .containsExactly("Product", "Address", "Customer", "Order", "OrderLine");
        assertThat(entity(model, "Order").kind()).isEqualTo(EntityKind.AGGREGATE_ROOT);
        assertThat(entity(model, "OrderLine").aggregate()).as("cascade ALL + orphanRemoval").contains("Order");
        assertThat(entity(model, "Address").kind()).isEqualTo(EntityKind.VALUE_OBJECT);
        assertThat(entity(model, "Address").aggregate()).as("@Embedded in Customer only").contains("Customer");
        assertThat(entity(model, "Product").aggregate()).as("@ManyToOne does not compose").isEmpty();
        assertThat(entity(model, "Order").attributes()).containsExactly(
                new Attribute("id", new AttributeType("long", false)),
                new Attribute("placedAt", new AttributeType("datetime", false)),
                new Attribute("status", new AttributeType("string", false)),
                new Attribute("customer", new AttributeType("Customer", false)),
                new Attribute("lines", new AttributeType("OrderLine", true)));
        assertThat(entity(model, "Order").references()).containsExactly("Customer", "OrderLine");
        assertThat(model.entities().map(Entity::name)).as("a mapped superclass is no entity").doesNotContain("BaseEntity");

        Endpoint place = endpoint(model, "place");
        assertThat(place.method()).isEqualTo(HttpMethod.POST);
        assertThat(place.path()).isEqualTo("/orders");
        assertThat(place.reads()).containsExactly("Customer", "Product");
        assertThat(place.writes()).containsExactly("Order");
        assertThat(endpoint(model, "show").path()).isEqualTo("/orders/{id}");
        assertThat(endpoint(model, "show").reads()).as("with the controller's @ModelAttribute method")
                .containsExactly("Order", "Customer");
        assertThat(endpoint(model, "delete").method()).isEqualTo(HttpMethod.DELETE);
        assertThat(endpoint(model, "delete").writes()).containsExactly("Product");
        assertThat(model.useCases()).extracting(u -> u.name()).contains("OrderController.place");

        assertThat(model.components().stream().filter(c -> c.kind() == ComponentKind.TABLE).map(Component::name))
                .containsExactly("audit_log", "customer", "order_line", "orders", "product");
        assertThat(component(model, ComponentKind.TABLE, "audit_log").uses()).as("by its foreign key")
                .containsExactly(Map.entry("Customer", 1));
        assertThat(mostUsed(component(model, ComponentKind.TABLE, "orders"))).isEqualTo("Order");
        assertThat(mostUsed(component(model, ComponentKind.CLASS, "OrderController"))).isEqualTo("Order");
        assertThat(mostUsed(component(model, ComponentKind.CLASS, "ProductRepository"))).isEqualTo("Product");
        assertThat(component(model, ComponentKind.CLASS, "OrderStatus").uses()).as("used by Order only")
                .containsExactly(Map.entry("Order", 1));
        assertThat(component(model, ComponentKind.CLASS, "Strings").uses()).isEmpty();
        assertThat(component(model, ComponentKind.CLASS, "BaseEntity").uses()).containsOnlyKeys("Customer", "Order",
                "OrderLine", "Product");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "detail"))).isEqualTo("Order");
        assertThat(component(model, ComponentKind.VIEW, "layout").uses()).as("included by the order views")
                .containsOnlyKeys("Customer", "Order");
        assertThat(model.components()).extracting(Component::service).containsOnly(Optional.of("jpa-spring-mvc"));
    }

    @Test
    void myBatisXmlAndStripes() {
        DomainModel model = CodeBases.load("mybatis-stripes").model();
        assertThat(model.entities().map(Entity::name)).containsExactlyInAnyOrder("Author", "Basket", "Book", "Loan",
                "ShelfPosition");
        assertThat(entity(model, "ShelfPosition").aggregate()).as("held by Book alone, mapped by nothing")
                .contains("Book");
        assertThat(entity(model, "Author").aggregate()).as("mapped by a result map of its own").isEmpty();
        assertThat(entity(model, "Loan").references()).containsExactly("Book");

        Endpoint view = endpoint(model, "viewBook");
        assertThat(view.path()).isEqualTo("/Book.action?viewBook");
        assertThat(view.method()).as("reads only").isEqualTo(HttpMethod.GET);
        assertThat(view.reads()).containsExactlyInAnyOrder("Book", "Author");
        assertThat(endpoint(model, "lend").method()).as("writes").isEqualTo(HttpMethod.POST);
        assertThat(endpoint(model, "lend").writes()).containsExactly("Loan");
        assertThat(endpoint(model, "search").reads()).containsExactly("Book");
        assertThat(model.services().get(0).endpoints()).extracting(Endpoint::name)
                .as("getters are no events").doesNotContain("getBook");

        assertThat(mostUsed(component(model, ComponentKind.TABLE, "book"))).isEqualTo("Book");
        assertThat(mostUsed(component(model, ComponentKind.TABLE, "author"))).isEqualTo("Author");
        assertThat(component(model, ComponentKind.TABLE, "loan").uses()).containsOnlyKeys("Loan");
        assertThat(component(model, ComponentKind.TABLE, "shelf").uses()).isEmpty();
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "Book"))).isEqualTo("Book");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "Search"))).isEqualTo("Book");
        assertThat(component(model, ComponentKind.VIEW, "Error").uses()).as("forwarded to by viewBook")
                .isNotEmpty();
        assertThat(component(model, ComponentKind.VIEW, "index").uses()).isEmpty();
        assertThat(mostUsed(component(model, ComponentKind.CLASS, "LoanMapper"))).isEqualTo("Loan");
        assertThat(mostUsed(component(model, ComponentKind.CLASS, "BookMapper"))).isEqualTo("Book");
    }

    @Test
    void servletsAndJdbc() {
        JavaImport result = CodeBases.load("servlet-jdbc");
        DomainModel model = result.model();
        assertThat(model.entities().map(Entity::name)).containsExactly("Customer", "Invoice");
        Service service = model.services().get(0);
        assertThat(service.endpoints()).extracting(Endpoint::route)
                .containsExactly("GET /customer", "GET /invoices", "POST /invoices");
        assertThat(endpoint(model, "InvoiceServlet_doGet").reads()).as("the JOIN reads both tables")
                .containsExactlyInAnyOrder("Invoice", "Customer");
        assertThat(endpoint(model, "doPost").writes()).containsExactly("Invoice");
        assertThat(endpoint(model, "CustomerServlet_doGet").path()).as("mapped in web.xml").isEqualTo("/customer");
        assertThat(mostUsed(component(model, ComponentKind.TABLE, "invoice"))).isEqualTo("Invoice");
        assertThat(mostUsed(component(model, ComponentKind.TABLE, "customer"))).isEqualTo("Customer");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "invoices"))).isEqualTo("Invoice");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "customer"))).isEqualTo("Customer");
        assertThat(component(model, ComponentKind.VIEW, "header").uses()).as("included by both pages")
                .containsOnlyKeys("Customer", "Invoice");
        assertThat(component(model, ComponentKind.VIEW, "overdue").uses())
                .as("a page calling a DAO from a scriptlet: its import 1, what the DAO's SQL joins 2 each")
                .containsExactly(Map.entry("Customer", 2), Map.entry("Invoice", 3));
        assertThat(component(model, ComponentKind.VIEW, "signup.jsp").uses()).as("a form posting to a relative URL")
                .containsOnlyKeys("Customer");
        assertThat(component(model, ComponentKind.VIEW, "signup.html").uses()).as("pages told apart by extension")
                .isEmpty();
        assertThat(result.report().guessed()).contains(
                "view src/main/webapp/signup.html is named 'signup.html': 2 views are named signup");
        assertThat(result.report().notUnderstood()).anySatisfy(line -> assertThat(line).startsWith("Struts 1"));
        assertThat(result.report().notUnderstood()).anySatisfy(line -> assertThat(line)
                .startsWith("1 FreeMarker template"));
    }

    @Test
    void jaxRsAndJpa() {
        DomainModel model = CodeBases.load("jaxrs-jpa").model();
        assertThat(model.entities().map(Entity::name)).containsExactlyInAnyOrder("Appointment", "Doctor", "Patient");
        assertThat(entity(model, "Patient").attributes()).contains(new Attribute("id", new AttributeType("uuid", false)),
                new Attribute("born", new AttributeType("date", false)));
        assertThat(endpoint(model, "get").route()).isEqualTo("GET /patients/{id}");
        assertThat(endpoint(model, "get").reads()).containsExactly("Patient");
        assertThat(endpoint(model, "create").writes()).as("EntityManager.persist").containsExactly("Patient");
        assertThat(endpoint(model, "appointments").reads()).as("JPQL names the entity Visit")
                .containsExactly("Appointment");
        assertThat(component(model, ComponentKind.TABLE, "visit").uses()).as("@Entity(name = \"Visit\")")
                .containsOnlyKeys("Appointment");
    }

    @Test
    void jsf() {
        DomainModel model = CodeBases.load("jsf").model();
        assertThat(entity(model, "Ticket").aggregate()).as("cascade REMOVE").contains("Event");
        assertThat(model.services().get(0).endpoints()).extracting(Endpoint::route)
                .containsExactly("POST /eventBean/save", "POST /tickets/book", "POST /venues/open");
        assertThat(endpoint(model, "save").writes()).containsExactly("Event");
        assertThat(endpoint(model, "book").writes()).containsExactly("Ticket");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "events"))).isEqualTo("Event");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "confirmation"))).isEqualTo("Ticket");
        assertThat(mostUsed(component(model, ComponentKind.VIEW, "venue"))).as("bean from faces-config.xml")
                .isEqualTo("Venue");
        assertThat(component(model, ComponentKind.VIEW, "template").uses()).as("the template of all pages")
                .containsOnlyKeys("Event", "Ticket", "Venue");
    }
}
