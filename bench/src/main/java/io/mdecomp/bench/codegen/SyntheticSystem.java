package io.mdecomp.bench.codegen;

import io.mdecomp.model.Attribute;
import io.mdecomp.model.AttributeType;
import io.mdecomp.model.BoundedContext;
import io.mdecomp.model.Call;
import io.mdecomp.model.CallMode;
import io.mdecomp.model.Characteristics;
import io.mdecomp.model.Deployment;
import io.mdecomp.model.Domain;
import io.mdecomp.model.DomainModel;
import io.mdecomp.model.Endpoint;
import io.mdecomp.model.Entity;
import io.mdecomp.model.EntityKind;
import io.mdecomp.model.HttpMethod;
import io.mdecomp.model.Service;
import io.mdecomp.model.Subscription;
import io.mdecomp.model.diagnostic.SourceLocation;
import io.mdecomp.model.distribution.Exponential;
import io.mdecomp.model.quantity.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A synthetic system for the code-generation bench: {@code n} services in ten domains, each owning
 * an aggregate root with six attributes, a child entity and a value object, with four endpoints
 * (one with a path variable), sync calls to the next two services, an async call, and one event
 * published and consumed by the following service. Deterministic: no randomness.
 */
final class SyntheticSystem {

    private static final SourceLocation AT = SourceLocation.startOf("synthetic.yaml");

    private SyntheticSystem() {
    }

    static DomainModel of(int n) {
        List<List<BoundedContext>> contexts = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            contexts.add(new ArrayList<>());
        }
        List<Service> services = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String context = "Context " + i;
            String root = "Item" + i;
            String child = "Line" + i;
            String value = "Amount" + i;
            contexts.get(i % 10).add(new BoundedContext(context, "Domain " + (i % 10), List.of(
                    entity(root, context, EntityKind.AGGREGATE_ROOT, Optional.empty(), List.of(
                            attr("id", "uuid", false), attr("name", "string", false), attr("createdAt", "datetime", false),
                            attr("count", "int", false), attr("lines", child, true), attr("amount", value, false))),
                    entity(child, context, EntityKind.ENTITY, Optional.of(root), List.of(
                            attr("sku", "string", false), attr("quantity", "long", false), attr("due", "date", false))),
                    entity(value, context, EntityKind.VALUE_OBJECT, Optional.of(root), List.of(
                            attr("value", "decimal", false), attr("currency", "string", false), attr("exact", "boolean", false)))),
                    AT));
            List<Call> calls = new ArrayList<>();
            for (int k = 1; k <= 2 && i + k < n; k++) {
                calls.add(new Call("Service" + (i + k), "get", CallMode.SYNC, 1, false,
                        Optional.of(Duration.ofMillis(200 * k)), AT));
            }
            if (i + 3 < n) {
                calls.add(new Call("Service" + (i + 3), "update", CallMode.ASYNC, 0.5, false, Optional.empty(), AT));
            }
            String event = "Item" + i + "Changed";
            List<Subscription> consumes = i > 0
                    ? List.of(new Subscription("Item" + (i - 1) + "Changed", "update", AT)) : List.of();
            services.add(new Service("Service" + i, context, Optional.of("team" + (i % 20)), OptionalDouble.of(0.5),
                    List.of(root, child, value), List.of(
                            endpoint("create", HttpMethod.POST, "/items" + i, List.of(), List.of(root, child), calls, List.of(event)),
                            endpoint("get", HttpMethod.GET, "/items" + i + "/{id}", List.of(root), List.of(), List.of(), List.of()),
                            endpoint("list", HttpMethod.GET, "/items" + i, List.of(root), List.of(), List.of(), List.of()),
                            endpoint("update", HttpMethod.PUT, "/items" + i + "/{id}", List.of(), List.of(root), List.of(), List.of())),
                    consumes, new Deployment(1 + i % 3, 16, 100), AT));
        }
        List<Domain> domains = new ArrayList<>();
        for (int d = 0; d < 10; d++) {
            if (!contexts.get(d).isEmpty()) {
                domains.add(new Domain("Domain " + d, "", contexts.get(d), AT));
            }
        }
        return new DomainModel("synthetic", 1, domains, services, List.of(), List.of(), AT);
    }

    private static Attribute attr(String name, String type, boolean list) {
        return new Attribute(name, new AttributeType(type, list));
    }

    private static Entity entity(String name, String context, EntityKind kind, Optional<String> aggregate,
                                 List<Attribute> attributes) {
        return new Entity(name, context, kind, aggregate, attributes, List.of(), Characteristics.NONE, Optional.empty(), AT);
    }

    private static Endpoint endpoint(String name, HttpMethod method, String path, List<String> reads, List<String> writes,
                                     List<Call> calls, List<String> publishes) {
        return new Endpoint(name, method, path, reads, writes, Optional.of(new Exponential(Duration.ofMillis(2))), calls, publishes,
                Optional.empty(), AT);
    }
}
