package io.mdecomp.cli.render.ci;

import io.mdecomp.analysis.AnalysisSettings;
import io.mdecomp.analysis.check.Baseline;
import io.mdecomp.analysis.check.CheckResult;
import io.mdecomp.analysis.check.FailOn;
import io.mdecomp.analysis.metrics.SystemMetrics;
import io.mdecomp.analysis.rules.Finding;
import io.mdecomp.analysis.rules.RuleId;
import io.mdecomp.analysis.rules.RuleSetting;
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
import io.mdecomp.model.diagnostic.Severity;
import io.mdecomp.model.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** A small shop with a sync cycle, an event and a data dependency, and a check of it. */
final class CiFixtures {

    private CiFixtures() {
    }

    static final SourceLocation AT = SourceLocation.UNKNOWN;

    static DomainModel shop() {
        List<Entity> entities = List.of(entity("Order"), entity("Payment"), entity("Customer"));
        BoundedContext context = new BoundedContext("Sales", "Shop", entities, AT);
        Service orders = new Service("OrderService", "Sales", Optional.of("checkout"), OptionalDouble.of(0.6),
                List.of("Order"), List.of(endpoint("placeOrder", List.of("Customer"),
                        List.of(call("PaymentService", "charge", CallMode.SYNC)), List.of("OrderPlaced"))),
                List.of(), Deployment.DEFAULT, AT);
        Service payments = new Service("PaymentService", "Sales", Optional.of("payments"), OptionalDouble.empty(),
                List.of("Payment"), List.of(endpoint("charge", List.of(),
                        List.of(call("OrderService", "placeOrder", CallMode.SYNC)), List.of())),
                List.of(new Subscription("OrderPlaced", "charge", AT)), Deployment.DEFAULT, AT);
        Service customers = new Service("Customer \"CRM\"", "Sales", Optional.empty(), OptionalDouble.empty(),
                List.of("Customer"), List.of(), List.of(), Deployment.DEFAULT, AT);
        return new DomainModel("shop", 1, List.of(new Domain("Shop", "", List.of(context), AT)),
                List.of(orders, payments, customers),
                List.of(new Dependency("Customer \"CRM\"", "OrderService", Protocol.MESSAGE_QUEUE, AT)), List.of(), AT);
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(RuleId.MD001, Severity.ERROR, "sync cycle OrderService -> PaymentService -> OrderService",
                        List.of("OrderService", "PaymentService", "OrderService"),
                        new SourceLocation("samples/shop/model.yaml", 14, 9),
                        Optional.of("make PaymentService -> OrderService asynchronous")),
                new Finding(RuleId.MD004, Severity.WARNING, "OrderService reads Customer owned by Customer \"CRM\" | "
                        + "without depending on it", List.of("OrderService", "Customer"),
                        new SourceLocation("samples/shop/model.yaml", 16, 11), Optional.empty()),
                new Finding(RuleId.MD014, Severity.NOTE, "service Customer \"CRM\" has no team <none>",
                        List.of("Customer \"CRM\""), SourceLocation.UNKNOWN, Optional.empty()));
    }

    static CheckResult check() {
        Baseline baseline = Baseline.of(List.of(findings().get(1),
                new Finding(RuleId.MD012, Severity.WARNING, "entity Coupon owned by no service", List.of("Coupon"),
                        AT, Optional.empty())));
        return CheckResult.of(findings(), baseline, FailOn.WARNING);
    }

    static CiReport report() {
        AnalysisSettings settings = AnalysisSettings.defaults()
                .withRule(RuleId.MD016, new RuleSetting(false, Severity.WARNING, java.util.OptionalDouble.empty()));
        SystemMetrics metrics = new SystemMetrics(0.4125, 1.5, 0.25, 0.3, 1.0, 0.0, 0.5, 1,
                List.of(List.of("OrderService", "PaymentService", "OrderService")), 2, 36);
        return new CiReport("check", "shop", "samples/shop/model.yaml", ServiceDiagram.of(shop()), Optional.of(metrics),
                check(), settings, "0.1.0");
    }

    private static Entity entity(String name) {
        return new Entity(name, "Sales", EntityKind.AGGREGATE_ROOT, Optional.empty(), List.of(), List.of(),
                Characteristics.NONE, Optional.empty(), AT);
    }

    private static Endpoint endpoint(String name, List<String> reads, List<Call> calls, List<String> publishes) {
        return new Endpoint(name, HttpMethod.POST, "/" + name, reads, List.of(), Optional.empty(), calls, publishes,
                Optional.empty(), AT);
    }

    private static Call call(String service, String endpoint, CallMode mode) {
        return new Call(service, endpoint, mode, 1.0, false, Optional.empty(), AT);
    }
}
