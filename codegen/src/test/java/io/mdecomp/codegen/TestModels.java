package io.mdecomp.codegen;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Dependency;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Protocol;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Models built in code for codegen tests. */
public final class TestModels {

    static final SourceLocation AT = SourceLocation.startOf("model.yaml");

    private TestModels() {
    }

    /** Two services: Catalog (GET /products, GET /products/{id}) and Cart, which calls it and publishes an event. */
    public static DomainModel tiny() {
        Entity product = entity("Product", "Catalog", EntityKind.AGGREGATE_ROOT, null,
                attrs("id:uuid", "name:string", "price:decimal"));
        Entity cart = entity("Cart", "Shopping", EntityKind.AGGREGATE_ROOT, null,
                attrs("id:uuid", "items:list<CartLine>", "product:Product"));
        Entity line = entity("CartLine", "Shopping", EntityKind.VALUE_OBJECT, null,
                attrs("sku:string", "quantity:int"));
        Service catalog = service("CatalogService", "Catalog", List.of("Product"), List.of(
                endpoint("listProducts", HttpMethod.GET, "/products", List.of("Product"), List.of(), List.of(), List.of()),
                endpoint("getProduct", HttpMethod.GET, "/products/{id}", List.of("Product"), List.of(), List.of(), List.of())),
                List.of(), new Deployment(2, 8, 50));
        Service carts = service("CartService", "Shopping", List.of("Cart"), List.of(
                endpoint("addToCart", HttpMethod.POST, "/carts/{cartId}/lines", List.of("Product"), List.of("Cart"),
                        List.of(call("CatalogService", "getProduct", CallMode.SYNC, 1, Optional.of(Duration.ofMillis(800)))),
                        List.of("CartChanged"))),
                List.of(), Deployment.DEFAULT);
        return new DomainModel("shop", 1, List.of(new Domain("Shop", "", List.of(
                new BoundedContext("Catalog", "Shop", List.of(product), AT),
                new BoundedContext("Shopping", "Shop", List.of(cart, line), AT)), AT)),
                List.of(catalog, carts), List.of(), List.of(), AT);
    }

    /** An e-commerce system: orders, inventory, payments, customers, with events, timeouts and a coarse dependency. */
    public static DomainModel ecommerce() {
        List<Entity> orders = List.of(
                entity("Order", "Order Processing", EntityKind.AGGREGATE_ROOT, null,
                        attrs("id:uuid", "placedAt:datetime", "total:decimal", "status:string", "customer:Customer",
                                "items:list<OrderItem>", "shipping:Address")),
                entity("OrderItem", "Order Processing", EntityKind.ENTITY, "Order",
                        attrs("sku:string", "quantity:int")),
                entity("Address", "Order Processing", EntityKind.VALUE_OBJECT, null,
                        attrs("street:string", "city:string", "zip:string")));
        List<Entity> inventory = List.of(entity("Stock", "Inventory", EntityKind.AGGREGATE_ROOT, null,
                attrs("sku:string", "available:long", "reserved:long", "updatedOn:date")));
        List<Entity> payments = List.of(entity("Payment", "Payments", EntityKind.AGGREGATE_ROOT, null,
                attrs("id:uuid", "amount:decimal", "captured:boolean", "order:Order")));
        List<Entity> customers = List.of(entity("Customer", "Customers", EntityKind.AGGREGATE_ROOT, null,
                attrs("id:uuid", "name:string", "email:string", "tags:list<string>")));
        Service order = service("OrderService", "Order Processing", List.of("Order", "OrderItem", "Address"), List.of(
                endpoint("placeOrder", HttpMethod.POST, "/orders", List.of("Customer"), List.of("Order", "OrderItem"),
                        List.of(call("InventoryService", "reserveStock", CallMode.SYNC, 1, Optional.of(Duration.ofMillis(500))),
                                call("PaymentService", "charge", CallMode.SYNC, 1, Optional.of(Duration.ofSeconds(2))),
                                call("CustomerService", "getCustomer", CallMode.SYNC, 0.2, Optional.empty())),
                        List.of("OrderPlaced")),
                endpoint("getOrder", HttpMethod.GET, "/orders/{orderId}", List.of("Order"), List.of(), List.of(), List.of()),
                endpoint("cancelOrder", HttpMethod.DELETE, "/orders/{orderId}", List.of(), List.of("Order"),
                        List.of(call("InventoryService", "release", CallMode.ASYNC, 1, Optional.empty())), List.of())),
                List.of(new Subscription("PaymentFailed", "cancelOrder", AT)), new Deployment(3, 16, 200));
        Service stock = service("InventoryService", "Inventory", List.of("Stock"), List.of(
                endpoint("reserveStock", HttpMethod.POST, "/stock/reservations", List.of(), List.of("Stock"), List.of(), List.of()),
                endpoint("release", HttpMethod.PUT, "/stock/{sku}/release", List.of(), List.of("Stock"), List.of(), List.of()),
                endpoint("stockLevel", HttpMethod.GET, "/stock/{sku}", List.of("Stock"), List.of(), List.of(), List.of())),
                List.of(new Subscription("OrderPlaced", "reserveStock", AT)), new Deployment(2, 8, 100));
        Service payment = service("PaymentService", "Payments", List.of("Payment"), List.of(
                endpoint("charge", HttpMethod.POST, "/payments", List.of(), List.of("Payment"), List.of(),
                        List.of("PaymentFailed", "PaymentCaptured")),
                endpoint("refund", HttpMethod.PATCH, "/payments/{paymentId}", List.of(), List.of("Payment"), List.of(), List.of()),
                endpoint("ping", HttpMethod.HEAD, "/payments", List.of(), List.of(), List.of(), List.of())),
                List.of(), Deployment.DEFAULT);
        Service customer = service("CustomerService", "Customers", List.of("Customer"), List.of(
                endpoint("getCustomer", HttpMethod.GET, "/customers/{id}", List.of("Customer"), List.of(), List.of(), List.of()),
                endpoint("options", HttpMethod.OPTIONS, "/customers", List.of(), List.of(), List.of(), List.of())),
                List.of(new Subscription("PaymentCaptured", "getCustomer", AT)), Deployment.DEFAULT);
        Service reporting = service("Reporting", "Customers", List.of(), List.of(), List.of(), Deployment.DEFAULT);
        return new DomainModel("ecommerce", 1, List.of(
                new Domain("Sales", "Orders", List.of(new BoundedContext("Order Processing", "Sales", orders, AT),
                        new BoundedContext("Inventory", "Sales", inventory, AT)), AT),
                new Domain("Finance", "", List.of(new BoundedContext("Payments", "Finance", payments, AT),
                        new BoundedContext("Customers", "Finance", customers, AT)), AT)),
                List.of(order, stock, payment, customer, reporting),
                List.of(new Dependency("Reporting", "OrderService", Protocol.HTTP, AT)), List.of(), AT);
    }

    /** Names that try to break out of comments, strings and paths: they must still give code that compiles. */
    public static DomainModel hostile() {
        Entity thing = entity("Thing */ class X {", "Ctx */ \\u000a", EntityKind.AGGREGATE_ROOT, null,
                attrs("na*/me:string", "class:int", "\"quoted\":uuid", "hashCode:long"));
        Service evil = service("../../etc */ Evil \"Svc\"", "Ctx */ \\u000a", List.of(thing.name()), List.of(
                endpoint("get */ it", HttpMethod.GET, "/things*/{id*/}", List.of(thing.name()), List.of(), List.of(), List.of("Ev */ ent")),
                endpoint("post \"it\"", HttpMethod.POST, "/things/\"q\"", List.of(), List.of(thing.name()),
                        List.of(call("../../etc */ Evil \"Svc\"", "get */ it", CallMode.SYNC, 1, Optional.empty())), List.of())),
                List.of(new Subscription("Ev */ ent", "post \"it\"", AT)), Deployment.DEFAULT);
        return new DomainModel("sys */ tem", 1, List.of(new Domain("D", "", List.of(
                new BoundedContext("Ctx */ \\u000a", "D", List.of(thing), AT)), AT)), List.of(evil), List.of(), List.of(), AT);
    }

    /** {@code n} services in a chain, each owning two entities and calling the next. */
    public static DomainModel chain(int n) {
        List<Service> services = new ArrayList<>();
        List<BoundedContext> contexts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String context = "Context" + i;
            contexts.add(new BoundedContext(context, "Domain", List.of(
                    entity("Thing" + i, context, EntityKind.AGGREGATE_ROOT, null, attrs("id:uuid", "name:string", "size:int")),
                    entity("Part" + i, context, EntityKind.ENTITY, "Thing" + i, attrs("label:string", "at:datetime"))), AT));
            List<Call> calls = i + 1 < n ? List.of(call("Service" + (i + 1), "get", CallMode.SYNC, 1, Optional.empty())) : List.of();
            services.add(service("Service" + i, context, List.of("Thing" + i, "Part" + i), List.of(
                    endpoint("get", HttpMethod.GET, "/things" + i + "/{id}", List.of("Thing" + i), List.of(), calls, List.of()),
                    endpoint("create", HttpMethod.POST, "/things" + i, List.of(), List.of("Thing" + i), List.of(), List.of())),
                    List.of(), Deployment.DEFAULT));
        }
        return new DomainModel("synthetic", 1, List.of(new Domain("Domain", "", contexts, AT)), services,
                List.of(), List.of(), AT);
    }

    public static Entity entity(String name, String context, EntityKind kind, String aggregate, List<Attribute> attributes) {
        return new Entity(name, context, kind, Optional.ofNullable(aggregate), attributes, List.of(),
                Characteristics.NONE, Optional.empty(), AT);
    }

    public static List<Attribute> attrs(String... specs) {
        List<Attribute> attributes = new ArrayList<>();
        for (String spec : specs) {
            String[] parts = spec.split(":", 2);
            String type = parts[1];
            boolean list = type.startsWith("list<");
            String element = list ? type.substring(5, type.length() - 1) : type;
            attributes.add(new Attribute(parts[0], new AttributeType(element, list)));
        }
        return attributes;
    }

    public static Service service(String name, String context, List<String> owns, List<Endpoint> endpoints,
                                  List<Subscription> consumes, Deployment deployment) {
        return new Service(name, context, Optional.of("team-" + context.toLowerCase().replace(' ', '-')),
                OptionalDouble.empty(), owns, endpoints, consumes, deployment, AT);
    }

    public static Endpoint endpoint(String name, HttpMethod method, String path, List<String> reads, List<String> writes,
                                    List<Call> calls, List<String> publishes) {
        return new Endpoint(name, method, path, reads, writes, Optional.empty(), calls, publishes, Optional.empty(), AT);
    }

    public static Call call(String service, String endpoint, CallMode mode, double probability, Optional<Duration> timeout) {
        return new Call(service, endpoint, mode, probability, false, timeout, AT);
    }
}
